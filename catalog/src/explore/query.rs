//! The explore page's URL state: the free text, the values chosen of every facet, whether
//! ended and planned offers are shown, and the sort.
//!
//! # URL contract (`?sida=utforska&…`; `catalog::route` reads `sida` and `lang` and hands
//! every other pair here)
//! - `q` the free text, as typed; `lan` county codes, `kommun` municipality codes, `typ`,
//!   `alder`, `metod` (lexicon ids), `egen_remiss`, `huvudman`, `grupp`, `dc`, `hallning`
//!   (see `Facet::fixed_values` for the values); `visa_avslutade=ja` shows planned, being
//!   built and ended offers too; `sort` = `relevans` | `namn` | `lan` (absent: relevance
//!   when there is a text, else name).
//! - Several values of a facet are **repeated keys** (`metod=mim&metod=cos-p`), not a comma
//!   list: that is how an HTML form and `URLSearchParams` write and read several values
//!   (`getAll`), no value needs escaping of a separator (`form_urlencoded` and the browser
//!   write a comma as `%2C`), and each value is dropped on its own when it is unknown.
//! - An unknown key is refused (`route::Problem::UnknownParameter`), as on every page; `q`,
//!   `visa_avslutade` and `sort` given twice are refused (`RepeatedParameter`).
//! - A value of a known key that it cannot take (`alder=7-9`, `sort=pris`, `lan=abc`) is
//!   dropped and reported as a `DroppedValue`, so the page shows a notice naming it and the
//!   rest of the view. `Offers::check` further drops codes and ids the loaded data does
//!   not have. An empty value (`metod=`) is no value and is ignored; a value repeated is
//!   kept once.
//! - `to_pairs` writes the keys in the order above and each facet's values sorted, so a
//!   view has one URL: `from_pairs(to_pairs(q)) == (q, [])` for every query.

use super::facets::Facet;
use crate::route::Problem;
use std::collections::BTreeSet;

/// The key of the free text.
pub const KEY_TEXT: &str = "q";
/// The key of the sort.
pub const KEY_SORT: &str = "sort";
/// The key that shows planned and ended offers too (`Facet::Status`).
pub const KEY_INACTIVE: &str = "visa_avslutade";
/// Its one value.
pub const YES: &str = "ja";

/// Every key of the explore page, in the order `to_pairs` writes them.
pub const KEYS: [&str; 13] = [
    KEY_TEXT,
    "lan",
    "kommun",
    "typ",
    "alder",
    "metod",
    "egen_remiss",
    "huvudman",
    "grupp",
    "dc",
    "hallning",
    KEY_INACTIVE,
    KEY_SORT,
];

/// How the cards are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match of the text first (by name without a text).
    Relevance,
    /// By name, in Swedish order.
    Name,
    /// By county name, then name.
    County,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::County];

    pub fn param(self) -> &'static str {
        match self {
            Sort::Relevance => "relevans",
            Sort::Name => "namn",
            Sort::County => "lan",
        }
    }

    pub fn from_param(value: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.param() == value)
    }
}

/// A value of a known key that was dropped: the page names it in a notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DroppedValue {
    pub key: String,
    pub value: String,
}

/// A filter the page can loosen: the text, or one facet (for `Facet::Status`: showing
/// planned and ended offers too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filter {
    Text,
    Facet(Facet),
}

impl Filter {
    /// Its URL key.
    pub fn key(self) -> &'static str {
        match self {
            Filter::Text => KEY_TEXT,
            Filter::Facet(f) => f.key(),
        }
    }
}

/// Everything the explore page's URL holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreQuery {
    /// The free text as typed (the URL keeps it as is; the search folds it).
    pub text: String,
    /// The values chosen per facet of `Facet::CHOSEN`, as URL values.
    chosen: [BTreeSet<String>; 10],
    /// Show planned, being built and ended offers too.
    pub include_inactive: bool,
    /// `None`: relevance with a text, else name.
    pub sort: Option<Sort>,
}

fn slot(facet: Facet) -> Option<usize> {
    Facet::CHOSEN.iter().position(|f| *f == facet)
}

