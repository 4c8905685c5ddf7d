//! Pages the ingest cannot read name the file and the line; odd pages give warnings.

mod common;

use catalog::ProblemKind;
use common::*;
use ingest::{IngestError, Warning, WarningKind};

const FILE: &str = "data/counties/18-orebro.txt";

/// The Örebro page with line `n` (1-based) replaced, or deleted when `with` is `None`.
fn orebro_with(n: usize, with: Option<&str>) -> String {
    let text = page("18-orebro.txt");
    let mut lines: Vec<&str> = text.lines().collect();
    match with {
        Some(w) => lines[n - 1] = w,
        None => {
            lines.remove(n - 1);
        }
    }
    lines.join("\n")
}

fn errors(text: &str) -> Vec<IngestError> {
    ingest::parse_county(FILE, text, gazetteer()).expect_err("an error")
}

fn warnings(text: &str) -> Vec<Warning> {
    ingest::parse_county(FILE, text, gazetteer())
        .expect("no error")
        .1
}

#[test]
fn unknown_county_names_file_and_line() {
    let e = errors(&orebro_with(1, Some("Atlantis")));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        e[0].to_string(),
        "data/counties/18-orebro.txt:1: error: unknown county \"Atlantis\" (not a name in swedish_regions.geojson)"
    );
}

#[test]
fn unknown_municipality_names_file_line_and_name() {
    let line = "Tolv kommuner: Askersund, Degerfors, Hallsberg, Hällefors, Karlskoga, Kumla, Laxå, Lekeberg, Lindesberg, Ljusnarsberg, Narnia & Örebro";
    let e = errors(&orebro_with(3, Some(line)));
    assert_eq!(e.len(), 1, "{e:?}");
    let s = e[0].to_string();
    assert!(
        s.starts_with("data/counties/18-orebro.txt:3: error: unknown municipality \"Narnia\""),
        "{s}"
    );
    // A municipality of another county is unknown in this one.
    let e = errors(&orebro_with(
        3,
        Some("Två kommuner: Örebro och Kumla, Linköping"),
    ));
    assert!(e[0].to_string().contains("\"Linköping\""), "{e:?}");
}

#[test]
fn missing_or_bad_children_line() {
    // Deleting the children line makes the next line (the units list) take its place.
    let e = errors(&orebro_with(5, None));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].file.as_str(), e[0].line), (FILE, Some(5)));
    assert!(
        e[0].message.starts_with("expected the children line"),
        "{e:?}"
    );
    let e = errors(&orebro_with(5, Some("20 92 invånare 0–5 år")));
    assert_eq!(e[0].line, Some(5));
    let e = errors("Örebro\n\nTolv kommuner: Örebro");
    assert_eq!(
        e[0].to_string(),
        format!("{FILE}:3: error: page ends before the children line")
    );
}

#[test]
fn bad_municipalities_line() {
    let e = errors(&orebro_with(3, Some("Askersund, Degerfors")));
    assert_eq!(e[0].line, Some(3));
    assert!(e[0].message.starts_with("expected the municipalities line"));
    let e = errors(&orebro_with(3, Some("Många kommuner: Örebro")));
    assert_eq!(e[0].line, Some(3));
}

#[test]
fn count_mismatch_is_a_warning() {
    let w = warnings(&orebro_with(3, Some("Tretton kommuner: Kumla och Örebro")));
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        w[0].to_string(),
        "data/counties/18-orebro.txt:3: warning: the page states 13 municipalities but lists 2; the county's Lekeberg (1814), Laxå (1860), Hallsberg (1861), Degerfors (1862), Hällefors (1863), Ljusnarsberg (1864), Askersund (1882), Karlskoga (1883), Nora (1884), Lindesberg (1885) are not in the list and read all the same: \"Tretton kommuner: Kumla och Örebro\" [municipality_count_mismatch]"
    );
    let (c, _) = ingest::parse_county(
        FILE,
        &orebro_with(3, Some("2 kommuner: kumla & ÖREBRO")),
        gazetteer(),
    )
    .unwrap();
    assert_eq!(c.municipalities[1].name, "Örebro");
    assert_eq!(c.stated_municipality_count, 2);
    // The county's municipalities are the official ones: those the line leaves out are read
    // all the same, after the listed ones, and the page is incomplete (issue 7).
    assert_eq!(c.municipalities.len(), 12);
    assert_eq!(c.municipalities[2].name, "Lekeberg");
    assert!(c.incomplete());
}

#[test]
fn missing_or_malformed_update_line() {
    let text = page("18-orebro.txt");
    let last = text.lines().count();
    let w = warnings(&orebro_with(last, None));
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].message, "no 'Senast uppdaterad' line");

    let bad = "Senast uppdaterad 2021-02-30 av Josefine Göransson";
    let (c, w) = ingest::parse_county(FILE, &orebro_with(last, Some(bad)), gazetteer()).unwrap();
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0].line as usize, last);
    assert!(w[0].message.contains("without a date"));
    assert!(c.updated.is_none());
    assert_eq!(c.paragraphs.last().unwrap().source.text, bad);
}

#[test]
fn unit_blocks_with_odd_labels_warn() {
    let page = "Örebro\n\nEn kommun: Örebro\n\n100 invånare 0–5 år\n\nNamn X\nÅldrar 0–5\nÅldrar 0–6\n\nNamn \nKontakt Tel 019-123456\n\nSenast uppdaterad 2020-01-01 av A, B";
    let (c, w) = ingest::parse_county(FILE, page, gazetteer()).unwrap();
    let w: Vec<String> = w
        .iter()
        .filter(|w| {
            matches!(
                w.kind,
                WarningKind::RepeatedLabel | WarningKind::UnnamedUnit
            )
        })
        .map(|w| w.to_string())
        .collect();
    assert_eq!(
        w,
        vec![
            format!(
                "{FILE}:9: warning: label \"Åldrar\" appears twice in one unit: \"Åldrar 0–6\" [repeated_label]"
            ),
            format!("{FILE}:11: warning: unit without a name: \"Namn \" [unnamed_unit]"),
        ]
    );
    // The page is damaged too (issue 7): one municipality of twelve listed, the block "X"
    // stops before its "Kontakt", and no section is there; each is a problem of the county.
    let problems: Vec<(ProblemKind, u32, &str)> = c
        .problems
        .iter()
        .map(|p| (p.kind, p.line, p.detail.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            (
                ProblemKind::MunicipalityCountMismatch,
                3,
                "1 stated, 1 listed, 12 in the county"
            ),
            (ProblemKind::TruncatedUnit, 7, "X"),
            (ProblemKind::MissingSection, 14, "Andra möjligheter"),
            (ProblemKind::MissingSection, 14, "Prevention och promotion"),
            (ProblemKind::MissingSection, 14, "Familjecentraler"),
        ]
    );
    assert_eq!(c.units.len(), 2);
    assert_eq!(c.units[1].parsed.phones, vec!["019-123456"]);
    assert_eq!(c.updated.unwrap().editor, "A");
}

#[test]
fn no_units_statement_and_units_together_warn() {
    let text = orebro_with(
        6,
        Some("Inga späd- och småbarnsverksamheter/team identifierade"),
    );
    let w = warnings(&text);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].message.contains("no units but has 1 unit"));
}
