//! The committed data set is what the ingest makes of the committed pages.

mod common;

use common::*;

#[test]
fn committed_catalog_is_up_to_date() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    let fresh = ingest::render(&build.dataset);
    let path = repo_root().join("public/data/catalog.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "public/data/catalog.json is stale: run `cargo run -p ingest`"
    );
    let back: catalog::Dataset = serde_json::from_str(&committed).unwrap();
    assert_eq!(back, build.dataset);
}
