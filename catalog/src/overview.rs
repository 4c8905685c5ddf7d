//! What the data set says about one municipality, gathered for a view: the units that
//! cover it, its social services' stance with the evidence and methods, its family
//! centres, and every other statement of the county page that concerns it.

use crate::model::{methods_named, County, Method, Municipality, Section, Statement, Unit};

/// One municipality's facts, borrowed from the data set.
#[derive(Debug, Clone)]
pub struct MunicipalityOverview<'a> {
    pub municipality: &'a Municipality,
    /// Units whose catchment includes it.
    pub units: Vec<&'a Unit>,
    /// Units being built, planned or ended whose catchment includes it: not coverage, but
    /// what the page says is coming or was there.
    pub inactive_units: Vec<&'a Unit>,
    /// The social-services statements its stance rests on, in page order.
    pub evidence: Vec<&'a Statement>,
    /// The lexicon entries of the methods its social services name.
    pub methods: Vec<&'a Method>,
    /// Statements of other sections (child health care, BUP, prevention, other actors)
    /// that name it or go on from one that does. Family centres are listed on their own.
    pub other_statements: Vec<&'a Statement>,
    /// What the county's child health care (BHV) and child psychiatry (BUP) say for the
    /// whole county, and so for this municipality too (statements not already above).
    pub county_services: Vec<&'a Statement>,
    /// Running units whose catchment counts municipalities the page does not name, when no
    /// unit covers this one by name: the page may mean it, so families should ask.
    pub possibly_covering: Vec<&'a Unit>,
}

/// The overview of one municipality of a county, by its code.
pub fn municipality_overview<'a>(
    lexicon: &'a [Method],
    county: &'a County,
    code: &str,
) -> Option<MunicipalityOverview<'a>> {
    county
        .municipalities
        .iter()
        .find(|m| m.code == code)
        .map(|m| overview(lexicon, county, m))
}

/// How a family reaches a unit, from its parsed "Remissväg".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    /// The family can contact the unit themselves.
    SelfReferral,
    /// A referral is needed.
    Referral,
    /// The page does not say clearly.
    Unclear,
}

impl Contact {
    pub fn of(unit: &Unit) -> Contact {
        match unit.parsed.self_referral {
            Some(true) => Contact::SelfReferral,
            Some(false) => Contact::Referral,
            None => Contact::Unclear,
        }
    }
}

/// Gathers the overview of every municipality of a county, in the page's list order;
/// `lexicon` is the methods lexicon (`Dataset::methods`, `DataIndex::methods`).
pub fn municipality_overviews<'a>(
    lexicon: &'a [Method],
    county: &'a County,
) -> Vec<MunicipalityOverview<'a>> {
    county
        .municipalities
        .iter()
        .map(|m| overview(lexicon, county, m))
        .collect()
}

fn overview<'a>(
    lexicon: &'a [Method],
    county: &'a County,
    m: &'a Municipality,
) -> MunicipalityOverview<'a> {
    let units = county
        .units
        .iter()
        .filter(|u| m.covering_units.contains(&u.id))
        .collect();
    let evidence = m
        .social_services
        .evidence
        .iter()
        .filter_map(|&i| county.statements.get(i))
        .collect();
    let methods = methods_named(lexicon, &m.social_services.methods);
    let mut other_statements = Vec::new();
    let mut county_services = Vec::new();
    for (i, s) in county.statements.iter().enumerate() {
        if matches!(s.section, Section::SocialServices | Section::FamilyCentres) {
            continue;
        }
        let scope = county.statement_scope(i);
        if scope.municipalities.contains(&m.code.as_str()) {
            other_statements.push(s);
        } else if scope.county_wide
            && matches!(
                s.section,
                Section::ChildHealthCare | Section::ChildPsychiatry
            )
        {
            county_services.push(s);
        }
    }
    let possibly_covering = if m.covering_units.is_empty() {
        county
            .units
            .iter()
            .filter(|u| u.counts_as_coverage() && u.catchment.unnamed_count > 0)
            .collect()
    } else {
        Vec::new()
    };
    MunicipalityOverview {
        inactive_units: county.inactive_units_for(&m.code),
        possibly_covering,
        municipality: m,
        units,
        evidence,
        methods,
        other_statements,
        county_services,
    }
}
