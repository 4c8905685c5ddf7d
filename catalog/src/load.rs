//! Reading the files the app downloads (the data index, a county's detail file): JSON text
//! in, checked data or a specific error out (where the file is broken, or which schema
//! version it has).

use crate::index::{CountyFile, DataIndex, Lexicon};
use crate::model::{County, Dataset, SCHEMA_VERSION};
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a downloaded data file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetError {
    /// Not valid JSON, or not the shape of the file.
    Malformed {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written for another version of the app.
    WrongSchema { found: u32, expected: u32 },
    /// A county file that holds another county than the one asked for.
    WrongCounty { asked: String, found: String },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatasetError::Malformed {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            DatasetError::WrongSchema { found, expected } => {
                write!(f, "schema version {found}, expected {expected}")
            }
            DatasetError::WrongCounty { asked, found } => {
                write!(f, "the file for county {asked} holds county {found}")
            }
        }
    }
}

impl std::error::Error for DatasetError {}

#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// Parses a versioned file, checking its schema version before its shape so that a file
/// from another version is reported as such rather than as broken.
fn parse_versioned<T: DeserializeOwned>(json: &str) -> Result<T, DatasetError> {
    let malformed = |e: serde_json::Error| DatasetError::Malformed {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    };
    if let Ok(v) = serde_json::from_str::<VersionOnly>(json) {
        if v.schema_version != SCHEMA_VERSION {
            return Err(DatasetError::WrongSchema {
                found: v.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
    }
    serde_json::from_str(json).map_err(malformed)
}

/// Parses the data index (`data/index.json`).
pub fn parse_index(json: &str) -> Result<DataIndex, DatasetError> {
    parse_versioned(json)
}

/// Parses the lexicon (`data/lexicon.json`).
pub fn parse_lexicon(json: &str) -> Result<Lexicon, DatasetError> {
    parse_versioned(json)
}

/// Parses the detail file of the county with code `asked` (`data/counties/<code>.json`).
pub fn parse_county(json: &str, asked: &str) -> Result<County, DatasetError> {
    let file: CountyFile = parse_versioned(json)?;
    if file.county.code != asked {
        return Err(DatasetError::WrongCounty {
            asked: asked.to_string(),
            found: file.county.code,
        });
    }
    Ok(file.county)
}

/// Parses a whole data set in one file (the ingest's in-memory form, used by tools).
pub fn parse_dataset(json: &str) -> Result<Dataset, DatasetError> {
    parse_versioned(json)
}

/// Reads the data files a site folder holds (`index.json`, `lexicon.json` and every county
/// the index lists under `counties/`) back into one data set, as tools and tests need it.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_site_dataset(site_data_dir: &std::path::Path) -> Result<Dataset, String> {
    let read = |rel: &str| {
        let path = site_data_dir.join(rel);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let index = parse_index(&read("index.json")?).map_err(|e| format!("index.json: {e}"))?;
    let lexicon =
        parse_lexicon(&read("lexicon.json")?).map_err(|e| format!("lexicon.json: {e}"))?;
    let mut counties = Vec::new();
    for c in &index.counties {
        let rel = format!("counties/{}.json", c.code);
        counties.push(parse_county(&read(&rel)?, &c.code).map_err(|e| format!("{rel}: {e}"))?);
    }
    Ok(Dataset::from_parts(&index, &lexicon, counties))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_index_parses() {
        let ix = parse_index(&format!(
            "{{\"schema_version\":{SCHEMA_VERSION},\"counties\":[],\
             \"search\":{{\"municipalities\":[],\"counties\":[],\"places\":[]}}}}"
        ))
        .unwrap();
        assert!(ix.counties.is_empty());
    }

    #[test]
    fn broken_json_names_the_place() {
        match parse_index("{\"schema_version\": 1,\n \"counties\": [ {") {
            Err(DatasetError::Malformed { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_county("<html>not found</html>", "18"),
            Err(DatasetError::Malformed { line: 1, .. })
        ));
    }

    #[test]
    fn other_schema_is_named() {
        assert_eq!(
            parse_index("{\"schema_version\": 99, \"counties\": 5}"),
            Err(DatasetError::WrongSchema {
                found: 99,
                expected: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn a_county_file_must_hold_the_county_asked_for() {
        let county = crate::model::County {
            code: "05".into(),
            name: "Östergötland".into(),
            ..Default::default()
        };
        let json = serde_json::to_string(&CountyFile::of(&county)).unwrap();
        assert_eq!(parse_county(&json, "05").unwrap().name, "Östergötland");
        assert_eq!(
            parse_county(&json, "18"),
            Err(DatasetError::WrongCounty {
                asked: "18".into(),
                found: "05".into()
            })
        );
    }
}
