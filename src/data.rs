//! The app's one way to its data. The index (`data/index.json`: the counties' figures, the
//! names of every county, municipality and place) is loaded at start — `index.html`
//! preloads it in parallel with the wasm. The lexicon (methods and glossary) and a county's
//! detail file are fetched the first time a view asks for them (`Data::lexicon`,
//! `Data::county`) and kept for the rest of the visit. Every way a fetch can fail becomes a
//! `LoadError` that names the file; views render it with a retry.

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
