//! Helpers shared by the integration tests: the repository's data folder and its pages.
#![allow(dead_code)]

use ingest::Gazetteer;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The five county pages, by file name.
pub const PAGES: &[&str] = &[
    "01-stockholm.txt",
    "05-ostergotland.txt",
    "06-jonkoping.txt",
    "18-orebro.txt",
    "22-vasternorrland.txt",
];

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn data_dir() -> PathBuf {
    repo_root().join("data")
}

pub fn read(rel: &str) -> String {
    let path = data_dir().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn page(file: &str) -> String {
    read(&format!("counties/{file}"))
}

pub fn source_file(file: &str) -> String {
    format!("data/counties/{file}")
}

/// The gazetteer of the repository's geo files, read once per test binary.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        Gazetteer::from_geojson(
            "regions",
            &read(ingest::REGIONS_FILE),
            "municipalities",
            &read(ingest::MUNICIPALITIES_FILE),
        )
        .expect("the geo files parse")
    })
}

/// Copies a folder tree (for scratch copies of `data/`).
#[allow(dead_code)]
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The repository's data set and its open data files (`open/…` under `public/data`), built
/// once per test binary.
pub fn open_data() -> &'static (ingest::Build, Vec<ingest::SiteFile>) {
    static OPEN: OnceLock<(ingest::Build, Vec<ingest::SiteFile>)> = OnceLock::new();
    OPEN.get_or_init(|| {
        let build = ingest::build(&data_dir(), "data").expect("the pages build");
        let files = ingest::open_data::site_files(&build, &data_dir(), "data")
            .expect("the open data files build");
        (build, files)
    })
}

/// One open data file's contents, by its name in the open folder (`kommuner.csv`).
pub fn open_file(name: &str) -> &'static str {
    let path = format!("{}/{name}", ingest::open_data::OPEN_DIR);
    open_data()
        .1
        .iter()
        .find(|f| f.path == path)
        .map(|f| f.contents.as_str())
        .unwrap_or_else(|| panic!("no open data file {path}"))
}
