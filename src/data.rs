//! Fetches the data set from the site's own `data/catalog.json` and checks it; every way
//! this can fail becomes a `LoadError` the page can explain.

use catalog::load::{parse_dataset, DatasetError};
use catalog::Dataset;
use gloo_net::http::Request;
use std::sync::Arc;

/// Where the data set lies, relative to the document's base URL.
const DATA_URL: &str = "data/catalog.json";

/// Why the data set could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, blocked, …).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The answer is not a usable data set.
    Data(DatasetError),
}

/// Downloads and parses the data set.
pub async fn fetch_dataset() -> Result<Arc<Dataset>, LoadError> {
    let url = format!("{}{DATA_URL}", crate::links::base_path());
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse_dataset(&text).map(Arc::new).map_err(LoadError::Data)
}
