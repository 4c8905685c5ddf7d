//! "Var bor du?" — finding a municipality, a county or a place of the gazetteer from what a
//! parent types.
//!
//! # Contract
//! - The data tool ships `SearchLists` (every municipality, county and searchable place with
//!   its name, codes and folded key). The app builds the index once:
//!   `SearchIndex::from_lists(&lists)` (or `SearchIndex::new(entries(&lists))`).
//! - For each keystroke the app hands over the typed text in NFD (JavaScript's
//!   `typed.normalize("NFD")`): `suggest(&nfd, limit)`. The index folds it with `fold_key`
//!   (an already folded query folds to itself, so that may be passed too). Case,
//!   diacritics, hyphens and dashes do not count: "orebro", "HARNOSAND", "upplands bro"
//!   find Örebro, Härnösand, Upplands-Bro.
//! - A query matches an entry when its key
//!   1. equals the name's key (exact; a trailing word "kommun" in the query is ignored, so
//!      "Kumla kommun" is exact for Kumla),
//!   2. begins the name's key ("norrk" → Norrköping, "vastra got" → Västra Götalands län),
//!   3. begins a later word of the name ("götaland" → Västra Götalands län, "bro" →
//!      Upplands-Bro, "väsby" → Upplands Väsby); not any inner part of a word,
//!   4. or, for a query of five letters or more, is one edit (a letter added, missing,
//!      wrong, or two neighbours swapped) away from the name, a word of it, or the
//!      beginning of either ("kumal" → Kumla, "karlskogs" → Karlskoga, "saltsjobdaen" →
//!      Saltsjöbaden).
//! - Ranking, best first: every exact match (so "Bro" the place comes before Bromölla, and
//!   "Berg" the municipality before Berg the district of Linköping); then municipalities and
//!   counties whose name the query begins; then those with a later word it begins; then
//!   places of the gazetteer that the query begins or whose later word it begins; then
//!   typos. Within a rank: first a name whose å, ä, ö agree with what was typed (so "Håbo"
//!   gives Håbo before Habo, "habo" Habo before Håbo: both fold to "habo"); then
//!   municipality, county, place; then the name in Swedish order (å, ä, ö after z); then
//!   the code. So "orebro" gives Örebro (municipality, exact), then Örebro län (county,
//!   beginning).
//! - Each `Suggestion` says what it is (`kind`), its `name` ("Fisksätra", "Örebro län"), the
//!   `code` to open (a municipality's code for a municipality or a place, a county's code
//!   for a county) and its parents with names, for "Fisksätra — i Nacka kommun, Stockholms
//!   län" or "Kumla — kommun i Örebro län".
//! - An empty query (or one of separators only) gives nothing; so does a query that matches
//!   nothing.

mod fold;
mod lists;
mod typo;

pub(crate) use fold::is_separator;
pub use fold::{fold_key, swedish_cmp, swedish_letters, UNDECOMPOSED};
pub use lists::{entries, CountyRow, MunicipalityRow, PlaceRow, SearchLists};
pub use typo::within_one;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a search entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Municipality,
    County,
    /// A district or locality of the gazetteer (`data/editorial/places.csv`).
    Place,
}

/// One name the search can find.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub kind: PlaceKind,
    /// The name to show: "Kumla", "Örebro län", "Saltsjöbaden".
    pub name: String,
    /// Its search key (see `fold_key`).
    pub folded: String,
    /// The code to open: the municipality's for a municipality or a place, the county's for
    /// a county.
    pub code: String,
    /// A place's municipality.
    pub municipality: Option<String>,
    /// The county it lies in (a county's own code for a county).
    pub county: String,
}

/// How a query matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Match {
    Exact,
    /// The query begins the name.
    Prefix,
    /// The query begins a later word of the name.
    WordPrefix,
    /// One edit away.
    Typo,
}

/// A parent of a suggestion: code and name ("0182", "Nacka"; "01", "Stockholms län").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parent {
    pub code: String,
    pub name: String,
}

/// One suggestion, with what a view needs to say what it is in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: PlaceKind,
    pub name: String,
    /// The code to open (see `SearchEntry::code`).
    pub code: String,
    /// A place's municipality; `None` for a municipality or a county.
    pub municipality: Option<Parent>,
    /// The county a municipality or place lies in; `None` for a county.
    pub county: Option<Parent>,
    pub matched: Match,
}

