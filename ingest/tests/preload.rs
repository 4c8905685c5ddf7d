//! The preload script (`public/data/preload.js`) run in Node with a stand-in for the
//! document: which downloads it starts for the front page, a county, a municipality, a
//! county or municipality without a page, and the staff pages. Node is one of the project's
//! tools (README: set-up), so a missing `node` fails this test rather than skipping it.

mod common;

use common::*;
use std::process::Command;

/// The hrefs the script preloads for a location's query string.
fn preloads(script: &str, search: &str) -> Vec<String> {
    let harness = format!(
        r#"
const links = [];
globalThis.location = {{ search: {search:?} }};
globalThis.document = {{
  createElement: () => ({{}}),
  head: {{ appendChild: (l) => links.push(l) }},
}};
{script}
for (const l of links) {{
  if (l.rel !== "preload" || l.as !== "fetch" || l.crossOrigin !== "anonymous") throw new Error("bad link");
  console.log(l.href);
}}
"#
    );
    let out = Command::new("node")
        .arg("-e")
        .arg(harness)
        .output()
        .expect("node runs (see README: set-up)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn each_first_view_preloads_what_it_draws() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    let script = ingest::preload_script(&build.dataset);
    // The front page, in either language: the map of Sweden.
    assert_eq!(preloads(&script, ""), vec!["data/geo/sweden.json"]);
    assert_eq!(preloads(&script, "?lang=en"), vec!["data/geo/sweden.json"]);
    // A county with a page: its map, its detail and the lexicon.
    assert_eq!(
        preloads(&script, "?lan=18"),
        vec![
            "data/geo/18.json",
            "data/counties/18.json",
            "data/lexicon.json"
        ]
    );
    // A municipality of it.
    assert_eq!(
        preloads(&script, "?kommun=1881&lang=en"),
        vec![
            "data/geo/18.json",
            "data/counties/18.json",
            "data/lexicon.json"
        ]
    );
    // A county and a municipality without a page: only the map, which every county has.
    assert_eq!(preloads(&script, "?lan=24"), vec!["data/geo/24.json"]);
    assert_eq!(preloads(&script, "?kommun=1280"), vec!["data/geo/12.json"]);
    // No such county, and the staff pages: nothing.
    assert_eq!(preloads(&script, "?lan=99"), Vec::<String>::new());
    assert_eq!(
        preloads(&script, "?sida=utforska&metod=mim"),
        Vec::<String>::new()
    );
}

#[test]
fn every_county_of_sweden_has_the_map_file_the_script_may_ask_for() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    let geo = repo_root().join(ingest::SITE_DATA_DIR).join("geo");
    assert_eq!(build.dataset.search.counties.len(), 21);
    for c in &build.dataset.search.counties {
        assert!(geo.join(format!("{}.json", c.code)).exists(), "{}", c.code);
    }
}
