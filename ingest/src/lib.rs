//! The ingest of Samspelskartan: reads the county pages under `data/counties/` and the
//! official names and codes under `data/geo/`, and builds the `catalog::Dataset` the app
//! fetches as `public/data/catalog.json`, with warnings and errors that name file and line;
//! `geometry` prepares the map and lookup files under `public/data/geo/`.

pub mod catchment;
pub mod centre_names;
pub mod claims;
pub mod county_page;
pub mod coverage;
pub mod dates;
pub mod decisions;
pub mod editorial_csv;
pub mod enrich;
pub mod family_centres;
pub mod gazetteer;
pub mod geometry;
pub mod header;
pub mod matching;
pub mod methods;
pub mod numbers;
pub mod opening;
pub mod places;
pub mod report;
pub mod sections;
pub mod social_services;
pub mod statements;
#[cfg(test)]
mod testing;
pub mod unit_block;
pub mod words;

use std::path::Path;

pub use county_page::parse_county;
pub use gazetteer::Gazetteer;
pub use report::{Info, IngestError, Warning};

use catalog::model::{County, Dataset};

/// The regions file under the data directory.
pub const REGIONS_FILE: &str = "geo/swedish_regions.geojson";
/// The municipalities file under the data directory.
pub const MUNICIPALITIES_FILE: &str = "geo/swedish_municipalities.geojson";
pub use decisions::DECISIONS_FILE;
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
    pub decisions: decisions::Decisions,
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

    let mut decisions =
        decisions::Decisions::load(&data_dir.join(DECISIONS_FILE), &shown(DECISIONS_FILE))?;

    let editorial = enrich::Editorial::load(data_dir, display_dir, &gazetteer)?;

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
        coverage::apply(county, &mut decisions, &mut log);
    }
    coverage::unique_ids(&mut counties, &mut log);
    for county in &mut counties {
        warnings.extend(enrich::enrich(county, &editorial));
    }
    warnings.extend(log.warnings);
    warnings.extend(dates::check(&counties));
    warnings.extend(decisions.unused());
    warnings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let mut infos = log.infos;
    infos.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let dataset = Dataset {
        schema_version: catalog::SCHEMA_VERSION,
        counties,
        methods: editorial.lexicon.methods.clone(),
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

/// The data set as written to disk: pretty-printed JSON with a trailing newline.
pub fn render(dataset: &Dataset) -> String {
    let mut json = serde_json::to_string_pretty(dataset).expect("the data set is plain data");
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
    use catalog::model::Stance;
    let stances = [
        Stance::Offers,
        Stance::ViaUnit,
        Stance::Limited,
        Stance::Buys,
        Stance::None,
        Stance::NotReported,
    ]
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
        enrich::prevention_examples(county)
    )
}
