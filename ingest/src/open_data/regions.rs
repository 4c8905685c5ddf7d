//! `data/editorial/regions.csv`: the name of each county's region (the principal of its
//! health care, BUP among it), for the HSDS file's organisations. The pages name regions in
//! their own and older words ("Stockholms läns landsting"); the editor gives each region
//! one name, with a reason. A missing file is empty, like the other editorial files; a
//! region without a row is named for what it is ("Regionen i Örebro län").

use crate::editorial::rows::rows;
use crate::report::IngestError;
use serde::Deserialize;
use std::path::Path;

/// The file under the data directory.
pub const REGIONS_FILE: &str = "editorial/regions.csv";

#[derive(Debug, Clone, Deserialize)]
struct Row {
    code: String,
    name: String,
    reason: String,
}

/// Each region's name by county code.
#[derive(Debug, Clone, Default)]
pub struct Regions {
    /// `(county code, name)`, in the file's order.
    pub names: Vec<(String, String)>,
    /// How the file is named in messages.
    pub file: String,
}

impl Regions {
    /// Reads the file under `data_dir` (none when it is missing); `display_dir` names it in
    /// errors.
    pub fn load(data_dir: &Path, display_dir: &str) -> Result<Regions, Vec<IngestError>> {
        let file = format!("{}/{REGIONS_FILE}", display_dir.trim_end_matches('/'));
        match std::fs::read_to_string(data_dir.join(REGIONS_FILE)) {
            Ok(text) => Regions::parse(&file, &text),
            Err(_) => Ok(Regions {
                names: Vec::new(),
                file,
            }),
        }
    }

    /// Reads the file's text; every row needs a two-digit code given once, a name and a
    /// reason.
    pub fn parse(file: &str, text: &str) -> Result<Regions, Vec<IngestError>> {
        let (rows, mut errors) = rows::<Row>(file, text);
        let mut names: Vec<(String, String)> = Vec::new();
        for (line, row) in rows {
            let code = row.code.trim();
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(IngestError::at(
                    file,
                    line,
                    format!("{code:?} is not a two-digit county code"),
                ));
            } else if row.name.trim().is_empty() || row.reason.trim().is_empty() {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs a name and a reason",
                ));
            } else if names.iter().any(|(c, _)| c == code) {
                errors.push(IngestError::at(
                    file,
                    line,
                    format!("county {code} is given twice"),
                ));
            } else {
                names.push((code.to_string(), row.name.trim().to_string()));
            }
        }
        if errors.is_empty() {
            Ok(Regions {
                names,
                file: file.to_string(),
            })
        } else {
            Err(errors)
        }
    }

    /// The name of the region of the county with this code.
    pub fn name(&self, county_code: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|(c, _)| c == county_code)
            .map(|(_, n)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_and_names_bad_ones() {
        let r =
            Regions::parse("r.csv", "code,name,reason\n18,Region Örebro län,as named\n").unwrap();
        assert_eq!(r.name("18"), Some("Region Örebro län"));
        assert_eq!(r.name("01"), None);
        let e = Regions::parse("r.csv", "code,name,reason\n18,Region Örebro län,\n1,X,y\n")
            .unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "r.csv:2: error: a row needs a name and a reason"
        );
        assert_eq!(
            e[1].to_string(),
            "r.csv:3: error: \"1\" is not a two-digit county code"
        );
    }
}
