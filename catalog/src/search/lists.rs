//! The plain lists a search index is built from, as the data tool ships them: every
//! municipality, county and gazetteer place with its name, its folded key and its codes.

use super::{PlaceKind, SearchEntry};
use serde::{Deserialize, Serialize};

/// The names a search finds, with their keys (`fold_key` of the name in NFD, which the data
/// tool writes from `deunicode`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchLists {
    /// All of Sweden's municipalities, by code.
    pub municipalities: Vec<MunicipalityRow>,
    /// All 21 counties, by code, named as "Örebro län".
    pub counties: Vec<CountyRow>,
    /// The gazetteer's places (districts, localities) that are searchable.
    pub places: Vec<PlaceRow>,
}

/// A municipality: "1881", "Kumla", "kumla", county "18".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityRow {
    pub code: String,
    pub name: String,
    pub folded: String,
    pub county: String,
}

/// A county: "18", "Örebro län", "orebro lan".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountyRow {
    pub code: String,
    pub name: String,
    pub folded: String,
}

/// A place of the gazetteer: "Saltsjöbaden", "saltsjobaden", in municipality "0182".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceRow {
    pub name: String,
    pub folded: String,
    pub municipality: String,
}

/// The entries of a search index: municipalities, counties, then places, each with the
/// code to open and its parents. A place's county is its municipality's; a place whose
/// municipality is not in the list is left out (the data tool never writes one).
pub fn entries(lists: &SearchLists) -> Vec<SearchEntry> {
    let mut out =
        Vec::with_capacity(lists.municipalities.len() + lists.counties.len() + lists.places.len());
    for m in &lists.municipalities {
        out.push(SearchEntry {
            kind: PlaceKind::Municipality,
            name: m.name.clone(),
            folded: m.folded.clone(),
            code: m.code.clone(),
            municipality: None,
            county: m.county.clone(),
        });
    }
    for c in &lists.counties {
        out.push(SearchEntry {
            kind: PlaceKind::County,
            name: c.name.clone(),
            folded: c.folded.clone(),
            code: c.code.clone(),
            municipality: None,
            county: c.code.clone(),
        });
    }
    for p in &lists.places {
        let Some(m) = lists
            .municipalities
            .iter()
            .find(|m| m.code == p.municipality)
        else {
            continue;
        };
        out.push(SearchEntry {
            kind: PlaceKind::Place,
            name: p.name.clone(),
            folded: p.folded.clone(),
            code: m.code.clone(),
            municipality: Some(m.code.clone()),
            county: m.county.clone(),
        });
    }
    out
}
