//! "Var bor du?" on the shipped search lists: the app's folding gives the data tool's keys
//! for every name, a table of what parents type and what comes first, every municipality
//! found first by its own name, and how long a query takes.

use catalog::search::{fold_key, Match, PlaceKind, SearchIndex, SearchLists, Suggestion};
use unicode_normalization::UnicodeNormalization;

fn lists() -> SearchLists {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir))
        .unwrap()
        .search
}

/// What the browser hands the index: the typed text in NFD.
fn typed(text: &str) -> String {
    text.nfd().collect()
}

#[test]
fn the_apps_folding_gives_the_shipped_keys() {
    let l = lists();
    let names = l
        .municipalities
        .iter()
        .map(|m| (&m.name, &m.folded))
        .chain(l.counties.iter().map(|c| (&c.name, &c.folded)))
        .chain(l.places.iter().map(|p| (&p.name, &p.folded)));
    let mut count = 0;
    for (name, folded) in names {
        assert_eq!(&fold_key(&typed(name)), folded, "{name}");
        assert_eq!(&fold_key(&typed(&name.to_uppercase())), folded, "{name}");
        assert!(folded.is_ascii(), "{name}: {folded}");
        count += 1;
    }
    assert_eq!(
        (l.municipalities.len(), l.counties.len()),
        (290, 21),
        "all of Sweden"
    );
    assert!(count > 350, "{count} names");
}

/// A suggestion in a line: "Place Saltsjöbaden (0182) i Nacka, Stockholms län".
fn describe(s: &Suggestion) -> String {
    let mut out = format!("{:?} {} ({})", s.kind, s.name, s.code);
    if let Some(m) = &s.municipality {
        out += &format!(" i {}", m.name);
    }
    if let Some(c) = &s.county {
        out += &format!(", {}", c.name);
    }
    out
}

#[test]
fn what_parents_type_and_what_comes_first() {
    let index = SearchIndex::from_lists(&lists());
    // (typed, the first suggestion, the second if it matters)
    let table: &[(&str, &str, Option<&str>)] = &[
        ("kumla", "Municipality Kumla (1881), Örebro län", None),
        (
            "Karlskoga",
            "Municipality Karlskoga (1883), Örebro län",
            None,
        ),
        (
            "saltsjobaden",
            "Place Saltsjöbaden (0182) i Nacka, Stockholms län",
            None,
        ),
        (
            "fisksatra",
            "Place Fisksätra (0182) i Nacka, Stockholms län",
            None,
        ),
        (
            "ornskoldsvik",
            "Municipality Örnsköldsvik (2284), Västernorrlands län",
            None,
        ),
        (
            "harnosand",
            "Municipality Härnösand (2280), Västernorrlands län",
            None,
        ),
        ("Malmo", "Municipality Malmö (1280), Skåne län", None),
        (
            "orebro",
            "Municipality Örebro (1880), Örebro län",
            Some("County Örebro län (18)"),
        ),
        (
            "Stockholm",
            "Municipality Stockholm (0180), Stockholms län",
            Some("County Stockholms län (01)"),
        ),
        (
            "sodermalm",
            "Place Södermalm (0180) i Stockholm, Stockholms län",
            None,
        ),
        (
            "rimforsa",
            "Place Rimforsa (0513) i Kinda, Östergötlands län",
            None,
        ),
        ("kumal", "Municipality Kumla (1881), Örebro län", None),
        (
            "karlskogs",
            "Municipality Karlskoga (1883), Örebro län",
            None,
        ),
        (
            "vasteras",
            "Municipality Västerås (1980), Västmanlands län",
            None,
        ),
        (
            "norrk",
            "Municipality Norrköping (0581), Östergötlands län",
            None,
        ),
        (
            "norrkopnig",
            "Municipality Norrköping (0581), Östergötlands län",
            None,
        ),
        (
            "harnosnad",
            "Municipality Härnösand (2280), Västernorrlands län",
            None,
        ),
        ("götaland", "County Västra Götalands län (14)", None),
        ("vastra gotaland", "County Västra Götalands län (14)", None),
        ("skåne", "County Skåne län (12)", None),
        ("dalarna", "County Dalarnas län (20)", None),
        ("jönköpings län", "County Jönköpings län (06)", None),
        (
            "gotland",
            "Municipality Gotland (0980), Gotlands län",
            Some("County Gotlands län (09)"),
        ),
        (
            "upplands bro",
            "Municipality Upplands-Bro (0139), Stockholms län",
            None,
        ),
        (
            "bro",
            "Place Bro (0139) i Upplands-Bro, Stockholms län",
            Some("Municipality Bromölla (1272), Skåne län"),
        ),
        (
            "väsby",
            "Municipality Upplands Väsby (0114), Stockholms län",
            None,
        ),
        (
            "berg",
            "Municipality Berg (2326), Jämtlands län",
            Some("Place Berg (0580) i Linköping, Östergötlands län"),
        ),
        (
            "kista",
            "Place Rinkeby-Kista (0180) i Stockholm, Stockholms län",
            None,
        ),
        (
            "Rinkeby – Kista",
            "Place Rinkeby-Kista (0180) i Stockholm, Stockholms län",
            None,
        ),
        (
            "kalhall",
            "Place Kallhäll (0123) i Järfälla, Stockholms län",
            None,
        ),
        (
            "huskvarna",
            "Place Huskvarna (0680) i Jönköping, Jönköpings län",
            None,
        ),
        (
            "Kumla kommun",
            "Municipality Kumla (1881), Örebro län",
            None,
        ),
        (
            "ÅNGE",
            "Municipality Ånge (2260), Västernorrlands län",
            None,
        ),
        (
            "göteborg",
            "Municipality Göteborg (1480), Västra Götalands län",
            None,
        ),
        (
            "sundsvall",
            "Municipality Sundsvall (2281), Västernorrlands län",
            None,
        ),
        (
            "Håbo",
            "Municipality Håbo (0305), Uppsala län",
            Some("Municipality Habo (0643), Jönköpings län"),
        ),
        (
            "habo",
            "Municipality Habo (0643), Jönköpings län",
            Some("Municipality Håbo (0305), Uppsala län"),
        ),
    ];
    assert!(table.len() >= 25);
    for (query, first, second) in table {
        let got: Vec<String> = index
            .suggest(&typed(query), 8)
            .iter()
            .map(describe)
            .collect();
        println!("{query:>16} → {}", got.join(" | "));
        assert_eq!(
            got.first().map(String::as_str),
            Some(*first),
            "{query}: {got:?}"
        );
        if let Some(second) = second {
            assert_eq!(
                got.get(1).map(String::as_str),
                Some(*second),
                "{query}: {got:?}"
            );
        }
    }
    for nothing in ["", "  ", "–", "xyzzy", "qwertyuiop"] {
        assert!(index.suggest(&typed(nothing), 8).is_empty(), "{nothing:?}");
    }
}

