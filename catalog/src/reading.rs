//! What a county page says beyond its units and statements, and how completely it could be
//! read: the status of an offer (running, being built, planned, ended), the total of covered
//! municipalities the page states, municipalities a catchment counts without naming, and the
//! problems of a damaged page. With the small questions the views ask of them.

use crate::model::{County, SourceText, Unit};
use serde::{Deserialize, Serialize};

/// The status of a unit, or of the offer a statement speaks of. Only an active unit is
/// coverage and only an active offer is an offer; the others are kept and shown with their
/// status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    /// Running: takes families now (what a page says when it says nothing else).
    #[default]
    Active,
    /// Being built up ("under uppbyggnad"): takes no families yet.
    UnderConstruction,
    /// Intended, not started ("planerar", "avser att pröva").
    Planned,
    /// Finished or closed ("Arbetet är nu avslutat", "2012–2016").
    Ended,
}

impl OfferStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Active => "active",
            OfferStatus::UnderConstruction => "under_construction",
            OfferStatus::Planned => "planned",
            OfferStatus::Ended => "ended",
        }
    }

    /// The status with this id.
    pub fn parse(id: &str) -> Option<OfferStatus> {
        [
            OfferStatus::Active,
            OfferStatus::UnderConstruction,
            OfferStatus::Planned,
            OfferStatus::Ended,
        ]
        .into_iter()
        .find(|s| s.as_str() == id)
    }

    /// Running now: counts as coverage (a unit) or as an offer (a statement).
    pub fn is_active(&self) -> bool {
        *self == OfferStatus::Active
    }
}

/// A total of covered municipalities that the page states in its opening ("Invånarna i fem
/// av länets fjorton kommuner har tillgång …", "länets övriga nio kommuner har inte …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedCoverage {
    /// How many municipalities the page says have access.
    pub covered: u32,
    /// Of how many: the figure the sentence gives, else the county's number of
    /// municipalities.
    pub of: u32,
    /// The codes of the municipalities the sentence names, sorted (empty when it only
    /// counts them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
    /// Whether it agrees with the active units' catchments (counting the municipalities
    /// they count without naming). When it does not, the ingest reports both figures.
    pub agrees: bool,
    /// The sentence, verbatim.
    pub source: SourceText,
}

/// What is wrong with a damaged page; the county keeps everything the page does contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A unit block stops before its last field (`Kontakt`).
    TruncatedUnit,
    /// No "Senast uppdaterad" line.
    MissingDate,
    /// A required section is absent.
    MissingSection,
    /// The count line's number disagrees with the names it lists.
    MunicipalityCountMismatch,
}

impl ProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::TruncatedUnit => "truncated_unit",
            ProblemKind::MissingDate => "missing_date",
            ProblemKind::MissingSection => "missing_section",
            ProblemKind::MunicipalityCountMismatch => "municipality_count_mismatch",
        }
    }
}

/// One problem of a damaged page, at the line the ingest's warning names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageProblem {
    pub kind: ProblemKind,
    pub line: u32,
    /// What it concerns: the unit's name, the missing section ("Familjecentraler"), or the
    /// count line's figures ("12 stated, 11 listed").
    pub detail: String,
}

/// A county's coverage as a view shows it: what the catchments give and what the page
/// states, side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageFigures {
    /// The county's municipalities.
    pub total: usize,
    /// Municipalities that an active unit's catchment names.
    pub named: usize,
    /// Further municipalities that active units' catchments count without naming.
    pub unnamed: u32,
    /// The total the page states, if it states one.
    pub stated: Option<u32>,
    /// The stated total disagrees with the catchments.
    pub differ: bool,
}

impl County {
    /// The data is incomplete: the page is damaged (see `problems`).
    pub fn incomplete(&self) -> bool {
        !self.problems.is_empty()
    }

    /// Covered municipalities from the catchments and from the page's own statement.
    pub fn coverage_figures(&self) -> CoverageFigures {
        CoverageFigures {
            total: self.municipalities.len(),
            named: self.covered_municipalities(),
            unnamed: self.unnamed_municipalities,
            stated: self.stated_coverage.as_ref().map(|s| s.covered),
            differ: self.stated_coverage.as_ref().is_some_and(|s| !s.agrees),
        }
    }

