//! Which units of the opening list a sentence refers to, by general rules over the words of
//! `data/editorial/opening_phrases.csv`:
//! - by position in the list: "den förstnämnda", "de två förstnämnda", "de båda första
//!   verksamheterna", "den sistnämnda" (positions count in the list, not in the blocks);
//! - all of them: "båda", "samtliga tre verksamheter", "de tre teamen" (the number is
//!   checked later);
//! - by a word of a unit's name that no other unit has: "Rönnen", "Kärnans", "Tittut",
//!   "Familjeteamet Bergslagen" (not when an article makes it any unit: "ett
//!   småbarnsteam");
//! - by the place in its name: "verksamheten i Norrköping", "den i Västervik", "Skövdes
//!   mottagning".
//!
//! A place no listed unit has ("Teamet i Arvika") is an unknown reference.

use crate::editorial::phrases::{Family, OpeningPhrases};
use crate::editorial::places::PlaceIndex;
use crate::text::patterns::{tokens, Token};
use crate::text::words::STOPWORDS;
use catalog::model::County;

/// A reference to units of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Indices into `County::units`, sorted.
    pub units: Vec<usize>,
    /// The number of units it states ("samtliga tre verksamheter" → 3).
    pub stated: Option<u32>,
    /// Every unit of the list ("båda", "samtliga", "de tre teamen").
    pub collective: bool,
    /// Its words: token indices.
    pub start: usize,
    pub end: usize,
}

/// What a sentence refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub refs: Vec<Reference>,
    /// References that name no unit of the list, as written ("Teamet i Arvika").
    pub unknown: Vec<String>,
    /// It speaks of some unit with an article ("ett småbarnsteam"): not one of the list.
    pub indefinite: bool,
    /// A bare "teamet"/"verksamheten" that cannot tell which of several units.
    pub ambiguous: Option<String>,
}

impl Found {
    /// The units referred to, in order, once each.
    pub fn units(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for r in &self.refs {
            for &u in &r.units {
                if !out.contains(&u) {
                    out.push(u);
                }
            }
        }
        out
    }
}

/// The words that identify each unit of a county.
#[derive(Debug, Clone)]
pub struct Resolver<'a> {
    phrases: &'a OpeningPhrases,
    places: &'a PlaceIndex,
    county_code: String,
    /// Unit indices in the order of the opening list.
    order: Vec<usize>,
    /// Per unit: the words of its name and list item that may identify it.
    names: Vec<Vec<String>>,
    /// Per unit: the places in its name and list item.
    place_words: Vec<Vec<String>>,
}

/// The name in a list item: the item without its marker, up to its first ". " (after it
/// the item names the principal: "- Gryningen, Karlskoga. BUP & …").
fn item_name(item: &str) -> &str {
    let item = item.trim_start().trim_start_matches(['-', '–', '•']).trim();
    item.split_once(". ").map_or(item, |(name, _)| name)
}

/// Whether a text word is a form of a word of a name: the same, or with a genitive "s"; a
/// noun also in its definite form ("Familjeteam" → "Familjeteamet").
fn is_form(text_word: &str, name_word: &str, noun: bool) -> bool {
    if text_word == name_word || text_word.strip_suffix('s') == Some(name_word) {
        return true;
    }
    noun && ["et", "en", "n", "ets", "ens", "ns"]
        .iter()
        .any(|e| text_word.strip_suffix(e) == Some(name_word))
}

