//! The data set as the site ships it: one small index every first view loads (the counties'
//! figures, every municipality, county and place of Sweden by name for the search); the
//! lexicon (methods and glossary), loaded by the views that explain terms; and one detail
//! file per county page, loaded only when that county (or one of its municipalities) is
//! shown. The ingest writes both from a `Dataset`; the app reads them; `Dataset::from_parts`
//! puts them back together for tools and tests.

use crate::glossary::Term;
use crate::model::{County, Coverage, Dataset, Method, SCHEMA_VERSION};
use crate::search::{CountyRow, MunicipalityRow, SearchLists};
use serde::{Deserialize, Serialize};

/// Where the index lies, relative to the site's base URL.
pub const INDEX_PATH: &str = "data/index.json";

/// Where the lexicon lies, relative to the site's base URL.
pub const LEXICON_PATH: &str = "data/lexicon.json";

/// Where a county's detail file lies, relative to the site's base URL.
pub fn county_path(code: &str) -> String {
    format!("data/counties/{code}.json")
}

/// The small file of the first view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataIndex {
    pub schema_version: u32,
    /// The counties of the data set (one per county page), in code order, with what the
    /// front page shows of them.
    pub counties: Vec<CountySummary>,
    /// All of Sweden's municipalities and counties, whether the data set has their county's
    /// page or not, and the gazetteer's places, with their search keys.
    pub search: SearchLists,
}

/// The words the views explain: the methods lexicon and the glossary, shared by every
/// county.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    pub schema_version: u32,
    pub methods: Vec<Method>,
    pub glossary: Vec<Term>,
}

/// A county page's figures, for lists and the front page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountySummary {
    pub code: String,
    pub name: String,
    pub children_0_5: u32,
    /// How many municipalities the page lists.
    pub municipalities: u32,
    /// How many of them are in some unit's catchment.
    pub covered_municipalities: u32,
    pub coverage: Coverage,
    /// How many specialised units the page describes.
    pub units: u32,
    /// The page's "Senast uppdaterad" date, ISO, if it has one.
    pub updated: Option<String>,
    /// The page is damaged and its data incomplete (`County::incomplete`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub incomplete: bool,
}

/// A county's detail file: the whole county page as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyFile {
    pub schema_version: u32,
    pub county: County,
}

impl CountySummary {
    pub fn of(county: &County) -> CountySummary {
        CountySummary {
            code: county.code.clone(),
            name: county.name.clone(),
            children_0_5: county.children_0_5,
            municipalities: county.municipalities.len() as u32,
            covered_municipalities: county.covered_municipalities() as u32,
            coverage: county.coverage,
            units: county.units.len() as u32,
            updated: county.updated.as_ref().map(|u| u.date.clone()),
            incomplete: county.incomplete(),
        }
    }
}

impl DataIndex {
    /// The index of a data set.
    pub fn of(dataset: &Dataset) -> DataIndex {
        DataIndex {
            schema_version: dataset.schema_version,
            counties: dataset.counties.iter().map(CountySummary::of).collect(),
            search: dataset.search.clone(),
        }
    }

    /// The summary of the county page with this code, if the data set has it.
    pub fn county(&self, code: &str) -> Option<&CountySummary> {
        self.counties.iter().find(|c| c.code == code)
    }

    /// The county of Sweden with this code ("Örebro län").
    pub fn sweden_county(&self, code: &str) -> Option<&CountyRow> {
        self.search.counties.iter().find(|c| c.code == code)
    }

    /// The municipality of Sweden with this code.
    pub fn municipality(&self, code: &str) -> Option<&MunicipalityRow> {
        self.search.municipalities.iter().find(|m| m.code == code)
    }

    /// The municipalities of the county with this code, in Swedish alphabetical order (Å, Ä,
    /// Ö after Z), as a list to browse is read.
    pub fn municipalities_of(&self, county: &str) -> Vec<&MunicipalityRow> {
        let mut list: Vec<&MunicipalityRow> = self
            .search
            .municipalities
            .iter()
            .filter(|m| m.county == county)
            .collect();
        list.sort_by(|a, b| crate::search::swedish_cmp(&a.name, &b.name));
        list
    }
}

impl Lexicon {
    pub fn of(dataset: &Dataset) -> Lexicon {
        Lexicon {
            schema_version: dataset.schema_version,
            methods: dataset.methods.clone(),
            glossary: dataset.glossary.clone(),
        }
    }

    /// The lexicon entries of these method ids, in the ids' order (unknown ids skipped).
    pub fn methods_named(&self, ids: &[String]) -> Vec<&Method> {
        crate::model::methods_named(&self.methods, ids)
    }
}

impl CountyFile {
    pub fn of(county: &County) -> CountyFile {
        CountyFile {
            schema_version: SCHEMA_VERSION,
            county: county.clone(),
        }
    }
}

impl Dataset {
    /// The data set from its shipped parts: the index, the lexicon and the county files.
    pub fn from_parts(index: &DataIndex, lexicon: &Lexicon, counties: Vec<County>) -> Dataset {
        Dataset {
            schema_version: index.schema_version,
            counties,
            methods: lexicon.methods.clone(),
            glossary: lexicon.glossary.clone(),
            search: index.search.clone(),
        }
    }
}
