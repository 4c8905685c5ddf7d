//! Counties side by side: for each county page its children 0–5, municipalities, running
//! specialised units, municipalities with a team (number and share), access, units per
//! 10 000 children, family centres (number and per 1 000 children), the social-services
//! stances counted, the page's date, and each unit's staff and cases as stated. Every
//! figure carries how it is computed (`Figure`). The table's columns: `county_table`.

use crate::compare::editorial::Editorial;
use crate::compare::figures::{Figure, FigureUnit, Quantity, SourceRef, Term};
use crate::compare::labels::STANCES;
use crate::compare::stated::{StatedFigure, CASES_LABEL, STAFF_LABEL};
use crate::model::{County, Coverage, Stance};
use crate::reading::{OfferStatus, ProblemKind};

/// A unit named in a table, with its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRef {
    pub id: String,
    pub name: String,
    pub status: OfferStatus,
}

/// A municipality named in a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityRef {
    pub code: String,
    pub name: String,
}

/// How many municipalities have a stance, and which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceCount {
    pub stance: Stance,
    /// Not stated when the page lacks its "Andra möjligheter" part.
    pub figure: Figure,
    pub municipalities: Vec<MunicipalityRef>,
}

/// The total of covered municipalities the page states, beside the computed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedTotal {
    pub covered: u32,
    pub of: u32,
    /// It agrees with the catchments (counting municipalities they count unnamed).
    pub agrees: bool,
    pub source: SourceRef,
}

/// One county of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyRow {
    pub code: String,
    pub name: String,
    pub source_file: String,
    pub children: Figure,
    pub municipalities: Figure,
    /// Specialised units that are running.
    pub units: Figure,
    /// Units being built, planned or ended: listed, not counted.
    pub inactive_units: Vec<UnitRef>,
    /// Municipalities an active unit's catchment names.
    pub with_team: Figure,
    /// `with_team` / `municipalities`, in per cent.
    pub with_team_share: Figure,
    /// Further municipalities catchments count without naming them (not in `with_team`).
    pub unnamed_municipalities: u32,
    /// The page's own total, when it states one.
    pub stated_with_team: Option<StatedTotal>,
    pub access: Coverage,
    pub units_per_10000: Figure,
    pub family_centres: Figure,
    pub family_centres_per_1000: Figure,
    /// One per stance, in `labels::STANCES` order.
    pub stances: Vec<StanceCount>,
    /// The page's "Senast uppdaterad" date, ISO; `None`: not stated.
    pub updated: Option<String>,
    pub updated_source: Option<SourceRef>,
    /// Each running unit's staff, as stated.
    pub staff: Vec<StatedFigure>,
    /// Each running unit's cases per year, as stated.
    pub cases: Vec<StatedFigure>,
    /// The page is damaged: some figures may be missing.
    pub incomplete: bool,
}

/// The names the ingest gives a missing section in `PageProblem::detail`
/// (`ingest/src/page/completeness.rs`, `REQUIRED`): the part with the social services,
/// and the family centres.
pub const OTHER_OPTIONS_SECTION: &str = "Andra möjligheter";
pub const FAMILY_CENTRES_SECTION: &str = "Familjecentraler";

/// Whether the page lacks the section the ingest names so (`PageProblem::detail`).
pub(crate) fn lacks_section(county: &County, name: &str) -> bool {
    county
        .problems
        .iter()
        .any(|p| p.kind == ProblemKind::MissingSection && p.detail == name)
}

fn dedup_sorted(mut refs: Vec<SourceRef>) -> Vec<SourceRef> {
    refs.sort_by_key(|r| (r.first_line, r.last_line));
    refs.dedup();
    refs
}

