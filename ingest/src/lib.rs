//! The ingest of Samspelskartan: reads the county pages under `data/counties/` and the
//! official names and codes under `data/geo/`, and builds the `catalog::Dataset`, which the
//! site ships as a small index and one file per county under `public/data/` (see
//! `site_files`), with warnings and errors that name file and line; `geometry` prepares the
//! map and lookup files under `public/data/geo/`.

//!
//! The stages, each a folder:
//! - `page`: reading the page (header, unit blocks, paragraphs, what is missing);
//! - `coverage`: the opening list and sentences, catchments, statuses, stated totals;
//! - `prose`: statements, social-services stances, family centres;
//! - `editorial`: the geo names and the editor's files under `data/editorial/`;
//! - `geometry`: the map and lookup files;
//! - `open_data`: the files for other tools under `public/data/open/` (CSV, GeoJSON, HSDS);
//! - `report`: warnings (each of a kind), infos and errors; `text`: words and numbers.

pub mod coverage;
pub mod editorial;
pub mod geometry;
pub mod open_data;
pub mod page;
pub mod prose;
pub mod report;
#[cfg(test)]
mod testing;
pub mod text;

use std::path::Path;

pub use editorial::gazetteer::Gazetteer;
pub use editorial::Editorial;
pub use page::county_page::parse_county;
pub use report::{Info, IngestError, Warning, WarningKind};

use catalog::model::{County, Dataset};

/// The regions file under the data directory.
pub const REGIONS_FILE: &str = "geo/swedish_regions.geojson";
/// The municipalities file under the data directory.
pub const MUNICIPALITIES_FILE: &str = "geo/swedish_municipalities.geojson";
pub use editorial::decisions::DECISIONS_FILE;
/// The folder of county pages under the data directory.
pub const COUNTIES_DIR: &str = "counties";

/// A data set built from the pages, with every warning found on the way.
#[derive(Debug, Clone)]
pub struct Build {
    pub dataset: Dataset,
    /// Warnings in page order (pages sorted by file name).
    pub warnings: Vec<Warning>,
    /// What the report tells besides: decisions used, sentences checked or not.
    pub infos: Vec<Info>,
    /// The editorial decisions, with which of them were used.
    pub decisions: editorial::decisions::Decisions,
}

