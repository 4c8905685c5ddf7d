//! The cards with their index, built once per data load, and the one question the page
//! asks of them on every keystroke and click: `Offers::run`, which filters, counts every
//! facet's options and sorts.
//!
//! # How it is fast
//! `Offers::build` folds each card's search text once into a word index (`textsearch`)
//! and turns each facet's values into small integers. `run` then scores the text over the
//! distinct words and makes one pass over the cards: it marks which filters each card
//! passes (a bit per filter) and counts a facet's options over the cards that pass every
//! other filter (`mask | facet bit == all bits`). Sorting uses ranks computed once.

use super::cards::build_cards;
use super::facets::{card_values, stance_param, status_param, Facet, STATUSES};
use super::offer::Offer;
use super::query::{DroppedValue, ExploreQuery, Filter, Sort};
use super::textsearch::{SearchText, TextIndex, TextQuery};
use crate::index::Lexicon;
use crate::model::County;
use crate::search::swedish_letters;
use std::collections::HashMap;

/// A sort key in Swedish order: the same order as `search::swedish_cmp` for the data's
/// text (NFC, where `swedish_letters` is the weight of each character).
type SwedishKey = (Vec<u32>, String);

fn swedish_key(s: &str) -> SwedishKey {
    (swedish_letters(s), s.to_string())
}

/// Each of `n` items' place in the order `cmp` gives.
fn ranks(n: usize, cmp: impl Fn(usize, usize) -> std::cmp::Ordering) -> Vec<u32> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    let mut r = vec![0u32; n];
    for (pos, i) in idx.into_iter().enumerate() {
        r[i] = pos as u32;
    }
    r
}

/// One option of a facet: its URL value and, for counties, municipalities and methods,
/// the name to show (the view names the fixed values in its language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub name: Option<String>,
}

/// The options of one facet, in display order, and each one's number by its value.
#[derive(Debug, Clone, Default)]
struct Options {
    list: Vec<FacetOption>,
    by_value: HashMap<String, u16>,
}

impl Options {
    fn add(&mut self, value: &str, name: Option<&str>) -> u16 {
        if let Some(&i) = self.by_value.get(value) {
            return i;
        }
        let i = self.list.len() as u16;
        self.list.push(FacetOption {
            value: value.to_string(),
            name: name.map(str::to_string),
        });
        self.by_value.insert(value.to_string(), i);
        i
    }
}

/// The cards of the loaded counties and their index.
#[derive(Debug, Clone, Default)]
pub struct Offers {
    cards: Vec<Offer>,
    search: TextIndex,
    options: Vec<Options>,
    /// Per card, per facet, its values as option numbers.
    values: Vec<Vec<Vec<u16>>>,
    name_rank: Vec<u32>,
    county_rank: Vec<u32>,
}

/// What the page shows for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExploreResult {
    /// The cards that pass every filter, as indices into `Offers::cards`, in the sort.
    pub hits: Vec<usize>,
    /// Per facet (`Facet::ALL` order), per option (`Offers::options` order): how many cards
    /// pass every filter but that facet's and have that option. Standard faceted search:
    /// a facet's own choice does not narrow its counts.
    pub counts: Vec<Vec<u32>>,
    /// Cards that pass every filter but are planned, being built or ended, hidden unless
    /// `include_inactive`; 0 when shown.
    pub hidden_inactive: usize,
    /// When nothing passes: every active filter with how many cards pass without it,
    /// most first (ties in the page's filter order). Empty when there are hits.
    pub loosen: Vec<Loosen>,
}

/// A filter to loosen and how many cards its removal gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loosen {
    pub filter: Filter,
    pub hits: usize,
}

/// One option as a view lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCount<'a> {
    pub value: &'a str,
    pub name: Option<&'a str>,
    pub count: u32,
    pub chosen: bool,
}

/// The text filter's place after the facets' (in the pass mask and the loosen counts).
const TEXT: usize = Facet::ALL.len();
const TEXT_BIT: u32 = 1 << TEXT;
const ALL_BITS: u32 = (TEXT_BIT << 1) - 1;