impl CountyRow {
    pub fn of(county: &County, editorial: &Editorial) -> CountyRow {
        let src = |first, last| SourceRef::lines(county, first, last);
        let children = Term {
            value: Some(county.children_0_5),
            what: Quantity::Children,
            sources: vec![src(
                county.children_text.first_line,
                county.children_text.last_line,
            )],
        };
        let municipalities = Term {
            value: Some(county.municipalities.len() as u32),
            what: Quantity::Municipalities,
            sources: vec![src(
                county.municipalities_text.first_line,
                county.municipalities_text.last_line,
            )],
        };
        let active: Vec<_> = county
            .units
            .iter()
            .filter(|u| u.status.is_active())
            .collect();
        // A unit is counted by the line that names it (its "Namn" line, or its line of
        // the opening list), not by its whole block.
        let mut unit_sources: Vec<SourceRef> = active
            .iter()
            .map(|u| src(u.first_line, u.first_line))
            .collect();
        if active.is_empty() {
            if let Some(s) = &county.no_units_statement {
                unit_sources.push(src(s.first_line, s.last_line));
            }
        }
        let units = Term {
            value: Some(active.len() as u32),
            what: Quantity::ActiveUnits,
            sources: unit_sources,
        };
        let catchment_sources = active
            .iter()
            .map(|u| match u.field("Upptagningsområde") {
                Some(f) => src(f.first_line, f.last_line),
                None => src(u.first_line, u.last_line),
            })
            .collect();
        let with_team = Term {
            value: Some(county.covered_municipalities() as u32),
            what: Quantity::MunicipalitiesWithTeam,
            sources: dedup_sorted(catchment_sources),
        };
        let centres_missing = lacks_section(county, FAMILY_CENTRES_SECTION);
        let family_centres = Term {
            value: (!centres_missing).then(|| {
                county
                    .municipalities
                    .iter()
                    .map(|m| m.family_centres.len() as u32)
                    .sum()
            }),
            what: Quantity::FamilyCentres,
            sources: dedup_sorted(
                county
                    .municipalities
                    .iter()
                    .flat_map(|m| &m.family_centres)
                    .map(|f| src(f.first_line, f.last_line))
                    .collect(),
            ),
        };
        let stances_missing = lacks_section(county, OTHER_OPTIONS_SECTION);
        let stances = STANCES
            .iter()
            .map(|&stance| {
                let ms: Vec<_> = county
                    .municipalities
                    .iter()
                    .filter(|m| m.social_services.stance == stance)
                    .collect();
                let sources = ms
                    .iter()
                    .flat_map(|m| &m.social_services.evidence)
                    .filter_map(|&i| county.statements.get(i))
                    .map(|s| src(s.first_line, s.last_line))
                    .collect();
                StanceCount {
                    stance,
                    figure: Figure::count(Term {
                        value: (!stances_missing).then_some(ms.len() as u32),
                        what: Quantity::MunicipalitiesWithStance(stance),
                        sources: dedup_sorted(sources),
                    }),
                    municipalities: ms
                        .iter()
                        .map(|m| MunicipalityRef {
                            code: m.code.clone(),
                            name: m.name.clone(),
                        })
                        .collect(),
                }
            })
            .collect();
        CountyRow {
            code: county.code.clone(),
            name: county.name.clone(),
            source_file: county.source_file.clone(),
            inactive_units: county
                .units
                .iter()
                .filter(|u| !u.status.is_active())
                .map(|u| UnitRef {
                    id: u.id.clone(),
                    name: u.name.clone(),
                    status: u.status,
                })
                .collect(),
            with_team_share: Figure::ratio(
                with_team.clone(),
                municipalities.clone(),
                FigureUnit::Percent,
            ),
            units_per_10000: Figure::ratio(
                units.clone(),
                children.clone(),
                FigureUnit::Per(10_000),
            ),
            family_centres_per_1000: Figure::ratio(
                family_centres.clone(),
                children.clone(),
                FigureUnit::Per(1000),
            ),
            children: Figure::count(children),
            municipalities: Figure::count(municipalities),
            units: Figure::count(units),
            with_team: Figure::count(with_team),
            unnamed_municipalities: county.unnamed_municipalities,
            stated_with_team: county.stated_coverage.as_ref().map(|s| StatedTotal {
                covered: s.covered,
                of: s.of,
                agrees: s.agrees,
                source: src(s.source.first_line, s.source.last_line),
            }),
            access: county.coverage,
            family_centres: Figure::count(family_centres),
            stances,
            updated: county.updated.as_ref().map(|u| u.date.clone()),
            updated_source: county
                .updated
                .as_ref()
                .map(|u| src(u.source.first_line, u.source.last_line)),
            staff: active
                .iter()
                .map(|u| StatedFigure::of(county, u, STAFF_LABEL, editorial))
                .collect(),
            cases: active
                .iter()
                .map(|u| StatedFigure::of(county, u, CASES_LABEL, editorial))
                .collect(),
            incomplete: county.incomplete(),
        }
    }

    /// The count of municipalities with this stance.
    pub fn stance(&self, stance: Stance) -> &StanceCount {
        self.stances
            .iter()
            .find(|s| s.stance == stance)
            .expect("every stance has its count")
    }
}
