//! A catchment text — a unit's "Upptagningsområde" or the area an opening sentence gives
//! it — read as municipality codes of its county, by general rules over the families of
//! `data/editorial/opening_phrases.csv`. The text is cut into parts (at ",", ";", "&",
//! " och ", " samt "); each part is
//! - the whole county ("hela länet", "länets alla kommuner", "Stockholms län", "Hela
//!   Gotland"), possibly but some ("alla utom Gävle");
//! - "övriga [N] kommuner": after names in the same text, the rest of the county ("Malmö
//!   samt övriga kommuner i länet"), else the municipalities no other unit covers, resolved
//!   once the others are known;
//! - a count of municipalities it does not name ("fyra andra kommuner i länets södra del"):
//!   kept as a number, never guessed;
//! - a municipality, possibly with a remark after it ("Pajala när verksamheten är i gång");
//! - or a part that cannot be read with certainty: a vague area ("delar av östra
//!   Värmland", "med omnejd"), a condition ("i mån av plats även Flen"). Its names are not
//!   counted;
//! - or a remark that names no place at all ("när teamet har startat"): not a catchment.

use crate::editorial::phrases::{Family, OpeningPhrases};
use crate::editorial::places::PlaceIndex;
use crate::text::patterns::{tokens, Token};
use crate::text::words::words;
use catalog::model::County;

/// Words after a list of names that only say they are municipalities.
const KOMMUN_WORDS: &[&str] = &["kommun", "kommuner", "kommuns", "kommunerna"];

/// What the rules read in a county and its editorial data.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub county: &'a County,
    pub places: &'a PlaceIndex,
    pub phrases: &'a OpeningPhrases,
}

/// "övriga [N] kommuner" with no names before it: the municipalities no other unit covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Others {
    /// The number the text gives ("övriga nio kommuner" → 9).
    pub count: Option<u32>,
    pub part: String,
}

/// What the rules make of a catchment text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// Municipality codes, sorted: the whole county (but the exceptions) when a part says
    /// so, else those the text certainly names.
    pub codes: Vec<String>,
    /// The part that reads as the whole county, as written.
    pub whole: Option<String>,
    /// "övriga [N] kommuner" to resolve against the other units.
    pub others: Option<Others>,
    /// Municipalities counted but not named, and the part that counts them.
    pub unnamed: u32,
    pub unnamed_part: Option<String>,
    /// Parts no rule reads with certainty, as written; their names are not counted.
    pub unread: Vec<String>,
    /// Parts that name no place, as written: remarks, not catchment.
    pub remarks: Vec<String>,
}