impl Suggestion {
    /// The page a suggestion opens: a municipality's or a place's municipality page, or a
    /// county's page.
    pub fn page(&self) -> crate::route::Page {
        match self.kind {
            PlaceKind::County => crate::route::Page::County {
                code: self.code.clone(),
            },
            PlaceKind::Municipality | PlaceKind::Place => crate::route::Page::Municipality {
                code: self.code.clone(),
            },
        }
    }
}

/// An entry with what matching needs, computed once.
#[derive(Debug, Clone)]
struct Indexed {
    entry: SearchEntry,
    key: Vec<char>,
    /// Where each word after the first begins in `key`.
    later_words: Vec<usize>,
    /// `swedish_letters` of the name.
    letters: Vec<u32>,
}

/// The search index: built once, asked on every keystroke.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Indexed>,
    /// Names of municipalities and counties by code, for the parents.
    municipality_names: HashMap<String, String>,
    county_names: HashMap<String, String>,
}

/// The rank of a match: exact matches of any kind, then names and later words of
/// municipalities and counties, then places, then typos.
fn rank(kind: PlaceKind, matched: Match) -> u8 {
    match (matched, kind) {
        (Match::Exact, _) => 0,
        (Match::Prefix, PlaceKind::Municipality | PlaceKind::County) => 1,
        (Match::WordPrefix, PlaceKind::Municipality | PlaceKind::County) => 2,
        (Match::Prefix | Match::WordPrefix, PlaceKind::Place) => 3,
        (Match::Typo, _) => 4,
    }
}

/// Queries shorter than this (in characters) are not matched with a typo.
const TYPO_MIN_LEN: usize = 5;

impl SearchIndex {
    pub fn new(entries: Vec<SearchEntry>) -> SearchIndex {
        let mut municipality_names = HashMap::new();
        let mut county_names = HashMap::new();
        for e in &entries {
            match e.kind {
                PlaceKind::Municipality => {
                    municipality_names.insert(e.code.clone(), e.name.clone());
                }
                PlaceKind::County => {
                    county_names.insert(e.code.clone(), e.name.clone());
                }
                PlaceKind::Place => {}
            }
        }
        let entries = entries
            .into_iter()
            .map(|entry| {
                let key: Vec<char> = entry.folded.chars().collect();
                let later_words = (1..key.len())
                    .filter(|&i| key[i - 1] == ' ' && key[i] != ' ')
                    .collect();
                Indexed {
                    letters: swedish_letters(&entry.name),
                    entry,
                    key,
                    later_words,
                }
            })
            .collect();
        SearchIndex {
            entries,
            municipality_names,
            county_names,
        }
    }

    /// The index of the plain lists the data tool ships.
    pub fn from_lists(lists: &SearchLists) -> SearchIndex {
        SearchIndex::new(entries(lists))
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// At most `limit` suggestions for the typed text in NFD (or already folded), best
    /// first (see the module's contract).
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<Suggestion> {
        let folded = fold_key(query);
        let folded = strip_kommun(&folded);
        if folded.is_empty() || limit == 0 {
            return Vec::new();
        }
        let q: Vec<char> = folded.chars().collect();
        let typed = swedish_letters(query.trim());
        let mut hits: Vec<(u8, bool, &Indexed, Match)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let m = matches(&q, e)?;
                Some((rank(e.entry.kind, m), !e.letters.starts_with(&typed), e, m))
            })
            .collect();
        hits.sort_by(|a, b| {
            (a.0, a.1, a.2.entry.kind)
                .cmp(&(b.0, b.1, b.2.entry.kind))
                .then_with(|| swedish_cmp(&a.2.entry.name, &b.2.entry.name))
                .then_with(|| a.2.entry.code.cmp(&b.2.entry.code))
        });
        hits.into_iter()
            .take(limit)
            .map(|(_, _, e, matched)| self.suggestion(&e.entry, matched))
            .collect()
    }

    fn suggestion(&self, e: &SearchEntry, matched: Match) -> Suggestion {
        let parent = |names: &HashMap<String, String>, code: &str| Parent {
            code: code.to_string(),
            name: names.get(code).cloned().unwrap_or_default(),
        };
        Suggestion {
            kind: e.kind,
            name: e.name.clone(),
            code: e.code.clone(),
            municipality: e
                .municipality
                .as_deref()
                .map(|m| parent(&self.municipality_names, m)),
            county: (e.kind != PlaceKind::County).then(|| parent(&self.county_names, &e.county)),
            matched,
        }
    }
}

