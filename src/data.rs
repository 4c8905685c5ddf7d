//! The app's one way to its data. The index (`data/index.json`: the counties' figures, the
//! names of every county, municipality and place) is loaded at start — `index.html`
//! preloads it in parallel with the wasm. The lexicon (methods and glossary), a county's
//! detail file and the map files (`data/geo/sweden.json`, `data/geo/<county>.json`, and
//! `data/geo/lookup.json` for "Använd min position") are fetched the first time a view asks
//! for them (`Data::lexicon`, `Data::county`, `Data::sweden_map`, `Data::county_map`,
//! `Data::lookup`) and kept for the rest of the visit. Every way a fetch can fail becomes a
//! `LoadError` that names the file; views render it with a retry.

use catalog::geometry::{
    county_map_path, parse_county_map, parse_lookup, parse_sweden_map, CountyMap, GeoFileError,
    Located, Lookup, SwedenMap, LOOKUP_PATH, SWEDEN_MAP_PATH,
};
use catalog::index::{county_path, DataIndex, Lexicon, INDEX_PATH, LEXICON_PATH};
use catalog::load::{parse_county, parse_index, parse_lexicon, DatasetError};
use catalog::County;
use gloo_net::http::Request;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Which data file a failure concerns.
#[derive(Debug, Clone, PartialEq)]
pub enum DataFile {
    Index,
    Lexicon,
    /// A county's detail file, by county code.
    County(String),
    /// A map or lookup file, by its path (`data/geo/18.json`).
    Geo(String),
}

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, blocked, …).
    Network(DataFile, String),
    /// The server answered with an error status.
    Http(DataFile, u16),
    /// The answer is not a usable file.
    Data(DataFile, DatasetError),
}

pub type Loaded<T> = Result<Arc<T>, LoadError>;

/// The data of the visit, provided as context by the app's frame.
#[derive(Clone, Copy)]
pub struct Data {
    pub index: LocalResource<Loaded<DataIndex>>,
    lexicon: StoredValue<Option<LocalResource<Loaded<Lexicon>>>>,
    counties: StoredValue<HashMap<String, LocalResource<Loaded<County>>>>,
    sweden_map: StoredValue<Option<LocalResource<Loaded<SwedenMap>>>>,
    county_maps: StoredValue<HashMap<String, LocalResource<Loaded<CountyMap>>>>,
    lookup: StoredValue<Option<LocalResource<Loaded<Lookup>>>>,
    /// Where "Använd min position" last located the device, for the municipality page it
    /// opens to say so (and whether the match is approximate). Nothing leaves the device.
    pub located: RwSignal<Option<Located>>,
    /// The frame's owner: county resources live as long as the app, not the view that
    /// first asked for them.
    owner: StoredValue<Owner>,
}

impl Data {
    /// Starts loading the index; call once, in the app's frame.
    pub fn start() -> Data {
        Data {
            index: LocalResource::new(fetch_index),
            lexicon: StoredValue::new(None),
            counties: StoredValue::new(HashMap::new()),
            sweden_map: StoredValue::new(None),
            county_maps: StoredValue::new(HashMap::new()),
            lookup: StoredValue::new(None),
            located: RwSignal::new(None),
            owner: StoredValue::new(Owner::current().expect("created inside the app")),
        }
    }

    /// The methods lexicon and glossary: fetched on first use, then shared.
    pub fn lexicon(&self) -> LocalResource<Loaded<Lexicon>> {
        if let Some(r) = self.lexicon.get_value() {
            return r;
        }
        let resource = self.keep(|| LocalResource::new(fetch_lexicon));
        self.lexicon.set_value(Some(resource));
        resource
    }

    /// The detail of the county with this code: fetched on first use, then shared.
    pub fn county(&self, code: &str) -> LocalResource<Loaded<County>> {
        if let Some(r) = self.counties.with_value(|m| m.get(code).copied()) {
            return r;
        }
        let code = code.to_string();
        let key = code.clone();
        let resource = self.keep(move || LocalResource::new(move || fetch_county(code.clone())));
        self.counties.update_value(|m| {
            m.insert(key, resource);
        });
        resource
    }