impl Reading {
    /// Whether the text gave nothing at all.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.whole.is_none() && self.others.is_none() && self.unnamed == 0
    }

    /// The rule that read the whole text, for the catchment's `resolved_by`; `None` when
    /// a part is unread or nothing was read.
    pub fn rule(&self, text: &str) -> Option<String> {
        if !self.unread.is_empty() || self.is_empty() {
            return None;
        }
        let mut rule = match (&self.whole, &self.others) {
            (Some(part), _) => format!("hela länet ({part:?})"),
            (None, Some(o)) => format!("the municipalities no other unit covers ({:?})", o.part),
            (None, None) => format!("municipality names ({:?})", text.trim()),
        };
        if let Some(part) = &self.unnamed_part {
            rule.push_str(&format!(
                ", and {} municipalities not named ({part:?})",
                self.unnamed
            ));
        }
        Some(rule)
    }

    /// Resolves "övriga kommuner" once the other units' catchments are known: the county's
    /// municipalities none of them covers, with the codes already read.
    pub fn resolve_others(&mut self, all: &[String], covered_by_others: &[String]) {
        if self.others.is_none() || self.whole.is_some() {
            return;
        }
        for code in all {
            if !covered_by_others.contains(code) && !self.codes.contains(code) {
                self.codes.push(code.clone());
            }
        }
        self.codes.sort();
    }
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
        .map(|p| p.trim().trim_end_matches(['.', ':']).trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The county's name as folded words (for `{county}` in a phrase).
pub fn county_words(county: &County) -> Vec<String> {
    words(&county.name)
}

/// Reads a catchment text of a unit of the context's county.
pub fn read(text: &str, cx: &Context) -> Reading {
    let county = cx.county;
    let ph = cx.phrases;
    let name = county_words(county);
    let mut r = Reading::default();
    let mut excluded: Vec<String> = Vec::new();
    for part in parts(text) {
        let toks = tokens(part);
        let mut from = 0;
        // Drop the words that only introduce the part ("det vill säga", "i").
        'lead: loop {
            for p in ph.patterns(Family::Lead) {
                if let Some(f) = p.find_at_start(&toks[from..], &name) {
                    if f.end > 0 && from + f.end < toks.len() {
                        from += f.end;
                        continue 'lead;
                    }
                }
            }
            break;
        }
        let whole_part = &toks[from..];
        let mut to = toks.len();
        while to > from && KOMMUN_WORDS.contains(&toks[to - 1].word.as_str()) {
            to -= 1;
        }
        let toks = &toks[from..to];
        if toks.is_empty() {
            continue;
        }
        let rest = part;
        // The county's own municipalities (official names) the part names, as token indices.
        let found = names_in(part, toks, cx);
        // "alla utom Gävle", "hela länet förutom …".
        if let Some(k) = toks.iter().position(|t| ph.is(Family::Except, &t.word)) {
            let before = &toks[..k];
            let all_before = before.is_empty()
                || ph.find(Family::Whole, before, &name).is_some()
                || before.iter().all(|t| ph.is(Family::All, &t.word));
            if all_before {
                r.whole.get_or_insert(rest.to_string());
                excluded.extend(found.iter().filter(|f| f.0 > k).map(|f| f.1.clone()));
            } else {
                r.unread.push(rest.to_string());
            }
            continue;
        }
        if ph.find(Family::Whole, whole_part, &name).is_some() {
            r.whole.get_or_insert(rest.to_string());
            continue;
        }
        if let Some(k) = toks.iter().position(|t| ph.is(Family::Others, &t.word)) {
            if !r.codes.is_empty() || r.whole.is_some() {
                // "Malmö samt övriga kommuner i länet": the rest of the county.
                r.whole.get_or_insert(rest.to_string());
            } else {
                let count = toks[k + 1..].first().and_then(|t| t.count());
                r.others = Some(Others {
                    count,
                    part: rest.to_string(),
                });
            }
            continue;
        }
        if let Some(n) = unnamed_count(whole_part, ph) {
            r.unnamed += n;
            r.unnamed_part = Some(rest.to_string());
            continue;
        }
        match found.first() {
            // A municipality, and what follows it: more names or a vague area make the
            // part unread (the first name is certain), anything else is a remark.
            Some((0, code, end)) => {
                r.codes.push(code.clone());
                let after = &toks[*end..];
                let vague = after.iter().any(|t| ph.is(Family::Vague, &t.word));
                if found.len() > 1 || vague || other_places(part, after, cx) {
                    r.unread.push(rest.to_string());
                } else if let Some(first) = after.first() {
                    r.remarks.push(part[first.start..].to_string());
                }
            }
            // Names after other words ("i mån av plats även Flen"): not certain.
            Some(_) => r.unread.push(rest.to_string()),
            None => {
                let vague = toks.iter().any(|t| ph.is(Family::Vague, &t.word));
                if vague || other_places(part, toks, cx) {
                    r.unread.push(rest.to_string());
                } else {
                    r.remarks.push(rest.to_string());
                }
            }
        }
    }
    if r.whole.is_some() {
        r.codes = all_codes(county)
            .into_iter()
            .filter(|c| !excluded.contains(c))
            .collect();
        // Nothing can widen the whole county: the unread parts only say more about it
        // ("med tyngdpunkt i Ljungby").
        let unread = std::mem::take(&mut r.unread);
        r.remarks.extend(unread);
    }
    r.codes.sort();
    r.codes.dedup();
    if r.is_empty() && r.unread.is_empty() {
        r.unread.push(text.trim().to_string());
    }
    r
}

/// "fyra andra kommuner", "två kommuner till", "ytterligare två kommuner": a count of
/// municipalities, with only words of the `unnamed` family around it, before "kommuner".
fn unnamed_count(toks: &[Token], ph: &OpeningPhrases) -> Option<u32> {
    let mut k = 0;
    while toks.get(k).is_some_and(|t| ph.is(Family::Unnamed, &t.word)) {
        k += 1;
    }
    let n = toks.get(k)?.count()?;
    k += 1;
    while toks.get(k).is_some_and(|t| ph.is(Family::Unnamed, &t.word)) {
        k += 1;
    }
    let kommun = toks.get(k).is_some_and(|t| t.word.starts_with("kommun"));
    (kommun && n > 0).then_some(n)
}

/// The county's municipalities named in `part` by their official names: (index of the
/// first token, code, index after the last token), in order.
fn names_in(part: &str, toks: &[Token], cx: &Context) -> Vec<(usize, String, usize)> {
    let named = cx.places.find(part, &cx.county.code);
    let mut out = Vec::new();
    for f in named.places {
        let own = cx
            .county
            .municipalities
            .iter()
            .any(|m| m.code == f.municipality);
        if f.editorial || !own {
            continue;
        }
        let first = toks.iter().position(|t| t.start >= f.start);
        let last = toks.iter().rposition(|t| t.end <= f.end);
        if let (Some(a), Some(b)) = (first, last) {
            let mut end = b + 1;
            while toks
                .get(end)
                .is_some_and(|t| KOMMUN_WORDS.contains(&t.word.as_str()))
            {
                end += 1;
            }
            out.push((a, f.municipality, end));
        }
    }
    out
}

