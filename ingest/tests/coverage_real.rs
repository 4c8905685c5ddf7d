//! Catchments and coverage of the five real pages: every unit's municipalities and how they
//! were found, each county's coverage, the opening list matched to the blocks, and the
//! editorial decisions used.

mod common;

use catalog::model::{County, Coverage, Dataset};
use common::*;

fn build() -> ingest::Build {
    ingest::build(&data_dir(), "data").expect("the pages build")
}

fn county<'a>(d: &'a Dataset, code: &str) -> &'a County {
    d.county(code).unwrap_or_else(|| panic!("county {code}"))
}

fn all_codes(c: &County) -> Vec<String> {
    let mut codes: Vec<String> = c.municipalities.iter().map(|m| m.code.clone()).collect();
    codes.sort();
    codes
}

#[test]
fn coverage_of_each_county_reproduces_the_national_mapping() {
    let d = build().dataset;
    let rows: Vec<(&str, Coverage, usize, usize)> = d
        .counties
        .iter()
        .map(|c| {
            let covered = c
                .municipalities
                .iter()
                .filter(|m| !m.covering_units.is_empty());
            (
                c.code.as_str(),
                c.coverage,
                covered.count(),
                c.municipalities.len(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("01", Coverage::Full, 26, 26),
            ("05", Coverage::Full, 13, 13),
            ("06", Coverage::None, 0, 13),
            ("18", Coverage::Partial, 3, 12),
            ("22", Coverage::None, 0, 7),
        ]
    );
    let orebro = county(&d, "18");
    let covered: Vec<(&str, &str, Vec<&str>)> = orebro
        .municipalities
        .iter()
        .filter(|m| !m.covering_units.is_empty())
        .map(|m| {
            let units = m.covering_units.iter().map(String::as_str).collect();
            (m.code.as_str(), m.name.as_str(), units)
        })
        .collect();
    assert_eq!(
        covered,
        [
            ("1862", "Degerfors", vec!["18-gryningen-karlskoga"]),
            ("1883", "Karlskoga", vec!["18-gryningen-karlskoga"]),
            ("1860", "Laxå", vec!["18-gryningen-karlskoga"]),
        ]
    );
    let stockholm = county(&d, "01");
    let norrtalje = stockholm
        .municipalities
        .iter()
        .find(|m| m.code == "0188")
        .unwrap();
    assert_eq!(
        norrtalje.covering_units,
        [
            "01-spadbarnsverksamheten-tittut-stockholm",
            "01-bup-stockholm",
            "01-barn-och-foraldraverksamheten-karnan-norrtalje"
        ]
    );
    let norrkoping = county(&d, "05")
        .municipalities
        .iter()
        .find(|m| m.code == "0581")
        .unwrap();
    assert_eq!(norrkoping.covering_units.len(), 2);
}

#[test]
fn catchment_of_every_real_unit() {
    let d = build().dataset;
    let s = county(&d, "01");
    let e = county(&d, "05");
    let o = county(&d, "18");
    let units: Vec<(&str, &str, Vec<String>, &str)> = d
        .counties
        .iter()
        .flat_map(|c| c.units.iter().map(move |u| (c, u)))
        .map(|(c, u)| {
            let codes = u.catchment.municipalities.clone();
            (
                c.code.as_str(),
                u.id.as_str(),
                codes,
                u.catchment.resolved_by.as_str(),
            )
        })
        .collect();
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        units,
        [
            ("01", "01-spadbarnsverksamheten-tittut-stockholm", all_codes(s), "rule: hela länet (\"Stockholms län\")"),
            ("01", "01-bup-stockholm", all_codes(s), "rule: hela länet (\"Stockholms län\")"),
            ("01", "01-barn-och-foraldraverksamheten-karnan-norrtalje", strings(&["0188"]), "rule: municipality names (\"Norrtälje\")"),
            ("05", "05-foraldrar-spadbarn-hagadal-linkoping", all_codes(e), "rule: hela länet (\"övriga kommuner i regionen\")"),
            ("05", "05-spadbarnsverksamheten-norrkoping", strings(&["0581"]), "decision: 05-norrkoping-text-certain: Norrköping only, the part of the text that is certain"),
            ("18", "18-gryningen-karlskoga", strings(&["1860", "1862", "1883"]), "rule: municipality names (\"Karlskoga, Degerfors, Laxå kommuner.\")"),
        ]
    );
    assert_eq!(all_codes(o).len(), 12);
}

#[test]
fn the_opening_list_meets_the_blocks() {
    let d = build().dataset;
    let lines: Vec<(&str, u32, &str)> = d
        .counties
        .iter()
        .flat_map(|c| &c.units)
        .map(|u| {
            let o = u
                .opening_line
                .as_ref()
                .expect("every real unit is in its list");
            (u.id.as_str(), o.first_line, o.text.as_str())
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("01-spadbarnsverksamheten-tittut-stockholm", 7, "- Spädbarnsverksamheten Titt-Ut (Habiliteringen)"),
            ("01-bup-stockholm", 9, "- Späd- och småbarnsteam på vissa av BUP:s mellanvårdsenheter"),
            ("01-barn-och-foraldraverksamheten-karnan-norrtalje", 8, "- Kärnan i Norrtälje (TioHundras verksamhet, BUP)"),
            ("05-foraldrar-spadbarn-hagadal-linkoping", 6, "- Föräldra- spädbarnsverksamheten Hagadal, Linköping. BUP & Linköpings kommuns socialtjänst"),
            ("05-spadbarnsverksamheten-norrkoping", 7, "- Spädbarnsverksamheten, Norrköping. BUP & Norrköpings kommuns socialtjänst"),
            ("18-gryningen-karlskoga", 6, "- Gryningen, Karlskoga, BUP & Karlskoga kommuns socialtjänst"),
        ]
    );
    assert!(d
        .counties
        .iter()
        .flat_map(|c| &c.units)
        .all(|u| !u.fields.is_empty()));
}

#[test]
fn every_decision_is_loaded_and_used_and_reported() {
    let b = build();
    let used: Vec<&str> = b.decisions.used().map(|d| d.id.as_str()).collect();
    assert_eq!(used, ["01-bup-mellanvard", "05-norrkoping-text-certain"]);
    assert_eq!(b.decisions.entries.len(), 2);
    assert!(b.decisions.unused().is_empty());
    assert!(b.decisions.entries.iter().all(|d| !d.reason.is_empty()));
    let infos: Vec<String> = b.infos.iter().map(|i| i.to_string()).collect();
    let with = |needle: &str| infos.iter().filter(|i| i.contains(needle)).count();
    assert_eq!(with("by decision 01-bup-mellanvard"), 1, "{infos:#?}");
    assert_eq!(
        with("catchment resolved by decision 05-norrkoping-text-certain"),
        1
    );
    assert!(infos
        .iter()
        .any(|i| i.starts_with("data/counties/05-ostergotland.txt:36: info:")));
}

#[test]
fn the_opening_sentences_agree_with_the_catchments() {
    let b = build();
    let infos: Vec<String> = b.infos.iter().map(|i| i.to_string()).collect();
    let agree: Vec<&str> = infos
        .iter()
        .filter(|i| i.contains("opening sentence agrees"))
        .map(|i| i.split_once(": info:").unwrap().0)
        .collect();
    assert_eq!(
        agree,
        [
            "data/counties/01-stockholm.txt:10",
            "data/counties/01-stockholm.txt:10",
            "data/counties/05-ostergotland.txt:8",
            "data/counties/05-ostergotland.txt:8",
            "data/counties/18-orebro.txt:7",
            "data/counties/18-orebro.txt:7",
        ]
    );
    // Every opening sentence of the five pages is read; the one about Norrköping's vague
    // catchment is settled by the editor's decision on that catchment.
    assert!(
        infos.iter().all(|i| !i.contains("not checked")),
        "{infos:#?}"
    );
    let settled: Vec<&String> = infos
        .iter()
        .filter(|i| i.contains("settled by the editorial decision"))
        .collect();
    assert_eq!(settled.len(), 1, "{infos:#?}");
    assert!(settled[0].starts_with("data/counties/05-ostergotland.txt:8: info: opening sentence: no rule reads \"regionens östra delar\""));
    assert!(settled[0]
        .ends_with("\"verksamheten i Norrköping är inriktad mot regionens östra delar.\""));
    // Örebro states its total, and it agrees.
    let o = b.dataset.county("18").unwrap();
    let stated = o.stated_coverage.as_ref().unwrap();
    assert_eq!(
        (
            stated.covered,
            stated.of,
            stated.agrees,
            stated.source.first_line
        ),
        (3, 12, true, 7)
    );
    assert!(b
        .dataset
        .counties
        .iter()
        .filter(|c| c.code != "18")
        .all(|c| c.stated_coverage.is_none()));
    assert!(
        b.warnings.iter().all(|w| !w.message.contains("opening")),
        "{:#?}",
        b.warnings
    );
}
