//! Which municipalities each unit serves and which have a unit at all: the opening list is
//! matched to the unit blocks, each catchment text is resolved to municipality codes (by
//! rule, else by editorial decision, else only what is certain, with a warning), the
//! opening's sentences are checked against the result, and the county's coverage follows.

pub mod catchment;
pub mod claims;
pub mod opening;

use crate::editorial::decisions::{Decisions, Question};
use crate::report::{Log, WarningKind};
use catalog::model::{Catchment, County, Coverage};
use claims::{describe, Claim};
use std::collections::HashSet;

/// Every step for one county, in order.
pub fn apply(county: &mut County, decisions: &mut Decisions, log: &mut Log) {
    let opening = opening::read(county);
    opening::link(county, &opening, decisions, log);
    let claims = claims::read(county, &opening);
    for u in 0..county.units.len() {
        let catchment = resolve(county, u, &claims, decisions, log);
        county.units[u].catchment = catchment;
    }
    for m in &mut county.municipalities {
        m.covering_units = county
            .units
            .iter()
            .filter(|u| u.catchment.municipalities.contains(&m.code))
            .map(|u| u.id.clone())
            .collect();
    }
    let covered = covered(county).len();
    county.coverage = Coverage::from_counts(covered, county.municipalities.len());
    claims::check(county, &claims, log);
}

/// The codes of the municipalities some unit covers, sorted.
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

/// The catchment of unit `u`: a decision wins; else the rules on its "Upptagningsområde";
/// else, for a unit of the opening list only, what the opening's sentences give it.
fn resolve(
    county: &County,
    u: usize,
    claims: &[Claim],
    decisions: &mut Decisions,
    log: &mut Log,
) -> Catchment {
    let unit = &county.units[u];
    let file = &county.source_file;
    let field = unit.field("Upptagningsområde");
    let (line, quote) = match (field, &unit.opening_line) {
        (Some(f), _) => (f.first_line, format!("{} {}", f.label, f.value)),
        (None, Some(o)) => (o.first_line, o.text.clone()),
        (None, None) => (unit.first_line, format!("Namn {}", unit.name)),
    };
    if let Some(d) = decisions.take(&county.code, &unit.name, Question::Catchment) {
        let mut codes = Vec::new();
        for code in &d.municipality_codes {
            if county.municipalities.iter().any(|m| &m.code == code) {
                codes.push(code.clone());
            } else {
                let msg = format!(
                    "decision {} names {code}, not a municipality of the county",
                    d.id
                );
                log.warn(file, line, WarningKind::BadDecision, msg, &quote);
            }
        }
        codes.sort();
        codes.dedup();
        let msg = format!(
            "catchment resolved by decision {} to {} ({})",
            d.id,
            describe(&codes, county),
            d.decision
        );
        log.info(file, line, msg, &quote);
        return Catchment {
            municipalities: codes,
            unnamed_count: 0,
            resolved_by: format!("decision: {}: {}", d.id, d.decision),
        };
    }
    if let Some(text) = &unit.parsed.catchment {
        let reading = catchment::read(text, county);
        if let Some(rule) = reading.rule {
            return Catchment {
                municipalities: reading.codes,
                unnamed_count: 0,
                resolved_by: format!("rule: {rule}"),
            };
        }
        let certain = describe(&reading.codes, county);
        let unread: Vec<String> = reading.unread.iter().map(|p| format!("{p:?}")).collect();
        let msg = format!(
            "catchment not resolved: no rule reads {} and no decision settles it; the unit covers only what the text names for certain: {certain}",
            unread.join(", ")
        );
        log.warn(file, line, WarningKind::UnreadCatchment, msg, &quote);
        return Catchment {
            municipalities: reading.codes,
            unnamed_count: 0,
            resolved_by: format!("unresolved: only what the text names for certain ({certain})"),
        };
    }
    if let Some(claim) = claims::catchment_for(claims, u) {
        return Catchment {
            municipalities: claim.area.clone(),
            unnamed_count: 0,
            resolved_by: format!("opening, line {}: {:?}", claim.line, claim.text),
        };
    }
    log.warn(
        file,
        line,
        WarningKind::MissingCatchment,
        "no catchment stated for this unit, and no decision",
        &quote,
    );
    Catchment {
        municipalities: Vec::new(),
        unnamed_count: 0,
        resolved_by: "not stated".to_string(),
    }
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
        out.push(format!(
            "unit {} ({place}): covers {}; {}",
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
    out.push(format!(
        "coverage: {coverage}, {}/{total} municipalities covered{list}",
        covered.len()
    ));
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
        apply(&mut counties[0], &mut Decisions::default(), &mut log);
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
}