/// The query without a last word "kommun" or "kommuns", unless nothing else is left.
fn strip_kommun(query: &str) -> &str {
    for suffix in [" kommuns", " kommun"] {
        if let Some(rest) = query.strip_suffix(suffix) {
            if !rest.trim().is_empty() {
                return rest.trim_end();
            }
        }
    }
    query
}

/// How the query `q` matches the entry, if it does.
fn matches(q: &[char], e: &Indexed) -> Option<Match> {
    let key = &e.key;
    if key.as_slice() == q {
        return Some(Match::Exact);
    }
    if key.starts_with(q) {
        return Some(Match::Prefix);
    }
    if e.later_words.iter().any(|&w| key[w..].starts_with(q)) {
        return Some(Match::WordPrefix);
    }
    if q.len() >= TYPO_MIN_LEN {
        let starts = std::iter::once(0).chain(e.later_words.iter().copied());
        for w in starts {
            let rest = &key[w..];
            // The whole rest, its first word, or its beginning as long as the query ±1.
            let word_end = rest.iter().position(|&c| c == ' ').unwrap_or(rest.len());
            let lengths = [rest.len(), word_end, q.len() - 1, q.len(), q.len() + 1];
            if lengths
                .into_iter()
                .filter(|&n| n <= rest.len())
                .any(|n| typo::within_one(q, &rest[..n]))
            {
                return Some(Match::Typo);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> SearchLists {
        let m = |code: &str, name: &str, county: &str| MunicipalityRow {
            code: code.into(),
            name: name.into(),
            folded: fold_key(name),
            county: county.into(),
        };
        let c = |code: &str, name: &str| CountyRow {
            code: code.into(),
            name: name.into(),
            folded: fold_key(name),
        };
        SearchLists {
            municipalities: vec![
                m("1880", "Orebro", "18"),
                m("1881", "Kumla", "18"),
                m("0139", "Upplands-Bro", "01"),
                m("1272", "Bromolla", "12"),
            ],
            counties: vec![c("18", "Orebro lan"), c("01", "Stockholms lan")],
            places: vec![
                PlaceRow {
                    name: "Bro".into(),
                    folded: "bro".into(),
                    municipality: "0139".into(),
                },
                PlaceRow {
                    name: "Ghost".into(),
                    folded: "ghost".into(),
                    municipality: "9999".into(),
                },
            ],
        }
    }

    fn names(q: &str) -> Vec<(String, Match)> {
        SearchIndex::from_lists(&lists())
            .suggest(q, 10)
            .into_iter()
            .map(|s| (s.name, s.matched))
            .collect()
    }

    #[test]
    fn ranks_exact_prefix_word_place_typo() {
        assert_eq!(
            names("bro"),
            [
                ("Bro".to_string(), Match::Exact),
                ("Bromolla".to_string(), Match::Prefix),
                ("Upplands-Bro".to_string(), Match::WordPrefix),
            ]
        );
        assert_eq!(
            names("orebro"),
            [
                ("Orebro".to_string(), Match::Exact),
                ("Orebro lan".to_string(), Match::Prefix),
            ]
        );
        assert_eq!(names("kumal"), [("Kumla".to_string(), Match::Typo)]);
        assert_eq!(names("kumla kommun"), [("Kumla".to_string(), Match::Exact)]);
        assert!(names("kum").iter().all(|(_, m)| *m == Match::Prefix));
        assert!(names("kmla").is_empty(), "no typo under five letters");
        assert!(names("").is_empty());
        assert!(
            names("ghost").is_empty(),
            "a place of no known municipality"
        );
        assert!(SearchIndex::from_lists(&lists())
            .suggest("kumla", 0)
            .is_empty());
    }

    #[test]
    fn parents_are_named() {
        let index = SearchIndex::from_lists(&lists());
        let bro = &index.suggest("bro", 1)[0];
        assert_eq!(bro.kind, PlaceKind::Place);
        assert_eq!(bro.code, "0139");
        assert_eq!(
            bro.municipality,
            Some(Parent {
                code: "0139".into(),
                name: "Upplands-Bro".into()
            })
        );
        assert_eq!(bro.county.as_ref().unwrap().name, "Stockholms lan");
        let county = &index.suggest("orebro lan", 1)[0];
        assert_eq!(
            (county.kind, county.code.as_str()),
            (PlaceKind::County, "18")
        );
        assert_eq!(
            (county.municipality.clone(), county.county.clone()),
            (None, None)
        );
    }
}
