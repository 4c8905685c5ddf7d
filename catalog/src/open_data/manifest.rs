//! The open data files and their manifest: which files there are, where they lie, what a
//! download is named, and what the data tool records of each (size, count, fields).

use crate::compare::Table;
use crate::route::Lang;
use serde::{Deserialize, Serialize};

/// The folder of the open data files, relative to the site's base URL.
pub const OPEN_DIR: &str = "data/open";

/// The manifest, relative to the site's base URL.
pub const MANIFEST_PATH: &str = "data/open/manifest.json";

/// The version of the manifest's layout; the data page refuses another.
pub const MANIFEST_VERSION: u32 = 1;

/// One of the open data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// The GeoJSON of every municipality of Sweden and its access.
    MunicipalitiesGeojson,
    /// The GeoJSON of the 21 counties and their access.
    CountiesGeojson,
    /// The comparison table of the counties, as CSV.
    CountiesCsv,
    /// The comparison table of every municipality of the data set, as CSV.
    MunicipalitiesCsv,
    /// The units side by side, every unit picked, as CSV.
    UnitsCsv,
    /// The methods matrix, as CSV.
    MethodsCsv,
    /// The organisations and services in HSDS 3.0 JSON.
    Hsds,
}

impl FileKind {
    pub const ALL: [FileKind; 7] = [
        FileKind::MunicipalitiesGeojson,
        FileKind::CountiesGeojson,
        FileKind::CountiesCsv,
        FileKind::MunicipalitiesCsv,
        FileKind::UnitsCsv,
        FileKind::MethodsCsv,
        FileKind::Hsds,
    ];

    /// Its file name in `OPEN_DIR`: the comparison tables' keys (`TableKind::key`).
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::MunicipalitiesGeojson => "kommuner.geojson",
            FileKind::CountiesGeojson => "lan.geojson",
            FileKind::CountiesCsv => "lan.csv",
            FileKind::MunicipalitiesCsv => "kommuner.csv",
            FileKind::UnitsCsv => "enheter.csv",
            FileKind::MethodsCsv => "metoder.csv",
            FileKind::Hsds => "hsds.json",
        }
    }

    /// Its path relative to the site's base URL (`data/open/kommuner.csv`).
    pub fn path(self) -> String {
        format!("{OPEN_DIR}/{}", self.file_name())
    }

    /// The name a download gets (`samspelskartan-kommuner.csv`).
    pub fn download(self) -> String {
        format!("samspelskartan-{}", self.file_name())
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::MunicipalitiesGeojson | FileKind::CountiesGeojson => "application/geo+json",
            FileKind::Hsds => "application/json",
            _ => "text/csv",
        }
    }
}

/// A column of a CSV file or a property of a GeoJSON feature, with its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDoc {
    /// As the file writes it (`municipality_code`).
    pub name: String,
    pub sv: String,
    pub en: String,
}

impl FieldDoc {
    pub fn new(name: &str, sv: &str, en: &str) -> FieldDoc {
        FieldDoc {
            name: name.to_string(),
            sv: sv.to_string(),
            en: en.to_string(),
        }
    }

    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    /// The columns of a comparison table: CSV header and labels.
    pub fn columns(table: &impl Table) -> Vec<FieldDoc> {
        table
            .columns()
            .iter()
            .map(|c| FieldDoc::new(&c.csv, &c.sv, &c.en))
            .collect()
    }
}

/// What the manifest records of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFile {
    pub kind: FileKind,
    /// Relative to the site's base URL (`FileKind::path`).
    pub path: String,
    /// The name a download gets (`FileKind::download`).
    pub download: String,
    pub media_type: String,
    /// Its size in bytes, as written.
    pub bytes: u64,
    /// Data rows of a CSV file, features of a GeoJSON file, organisations of the HSDS file.
    pub items: u32,
    /// The HSDS file's services (0 for the others).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub services: u32,
    /// Its columns (CSV) or feature properties (GeoJSON), in the file's order; the units
    /// table's columns are `field` and one per unit; empty for the HSDS file, whose mapping
    /// is `hsds::MAPPING`.
    pub fields: Vec<FieldDoc>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A county page the files are built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcePage {
    pub code: String,
    pub county: String,
    /// Its file in the repository (`data/counties/18-orebro.txt`).
    pub file: String,
    /// Its "Senast uppdaterad" date, if it has one.
    pub updated: Option<String>,
}

/// The study the county pages follow, as the files name it.
pub const MAPPING_NAME: &str =
    "Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018)";

/// The files' licence, for tools that read the manifest (the data page says it in full).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Licence {
    /// The SPDX id of the project's own work (code, editorial files, the files' layout).
    pub spdx: String,
    pub sv: String,
    pub en: String,
}

impl Licence {
    pub fn of_the_files() -> Licence {
        Licence {
            spdx: "MIT".to_string(),
            sv: "Projektets kod, redaktionella filer och bearbetning: MIT (filen LICENSE). \
                 Texten från länssidorna tillhör deras utgivare och citeras ordagrant med källa \
                 (fil, rader, sidans datum). Gränserna: enligt data/geo/PROVENANCE.md."
                .to_string(),
            en: "The project's code, editorial files and processing: MIT (the file LICENSE). \
                 The text of the county pages belongs to their publisher and is quoted verbatim \
                 with its source (file, lines, the page's date). The boundaries: as \
                 data/geo/PROVENANCE.md says."
                .to_string(),
        }
    }
}

/// The manifest of the open data files (`MANIFEST_PATH`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    /// The study the county pages follow (`MAPPING_NAME`).
    pub mapping: String,
    pub licence: Licence,
    /// In the order of `FileKind::ALL`.
    pub files: Vec<OpenFile>,
    /// In code order.
    pub sources: Vec<SourcePage>,
}

impl Manifest {
    /// Reads a manifest; another version or a file that is not one is an error in words.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let v: Version = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if v.version != MANIFEST_VERSION {
            return Err(format!(
                "manifest version {} (this page reads {MANIFEST_VERSION})",
                v.version
            ));
        }
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    pub fn file(&self, kind: FileKind) -> Option<&OpenFile> {
        self.files.iter().find(|f| f.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_names() {
        assert_eq!(FileKind::MunicipalitiesCsv.path(), "data/open/kommuner.csv");
        assert_eq!(FileKind::Hsds.download(), "samspelskartan-hsds.json");
        assert_eq!(
            FileKind::CountiesGeojson.media_type(),
            "application/geo+json"
        );
        let mut names: Vec<&str> = FileKind::ALL.iter().map(|k| k.file_name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), FileKind::ALL.len());
    }

    #[test]
    fn another_version_is_refused_in_words() {
        assert_eq!(
            Manifest::parse(r#"{"version":2,"files":[],"sources":[]}"#).unwrap_err(),
            "manifest version 2 (this page reads 1)"
        );
        let m = Manifest::parse(
            r#"{"version":1,"mapping":"m","licence":{"spdx":"MIT","sv":"s","en":"e"},"files":[],"sources":[]}"#,
        )
        .unwrap();
        assert_eq!(m.licence.spdx, "MIT");
        assert!(m.file(FileKind::Hsds).is_none());
        assert!(Manifest::parse("<html>").is_err());
    }
}
