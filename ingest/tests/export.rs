//! `ingest export municipalities`: CSV on standard output and nothing else there, one row
//! per municipality, the report on standard error.

mod common;

use common::*;
use std::process::Command;

const HEADER: &str = "county_code,municipality_code,municipality,team_coverage,covering_units,social_services,social_services_methods,family_centres";

fn export() -> (String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_ingest"))
        .args(["export", "municipalities"])
        .current_dir(repo_root())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(o.status.success(), "{stderr}");
    (String::from_utf8(o.stdout).unwrap(), stderr)
}

#[test]
fn stdout_is_only_csv_one_row_per_municipality() {
    let (csv, report) = export();
    assert!(csv.starts_with(&format!("{HEADER}\n")), "{csv}");
    assert!(csv.ends_with('\n') && !csv.contains('\r'));
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    assert_eq!(
        reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .join(","),
        HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(rows.len(), 26 + 13 + 13 + 12 + 7);
    assert!(rows.iter().all(|r| r.len() == 8));
    let keys: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "counties and municipalities in code order");
    let covered: Vec<&str> = rows
        .iter()
        .filter(|r| &r[0] == "18" && &r[3] == "yes")
        .map(|r| &r[1])
        .collect();
    assert_eq!(covered, ["1860", "1862", "1883"]);
    let karlskoga = rows.iter().find(|r| &r[1] == "1883").unwrap();
    assert_eq!(
        (&karlskoga[2], &karlskoga[4]),
        ("Karlskoga", "18-gryningen-karlskoga")
    );
    let yes = |county: &str| {
        rows.iter()
            .filter(|r| &r[0] == county && &r[3] == "yes")
            .count()
    };
    assert_eq!(
        [yes("01"), yes("05"), yes("06"), yes("18"), yes("22")],
        [26, 13, 0, 3, 0]
    );
    for r in &rows {
        assert!(["yes", "no"].contains(&&r[3]));
        assert!(
            r[7].parse::<usize>().is_ok(),
            "family_centres is a count: {r:?}"
        );
        assert!(!r[5].is_empty(), "a stance");
    }
    assert!(
        report.contains("data/counties/18-orebro.txt: Örebro (18): 12/12 municipalities"),
        "{report}"
    );
    assert!(report.contains("  coverage: partial, 3/12 municipalities covered: 1860 Laxå, 1862 Degerfors, 1883 Karlskoga"), "{report}");
    assert!(
        report.contains("decisions: data/editorial/decisions.csv: 2 used of 2"),
        "{report}"
    );
    assert!(
        report.ends_with("exported 71 municipalities as CSV to standard output\n"),
        "{report}"
    );
}

#[test]
fn the_binary_writes_what_the_catalog_crate_makes() {
    let (csv, _) = export();
    let build = ingest::build(&data_dir(), "data").unwrap();
    assert_eq!(csv, catalog::export::municipalities_csv(&build.dataset));
}

#[test]
fn export_takes_nothing_but_municipalities() {
    let o = Command::new(env!("CARGO_BIN_EXE_ingest"))
        .args(["export", "units"])
        .current_dir(repo_root())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}