/// Reads every `counties/*.txt` (sorted by name) and the geo files under `data_dir`.
/// `display_dir` is how the data directory is written in the data set and in messages
/// (`"data"` gives `data/counties/18-orebro.txt`).
pub fn build(data_dir: &Path, display_dir: &str) -> Result<Build, Vec<IngestError>> {
    let shown = |rel: &str| format!("{}/{rel}", display_dir.trim_end_matches('/'));
    let read = |rel: &str| {
        std::fs::read_to_string(data_dir.join(rel))
            .map_err(|e| vec![IngestError::file(&shown(rel), format!("cannot read: {e}"))])
    };
    let gazetteer = Gazetteer::from_geojson(
        &shown(REGIONS_FILE),
        &read(REGIONS_FILE)?,
        &shown(MUNICIPALITIES_FILE),
        &read(MUNICIPALITIES_FILE)?,
    )
    .map_err(|e| vec![e])?;

    let mut decisions = editorial::decisions::Decisions::load(
        &data_dir.join(DECISIONS_FILE),
        &shown(DECISIONS_FILE),
    )?;

    let editorial = Editorial::load(data_dir, display_dir, &gazetteer)?;

    let pages = list_pages(&data_dir.join(COUNTIES_DIR))
        .map_err(|e| vec![IngestError::file(&shown(COUNTIES_DIR), e)])?;
    let mut counties: Vec<County> = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for file_name in pages {
        let rel = format!("{COUNTIES_DIR}/{file_name}");
        let source_file = shown(&rel);
        let text = match read(&rel) {
            Ok(t) => t,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        match parse_county(&source_file, &text, &gazetteer) {
            Ok((county, w)) => {
                if let Some(twin) = counties.iter().find(|c| c.code == county.code) {
                    errors.push(IngestError::at(
                        &source_file,
                        county.name_line,
                        format!(
                            "county {} ({}) is already given by {}",
                            county.name, county.code, twin.source_file
                        ),
                    ));
                }
                counties.push(county);
                warnings.extend(w);
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    counties.sort_by(|a, b| a.code.cmp(&b.code));
    let mut log = report::Log::default();
    for county in &mut counties {
        coverage::apply(county, &editorial, &mut decisions, &mut log);
    }
    coverage::unique_ids(&mut counties, &mut log);
    for county in &mut counties {
        warnings.extend(prose::enrich::enrich(county, &editorial));
    }
    warnings.extend(log.warnings);
    warnings.extend(page::dates::check(&counties));
    warnings.extend(decisions.unused());
    warnings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let mut infos = log.infos;
    infos.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let dataset = Dataset {
        schema_version: catalog::SCHEMA_VERSION,
        counties,
        methods: editorial.lexicon.methods.clone(),
        glossary: editorial.glossary.terms.clone(),
        search: editorial::search_keys::lists(&gazetteer, &editorial.counties, &editorial.places),
    };
    Ok(Build {
        dataset,
        warnings,
        infos,
        decisions,
    })
}

/// The `.txt` files of a folder, sorted by name; an empty folder is an error.
fn list_pages(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder: {e}"))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read folder: {e}"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            names.push(name);
        }
    }
    if names.is_empty() {
        return Err("no county pages (*.txt) found".to_string());
    }
    names.sort();
    Ok(names)
}

/// The folder under the repository root that holds what `site_files` writes.
pub const SITE_DATA_DIR: &str = "public/data";

/// A file the data tool writes under `SITE_DATA_DIR`: its path relative to that folder
/// (`index.json`, `counties/18.json`) and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub contents: String,
}

/// The folders under `SITE_DATA_DIR` that hold only generated files: a file there that the
/// data tool no longer writes is stale.
pub const GENERATED_DIRS: [&str; 3] = ["counties", "geo", open_data::OPEN_DIR];

/// Every file the data tool writes under `SITE_DATA_DIR`: the app's files
/// (`app_site_files`) and the open data files (`open_data::site_files`), in path order.
pub fn all_site_files(
    build: &Build,
    data_dir: &Path,
    display_dir: &str,
) -> Result<Vec<SiteFile>, Vec<IngestError>> {
    let mut files = app_site_files(build, data_dir, display_dir)?;
    files.extend(open_data::site_files(build, data_dir, display_dir)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The files the app loads: the data set's files (`site_files`) and the map and lookup
/// files (`geometry::site_files`), in path order.
pub fn app_site_files(
    build: &Build,
    data_dir: &Path,
    display_dir: &str,
) -> Result<Vec<SiteFile>, Vec<IngestError>> {
    let mut files = site_files(build);
    files.extend(
        geometry::site_files(data_dir, display_dir)?
            .into_iter()
            .map(|(path, contents)| SiteFile { path, contents }),
    );
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The data set's files, as the app fetches them: `index.json` (what every first view
/// needs), `lexicon.json` (methods and glossary, for the views that explain terms) and
/// `counties/<code>.json` per county page. Paths match `catalog::index`'s under `data/`.
pub fn site_files(build: &Build) -> Vec<SiteFile> {
    let index = catalog::index::DataIndex::of(&build.dataset);
    let site_path = |p: String| p.strip_prefix("data/").map(str::to_string).unwrap_or(p);
    let mut files = vec![
        SiteFile {
            path: site_path(catalog::index::INDEX_PATH.to_string()),
            contents: to_json(&index),
        },
        SiteFile {
            path: site_path(catalog::index::LEXICON_PATH.to_string()),
            contents: to_json(&catalog::index::Lexicon::of(&build.dataset)),
        },
    ];
    files.push(SiteFile {
        path: PRELOAD_SCRIPT.to_string(),
        contents: preload_script(&build.dataset),
    });
    for county in &build.dataset.counties {
        files.push(SiteFile {
            path: site_path(catalog::index::county_path(&county.code)),
            contents: to_json(&catalog::index::CountyFile::of(county)),
        });
    }
    files
}

/// The script `index.html` loads first, relative to `SITE_DATA_DIR`.
pub const PRELOAD_SCRIPT: &str = "preload.js";

/// A small script that starts the downloads a first view needs in parallel with the app's
/// wasm, instead of after the app has started: on the front page (no parameter but the
/// language) the map of Sweden, `data/geo/sweden.json`; for `?lan=` and `?kommun=` the
/// county's map file `data/geo/<county>.json` (every county of Sweden has one), and, for a
/// county with a page in the data set, its detail and the lexicon. It knows which counties
/// have a detail file and which exist, so it never asks for a file that does not exist.
pub fn preload_script(dataset: &Dataset) -> String {
    let quoted = |codes: Vec<&str>| {
        codes
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let with_page = quoted(dataset.counties.iter().map(|c| c.code.as_str()).collect());
    let sweden = quoted(
        dataset
            .search
            .counties
            .iter()
            .map(|c| c.code.as_str())
            .collect(),
    );
    format!(
        r#"// Written by the data tool (cargo run -p ingest): starts the downloads a first view needs
// in parallel with the app, instead of after it has started.
(function () {{
  var withPage = [{with_page}];
  var counties = [{sweden}];
  var q = new URLSearchParams(location.search);
  var county = q.get("lan") || (q.get("kommun") || "").slice(0, 2);
  var front = true;
  q.forEach(function (value, key) {{
    if (key !== "lang") front = false;
  }});
  var files = [];
  if (front) {{
    files.push("data/geo/sweden.json");
  }}
  if (counties.indexOf(county) >= 0) {{
    files.push("data/geo/" + county + ".json");
  }}
  if (withPage.indexOf(county) >= 0) {{
    files.push("data/counties/" + county + ".json", "data/lexicon.json");
  }}
  files.forEach(function (href) {{
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  }});
}})();
"#
    )
}

/// A data file as written to disk: compact JSON with a trailing newline.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string(value).expect("the data set is plain data");
    json.push('\n');
    json
}

/// One line of the report about a county.
pub fn summary(county: &County) -> String {
    let updated = county
        .updated
        .as_ref()
        .map_or("not stated".to_string(), |u| {
            format!("{} by {}", u.date, u.editor)
        });
    format!(
        "{}: {} ({}): {}/{} municipalities listed/stated, {} children 0–5, {} units{}, {} paragraphs, updated {}; {}",
        county.source_file,
        county.name,
        county.code,
        county.municipalities.len(),
        county.stated_municipality_count,
        county.children_0_5,
        county.units.len(),
        if county.no_units_statement.is_some() { " (page: none)" } else { "" },
        county.paragraphs.len(),
        updated,
        prose_summary(county)
    )
}

/// The part of a county's report line about its prose: statements, social-services stances
/// per municipality, family centres and prevention examples.
pub fn prose_summary(county: &County) -> String {
    let stances = catalog::compare::labels::STANCES
        .iter()
        .map(|s| {
            let n = county
                .municipalities
                .iter()
                .filter(|m| m.social_services.stance == *s)
                .count();
            format!("{n} {}", s.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let centres: usize = county
        .municipalities
        .iter()
        .map(|m| m.family_centres.len())
        .sum();
    format!(
        "{} statements, social services: {stances}; {centres} family centres, {} prevention examples",
        county.statements.len(),
        prose::enrich::prevention_examples(county)
    )
}
