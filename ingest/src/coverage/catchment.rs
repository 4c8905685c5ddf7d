//! A catchment text read as municipality codes of its county, by rules: "hela länet",
//! "<County>s län", "övriga kommuner i regionen", "Region <County>" mean the whole county; a
//! list of municipality names ("Karlskoga, Degerfors, Laxå kommuner.", "Linköpings kommun")
//! means those. What no rule reads is left for an editorial decision, together with the
//! municipalities the text certainly names.

use crate::text::words::{find_phrase, words};
use catalog::model::County;

/// What the rules make of a catchment text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Municipality codes, sorted: all of them when every part was read, else those the text
    /// certainly names.
    pub codes: Vec<String>,
    /// The rule that read the whole text, e.g. `hela länet ("Stockholms län")`.
    pub rule: Option<String>,
    /// Parts of the text no rule reads, as written.
    pub unread: Vec<String>,
}

/// Words after a list of names that only say they are municipalities.
const KOMMUN_WORDS: &[&str] = &["kommun", "kommuner", "kommuns", "kommunerna"];

/// Prefixes before a name of the whole county ("hela länet", "övriga kommuner i regionen").
const WHOLE_PREFIXES: &[&str] = &[
    "hela",
    "alla kommuner i",
    "samtliga kommuner i",
    "ovriga kommuner i",
    "kommunerna i",
];

/// Phrases anywhere in a sentence that mean the whole county.
const WHOLE_PHRASES: &[&str] = &[
    "hela lanet",
    "hela regionen",
    "ovriga kommuner i regionen",
    "ovriga kommuner i lanet",
    "alla kommuner i lanet",
    "samtliga kommuner i lanet",
];

fn phrase(text: &str) -> Vec<String> {
    words(text)
}

/// The county's name as words, and its genitive form before "län" ("Stockholms län").
fn county_names(county: &County) -> (Vec<String>, Vec<String>) {
    let plain = words(&county.name);
    let mut genitive = plain.clone();
    if let Some(last) = genitive.last_mut() {
        if !last.ends_with('s') {
            last.push('s');
        }
    }
    (plain, genitive)
}

/// Whether these words (a whole part of a catchment text) name the whole county.
fn is_whole_county(w: &[String], county: &County) -> bool {
    let (plain, genitive) = county_names(county);
    let with = |a: &[String], b: &[String]| [a, b].concat();
    let lan = phrase("lan");
    let region = phrase("region");
    let named = [
        with(&genitive, &lan),
        with(&plain, &lan),
        with(&region, &plain),
    ];
    if named.iter().any(|n| n == w) {
        return true;
    }
    WHOLE_PREFIXES.iter().any(|p| {
        let p = phrase(p);
        w.starts_with(&p) && {
            let rest = &w[p.len()..];
            rest == phrase("lanet") || rest == phrase("regionen") || named.iter().any(|n| n == rest)
        }
    })
}

