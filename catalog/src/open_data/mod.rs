//! The open data files: the catalogue as files other tools read — the comparison tables as
//! CSV, GeoJSON of access for every municipality and county of Sweden, and the services in
//! Open Referral's Human Services Data Specification (HSDS 3.0). The data tool writes them
//! under `public/data/open/` with a manifest (`Manifest`); the data page (`?sida=data`)
//! reads the manifest and links each file. None of them is part of a first load.
//!
//! # Contract
//! - `FileKind::ALL`: the files, each with its path under the site (`path`), the name a
//!   download gets (`download`) and its media type.
//! - `Manifest`: what the data tool writes to `MANIFEST_PATH`: per file its size in bytes,
//!   how many rows, features or organisations and services it holds, and its columns or
//!   properties with labels in Swedish and English (`FieldDoc`); the county pages the files
//!   are built from, with their dates.
//! - `properties`: the GeoJSON files' property names and labels (the columns of the
//!   comparison tables, then a few of their own).
//! - `cite`: a file's size in words and the citation of the open data.
//! - `hsds`: the HSDS version followed, the UUID namespace of the ids, the prefix of the
//!   properties HSDS has no field for, and the mapping, written down for the data page.
//! - `words`: the data page's words in both languages (only the staff pages' module links
//!   them).

pub mod cite;
pub mod hsds;
pub mod manifest;
pub mod properties;
pub mod words;

pub use cite::{cite, size};
pub use manifest::{FieldDoc, FileKind, Manifest, OpenFile, SourcePage, MANIFEST_PATH, OPEN_DIR};