/// Whether these words name a place that is not one of the county's municipalities: a
/// district or village of the gazetteer, a municipality or a county elsewhere.
fn other_places(part: &str, toks: &[Token], cx: &Context) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    let span = &part[first.start..toks[toks.len() - 1].end];
    let named = cx.places.find(span, &cx.county.code);
    let own = |f: &crate::editorial::places::Found| {
        !f.editorial
            && cx
                .county
                .municipalities
                .iter()
                .any(|m| m.code == f.municipality)
    };
    named.places.iter().any(|f| !own(f)) || !named.other_counties.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    fn read_in(text: &str, county: &County) -> Reading {
        let places = testing::places();
        let phrases = testing::opening_phrases();
        let cx = Context {
            county,
            places: &places,
            phrases: &phrases,
        };
        read(text, &cx)
    }

    #[test]
    fn whole_county_phrases() {
        let c = testing::east("");
        for text in [
            "Östergötlands län",
            "Hela länet",
            "hela regionen.",
            "Region Östergötland",
            "Linköpings kommun samt övriga kommuner i regionen.",
            "Länets alla kommuner",
            "Hela Östergötland",
        ] {
            let r = read_in(text, &c);
            assert_eq!(r.codes, ["0580", "0581", "0582"], "{text}");
            assert!(r.rule(text).unwrap().starts_with("hela länet"), "{text}");
        }
        let r = read_in("alla utom Norrköping", &c);
        assert_eq!(r.codes, ["0580", "0582"]);
        let r = read_in(
            "Östergötlands län, med tyngdpunkt i Linköping och Norrköping",
            &c,
        );
        assert_eq!((r.codes.len(), r.unread.len()), (3, 0));
    }

    #[test]
    fn names_remarks_unnamed_and_what_no_rule_reads() {
        let c = testing::east("");
        let r = read_in("Linköping, Söderköpings kommuner.", &c);
        assert_eq!(r.codes, ["0580", "0582"]);
        assert_eq!(
            r.rule("Linköping, Söderköpings kommuner.").as_deref(),
            Some("municipality names (\"Linköping, Söderköpings kommuner.\")")
        );
        let r = read_in(
            "Norrköpings kommun med omnejd och NSÖ (Region Östra Östergötland)",
            &c,
        );
        assert_eq!(r.codes, ["0581"]);
        assert_eq!(r.rule("x"), None);
        assert_eq!(
            r.unread,
            [
                "Norrköpings kommun med omnejd",
                "NSÖ (Region Östra Östergötland)"
            ]
        );
        let r = read_in(
            "Linköping och Söderköping, i mån av plats även Norrköping",
            &c,
        );
        assert_eq!(r.codes, ["0580", "0582"]);
        assert_eq!(r.unread, ["i mån av plats även Norrköping"]);
        let r = read_in("Linköping och fyra andra kommuner i länets södra del", &c);
        assert_eq!((r.codes.clone(), r.unnamed), (vec!["0580".to_string()], 4));
        assert!(r.unread.is_empty() && r.rule("t").is_some());
        let r = read_in("Söderköping, när teamet har startat", &c);
        assert_eq!(r.codes, ["0582"]);
        assert_eq!(r.remarks, ["när teamet har startat"]);
        assert!(r.unread.is_empty());
        let r = read_in("Linköping och Norrköping när teamet har startat", &c);
        assert_eq!(r.codes, ["0580", "0581"]);
        assert_eq!(r.remarks, ["när teamet har startat"]);
        let r = read_in("För invånare i Linköping och Norrköping", &c);
        assert_eq!(r.codes, ["0580", "0581"]);
        let r = read_in("Västerås", &c);
        assert!(r.codes.is_empty() && r.rule("Västerås").is_none());
        assert_eq!(r.unread, ["Västerås"]);
        let r = read_in(" . ", &c);
        assert!(r.codes.is_empty() && !r.unread.is_empty());
    }

    #[test]
    fn the_other_municipalities() {
        let c = testing::east("");
        let mut r = read_in("länets övriga två kommuner", &c);
        assert_eq!(
            r.others,
            Some(Others {
                count: Some(2),
                part: "länets övriga två kommuner".to_string()
            })
        );
        r.resolve_others(&all_codes(&c), &["0581".to_string()]);
        assert_eq!(r.codes, ["0580", "0582"]);
    }
}
