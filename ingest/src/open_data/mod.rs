//! The open data files under `public/data/open/` (`catalog::open_data` describes them):
//! the comparison tables as CSV (`tables`), GeoJSON of access (`access`), the services in
//! HSDS 3.0 (`hsds`) and the manifest the data page reads (`manifest`). Written and checked
//! for staleness with the rest of the site's data; no view of the app loads them but the
//! data page's download links. The same input gives the same bytes.

pub mod access;
pub mod hsds;
pub mod manifest;
pub mod regions;
pub mod tables;

use crate::geometry::Geo;
use crate::report::IngestError;
use crate::{Build, SiteFile, MUNICIPALITIES_FILE};
use catalog::open_data::{FieldDoc, FileKind};
use std::path::Path;

/// The folder under `SITE_DATA_DIR` (`catalog::open_data::OPEN_DIR` without `data/`).
pub const OPEN_DIR: &str = "open";

/// One open data file before it is written.
#[derive(Debug, Clone)]
pub struct OpenData {
    pub kind: FileKind,
    pub contents: String,
    /// See `catalog::open_data::OpenFile::items`.
    pub items: u32,
    pub services: u32,
    pub fields: Vec<FieldDoc>,
}

/// The path of a file under `SITE_DATA_DIR` (`open/kommuner.csv`).
pub fn site_path(kind: FileKind) -> String {
    format!("{OPEN_DIR}/{}", kind.file_name())
}

/// Every open data file and the manifest, as files under `SITE_DATA_DIR`, in path order.
pub fn site_files(
    build: &Build,
    data_dir: &Path,
    display_dir: &str,
) -> Result<Vec<SiteFile>, Vec<IngestError>> {
    let dataset = &build.dataset;
    let geo = Geo::load(data_dir, display_dir)?;
    let geo_file = format!(
        "{}/{MUNICIPALITIES_FILE}",
        display_dir.trim_end_matches('/')
    );
    let geo_error = |m: String| vec![IngestError::file(&geo_file, m)];
    let regions = regions::Regions::load(data_dir, display_dir)?;
    let mut files = vec![
        access::municipalities(&geo, dataset).map_err(geo_error)?,
        access::counties(&geo, dataset).map_err(geo_error)?,
    ];
    files.extend(tables::files(dataset));
    let h = hsds::file(dataset, &regions);
    files.push(OpenData {
        kind: FileKind::Hsds,
        contents: h.text,
        items: h.organizations,
        services: h.services,
        fields: Vec::new(),
    });
    let mut out: Vec<SiteFile> = files
        .iter()
        .map(|f| SiteFile {
            path: site_path(f.kind),
            contents: f.contents.clone(),
        })
        .collect();
    out.push(SiteFile {
        path: format!("{OPEN_DIR}/{}", manifest::MANIFEST_FILE),
        contents: crate::to_json(&manifest::manifest(dataset, &files)),
    });
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}
