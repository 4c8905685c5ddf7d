//! Which municipalities each unit serves and which have a unit at all: the opening list is
//! matched to the unit blocks, the opening's clauses are read (references to units,
//! catchment forms, statuses, stated totals), each catchment is resolved to municipality
//! codes (by editorial decision, else by rule on the unit's field, else by the opening, and
//! only what is certain, with a warning), the opening is checked against the result, and
//! the county's coverage follows from its active units.

pub mod catchment;
pub mod checks;
pub mod claims;
pub mod opening;
pub mod references;
pub mod resolve;
pub mod totals;
pub mod unit_status;

use crate::editorial::decisions::Decisions;
use crate::editorial::Editorial;
use crate::prose::status::reference_year;
use crate::report::{Log, WarningKind};
use catalog::model::{County, Coverage};
use claims::describe;
use std::collections::HashSet;

/// Every step for one county, in order.
pub fn apply(county: &mut County, editorial: &Editorial, decisions: &mut Decisions, log: &mut Log) {
    let opening = opening::read(county);
    opening::link(county, &opening, decisions, log);
    let year = reference_year(county);
    let (claims, resolved) = {
        let cx = catchment::Context {
            county,
            places: &editorial.places,
            phrases: &editorial.opening,
        };
        let resolver = references::Resolver::new(county, &editorial.opening, &editorial.places);
        let claims = claims::read(&opening, &cx, &resolver, &editorial.statuses, year);
        let resolved = resolve::resolve_all(&cx, &claims, decisions, log);
        (claims, resolved)
    };
    let mut decided = Vec::new();
    for (u, (catchment, by_decision)) in resolved.into_iter().enumerate() {
        county.units[u].catchment = catchment;
        decided.push(by_decision);
    }
    unit_status::apply(county, &claims, &editorial.statuses, year, log);
    for m in &mut county.municipalities {
        m.covering_units = county
            .units
            .iter()
            .filter(|u| u.counts_as_coverage())
            .filter(|u| u.catchment.municipalities.contains(&m.code))
            .map(|u| u.id.clone())
            .collect();
    }
    let covered = covered(county).len();
    county.coverage = Coverage::from_counts(covered, county.municipalities.len());
    checks::check_claims(county, &claims, &decided, log);
    checks::check_totals(county, &claims, log);
}

/// The codes of the municipalities some active unit covers, sorted.
pub fn covered(county: &County) -> Vec<String> {
    let mut codes: Vec<String> = county
        .municipalities
        .iter()
        .filter(|m| !m.covering_units.is_empty())
        .map(|m| m.code.clone())
        .collect();
    codes.sort();
    codes
}

/// Makes unit ids unique in the data set: a repeated id gets "-2", "-3", … and a warning.
pub fn unique_ids(counties: &mut [County], log: &mut Log) {
    let mut seen: HashSet<String> = HashSet::new();
    for county in counties.iter_mut() {
        for unit in &mut county.units {
            let mut id = unit.id.clone();
            let mut n = 1;
            while seen.contains(&id) {
                n += 1;
                id = format!("{}-{n}", unit.id);
            }
            if id != unit.id {
                let msg = format!(
                    "unit id {:?} is taken by another unit; this one is {id:?}",
                    unit.id
                );
                log.warn(
                    &county.source_file,
                    unit.first_line,
                    WarningKind::RepeatedUnitId,
                    msg,
                    &unit.name,
                );
                unit.id = id.clone();
            }
            seen.insert(id);
        }
    }
}

