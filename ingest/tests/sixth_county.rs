//! Adding a county is adding a file: a copy of `data/` with a made-up sixth county page
//! (Uppsala, code 03) shows it in the data set, the report and the export, with no change
//! of code.

mod common;

use catalog::model::Coverage;
use common::*;
use std::path::PathBuf;
use std::process::Command;

const UPPSALA: &str = "Uppsala

Åtta kommuner: Enköping, Heby, Håbo, Knivsta, Tierp, Uppsala, Älvkarleby & Östhammar

40 123 invånare 0–5 år
- Småbarnsteamet, Uppsala. BUP & Uppsala kommuns socialtjänst
Småbarnsteamets upptagningsområde är hela länet.

Namn Småbarnsteamet, Uppsala
Åldrar 0–5 år
Huvudnamn Region Uppsala
Upptagningsområde Hela länet
Remissväg Föräldrarna kan söka själva.
Kontakt Tel 018-000000

Andra möjligheter till samspelsbehandling för späd- och småbarnsfamiljer

BHV Psykologerna vid BVC erbjuder föräldrasamtal.

Socialtjänst
Tierp erbjuder Marte Meo. Heby kan inte erbjuda samspelsbehandling.

Familjecentraler

Familjecentraler finns i Enköping och Tierp.

Enköping http://example.se/familjecentral

Senast uppdaterad 2018-10-11 av Test Testsson, ansvarig utgivare Test Testsson";

/// A scratch repository root holding a copy of `data/` plus the Uppsala page.
fn scratch_repo() -> PathBuf {
    let root = std::env::temp_dir().join(format!("ingest-sixth-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&data_dir(), &root.join("data"));
    std::fs::write(root.join("data/counties/03-uppsala.txt"), UPPSALA).unwrap();
    root
}

#[test]
fn a_sixth_county_page_is_in_the_data_set_the_report_and_the_export() {
    let root = scratch_repo();
    let b = ingest::build(&root.join("data"), "data").expect("six pages build");
    let codes: Vec<&str> = b.dataset.counties.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["01", "03", "05", "06", "18", "22"]);
    let u = b.dataset.county("03").unwrap();
    assert_eq!(
        (u.name.as_str(), u.municipalities.len(), u.children_0_5),
        ("Uppsala", 8, 40_123)
    );
    assert_eq!(u.coverage, Coverage::Full);
    assert_eq!(u.units.len(), 1);
    let team = &u.units[0];
    assert_eq!(team.id, "03-smabarnsteamet-uppsala");
    assert_eq!(team.opening_line.as_ref().unwrap().first_line, 6);
    assert_eq!(team.catchment.municipalities.len(), 8);
    assert_eq!(
        team.catchment.resolved_by,
        "rule: hela länet (\"Hela länet\")"
    );
    assert!(u
        .municipalities
        .iter()
        .all(|m| m.covering_units == ["03-smabarnsteamet-uppsala"]));
    let mine = ["opening", "catchment", "unit", "decision", "page updated"];
    let doubts: Vec<String> = b
        .warnings
        .iter()
        .filter(|w| {
            w.file.ends_with("03-uppsala.txt") && mine.iter().any(|m| w.message.contains(m))
        })
        .map(|w| w.to_string())
        .collect();
    assert!(doubts.is_empty(), "{doubts:#?}");
    assert!(b.decisions.unused().is_empty());

    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_ingest"))
            .args(args)
            .current_dir(&root)
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert!(o.status.success(), "{stderr}");
        (String::from_utf8(o.stdout).unwrap(), stderr)
    };
    let (csv, report) = run(&["export", "municipalities"]);
    assert!(
        report.contains("data/counties/03-uppsala.txt: Uppsala (03): 8/8 municipalities"),
        "{report}"
    );
    assert!(report.contains("  unit 03-smabarnsteamet-uppsala (lines 9–14, list line 6): covers the whole county (8 municipalities)"), "{report}");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 1 + 71 + 8);
    assert!(
        rows.iter()
            .any(|r| r.starts_with("03,0380,Uppsala,yes,03-smabarnsteamet-uppsala,")),
        "{csv}"
    );
    assert_eq!(rows.iter().filter(|r| r.starts_with("03,")).count(), 8);

    let (stdout, report) = run(&[]);
    assert!(stdout.is_empty());
    assert!(
        report.contains("wrote 40 files, ") && report.contains("under public/data (6 counties"),
        "{report}"
    );
    // The open data has the county too: its access on the map, its team in HSDS.
    let open =
        |name: &str| std::fs::read_to_string(root.join("public/data/open").join(name)).unwrap();
    let counties = open("lan.geojson");
    let uppsala = &counties[counties.find("\"county_code\":\"03\"").unwrap()..];
    assert!(uppsala[..uppsala.find("}").unwrap()].contains("\"access\":\"full\""));
    let hsds = open("hsds.json");
    assert!(
        hsds.contains("\"name\":\"Region Uppsala\"")
            && hsds.contains("\"samspelskartan_id\":\"03-smabarnsteamet-uppsala\"")
    );
    let d = catalog::load::read_site_dataset(&root.join("public/data")).unwrap();
    assert_eq!(d.counties.len(), 6);
    assert_eq!(d.county("03").unwrap().name, "Uppsala");
    std::fs::remove_dir_all(root).unwrap();
}