    /// The map of Sweden's counties: fetched on first use, then shared.
    pub fn sweden_map(&self) -> LocalResource<Loaded<SwedenMap>> {
        if let Some(r) = self.sweden_map.get_value() {
            return r;
        }
        let resource = self.keep(|| {
            LocalResource::new(|| fetch_geo(SWEDEN_MAP_PATH.to_string(), parse_sweden_map))
        });
        self.sweden_map.set_value(Some(resource));
        resource
    }

    /// The map of the county with this code (every county of Sweden has one): fetched on
    /// first use, then shared.
    pub fn county_map(&self, code: &str) -> LocalResource<Loaded<CountyMap>> {
        if let Some(r) = self.county_maps.with_value(|m| m.get(code).copied()) {
            return r;
        }
        let path = county_map_path(code);
        let resource = self
            .keep(move || LocalResource::new(move || fetch_geo(path.clone(), parse_county_map)));
        self.county_maps.update_value(|m| {
            m.insert(code.to_string(), resource);
        });
        resource
    }

    /// The municipalities' shapes in longitude/latitude, for locating the device: fetched
    /// only when a person asks to use their position, then kept.
    pub fn lookup(&self) -> LocalResource<Loaded<Lookup>> {
        if let Some(r) = self.lookup.get_value() {
            return r;
        }
        let resource =
            self.keep(|| LocalResource::new(|| fetch_geo(LOOKUP_PATH.to_string(), parse_lookup)));
        self.lookup.set_value(Some(resource));
        resource
    }

    /// Creates a resource owned by the app's frame, so it outlives the view that asked.
    fn keep<T>(&self, make: impl FnOnce() -> T) -> T {
        self.owner.with_value(|owner| owner.with(make))
    }
}

/// The data of the visit (see `Data`).
pub fn use_data() -> Data {
    expect_context::<Data>()
}

async fn fetch_index() -> Loaded<DataIndex> {
    let text = fetch_text(INDEX_PATH, DataFile::Index).await?;
    parse_index(&text)
        .map(Arc::new)
        .map_err(|e| LoadError::Data(DataFile::Index, e))
}

async fn fetch_lexicon() -> Loaded<Lexicon> {
    let text = fetch_text(LEXICON_PATH, DataFile::Lexicon).await?;
    parse_lexicon(&text)
        .map(Arc::new)
        .map_err(|e| LoadError::Data(DataFile::Lexicon, e))
}

async fn fetch_county(code: String) -> Loaded<County> {
    let which = DataFile::County(code.clone());
    let text = fetch_text(&county_path(&code), which.clone()).await?;
    parse_county(&text, &code)
        .map(Arc::new)
        .map_err(|e| LoadError::Data(which, e))
}

/// A map or lookup file, parsed (its errors in the data set's terms, naming the file).
async fn fetch_geo<T>(path: String, parse: fn(&str) -> Result<T, GeoFileError>) -> Loaded<T> {
    let which = DataFile::Geo(path.clone());
    let text = fetch_text(&path, which.clone()).await?;
    parse(&text).map(Arc::new).map_err(|e| {
        let e = match e {
            GeoFileError::Malformed {
                line,
                column,
                message,
            } => DatasetError::Malformed {
                line,
                column,
                message,
            },
            GeoFileError::WrongVersion { found, expected } => {
                DatasetError::WrongSchema { found, expected }
            }
        };
        LoadError::Data(which, e)
    })
}

/// Downloads a file of the site, relative to the document's base URL.
async fn fetch_text(path: &str, which: DataFile) -> Result<String, LoadError> {
    let url = format!("{}{path}", crate::links::base_path());
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Network(which.clone(), e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(which, response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(which, e.to_string()))
}