/// The report's lines about a county's units and coverage.
pub fn describe_county(county: &County) -> Vec<String> {
    let mut out = Vec::new();
    for u in &county.units {
        let place = match (&u.opening_line, u.fields.is_empty()) {
            (Some(o), true) => format!("opening list line {} only", o.first_line),
            (Some(o), false) => format!(
                "lines {}–{}, list line {}",
                u.first_line, u.last_line, o.first_line
            ),
            (None, _) => format!(
                "lines {}–{}, not in the opening list",
                u.first_line, u.last_line
            ),
        };
        let status = if u.status.is_active() {
            String::new()
        } else {
            format!(", {} (not counted)", u.status.as_str())
        };
        let unnamed = match u.catchment.unnamed_count {
            0 => String::new(),
            n => format!(" and {n} municipalities not named"),
        };
        out.push(format!(
            "unit {} ({place}{status}): covers {}{unnamed}; {}",
            u.id,
            describe(&u.catchment.municipalities, county),
            u.catchment.resolved_by
        ));
    }
    let covered = covered(county);
    let total = county.municipalities.len();
    let coverage = catalog::export::coverage_word(county.coverage);
    let list = if county.coverage == Coverage::Partial {
        format!(": {}", describe(&covered, county))
    } else {
        String::new()
    };
    let unnamed = match county.unnamed_municipalities {
        0 => String::new(),
        n => format!(" (and up to {n} not named)"),
    };
    let stated = county.stated_coverage.as_ref().map_or(String::new(), |s| {
        let verdict = if s.agrees { "agrees" } else { "DISAGREES" };
        format!(
            "; the page states {} of {} (line {}, {verdict})",
            s.covered, s.of, s.source.first_line
        )
    });
    out.push(format!(
        "coverage: {coverage}, {}/{total} municipalities covered{unnamed}{list}{stated}",
        covered.len()
    ));
    if county.incomplete() {
        let problems: Vec<&str> = county.problems.iter().map(|p| p.kind.as_str()).collect();
        out.push(format!(
            "incomplete: the page is damaged ({}); everything it contains is kept",
            problems.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    #[test]
    fn catchments_coverage_and_repeated_ids() {
        let body = "Namn Teamet, Linköping\nUpptagningsområde Linköping\n\nNamn Teamet; Linköping\nUpptagningsområde Söderköpings kommun\n\nNamn Tredje\nUpptagningsområde Runt sjön\n";
        let mut counties = vec![testing::east(body)];
        let mut log = Log::default();
        apply(
            &mut counties[0],
            &testing::editorial(),
            &mut Decisions::default(),
            &mut log,
        );
        unique_ids(&mut counties, &mut log);
        let c = &counties[0];
        let units: Vec<(&str, Vec<&str>)> = c
            .units
            .iter()
            .map(|u| {
                let codes = u.catchment.municipalities.iter().map(String::as_str);
                (u.id.as_str(), codes.collect())
            })
            .collect();
        assert_eq!(
            units,
            [
                ("05-teamet-linkoping", vec!["0580"]),
                ("05-teamet-linkoping-2", vec!["0582"]),
                ("05-tredje", vec![]),
            ]
        );
        assert_eq!(c.coverage, Coverage::Partial);
        assert_eq!(covered(c), ["0580", "0582"]);
        let w: Vec<&str> = log.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(w.contains(&"unit id \"05-teamet-linkoping\" is taken by another unit; this one is \"05-teamet-linkoping-2\""), "{w:#?}");
        assert!(w
            .iter()
            .any(|m| m.starts_with("catchment not resolved: no rule reads \"Runt sjön\"")));
        let lines = describe_county(c);
        assert_eq!(
            lines[3],
            "coverage: partial, 2/3 municipalities covered: 0580 Linköping, 0582 Söderköping"
        );
    }

    #[test]
    fn a_stated_total_is_kept_beside_the_computed_one() {
        let page = |total: &str| {
            testing::orebro(&format!(
                "- Gryningen, Karlskoga\nI Örebro län har invånarna i Karlskoga och Laxå tillgång till Gryningen. {total}\n"
            ))
        };
        for (sentence, agrees) in [
            (
                "Familjer i länets övriga kommun har inte någon sådan möjlighet.",
                false,
            ),
            (
                "Familjer i länets övriga en kommun har inte någon sådan möjlighet.",
                true,
            ),
            (
                "Familjer i länets övriga två kommuner har inte någon sådan möjlighet.",
                false,
            ),
        ] {
            let mut c = page(sentence);
            let mut log = Log::default();
            apply(
                &mut c,
                &testing::editorial(),
                &mut Decisions::default(),
                &mut log,
            );
            assert_eq!(c.units[0].catchment.municipalities, ["1860", "1883"]);
            let mismatch = log
                .warnings
                .iter()
                .filter(|w| w.kind == WarningKind::StatedTotalMismatch)
                .count();
            match (&c.stated_coverage, agrees) {
                (Some(s), true) => {
                    assert_eq!((s.covered, s.of, s.agrees, mismatch), (2, 3, true, 0));
                }
                (Some(s), false) => {
                    assert_eq!((s.covered, s.agrees, mismatch), (1, false, 1), "{sentence}");
                    let w = log
                        .warnings
                        .iter()
                        .find(|w| w.kind == WarningKind::StatedTotalMismatch)
                        .unwrap();
                    assert!(w.message.starts_with("the page states 1 of 3 municipalities have access, but the active units' catchments cover 2 of 3"), "{w}");
                }
                // "övriga kommun" without a number states no total.
                (None, _) => assert_eq!(mismatch, 0, "{sentence}"),
            }
        }
    }
}
