//! The committed data files are what the ingest makes of the committed pages.

mod common;

use common::*;

#[test]
fn committed_site_data_is_up_to_date() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    let site = repo_root().join(ingest::SITE_DATA_DIR);
    for f in ingest::site_files(&build) {
        let committed = std::fs::read_to_string(site.join(&f.path)).unwrap_or_default();
        assert!(
            committed == f.contents,
            "public/data/{} is stale: run `cargo run -p ingest`",
            f.path
        );
    }
    let back = catalog::load::read_site_dataset(&site).unwrap();
    assert_eq!(back, build.dataset);
}