impl ExploreQuery {
    /// The values chosen of a facet (none for `Status`).
    pub fn chosen(&self, facet: Facet) -> impl Iterator<Item = &str> {
        slot(facet)
            .map(|i| &self.chosen[i])
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        slot(facet).is_some_and(|i| self.chosen[i].contains(value))
    }

    /// Adds a value to a facet's choice; `false` when the value has not the facet's shape
    /// (`Facet::valid_shape`) or the facet is `Status`.
    pub fn choose(&mut self, facet: Facet, value: &str) -> bool {
        match slot(facet) {
            Some(i) if facet.valid_shape(value) => {
                self.chosen[i].insert(value.to_string());
                true
            }
            _ => false,
        }
    }

    /// Chooses the value if it is not chosen, else removes it (a checkbox).
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        if let Some(i) = slot(facet) {
            if !self.chosen[i].remove(value) {
                self.choose(facet, value);
            }
        }
    }

    /// Removes one filter: the text, a facet's choice, or (`Status`) shows every status.
    pub fn remove(&mut self, filter: Filter) {
        match filter {
            Filter::Text => self.text.clear(),
            Filter::Facet(Facet::Status) => self.include_inactive = true,
            Filter::Facet(f) => {
                if let Some(i) = slot(f) {
                    self.chosen[i].clear();
                }
            }
        }
    }

    /// "Rensa alla": no text, no facet chosen, ended and planned hidden again; the sort stays.
    pub fn clear_all(&mut self) {
        *self = ExploreQuery {
            sort: self.sort,
            ..ExploreQuery::default()
        };
    }

    /// The filters that narrow the list now: the text when it has a word, each facet with
    /// a value chosen, and the status filter unless planned and ended are shown.
    pub fn active_filters(&self) -> Vec<Filter> {
        let mut out = Vec::new();
        if !super::textsearch::words(&self.text).is_empty() {
            out.push(Filter::Text);
        }
        for f in Facet::CHOSEN {
            if self.chosen(f).next().is_some() {
                out.push(Filter::Facet(f));
            }
        }
        if !self.include_inactive {
            out.push(Filter::Facet(Facet::Status));
        }
        out
    }

    /// The sort in effect: the chosen one, else relevance with a text and name without.
    pub fn effective_sort(&self) -> Sort {
        self.sort.unwrap_or(if self.text.trim().is_empty() {
            Sort::Name
        } else {
            Sort::Relevance
        })
    }

    /// Reads the explore page's query pairs (see the module's contract).
    pub fn from_pairs(
        pairs: impl Iterator<Item = (String, String)>,
    ) -> Result<(ExploreQuery, Vec<DroppedValue>), Problem> {
        let mut q = ExploreQuery::default();
        let mut dropped = Vec::new();
        let mut seen_single: Vec<&'static str> = Vec::new();
        let mut single = |key: &'static str| -> Result<(), Problem> {
            if seen_single.contains(&key) {
                return Err(Problem::RepeatedParameter(key.to_string()));
            }
            seen_single.push(key);
            Ok(())
        };
        for (key, value) in pairs {
            let drop = |dropped: &mut Vec<DroppedValue>| {
                dropped.push(DroppedValue {
                    key: key.clone(),
                    value: value.clone(),
                })
            };
            match key.as_str() {
                KEY_TEXT => {
                    single(KEY_TEXT)?;
                    q.text = value.clone();
                }
                KEY_INACTIVE => {
                    single(KEY_INACTIVE)?;
                    if value == YES {
                        q.include_inactive = true;
                    } else {
                        drop(&mut dropped);
                    }
                }
                KEY_SORT => {
                    single(KEY_SORT)?;
                    match Sort::from_param(&value) {
                        Some(s) => q.sort = Some(s),
                        None => drop(&mut dropped),
                    }
                }
                k => {
                    let facet = Facet::from_key(k)
                        .filter(|f| *f != Facet::Status)
                        .ok_or_else(|| Problem::UnknownParameter(key.clone()))?;
                    if value.is_empty() {
                        continue;
                    }
                    if !q.choose(facet, &value) {
                        drop(&mut dropped);
                    }
                }
            }
        }
        Ok((q, dropped))
    }

    /// The query's pairs, in `KEYS` order, each facet's values sorted; nothing for what is
    /// not set (no text, no value chosen, ended hidden, default sort).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |k: &str, v: &str| out.push((k.to_string(), v.to_string()));
        if !self.text.is_empty() {
            push(KEY_TEXT, &self.text);
        }
        for f in Facet::CHOSEN {
            for v in self.chosen(f) {
                push(f.key(), v);
            }
        }
        if self.include_inactive {
            push(KEY_INACTIVE, YES);
        }
        if let Some(s) = self.sort {
            push(KEY_SORT, s.param());
        }
        out
    }

    /// The pairs as a query string without `?` (`q=mim&lan=18`), `form_urlencoded`.
    pub fn to_query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.to_pairs() {
            s.append_pair(&k, &v);
        }
        s.finish()
    }

    /// Drops the chosen values `keep` refuses, reporting each.
    pub(crate) fn retain(
        &mut self,
        mut keep: impl FnMut(Facet, &str) -> bool,
    ) -> Vec<DroppedValue> {
        let mut dropped = Vec::new();
        for (i, f) in Facet::CHOSEN.into_iter().enumerate() {
            self.chosen[i].retain(|v| {
                let kept = keep(f, v);
                if !kept {
                    dropped.push(DroppedValue {
                        key: f.key().to_string(),
                        value: v.clone(),
                    });
                }
                kept
            });
        }
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> impl Iterator<Item = (String, String)> + '_ {
        form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()))
    }

    #[test]
    fn repeated_keys_several_values() {
        let (q, dropped) =
            ExploreQuery::from_pairs(pairs("metod=mim&metod=cos-p&alder=0-1&q=trygg&sort=namn"))
                .unwrap();
        assert!(dropped.is_empty());
        assert_eq!(
            q.chosen(Facet::Method).collect::<Vec<_>>(),
            ["cos-p", "mim"]
        );
        assert_eq!(q.text, "trygg");
        assert_eq!(q.sort, Some(Sort::Name));
        assert_eq!(
            q.to_query_string(),
            "q=trygg&alder=0-1&metod=cos-p&metod=mim&sort=namn"
        );
    }

    #[test]
    fn unknown_values_are_dropped_and_named() {
        let (q, dropped) = ExploreQuery::from_pairs(pairs(
            "alder=7-9&alder=0-1&sort=pris&lan=abc&visa_avslutade=kanske&metod=&typ=enhet",
        ))
        .unwrap();
        let named: Vec<(&str, &str)> = dropped
            .iter()
            .map(|d| (d.key.as_str(), d.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("alder", "7-9"),
                ("sort", "pris"),
                ("lan", "abc"),
                ("visa_avslutade", "kanske")
            ]
        );
        assert_eq!(q.to_query_string(), "typ=enhet&alder=0-1");
    }

    #[test]
    fn unknown_and_repeated_keys_are_refused() {
        assert_eq!(
            ExploreQuery::from_pairs(pairs("foo=1")),
            Err(Problem::UnknownParameter("foo".into()))
        );
        assert_eq!(
            ExploreQuery::from_pairs(pairs("q=a&q=b")),
            Err(Problem::RepeatedParameter("q".into()))
        );
        assert_eq!(
            ExploreQuery::from_pairs(pairs("sort=namn&sort=namn")),
            Err(Problem::RepeatedParameter("sort".into()))
        );
    }

    #[test]
    fn editing() {
        let mut q = ExploreQuery::default();
        assert_eq!(q.active_filters(), [Filter::Facet(Facet::Status)]);
        q.toggle(Facet::Kind, "enhet");
        q.toggle(Facet::Kind, "familjecentral");
        q.toggle(Facet::Kind, "enhet");
        assert_eq!(
            q.chosen(Facet::Kind).collect::<Vec<_>>(),
            ["familjecentral"]
        );
        assert!(!q.choose(Facet::Kind, "bil"));
        q.text = "  ".into();
        assert_eq!(q.effective_sort(), Sort::Name);
        q.text = "mim".into();
        assert_eq!(q.effective_sort(), Sort::Relevance);
        q.sort = Some(Sort::County);
        q.remove(Filter::Facet(Facet::Status));
        assert!(q.include_inactive);
        q.clear_all();
        assert_eq!(
            q,
            ExploreQuery {
                sort: Some(Sort::County),
                ..Default::default()
            }
        );
    }
}