impl Offers {
    /// The cards of these counties (`&[County]`, or `arcs.iter().map(|c| &**c)`) and their
    /// index; the lexicon names the methods and gives their aliases to the text search.
    pub fn build<'a>(counties: impl IntoIterator<Item = &'a County>, lexicon: &Lexicon) -> Offers {
        let counties: Vec<&County> = counties.into_iter().collect();
        let built = build_cards(counties.iter().copied(), &lexicon.methods);
        let mut options: Vec<Options> = vec![Options::default(); Facet::ALL.len()];
        // Options in display order: fixed values as listed; counties by code; municipalities
        // and methods by name (Swedish order), then any the cards name beyond them.
        for f in Facet::ALL {
            if let Some(values) = f.fixed_values() {
                for v in values {
                    options[f.index()].add(v, None);
                }
            }
        }
        let mut sorted_counties = counties.clone();
        sorted_counties.sort_by(|a, b| a.code.cmp(&b.code));
        for c in &sorted_counties {
            options[Facet::County.index()].add(&c.code, Some(&c.name));
        }
        let mut municipalities: Vec<(&str, &str)> = counties
            .iter()
            .flat_map(|c| {
                c.municipalities
                    .iter()
                    .map(|m| (m.code.as_str(), m.name.as_str()))
            })
            .collect();
        municipalities.sort_by_cached_key(|&(code, name)| (swedish_key(name), code));
        for (code, name) in municipalities {
            options[Facet::Municipality.index()].add(code, Some(name));
        }
        let mut methods: Vec<_> = lexicon.methods.iter().collect();
        methods.sort_by_cached_key(|m| swedish_key(&m.name));
        for m in methods {
            options[Facet::Method.index()].add(&m.id, Some(&m.name));
        }

        let county_municipalities: HashMap<&str, Vec<String>> = counties
            .iter()
            .map(|c| {
                let codes = c.municipalities.iter().map(|m| m.code.clone()).collect();
                (c.code.as_str(), codes)
            })
            .collect();
        let no_codes = Vec::new();
        let mut values = Vec::with_capacity(built.len());
        let mut search = Vec::with_capacity(built.len());
        for b in &built {
            let o = &b.offer;
            let own = county_municipalities
                .get(o.county.code.as_str())
                .unwrap_or(&no_codes);
            let mut per_facet = Vec::with_capacity(Facet::ALL.len());
            for f in Facet::ALL {
                let named = matches!(f, Facet::County | Facet::Municipality | Facet::Method);
                let opts = &mut options[f.index()];
                let ids: Vec<u16> = card_values(o, f, own)
                    .into_iter()
                    .map(|v| {
                        let name = match f {
                            Facet::Municipality => o
                                .municipalities
                                .iter()
                                .find(|p| p.code == v)
                                .map(|p| p.name.as_str()),
                            Facet::County => Some(o.county.name.as_str()),
                            _ => None,
                        };
                        opts.add(v, name.or(Some(v)).filter(|_| named))
                    })
                    .collect();
                per_facet.push(ids);
            }
            values.push(per_facet);
            search.push(search_text(b, lexicon));
        }
        let search = TextIndex::new(search);
        let cards: Vec<Offer> = built.into_iter().map(|b| b.offer).collect();
        let titles: Vec<_> = cards.iter().map(|c| swedish_key(&c.title)).collect();
        let county_names: Vec<_> = cards.iter().map(|c| swedish_key(&c.county.name)).collect();
        let id = |a: usize, b: usize| cards[a].id.cmp(&cards[b].id);
        let name_rank = ranks(cards.len(), |a, b| {
            (&titles[a], &county_names[a])
                .cmp(&(&titles[b], &county_names[b]))
                .then(id(a, b))
        });
        let county_rank = ranks(cards.len(), |a, b| {
            (&county_names[a], &titles[a])
                .cmp(&(&county_names[b], &titles[b]))
                .then(id(a, b))
        });
        Offers {
            cards,
            search,
            options,
            values,
            name_rank,
            county_rank,
        }
    }

    /// Every card: per county (in the order given), units, social services, family
    /// centres, prevention examples, other actors.
    pub fn cards(&self) -> &[Offer] {
        &self.cards
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The card with this id.
    pub fn by_id(&self, id: &str) -> Option<&Offer> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// A facet's options, in display order: the fixed values in their order; counties by
    /// code; municipalities and methods by name in Swedish order (every municipality of the
    /// loaded counties and every method of the lexicon, used or not), then those of other
    /// counties that statements name.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet.index()].list
    }

    /// The query without the values the loaded data does not know (a county not loaded,
    /// a municipality of none of its cards or counties, a method not in the lexicon), and
    /// those values, for the page's notice.
    pub fn check(&self, mut query: ExploreQuery) -> (ExploreQuery, Vec<DroppedValue>) {
        let dropped = query.retain(|f, v| self.options[f.index()].by_value.contains_key(v));
        (query, dropped)
    }

    /// The cards passing the query, sorted, with every facet's counts and, when none
    /// passes, the filters to loosen (see `ExploreResult`).
    pub fn run(&self, query: &ExploreQuery) -> ExploreResult {
        let scores = TextQuery::new(&query.text).map(|t| t.scores(&self.search));
        // Per facet, the chosen options (None: nothing chosen, every card passes).
        let chosen: Vec<Option<Vec<bool>>> = Facet::ALL
            .iter()
            .map(|&f| {
                let opts = &self.options[f.index()];
                let mut on = vec![false; opts.list.len()];
                let mut any = false;
                if f == Facet::Status {
                    if query.include_inactive {
                        return None;
                    }
                    let i = opts.by_value[status_param(STATUSES[0])];
                    on[i as usize] = true;
                    return Some(on);
                }
                for v in query.chosen(f) {
                    any = true;
                    if let Some(&i) = opts.by_value.get(v) {
                        on[i as usize] = true;
                    }
                }
                any.then_some(on)
            })
            .collect();
        let mut counts: Vec<Vec<u32>> =
            self.options.iter().map(|o| vec![0; o.list.len()]).collect();
        // Per filter (facets, then the text): the cards passing every other filter.
        let mut relaxed = [0usize; TEXT + 1];
        let mut hits: Vec<(usize, u32)> = Vec::new();
        for (i, card_values) in self.values.iter().enumerate() {
            let mut mask = 0u32;
            let score = match &scores {
                Some(s) => Some(s[i]).filter(|&s| s > 0),
                None => Some(0),
            };
            if score.is_some() {
                mask |= TEXT_BIT;
            }
            for (f, vals) in card_values.iter().enumerate() {
                let passes = match &chosen[f] {
                    None => true,
                    Some(on) => vals.iter().any(|&v| on[v as usize]),
                };
                if passes {
                    mask |= 1 << f;
                }
            }
            if mask | TEXT_BIT == ALL_BITS {
                relaxed[TEXT] += 1;
            }
            if mask == ALL_BITS {
                hits.push((i, score.unwrap_or(0)));
            }
            for (f, vals) in card_values.iter().enumerate() {
                if mask | (1 << f) == ALL_BITS {
                    relaxed[f] += 1;
                    for &v in vals {
                        counts[f][v as usize] += 1;
                    }
                }
            }
        }
        match query.effective_sort() {
            Sort::Relevance => {
                hits.sort_by_key(|&(i, s)| (std::cmp::Reverse(s), self.name_rank[i]))
            }
            Sort::Name => hits.sort_by_key(|&(i, _)| self.name_rank[i]),
            Sort::County => hits.sort_by_key(|&(i, _)| self.county_rank[i]),
        }
        let hidden_inactive = if query.include_inactive {
            0
        } else {
            relaxed[Facet::Status.index()] - hits.len()
        };
        let mut loosen = Vec::new();
        if hits.is_empty() {
            for filter in query.active_filters() {
                let n = match filter {
                    Filter::Text => relaxed[TEXT],
                    Filter::Facet(f) => relaxed[f.index()],
                };
                loosen.push(Loosen { filter, hits: n });
            }
            loosen.sort_by_key(|l| std::cmp::Reverse(l.hits));
        }
        ExploreResult {
            hits: hits.into_iter().map(|(i, _)| i).collect(),
            counts,
            hidden_inactive,
            loosen,
        }
    }
}

