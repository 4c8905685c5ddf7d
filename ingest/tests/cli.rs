//! The `ingest` binary: its report, `--check`, `--strict`, and errors that write nothing.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn ingest(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ingest"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch copy of `data/` with the Örebro page replaced by `orebro`.
fn scratch_data(name: &str, orebro: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ingest-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["counties", "geo"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for f in [ingest::REGIONS_FILE, ingest::MUNICIPALITIES_FILE] {
        std::fs::copy(data_dir().join(f), dir.join(f)).unwrap();
    }
    std::fs::write(dir.join("counties/18-orebro.txt"), orebro).unwrap();
    dir
}

#[test]
fn check_passes_on_the_committed_data_set() {
    let o = ingest(&["build", "--check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("data/counties/18-orebro.txt: Örebro (18): 12/12 municipalities"),
        "{err}"
    );
    assert!(
        err.contains("data/counties/05-ostergotland.txt:41: warning: duplicated field text"),
        "{err}"
    );
    assert!(err.contains("public/data is up to date: 39 files"), "{err}");
}

#[test]
fn check_fails_on_a_stale_file() {
    let out = std::env::temp_dir().join(format!("ingest-stale-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let write = ingest(&["--out", out.to_str().unwrap()]);
    assert!(write.status.success(), "{}", stderr(&write));
    assert!(ingest(&["--check", "--out", out.to_str().unwrap()])
        .status
        .success());
    std::fs::write(out.join("index.json"), "{}\n").unwrap();
    std::fs::write(out.join("counties/99.json"), "{}\n").unwrap();
    std::fs::remove_file(out.join("counties/22.json")).unwrap();
    let o = ingest(&["--check", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for what in [
        "stale data files under",
        "index.json differs",
        "counties/22.json cannot be read",
        "counties/99.json is no longer generated",
        "run `cargo run -p ingest`",
    ] {
        assert!(err.contains(what), "{what}: {err}");
    }
    // Writing again puts everything right and removes the stray file.
    assert!(ingest(&["--out", out.to_str().unwrap()]).status.success());
    assert!(!out.join("counties/99.json").exists());
    assert!(ingest(&["--check", "--out", out.to_str().unwrap()])
        .status
        .success());
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn strict_turns_warnings_into_errors() {
    let out = std::env::temp_dir().join(format!("ingest-strict-{}", std::process::id()));
    let o = ingest(&["--strict", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("data/counties/05-ostergotland.txt:41: error: duplicated field text"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn errors_name_file_and_line_and_write_nothing() {
    let dir = scratch_data(
        "error",
        &page("18-orebro.txt").replacen("Örebro", "Atlantis", 1),
    );
    let out = dir.join("out.json");
    let o = ingest(&[
        "--data-dir",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let expected = format!(
        "{}/counties/18-orebro.txt:1: error: unknown county \"Atlantis\"",
        dir.display()
    );
    assert!(stderr(&o).contains(&expected), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn writes_a_data_set_from_another_folder() {
    let dir = scratch_data("ok", &page("18-orebro.txt"));
    let out = dir.join("sub/out");
    let o = ingest(&[
        "--data-dir",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let d = catalog::load::read_site_dataset(&out).unwrap();
    assert_eq!(d.counties.len(), 1);
    assert_eq!(d.counties[0].name, "Örebro");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn malformed_geojson_and_unknown_arguments() {
    let dir = scratch_data("geo", &page("18-orebro.txt"));
    std::fs::write(dir.join(ingest::REGIONS_FILE), "{\"features\": 3}").unwrap();
    let o = ingest(&["--data-dir", dir.to_str().unwrap(), "--check"]);
    assert_eq!(o.status.code(), Some(1));
    let geo = Path::new(&dir).join(ingest::REGIONS_FILE);
    assert!(
        stderr(&o).contains(&format!("{}: error: not a GeoJSON file", geo.display())),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(dir).unwrap();

    let o = ingest(&["--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: unknown argument \"--frobnicate\"\nusage:"),
        "{}",
        stderr(&o)
    );
    let o = ingest(&["--data-dir", "/nonexistent-ingest-dir", "--check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .contains("/nonexistent-ingest-dir/geo/swedish_regions.geojson: error: cannot read"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn scaled_writes_the_same_file_set_for_a_bigger_data_set() {
    let out = std::env::temp_dir().join(format!("ingest-scaled-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = ingest(&["scaled", "3", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let big = catalog::load::read_site_dataset(&out).unwrap();
    let seeds = catalog::load::read_site_dataset(&repo_root().join("public/data")).unwrap();
    assert_eq!(big.counties.len(), 3 * seeds.counties.len());
    for f in ["lexicon.json", "preload.js", "geo"] {
        assert!(out.join(f).exists(), "{f}");
    }
    let o = ingest(&["scaled", "3"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("give --out DIR"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&out);
}