/// Whether a text word is a place word (either may be in the genitive).
fn same_place(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

impl<'a> Resolver<'a> {
    /// The identifying words of every unit of `county` (its units linked to the list).
    pub fn new(county: &County, phrases: &'a OpeningPhrases, places: &'a PlaceIndex) -> Self {
        let mut order: Vec<usize> = (0..county.units.len())
            .filter(|&u| county.units[u].opening_line.is_some())
            .collect();
        order.sort_by_key(|&u| county.units[u].opening_line.as_ref().map(|o| o.first_line));
        let mut names = Vec::new();
        let mut place_words = Vec::new();
        for unit in &county.units {
            let mut n: Vec<String> = Vec::new();
            let mut p: Vec<String> = Vec::new();
            let item = unit
                .opening_line
                .as_ref()
                .map_or("", |o| item_name(&o.text));
            for source in [unit.name.as_str(), item] {
                let spans: Vec<(usize, usize)> = places
                    .find(source, &county.code)
                    .places
                    .iter()
                    .map(|f| (f.start, f.end))
                    .collect();
                for t in tokens(source) {
                    let in_place = spans.iter().any(|&(s, e)| t.start >= s && t.end <= e);
                    let w = t.word;
                    if in_place {
                        p.push(w);
                    } else if w.chars().count() >= 3
                        && !STOPWORDS.contains(&w.as_str())
                        && !phrases.is(Family::NotAName, &w)
                        && !phrases.is(Family::Pronoun, &w)
                        && !phrases.is_bare_unit_noun(&w)
                        && !w.chars().all(|c| c.is_ascii_digit())
                    {
                        n.push(w);
                    }
                }
            }
            n.sort();
            n.dedup();
            p.sort();
            p.dedup();
            names.push(n);
            place_words.push(p);
        }
        Resolver {
            phrases,
            places,
            county_code: county.code.clone(),
            order,
            names,
            place_words,
        }
    }

    /// The unit this word of a text names on its own: a word of exactly one unit's name.
    fn named_by(&self, word: &str) -> Option<usize> {
        let noun = self.phrases.is_unit_noun(word);
        let holders: Vec<usize> = (0..self.names.len())
            .filter(|&u| self.names[u].iter().any(|w| is_form(word, w, noun)))
            .collect();
        match holders[..] {
            [u] => Some(u),
            _ => None,
        }
    }

    /// The units whose name or list item holds this place.
    fn at_place(&self, word: &str) -> Vec<usize> {
        (0..self.names.len())
            .filter(|&u| {
                self.place_words[u].iter().any(|w| same_place(word, w))
                    || self.names[u].iter().any(|w| same_place(word, w))
            })
            .collect()
    }

    /// Whether a text names one of the units by a word of its name.
    pub fn names_unit(&self, text: &str) -> bool {
        let toks = tokens(text);
        let indefinite = self.indefinite_before(&toks);
        (0..toks.len()).any(|i| !indefinite[i] && self.named_by(&toks[i].word).is_some())
    }

    /// For each token, whether an article of the `indefinite` family stands among the three
    /// words before it ("ett späd- och småbarnsteam").
    fn indefinite_before(&self, toks: &[Token]) -> Vec<bool> {
        (0..toks.len())
            .map(|i| {
                toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| self.phrases.is(Family::Indefinite, &t.word))
            })
            .collect()
    }

    /// Token index after a qualifier "i Umeå och Skellefteå" starting at `j`, or `j`.
    fn skip_places(&self, text: &str, toks: &[Token], j: usize) -> usize {
        if toks.get(j).is_none_or(|t| t.word != "i") {
            return j;
        }
        let mut k = j + 1;
        while toks.get(k).is_some_and(|t| t.capitalised(text)) {
            k += 1;
            if toks.get(k).is_some_and(|t| t.word == "och")
                && toks.get(k + 1).is_some_and(|t| t.capitalised(text))
            {
                k += 1;
            }
        }
        if k == j + 1 {
            j
        } else {
            k
        }
    }

    /// Every reference in a text (a clause of the opening).
    pub fn find(&self, text: &str) -> Found {
        let toks = tokens(text);
        let n = toks.len();
        let ph = self.phrases;
        let indefinite = self.indefinite_before(&toks);
        let mut found = Found::default();
        let written = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
        let all: Vec<usize> = {
            let mut v = self.order.clone();
            v.sort();
            v
        };
        let is_noun = |k: usize| toks.get(k).is_some_and(|t| ph.is_unit_noun(&t.word));
        let mut i = 0;
        while i < n {
            let w = toks[i].word.as_str();
            if ph.is(Family::Indefinite, w) && (i + 1..(i + 4).min(n)).any(is_noun) {
                found.indefinite = true;
            }
            // "den förstnämnda", "de två förstnämnda", "de båda första verksamheterna"; "de
            // tre teamen".
            if ph.is(Family::Pronoun, w) {
                let mut j = i + 1;
                let mut count = None;
                if let Some(t) = toks.get(j) {
                    if let Some(c) = t.count() {
                        count = Some(c);
                        j += 1;
                    } else if ph.is(Family::Both, &t.word) {
                        count = Some(2);
                        j += 1;
                    }
                }
                let position = toks.get(j).and_then(|t| {
                    if ph.is(Family::First, &t.word) {
                        Some(true)
                    } else if ph.is(Family::Last, &t.word) {
                        Some(false)
                    } else {
                        None
                    }
                });
                if let Some(first) = position {
                    let k = count.unwrap_or(if w == "de" { 2 } else { 1 }) as usize;
                    let end = if is_noun(j + 1) { j + 2 } else { j + 1 };
                    if k == 0 || k > self.order.len() {
                        found.unknown.push(written(i, end));
                    } else {
                        let mut units: Vec<usize> = if first {
                            self.order[..k].to_vec()
                        } else {
                            self.order[self.order.len() - k..].to_vec()
                        };
                        units.sort();
                        found.refs.push(Reference {
                            units,
                            stated: None,
                            collective: false,
                            start: i,
                            end,
                        });
                    }
                    i = end;
                    continue;
                }
                if count.is_some() && is_noun(j) {
                    let end = self.skip_places(text, &toks, j + 1);
                    found.refs.push(Reference {
                        units: all.clone(),
                        stated: count,
                        collective: true,
                        start: i,
                        end,
                    });
                    i = end;
                    continue;
                }
                if toks.get(i + 1).is_some_and(|t| t.word == "i")
                    && toks.get(i + 2).is_some_and(|t| t.capitalised(text))
                {
                    self.place_ref(text, &toks, i, i + 2, &mut found);
                    i += 3;
                    continue;
                }
            }
            // "Samtliga tre verksamheter", "alla teamen".
            if ph.is(Family::All, w) {
                let mut j = i + 1;
                let count = toks.get(j).and_then(|t| t.count());
                if count.is_some() {
                    j += 1;
                }
                if is_noun(j) {
                    let end = self.skip_places(text, &toks, j + 1);
                    found.refs.push(Reference {
                        units: all.clone(),
                        stated: count,
                        collective: true,
                        start: i,
                        end,
                    });
                    i = end;
                    continue;
                }
            }
            // "Båda har hela länet …" (not "de två tar båda emot …", which is each of them).
            if ph.is(Family::Both, w) && found.refs.is_empty() {
                found.refs.push(Reference {
                    units: all.clone(),
                    stated: Some(2),
                    collective: true,
                    start: i,
                    end: i + 1,
                });
                i += 1;
                continue;
            }
            let name = (!indefinite[i]).then(|| self.named_by(w)).flatten();
            // "Verksamheten i Kalmar", "teamet i Hudiksvall": a unit noun and a place.
            if ph.is_unit_noun(w)
                && name.is_none()
                && toks.get(i + 1).is_some_and(|t| t.word == "i")
                && toks.get(i + 2).is_some_and(|t| t.capitalised(text))
            {
                if !indefinite[i] {
                    self.place_ref(text, &toks, i, i + 2, &mut found);
                }
                i += 3;
                continue;
            }
            // "Skövdes mottagning": a place in the genitive and a unit noun.
            if toks[i].capitalised(text) && w.ends_with('s') && is_noun(i + 1) && name.is_none() {
                let units = self.at_place(w);
                if self.is_place(text, &toks[i]) || !units.is_empty() {
                    self.place_ref(text, &toks, i, i, &mut found);
                    i += 2;
                    continue;
                }
            }
            if let Some(u) = name {
                match found.refs.last_mut() {
                    Some(r) if r.end == i && r.units == [u] => r.end = i + 1,
                    _ => found.refs.push(Reference {
                        units: vec![u],
                        stated: None,
                        collective: false,
                        start: i,
                        end: i + 1,
                    }),
                }
                i += 1;
                continue;
            }
            // A bare "teamet" or "Mottagningen": the county's only unit, or cannot tell.
            if ph.is_bare_unit_noun(w) && !indefinite[i] && !is_indefinite_form(w) {
                if all.len() == 1 {
                    found.refs.push(Reference {
                        units: all.clone(),
                        stated: None,
                        collective: false,
                        start: i,
                        end: i + 1,
                    });
                } else if found.ambiguous.is_none() {
                    found.ambiguous = Some(written(i, i + 1));
                }
            }
            i += 1;
        }
        found
    }

    /// Whether a token is a place of the county (by the gazetteer).
    fn is_place(&self, text: &str, t: &Token) -> bool {
        self.places
            .find(&text[t.start..t.end], &self.county_code)
            .places
            .iter()
            .any(|f| f.county == self.county_code)
    }

    /// A reference by the place at token `p` ("… i Kalmar"), the reference's words starting
    /// at `start`: the one unit holding that place, else an unknown reference.
    fn place_ref(&self, text: &str, toks: &[Token], start: usize, p: usize, found: &mut Found) {
        let units = self.at_place(&toks[p].word);
        let written = text[toks[start].start..toks[p].end].to_string();
        match units[..] {
            [u] => found.refs.push(Reference {
                units: vec![u],
                stated: None,
                collective: false,
                start,
                end: p + 1,
            }),
            _ => found.unknown.push(written),
        }
    }
}