/// Every municipality of the county the words name, as codes (sorted, once each).
pub fn named_in(w: &[String], county: &County) -> Vec<String> {
    let mut codes: Vec<String> = county
        .municipalities
        .iter()
        .filter(|m| find_phrase(w, &words(&m.name)).is_some())
        .map(|m| m.code.clone())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// The municipality these words are exactly (its name, possibly in the genitive).
fn exactly(w: &[String], county: &County) -> Option<String> {
    county.municipalities.iter().find_map(|m| {
        let name = words(&m.name);
        (name.len() == w.len() && find_phrase(w, &name) == Some(0)).then(|| m.code.clone())
    })
}

fn all_codes(county: &County) -> Vec<String> {
    let mut codes: Vec<String> = county
        .municipalities
        .iter()
        .map(|m| m.code.clone())
        .collect();
    codes.sort();
    codes
}

/// The parts of a list: split at ",", "&", ";", " och " and " samt ".
fn parts(text: &str) -> Vec<&str> {
    text.split([',', '&', ';'])
        .flat_map(|p| p.split(" och "))
        .flat_map(|p| p.split(" samt "))
        .map(|p| p.trim().trim_end_matches('.').trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Reads a catchment text ("Upptagningsområde …") of a unit of `county`.
pub fn read(text: &str, county: &County) -> Reading {
    let mut whole: Option<&str> = None;
    let mut codes = Vec::new();
    let mut unread = Vec::new();
    for part in parts(text) {
        let mut w = words(part);
        while w.last().is_some_and(|x| KOMMUN_WORDS.contains(&x.as_str())) {
            w.pop();
        }
        if w.is_empty() {
            continue;
        }
        if is_whole_county(&w, county) {
            whole.get_or_insert(part);
        } else if let Some(code) = exactly(&w, county) {
            codes.push(code);
        } else {
            unread.push(part.to_string());
            codes.extend(named_in(&w, county));
        }
    }
    codes.sort();
    codes.dedup();
    let read_all = unread.is_empty() && (whole.is_some() || !codes.is_empty());
    let rule = match (read_all, whole) {
        (false, _) => None,
        (true, Some(part)) => Some(format!("hela länet ({part:?})")),
        (true, None) => Some(format!("municipality names ({:?})", text.trim())),
    };
    if whole.is_some() {
        codes = all_codes(county);
    }
    if unread.is_empty() && rule.is_none() {
        unread.push(text.trim().to_string());
    }
    Reading {
        codes,
        rule,
        unread,
    }
}

/// The area a sentence of the opening names: the whole county ("hela länet"), or the
/// municipalities it names. A locative "I <County> län" only says where and is skipped.
/// `None` when it names neither.
pub fn area_in(text: &str, county: &County) -> Option<Vec<String>> {
    let mut w = words(text);
    let (plain, genitive) = county_names(county);
    let lan = phrase("lan");
    let whole_by_name = [genitive.clone(), lan.clone()].concat();
    if WHOLE_PHRASES
        .iter()
        .any(|p| find_phrase(&w, &phrase(p)).is_some())
        || find_phrase(&w, &whole_by_name).is_some() && !w.starts_with(&phrase("i"))
    {
        return Some(all_codes(county));
    }
    for locative in [
        [phrase("i"), plain.clone(), lan.clone()].concat(),
        [phrase("i"), whole_by_name.clone()].concat(),
    ] {
        if let Some(i) = find_phrase(&w, &locative) {
            w.drain(i..i + locative.len());
        }
    }
    let codes = named_in(&w, county);
    (!codes.is_empty()).then_some(codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    fn east() -> County {
        testing::east("")
    }

    #[test]
    fn whole_county_phrases() {
        let c = east();
        for text in [
            "Östergötlands län",
            "Hela länet",
            "hela regionen.",
            "Region Östergötland",
            "Linköpings kommun samt övriga kommuner i regionen.",
        ] {
            let r = read(text, &c);
            assert_eq!(r.codes, ["0580", "0581", "0582"], "{text}");
            assert!(r.rule.unwrap().starts_with("hela länet"), "{text}");
        }
    }

    #[test]
    fn names_and_what_no_rule_reads() {
        let c = east();
        let r = read("Linköping, Söderköpings kommuner.", &c);
        assert_eq!(r.codes, ["0580", "0582"]);
        assert_eq!(
            r.rule.as_deref(),
            Some("municipality names (\"Linköping, Söderköpings kommuner.\")")
        );
        let r = read(
            "Norrköpings kommun med omnejd och NSÖ (Region Östra Östergötland)",
            &c,
        );
        assert_eq!(r.codes, ["0581"]);
        assert_eq!(r.rule, None);
        assert_eq!(
            r.unread,
            [
                "Norrköpings kommun med omnejd",
                "NSÖ (Region Östra Östergötland)"
            ]
        );
        let r = read("Västerås", &c);
        assert!(r.codes.is_empty() && r.rule.is_none());
        assert_eq!(r.unread, ["Västerås"]);
        let r = read(" . ", &c);
        assert!(r.codes.is_empty() && r.rule.is_none() && !r.unread.is_empty());
    }

    #[test]
    fn areas_of_sentences() {
        let c = testing::orebro("");
        assert_eq!(
            area_in(
                "I Örebro län har invånarna i Karlskoga och Laxå tillgång till",
                &c
            ),
            Some(vec!["1860".to_string(), "1883".to_string()])
        );
        assert_eq!(area_in("hela länet.", &c).map(|v| v.len()), Some(3));
        assert_eq!(area_in("Örebros län", &c).map(|v| v.len()), Some(3));
        assert_eq!(area_in("regionens östra delar", &c), None);
    }
}
