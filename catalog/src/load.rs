//! Reading the data set the app downloads: JSON text in, a checked `Dataset` or a specific
//! error out (where the file is broken, or which schema version it has).

use crate::model::{Dataset, SCHEMA_VERSION};
use std::fmt;

/// Why a downloaded data set cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetError {
    /// Not valid JSON, or not the shape of a data set.
    Malformed {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written for another version of the app.
    WrongSchema { found: u32, expected: u32 },
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
        }
    }
}

impl std::error::Error for DatasetError {}

#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// Parses a data set, checking its schema version before its shape so that a file from
/// another version is reported as such rather than as broken.
pub fn parse_dataset(json: &str) -> Result<Dataset, DatasetError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_data_set_parses() {
        let ds = parse_dataset(&format!(
            "{{\"schema_version\":{SCHEMA_VERSION},\"counties\":[],\"methods\":[]}}"
        ))
        .unwrap();
        assert!(ds.counties.is_empty());
    }

    #[test]
    fn broken_json_names_the_place() {
        match parse_dataset("{\"schema_version\": 1,\n \"counties\": [ {") {
            Err(DatasetError::Malformed { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_dataset("<html>not found</html>"),
            Err(DatasetError::Malformed { line: 1, .. })
        ));
    }

    #[test]
    fn other_schema_is_named() {
        assert_eq!(
            parse_dataset("{\"schema_version\": 99, \"counties\": 5}"),
            Err(DatasetError::WrongSchema {
                found: 99,
                expected: SCHEMA_VERSION
            })
        );
    }
}