/// "team", "verksamhet": a noun without its definite ending, which names any unit.
fn is_indefinite_form(word: &str) -> bool {
    !["et", "en", "n", "na", "erna", "arna"]
        .iter()
        .any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    fn phrases() -> OpeningPhrases {
        testing::opening_phrases()
    }

    /// Stockholm-like: three units listed, blocks linked.
    fn county() -> County {
        let body = "- Spädbarnsverksamheten Kotten, Linköping. Region\n- Familjeteamet Bergslagen, Norrköping\n- Småbarnsteamet i Söderköping (planerat)\n";
        let mut c = testing::east(body);
        let o = crate::coverage::opening::read(&c);
        crate::coverage::opening::link(
            &mut c,
            &o,
            &mut Default::default(),
            &mut Default::default(),
        );
        c
    }

    fn refs(text: &str) -> (Vec<Vec<usize>>, Vec<String>, bool) {
        let c = county();
        let p = phrases();
        let places = testing::places();
        let r = Resolver::new(&c, &p, &places);
        let f = r.find(text);
        (
            f.refs.iter().map(|r| r.units.clone()).collect(),
            f.unknown,
            f.indefinite,
        )
    }

    #[test]
    fn positions_all_names_and_places() {
        assert_eq!(refs("Den förstnämnda täcker X").0, [vec![0]]);
        assert_eq!(refs("De två förstnämnda tar båda emot").0, [vec![0, 1]]);
        assert_eq!(refs("de båda första verksamheterna är").0, [vec![0, 1]]);
        assert_eq!(refs("den sistnämnda har").0, [vec![2]]);
        assert_eq!(
            refs("Samtliga tre verksamheter tar emot").0,
            [vec![0, 1, 2]]
        );
        assert_eq!(
            refs("De tre teamen i Linköping och Norrköping arbetar").0,
            [vec![0, 1, 2]]
        );
        assert_eq!(refs("Kotten är till för invånare i Linköping").0, [vec![0]]);
        assert_eq!(refs("Kottens upptagningsområde är").0, [vec![0]]);
        assert_eq!(refs("och Familjeteamet Bergslagen har").0, [vec![1]]);
        assert_eq!(refs("verksamheten i Norrköping är inriktad").0, [vec![1]]);
        assert_eq!(refs("medan den i Söderköping täcker").0, [vec![2]]);
        assert_eq!(refs("Norrköpings mottagning täcker").0, [vec![1]]);
        // A place in the area is not a reference; an article makes any unit.
        assert!(refs("har invånarna i Linköping och Norrköping tillgång")
            .0
            .is_empty());
        let (r, _, indefinite) = refs("har tillgång till ett späd- och småbarnsteam");
        assert!(r.is_empty() && indefinite);
        // "Samtliga 33 kommuner" counts municipalities, not units.
        assert!(refs("Samtliga 3 kommuner i länet har").0.is_empty());
    }

    #[test]
    fn unknown_references() {
        let (r, unknown, _) = refs("Teamet i Motala tar emot familjer från Motala");
        assert!(r.is_empty());
        assert_eq!(unknown, ["Teamet i Motala"]);
        assert_eq!(refs("de fyra förstnämnda").1, ["de fyra förstnämnda"]);
    }
}
