//! Editorial data: what the ingest knows besides the page. The official names and codes
//! (`data/geo/`), and what the editor maintains under `data/editorial/`, each row with its
//! reason: the gazetteer of places, the methods lexicon, the glossary, the counties' names
//! for the search, the phrase tables and the decisions on what no rule can read.

pub mod decisions;
pub mod gazetteer;
pub mod glossary;
pub mod methods;
pub mod phrases;
pub mod places;
pub mod rows;
pub mod search_keys;

use crate::prose::social_services::{StanceRules, STANCE_FILE};
use crate::report::IngestError;
use gazetteer::Gazetteer;
use glossary::{Glossary, EXEMPT_FILE, GLOSSARY_FILE};
use methods::{Lexicon, METHODS_FILE};
use phrases::{OpeningPhrases, StatusPhrases, OPENING_FILE, STATUS_FILE};
use places::{PlaceIndex, PLACES_FILE};
use search_keys::{CountyLanName, COUNTIES_FILE};
use std::path::Path;

/// The editor's files: gazetteer of places, methods lexicon, glossary, the counties' names
/// and the phrase tables.
#[derive(Debug, Clone, Default)]
pub struct Editorial {
    pub places: PlaceIndex,
    pub lexicon: Lexicon,
    pub stances: StanceRules,
    pub glossary: Glossary,
    /// Every county's name as "Örebro län" (`editorial/counties.csv`).
    pub counties: Vec<CountyLanName>,
    /// How the opening and the catchments are read.
    pub opening: OpeningPhrases,
    /// What says an offer is being built, planned or ended.
    pub statuses: StatusPhrases,
}

impl Editorial {
    /// Reads the editorial files under `data_dir` (`display_dir` names it in messages). A
    /// missing file is empty (without the counties' names, the search lists no county); a
    /// malformed row is an error naming file and line.
    pub fn load(
        data_dir: &Path,
        display_dir: &str,
        gazetteer: &Gazetteer,
    ) -> Result<Editorial, Vec<IngestError>> {
        let shown = |rel: &str| format!("{}/{rel}", display_dir.trim_end_matches('/'));
        let read = |rel: &str| std::fs::read_to_string(data_dir.join(rel)).ok();
        let mut errors = Vec::new();
        let places = PlaceIndex::new(gazetteer, &shown(PLACES_FILE), read(PLACES_FILE).as_deref())
            .unwrap_or_else(|e| {
                errors.extend(e);
                PlaceIndex::default()
            });
        let lexicon = Lexicon::new(&shown(METHODS_FILE), read(METHODS_FILE).as_deref())
            .unwrap_or_else(|e| {
                errors.extend(e);
                Lexicon::default()
            });
        let stances = StanceRules::new(&shown(STANCE_FILE), read(STANCE_FILE).as_deref())
            .unwrap_or_else(|e| {
                errors.extend(e);
                StanceRules::default()
            });
        let glossary = Glossary::new(
            &shown(GLOSSARY_FILE),
            read(GLOSSARY_FILE).as_deref(),
            &shown(EXEMPT_FILE),
            read(EXEMPT_FILE).as_deref(),
            &lexicon,
        )
        .unwrap_or_else(|e| {
            errors.extend(e);
            Glossary::default()
        });
        let counties = match read(COUNTIES_FILE) {
            Some(text) => search_keys::county_names(gazetteer, &shown(COUNTIES_FILE), &text)
                .unwrap_or_else(|e| {
                    errors.extend(e);
                    Vec::new()
                }),
            None => Vec::new(),
        };
        let opening = OpeningPhrases::new(&shown(OPENING_FILE), read(OPENING_FILE).as_deref())
            .unwrap_or_else(|e| {
                errors.extend(e);
                OpeningPhrases::default()
            });
        let statuses = StatusPhrases::new(&shown(STATUS_FILE), read(STATUS_FILE).as_deref())
            .unwrap_or_else(|e| {
                errors.extend(e);
                StatusPhrases::default()
            });
        if errors.is_empty() {
            Ok(Editorial {
                places,
                lexicon,
                stances,
                glossary,
                counties,
                opening,
                statuses,
            })
        } else {
            Err(errors)
        }
    }
}
