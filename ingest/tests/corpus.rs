//! The corpus of synthetic county pages (`ingest/tests/corpus/`, format in its README.md):
//! each page alone in a scratch data folder with the repository's geo and editorial files,
//! built by `ingest::build` and compared with its `*.expected.json`: the coverage, every
//! unit's status, catchment and unnamed count, the covered municipalities, the stated total,
//! the stances given, the incomplete flag, and exactly the expected warnings (line and kind;
//! the section of a missing section), no more and no fewer. The pages were written from the
//! catalogue's style alone, so passing them shows the rules read pages they were not
//! written for.

mod common;

use catalog::model::County;
use catalog::ProblemKind;
use common::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    county_code: String,
    #[allow(dead_code)]
    notes: String,
    coverage: String,
    units: Vec<ExpectedUnit>,
    municipalities_covered: Vec<String>,
    stated_total: Option<ExpectedTotal>,
    #[serde(default)]
    stances: BTreeMap<String, String>,
    incomplete: bool,
    warnings: Vec<ExpectedWarning>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ExpectedUnit {
    name: String,
    status: String,
    covers: Vec<String>,
    unnamed_count: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedTotal {
    line: u32,
    covered: u32,
    of: u32,
    #[serde(default)]
    named: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedWarning {
    line: u32,
    kind: String,
    #[serde(default)]
    section: Option<String>,
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// A data folder holding the repository's geo and editorial files and only this page.
fn scratch(page: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ingest-corpus-{page}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["geo", "editorial"] {
        copy_dir(&data_dir().join(sub), &dir.join(sub));
    }
    std::fs::create_dir_all(dir.join("counties")).unwrap();
    let file = format!("{page}.txt");
    std::fs::copy(corpus_dir().join(&file), dir.join("counties").join(&file)).unwrap();
    dir
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The units in the order of the opening list (units it does not list after, by line).
fn units_in_list_order(c: &County) -> Vec<ExpectedUnit> {
    let mut units: Vec<_> = c.units.iter().collect();
    units.sort_by_key(|u| {
        let listed = u.opening_line.as_ref().map(|o| o.first_line);
        (listed.is_none(), listed.unwrap_or(u.first_line))
    });
    units
        .into_iter()
        .map(|u| ExpectedUnit {
            name: u.name.clone(),
            status: u.status.as_str().to_string(),
            covers: sorted(u.catchment.municipalities.clone()),
            unnamed_count: u.catchment.unnamed_count,
        })
        .collect()
}

/// Every difference between the page's reading and its expected file.
fn differences(page: &str) -> Vec<String> {
    let expected_text =
        std::fs::read_to_string(corpus_dir().join(format!("{page}.expected.json"))).unwrap();
    let e: Expected = serde_json::from_str(&expected_text)
        .unwrap_or_else(|err| panic!("{page}.expected.json: {err}"));
    let dir = scratch(page);
    let build = ingest::build(&dir, "data")
        .unwrap_or_else(|errors| panic!("{page} does not build: {errors:#?}"));
    std::fs::remove_dir_all(&dir).unwrap();
    let mut diff = Vec::new();
    let [c] = &build.dataset.counties[..] else {
        panic!("{page}: expected one county")
    };
    check(
        &mut diff,
        "county code",
        c.code.clone(),
        e.county_code.clone(),
    );
    check(
        &mut diff,
        "coverage",
        catalog::export::coverage_word(c.coverage).to_string(),
        e.coverage.clone(),
    );
    let units = units_in_list_order(c);
    if units != e.units {
        check(
            &mut diff,
            "units",
            format!("{units:#?}"),
            format!("{:#?}", e.units),
        );
    }
    let covered = sorted(
        c.municipalities
            .iter()
            .filter(|m| !m.covering_units.is_empty())
            .map(|m| m.code.clone())
            .collect(),
    );
    check(
        &mut diff,
        "municipalities covered",
        format!("{covered:?}"),
        format!("{:?}", e.municipalities_covered),
    );
    let total = c.stated_coverage.as_ref().map(|s| {
        let named = sorted(s.municipalities.clone());
        (s.source.first_line, s.covered, s.of, named)
    });
    let expected_total = e
        .stated_total
        .as_ref()
        .map(|t| (t.line, t.covered, t.of, sorted(t.named.clone())));
    check(
        &mut diff,
        "stated total (line, covered, of, named)",
        format!("{total:?}"),
        format!("{expected_total:?}"),
    );
    for (code, stance) in &e.stances {
        let got = c
            .municipalities
            .iter()
            .find(|m| &m.code == code)
            .map_or("(no such municipality)", |m| {
                m.social_services.stance.as_str()
            });
        check(
            &mut diff,
            &format!("stance of {code}"),
            got.to_string(),
            stance.clone(),
        );
    }
    check(
        &mut diff,
        "incomplete",
        c.incomplete().to_string(),
        e.incomplete.to_string(),
    );
    let file = format!("data/counties/{page}.txt");
    let mut got: Vec<(u32, String)> = build
        .warnings
        .iter()
        .filter(|w| w.file == file)
        .map(|w| (w.line, w.kind.as_str().to_string()))
        .collect();
    got.sort();
    let mut want: Vec<(u32, String)> = e
        .warnings
        .iter()
        .map(|w| (w.line, w.kind.clone()))
        .collect();
    want.sort();
    if got != want {
        let all: Vec<String> = build
            .warnings
            .iter()
            .filter(|w| w.file == file)
            .map(|w| w.to_string())
            .collect();
        diff.push(format!(
            "warnings (line, kind): got {got:?}, expected {want:?}\n{}",
            all.join("\n")
        ));
    }
    // The repository's decisions concern its own counties: unused here, and nothing else.
    for w in build.warnings.iter().filter(|w| w.file != file) {
        if w.kind != ingest::WarningKind::UnusedDecision {
            diff.push(format!("a warning outside the page: {w}"));
        }
    }
    let mut sections: Vec<(u32, String)> = c
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::MissingSection)
        .map(|p| (p.line, p.detail.clone()))
        .collect();
    sections.sort();
    let mut want_sections: Vec<(u32, String)> = e
        .warnings
        .iter()
        .filter(|w| w.kind == "missing_section")
        .map(|w| (w.line, w.section.clone().unwrap_or_default()))
        .collect();
    want_sections.sort();
    check(
        &mut diff,
        "missing sections (line, section)",
        format!("{sections:?}"),
        format!("{want_sections:?}"),
    );
    diff
}

/// Notes a difference when `got` is not `want`.
fn check(diff: &mut Vec<String>, what: &str, got: String, want: String) {
    if got != want {
        diff.push(format!("{what}: got {got}, expected {want}"));
    }
}

fn assert_page(page: &str) {
    let diff = differences(page);
    assert!(
        diff.is_empty(),
        "{page} is not read as expected:\n{}",
        diff.join("\n")
    );
}

macro_rules! corpus_pages {
    ($($test:ident => $page:literal,)*) => {
        $(
            #[test]
            fn $test() {
                assert_page($page);
            }
        )*

        /// Every page of the corpus folder has its test above, and its expected file.
        #[test]
        fn every_page_of_the_corpus_is_tested() {
            let listed = [$($page),*];
            let mut found: Vec<String> = std::fs::read_dir(corpus_dir())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
                .collect();
            found.sort();
            assert_eq!(found, listed);
            for page in listed {
                assert!(Path::new(&corpus_dir().join(format!("{page}.expected.json"))).exists());
            }
        }
    };
}

corpus_pages! {
    uppsala => "03-uppsala",
    sodermanland => "04-sodermanland",
    kronoberg => "07-kronoberg",
    kalmar => "08-kalmar",
    gotland => "09-gotland",
    blekinge => "10-blekinge",
    skane => "12-skane",
    halland => "13-halland",
    vastra_gotaland => "14-vastra-gotaland",
    varmland => "17-varmland",
    vastmanland => "19-vastmanland",
    dalarna => "20-dalarna",
    gavleborg => "21-gavleborg",
    jamtland => "23-jamtland",
    vasterbotten => "24-vasterbotten",
    norrbotten => "25-norrbotten",
}
