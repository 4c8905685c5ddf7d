//! Every abbreviation of the county pages is explained or has a reason not to be: each
//! token of two or more capital letters (Å, Ä, Ö included; "BUP" in "BUP:s", "BVC" in
//! "BVC-psykologer", both in "MBHV/BHV") stands inside a term of the glossary or a method
//! of the lexicon as `catalog::glossary::terms_in` marks them, or the editor gave a reason
//! in `data/editorial/glossary_exempt.csv`. Web addresses are not prose ("…/Team-H-BUP-
//! Linkoping/"): their tokens are not counted, as `terms_in` never marks inside them. And
//! no entry is dead: every glossary term and every exempt token occurs on some page.

mod common;

use catalog::glossary::{terms_in, TermSegment};
use common::*;
use ingest::Editorial;
use std::collections::BTreeMap;

/// Byte ranges and text of the capital tokens of a line outside its web addresses.
fn prose_tokens(line: &str) -> Vec<(usize, usize, &str)> {
    let mut urls = Vec::new();
    let mut at = 0;
    for s in catalog::text::segments(line) {
        let (catalog::Segment::Text(t) | catalog::Segment::Url(t)) = s;
        if matches!(s, catalog::Segment::Url(_)) {
            urls.push((at, at + t.len()));
        }
        at += t.len();
    }
    capital_tokens(line)
        .into_iter()
        .filter(|(s, e, _)| !urls.iter().any(|&(us, ue)| us <= *s && *e <= ue))
        .collect()
}

/// Byte ranges and text of the capital tokens of a line: maximal runs of letters, at least
/// two, all upper case.
fn capital_tokens(line: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (start, c.is_alphabetic()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let token = &line[s..i];
                if token.chars().count() >= 2 && token.chars().all(char::is_uppercase) {
                    out.push((s, i, token));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn editorial() -> Editorial {
    Editorial::load(&data_dir(), "data", gazetteer()).expect("the editorial files load")
}

/// Every page under data/counties/, so that a new county is checked too.
fn pages() -> Vec<(String, String)> {
    let mut files: Vec<String> = std::fs::read_dir(data_dir().join("counties"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert!(files.len() >= PAGES.len());
    files
        .into_iter()
        .map(|f| (source_file(&f), page(&f)))
        .collect()
}

#[test]
fn tokens_and_their_variants() {
    let t = |line| {
        capital_tokens(line)
            .into_iter()
            .map(|(_, _, t)| t)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        prose_tokens("BUP se https://www.1177.se/Kontakt/BUP-mottagningen-Jkp/ och BVC.")
            .iter()
            .map(|t| t.2)
            .collect::<Vec<_>>(),
        ["BUP", "BVC"]
    );
    assert_eq!(
        t("BUP:s team, BVC-psykologer, MBHV/BHV och NSÖ (Region Östra), COS-P, DC:0–3R, I ADOS, Öst"),
        ["BUP", "BVC", "MBHV", "BHV", "NSÖ", "COS", "DC", "ADOS"]
    );
}

#[test]
fn every_capital_token_is_explained_or_exempt() {
    let editorial = editorial();
    let terms = &editorial.glossary.terms;
    let methods = &editorial.lexicon.methods;
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut missing = Vec::new();
    let pages = pages();
    for (file, text) in &pages {
        for (n, line) in text.lines().enumerate() {
            let segments = terms_in(line, terms, methods);
            // Byte ranges of the marked terms.
            let mut at = 0;
            let mut marked = Vec::new();
            for s in &segments {
                let len = s.text().len();
                if let TermSegment::Term { .. } = s {
                    marked.push((at, at + len));
                }
                at += len;
            }
            for (s, e, token) in prose_tokens(line) {
                *seen.entry(token).or_default() += 1;
                let explained = marked.iter().any(|&(ms, me)| ms <= s && e <= me);
                if !explained && editorial.glossary.exempt_reason(token).is_none() {
                    missing.push(format!(
                        "{file}:{}: {token:?} has no glossary entry, no methods-lexicon entry and no reason in data/editorial/glossary_exempt.csv: {line:?}",
                        n + 1
                    ));
                }
            }
        }
    }
    println!("capital tokens of the pages: {seen:?}");
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
    for abbreviation in [
        "BUP", "BHV", "MBHV", "BVC", "MVC", "BMM", "MV", "SLSO", "NSÖ", "FBHV", "IF", "NPF",
    ] {
        assert!(seen.contains_key(abbreviation), "{abbreviation}");
    }
}

#[test]
fn no_entry_is_dead() {
    let editorial = editorial();
    let pages = pages();
    for term in &editorial.glossary.terms {
        let used = pages.iter().any(|(_, text)| {
            terms_in(text, std::slice::from_ref(term), &[])
                .iter()
                .any(|s| matches!(s, TermSegment::Term { .. }))
        });
        assert!(used, "glossary term {} is on no page", term.id);
    }
    for exempt in &editorial.glossary.exempt {
        let used = pages.iter().any(|(_, text)| {
            text.lines()
                .any(|l| prose_tokens(l).iter().any(|t| t.2 == exempt.token))
        });
        assert!(used, "exempt token {} is on no page", exempt.token);
    }
}