impl ExploreResult {
    /// A facet's options with their counts and whether the query chose them, in
    /// `Offers::options` order.
    pub fn options<'a>(
        &self,
        offers: &'a Offers,
        query: &ExploreQuery,
        facet: Facet,
    ) -> Vec<OptionCount<'a>> {
        offers
            .options(facet)
            .iter()
            .zip(&self.counts[facet.index()])
            .map(|(o, &count)| OptionCount {
                value: &o.value,
                name: o.name.as_deref(),
                count,
                chosen: match facet {
                    Facet::Status => query.include_inactive || o.value == status_param(STATUSES[0]),
                    f => query.is_chosen(f, &o.value),
                },
            })
            .collect()
    }
}

/// A card's search text: title; methods with the lexicon's names and aliases; municipality
/// and county names; facts, stance value and the kind's Swedish words; the verbatim text.
fn search_text(b: &super::cards::Built, lexicon: &Lexicon) -> SearchText {
    let o = &b.offer;
    let mut methods: Vec<&str> = Vec::new();
    for id in &o.methods {
        match lexicon.methods.iter().find(|m| &m.id == id) {
            Some(m) => {
                methods.push(&m.name);
                methods.extend(m.aliases.iter().map(String::as_str));
            }
            None => methods.push(id),
        }
    }
    let places: Vec<&str> = o
        .municipalities
        .iter()
        .map(|p| p.name.as_str())
        .chain([o.county.name.as_str()])
        .collect();
    let facts: Vec<&str> = o
        .facts
        .iter()
        .map(|f| f.value.as_str())
        .chain([o.kind.search_words()])
        .chain(o.stance.map(stance_param))
        .collect();
    let text: Vec<&str> = o
        .statements
        .iter()
        .map(|s| s.text.as_str())
        .chain([b.more_text.as_str()])
        .collect();
    SearchText::new([vec![o.title.as_str()], methods, places, facts, text])
}