#[test]
fn kinds_and_matches_are_told() {
    let index = SearchIndex::from_lists(&lists());
    let s = index.suggest(&typed("orebro"), 2);
    assert_eq!(
        s.iter().map(|s| (s.kind, s.matched)).collect::<Vec<_>>(),
        [
            (PlaceKind::Municipality, Match::Exact),
            (PlaceKind::County, Match::Prefix)
        ]
    );
    assert_eq!(index.suggest(&typed("kumal"), 1)[0].matched, Match::Typo);
    assert_eq!(
        index.suggest(&typed("kista"), 1)[0].matched,
        Match::WordPrefix
    );
    // "BUP Stockholm" of the gazetteer means the county's child psychiatry, not a place.
    assert!(index
        .suggest(&typed("bup"), 8)
        .iter()
        .all(|s| !s.name.starts_with("BUP")));
    // Prefixes give municipalities, then counties, in Swedish order.
    let names: Vec<String> = index
        .suggest(&typed("väs"), 10)
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(
        names,
        [
            "Västervik",
            "Västerås",
            "Västerbottens län",
            "Västernorrlands län",
            "Västmanlands län",
            "Västra Götalands län",
            "Upplands Väsby"
        ]
    );
}

#[test]
fn every_municipality_comes_first_by_its_own_name() {
    let l = lists();
    let index = SearchIndex::from_lists(&l);
    for m in &l.municipalities {
        let s = index.suggest(&typed(&m.name), 3);
        let first = s.first().unwrap_or_else(|| panic!("{}: nothing", m.name));
        assert_eq!(
            (first.kind, first.code.as_str(), first.matched),
            (PlaceKind::Municipality, m.code.as_str(), Match::Exact),
            "{}",
            m.name
        );
        assert_eq!(first.county.as_ref().unwrap().code, m.county);
    }
}

#[test]
fn a_ten_letter_query_takes_well_under_a_millisecond() {
    let index = SearchIndex::from_lists(&lists());
    // A prefix, a typo that must be checked against every name, and nothing at all.
    let queries = ["örnsköldsv", "karlskogas", "qwertyuiop"].map(typed);
    // The fastest of several rounds, so that other work on the machine counts less.
    let mut per_query = std::time::Duration::MAX;
    let mut found = 0;
    for _ in 0..20 {
        let start = std::time::Instant::now();
        for _ in 0..10 {
            for q in &queries {
                found += index.suggest(q, 8).len();
            }
        }
        per_query = per_query.min(start.elapsed() / 30);
    }
    println!(
        "{} names; {per_query:?} per 10-letter query ({} build)",
        index.len(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    assert_eq!(found, 20 * 10 * 2, "one suggestion each for the first two");
    assert!(per_query.as_micros() < 1000, "{per_query:?}");
}
