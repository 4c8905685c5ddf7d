//! The status of each unit, as the opening gives it: its list item ("Familjeteamet Nyköping
//! (under uppbyggnad)", "Knoppen … (2013–2016)") and the clauses about it ("Den sistnämnda
//! verksamheten är under uppbyggnad", "…; arbetet är nu avslutat"). A unit that is not
//! active keeps its catchment but is not coverage. The blocks' fields are not read for a
//! status: "Gruppverksamhet Planeras" speaks of one activity, not of the unit.

use crate::coverage::claims::Claim;
use crate::editorial::phrases::StatusPhrases;
use crate::prose::status::status_of;
use crate::report::{Log, WarningKind};
use catalog::model::County;
use catalog::OfferStatus;

/// Sets `Unit::status` of every unit of the county.
pub fn apply(
    county: &mut County,
    claims: &[Claim],
    phrases: &StatusPhrases,
    reference_year: Option<u32>,
    log: &mut Log,
) {
    let file = county.source_file.clone();
    for u in 0..county.units.len() {
        let unit = &county.units[u];
        // (status, line, why, quote) in page order.
        let mut said: Vec<(OfferStatus, u32, String, String)> = Vec::new();
        if let Some(o) = &unit.opening_line {
            if let Some((s, why)) = status_of(&o.text, phrases, reference_year) {
                said.push((s, o.first_line, why, o.text.clone()));
            }
        }
        for c in claims.iter().filter(|c| c.status_units.contains(&u)) {
            if let Some((s, why)) = &c.status {
                said.push((*s, c.line, why.clone(), c.text.clone()));
            }
        }
        let Some(first) = said.iter().find(|s| !s.0.is_active()).cloned() else {
            continue;
        };
        for other in said.iter().filter(|s| s.0 != first.0) {
            let msg = format!(
                "the page gives {} two statuses: {} ({:?}, line {}) and {} ({:?}); the first is kept",
                unit.name,
                first.0.as_str(),
                first.2,
                first.1,
                other.0.as_str(),
                other.2
            );
            log.warn(
                &file,
                other.1,
                WarningKind::UnitStatusConflict,
                msg,
                &other.3,
            );
        }
        let msg = format!(
            "unit {} is {} ({:?}): its catchment is kept, not counted as coverage",
            unit.name,
            first.0.as_str(),
            first.2
        );
        log.info(&file, first.1, msg, &first.3);
        county.units[u].status = first.0;
    }
}
