//! The manifest of the open data files (`catalog::open_data::Manifest`): for the data page,
//! each file's size, count and fields, the county pages with their dates, the mapping they
//! follow and the files' licence.

use super::OpenData;
use catalog::model::Dataset;
use catalog::open_data::manifest::{Licence, MANIFEST_VERSION, MAPPING_NAME};
use catalog::open_data::{FileKind, Manifest, OpenFile, SourcePage};

/// The manifest's name in the open folder (`catalog::open_data::MANIFEST_PATH`).
pub const MANIFEST_FILE: &str = "manifest.json";

/// The manifest of these files, in the order of `FileKind::ALL`.
pub fn manifest(dataset: &Dataset, files: &[OpenData]) -> Manifest {
    Manifest {
        version: MANIFEST_VERSION,
        mapping: MAPPING_NAME.to_string(),
        licence: Licence::of_the_files(),
        files: FileKind::ALL
            .iter()
            .filter_map(|&kind| files.iter().find(|f| f.kind == kind))
            .map(|f| OpenFile {
                kind: f.kind,
                path: f.kind.path(),
                download: f.kind.download(),
                media_type: f.kind.media_type().to_string(),
                bytes: f.contents.len() as u64,
                items: f.items,
                services: f.services,
                fields: f.fields.clone(),
            })
            .collect(),
        sources: dataset
            .counties
            .iter()
            .map(|c| SourcePage {
                code: c.code.clone(),
                county: c.name.clone(),
                file: c.source_file.clone(),
                updated: c.updated.as_ref().map(|u| u.date.clone()),
            })
            .collect(),
    }
}