    /// The units that are not active (being built, planned, ended) whose catchment includes
    /// this municipality: not coverage, but what the page says is coming or was there.
    pub fn inactive_units_for(&self, municipality_code: &str) -> Vec<&Unit> {
        self.units
            .iter()
            .filter(|u| !u.status.is_active())
            .filter(|u| {
                u.catchment
                    .municipalities
                    .iter()
                    .any(|c| c == municipality_code)
            })
            .collect()
    }
}

impl Unit {
    /// Whether its catchment counts as coverage: it is running.
    pub fn counts_as_coverage(&self) -> bool {
        self.status.is_active()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catchment, Municipality, ParsedUnit};

    fn unit(id: &str, status: OfferStatus, codes: &[&str]) -> Unit {
        Unit {
            name: id.to_string(),
            first_line: 1,
            last_line: 1,
            id: id.to_string(),
            status,
            opening_line: None,
            fields: Vec::new(),
            catchment: Catchment {
                municipalities: codes.iter().map(|c| c.to_string()).collect(),
                unnamed_count: 0,
                resolved_by: String::new(),
            },
            parsed: ParsedUnit::default(),
        }
    }

    fn county() -> County {
        let text = |t: &str| SourceText {
            first_line: 1,
            last_line: 1,
            text: t.to_string(),
        };
        let m = |code: &str, units: &[&str]| Municipality {
            code: code.to_string(),
            name: code.to_string(),
            covering_units: units.iter().map(|u| u.to_string()).collect(),
            ..Municipality::default()
        };
        County {
            code: "25".into(),
            name: "Norrbotten".into(),
            source_file: "f.txt".into(),
            name_line: 1,
            municipalities_text: text("Tre kommuner: A, B & C"),
            stated_municipality_count: 3,
            municipalities: vec![m("2580", &["a"]), m("2581", &[]), m("2584", &[])],
            children_0_5: 1,
            children_text: text("1 invånare 0–5 år"),
            no_units_statement: None,
            units: vec![
                unit("a", OfferStatus::Active, &["2580"]),
                unit("b", OfferStatus::UnderConstruction, &["2584"]),
            ],
            updated: None,
            paragraphs: Vec::new(),
            statements: Vec::new(),
            coverage: Default::default(),
            stated_coverage: None,
            unnamed_municipalities: 1,
            problems: Vec::new(),
        }
    }

    #[test]
    fn statuses_round_trip_and_only_active_counts() {
        for s in [
            OfferStatus::Active,
            OfferStatus::UnderConstruction,
            OfferStatus::Planned,
            OfferStatus::Ended,
        ] {
            assert_eq!(OfferStatus::parse(s.as_str()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(s.is_active(), s == OfferStatus::Active);
        }
        assert_eq!(OfferStatus::parse("running"), None);
        let c = county();
        assert!(c.units[0].counts_as_coverage());
        assert!(!c.units[1].counts_as_coverage());
        let coming: Vec<&str> = c
            .inactive_units_for("2584")
            .iter()
            .map(|u| u.id.as_str())
            .collect();
        assert_eq!(coming, ["b"]);
        assert!(c.inactive_units_for("2580").is_empty());
    }

    #[test]
    fn figures_side_by_side_and_incompleteness() {
        let mut c = county();
        let f = c.coverage_figures();
        assert_eq!(
            (f.total, f.named, f.unnamed, f.stated, f.differ),
            (3, 1, 1, None, false)
        );
        assert!(!c.incomplete());
        c.stated_coverage = Some(StatedCoverage {
            covered: 3,
            of: 3,
            municipalities: Vec::new(),
            agrees: false,
            source: c.children_text.clone(),
        });
        c.problems.push(PageProblem {
            kind: ProblemKind::MissingDate,
            line: 9,
            detail: String::new(),
        });
        let f = c.coverage_figures();
        assert_eq!((f.stated, f.differ), (Some(3), true));
        assert!(c.incomplete());
        assert!(crate::index::CountySummary::of(&c).incomplete);
        c.problems.clear();
        let summary = crate::index::CountySummary::of(&c);
        assert!(!summary.incomplete);
        let json = serde_json::to_string(&summary).unwrap();
        assert!(!json.contains("incomplete"), "{json}");
        assert_eq!(ProblemKind::MissingSection.as_str(), "missing_section");
    }
}
