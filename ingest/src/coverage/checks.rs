//! What the opening says, checked against the resolved catchments: every clause that gives
//! units a catchment must agree with theirs, refer to units of the list and count them
//! right; a stated total must agree with the active units' catchments (the county keeps the
//! stated figure beside the computed one). A warning names the line and both readings; an
//! info says what agreed or was not checked.

use crate::coverage::claims::{describe, Claim, Kind};
use crate::report::{Log, WarningKind};
use catalog::model::County;
use catalog::StatedCoverage;
use std::collections::BTreeSet;

/// Checks every clause except its total. `decided[u]`: unit `u`'s catchment is an editorial
/// decision, which settles what the opening says of it vaguely too.
pub fn check_claims(county: &County, claims: &[Claim], decided: &[bool], log: &mut Log) {
    let file = &county.source_file;
    let codes = |u: usize| &county.units[u].catchment.municipalities;
    let names = |units: &[usize]| {
        let n: Vec<&str> = units
            .iter()
            .map(|&u| county.units[u].name.as_str())
            .collect();
        n.join(" and ")
    };
    for c in claims {
        for x in &c.unknown {
            let msg = format!(
                "opening sentence refers to {x:?}, which is no unit of the opening list; what it says of it is not counted"
            );
            log.warn(file, c.line, WarningKind::UnknownReference, msg, &c.text);
        }
        let mut problems = Vec::new();
        for &(stated, n) in &c.counts {
            if stated as usize != n {
                problems.push(format!("it counts {stated} units, the page has {n}"));
            }
        }
        let Some(area) = c.area.as_ref().filter(|_| c.unknown.is_empty()) else {
            if !c.units.is_empty() && c.names_area && c.total.is_none() && c.unknown.is_empty() {
                // It names units and places, but no form says how they relate.
                let msg = format!(
                    "opening sentence names {} and municipalities, but no rule reads what it says of them; not counted",
                    names(&c.units)
                );
                log.warn(file, c.line, WarningKind::UnreadCatchment, msg, &c.text);
                for p in problems {
                    let msg = format!("opening sentence disagrees: {p}");
                    log.warn(
                        file,
                        c.line,
                        WarningKind::CatchmentDisagreement,
                        msg,
                        &c.text,
                    );
                }
                continue;
            }
            report(
                log,
                file,
                c,
                problems,
                "opening sentence not checked: no rule reads it",
            );
            continue;
        };
        if c.units.is_empty() {
            if c.total.is_some() {
                continue;
            }
            if c.indefinite {
                let msg = "opening sentence speaks of a unit it does not name (with an article); not checked";
                log.info(file, c.line, msg, &c.text);
            } else {
                let why = match &c.ambiguous {
                    Some(word) => format!(
                        "{word:?} cannot tell which of the {} units",
                        county.units.len()
                    ),
                    None => "it names no unit of the opening list".to_string(),
                };
                let msg = format!("opening sentence gives a catchment, but {why}; not counted");
                log.warn(file, c.line, WarningKind::UnknownReference, msg, &c.text);
            }
            continue;
        }
        let r = &area.reading;
        let certain = describe(&r.codes, county);
        if !r.unread.is_empty() {
            let parts: Vec<String> = r.unread.iter().map(|p| format!("{p:?}")).collect();
            if c.units.iter().all(|&u| decided[u]) {
                let msg = format!(
                    "opening sentence: no rule reads {}; settled by the editorial decision on the catchment",
                    parts.join(", ")
                );
                log.info(file, c.line, msg, &c.text);
            } else {
                let msg = format!(
                    "opening sentence: no rule reads {}; only what it names for certain is counted: {certain}",
                    parts.join(", ")
                );
                log.warn(file, c.line, WarningKind::UnreadCatchment, msg, &c.text);
            }
        }
        if r.is_empty() {
            // Nothing certain to check ("regionens östra delar").
            report(
                log,
                file,
                c,
                problems,
                "opening sentence agrees with the catchments",
            );
            continue;
        }
        // "övriga kommuner" in a sentence: those the other units leave.
        let mut said: BTreeSet<String> = r.codes.iter().cloned().collect();
        if r.others.is_some() && r.whole.is_none() {
            let others: BTreeSet<&String> = (0..county.units.len())
                .filter(|u| !c.units.contains(u))
                .flat_map(&codes)
                .collect();
            said.extend(
                county
                    .municipalities
                    .iter()
                    .map(|m| &m.code)
                    .filter(|m| !others.contains(m))
                    .cloned(),
            );
        }
        let said: Vec<String> = said.into_iter().collect();
        let exact = r.unread.is_empty() && r.unnamed == 0;
        let agrees = |got: &[String]| {
            if exact {
                got == said
            } else {
                said.iter().all(|s| got.contains(s))
            }
        };
        let together = area.kind == Kind::Together && c.units.len() > 1;
        if together {
            let mut union: Vec<String> = c.units.iter().flat_map(|&u| codes(u).clone()).collect();
            union.sort();
            union.dedup();
            if !agrees(&union) {
                problems.push(format!(
                    "it says {} together cover {}, but their catchments cover {}",
                    names(&c.units),
                    describe(&said, county),
                    describe(&union, county)
                ));
            }
        } else {
            for &u in &c.units {
                if !agrees(codes(u)) {
                    problems.push(format!(
                        "it gives {} the catchment {}, but the unit's catchment is {}",
                        county.units[u].name,
                        describe(&said, county),
                        describe(codes(u), county)
                    ));
                }
            }
        }
        report(
            log,
            file,
            c,
            problems,
            "opening sentence agrees with the catchments",
        );
    }
}

/// The problems of a clause as warnings, or the info when there are none.
fn report(log: &mut Log, file: &str, c: &Claim, problems: Vec<String>, info: &str) {
    let nothing_read = c.area.as_ref().is_some_and(|a| a.reading.is_empty());
    if problems.is_empty() && !nothing_read {
        if let Some((status, why)) = c.status.as_ref().filter(|_| c.area.is_none()) {
            let msg = format!(
                "opening sentence gives the status {} ({why:?})",
                status.as_str()
            );
            log.info(file, c.line, msg, &c.text);
        } else if c.total.is_none() || c.area.is_some() {
            log.info(file, c.line, info, &c.text);
        }
    }
    for p in problems {
        let msg = format!("opening sentence disagrees: {p}");
        log.warn(
            file,
            c.line,
            WarningKind::CatchmentDisagreement,
            msg,
            &c.text,
        );
    }
}

/// Checks every total the opening states against the active units' catchments, and keeps
/// the first on the county (with whether it agrees).
pub fn check_totals(county: &mut County, claims: &[Claim], log: &mut Log) {
    let total = county.municipalities.len() as u32;
    let active: Vec<&catalog::model::Unit> = county
        .units
        .iter()
        .filter(|u| u.status.is_active())
        .collect();
    let named: BTreeSet<String> = active
        .iter()
        .flat_map(|u| u.catchment.municipalities.iter().cloned())
        .collect();
    let unnamed: u32 = active.iter().map(|u| u.catchment.unnamed_count).sum();
    // The unnamed municipalities of a unit are not among its named ones, but may be among
    // other units': the number covered lies between these bounds.
    let lower = active
        .iter()
        .map(|u| u.catchment.municipalities.len() as u32 + u.catchment.unnamed_count)
        .chain([named.len() as u32])
        .max()
        .unwrap_or(0);
    let upper = total.min(named.len() as u32 + unnamed);
    county.unnamed_municipalities = upper - named.len() as u32;
    let file = county.source_file.clone();
    let named_list: Vec<String> = named.iter().cloned().collect();
    for c in claims {
        let Some(t) = &c.total else { continue };
        let covered = t.covered(total);
        let of = t.of.unwrap_or(total);
        let names_agree = t.named.is_empty()
            || if unnamed == 0 {
                t.named == named_list
            } else {
                named.iter().all(|n| t.named.contains(n)) && t.named.len() as u32 <= upper
            };
        let agrees = lower <= covered && covered <= upper && of == total && names_agree;
        let stated_names = if t.named.is_empty() {
            String::new()
        } else {
            format!(" ({})", describe(&t.named, county))
        };
        let computed = if unnamed > 0 {
            format!(
                "{} named and {} more counted without names ({lower}–{upper})",
                named.len(),
                upper - named.len() as u32
            )
        } else {
            named.len().to_string()
        };
        if agrees {
            let msg = format!(
                "opening sentence agrees with the catchments: it states {covered} of {of} municipalities covered"
            );
            log.info(&file, c.line, msg, &c.text);
        } else {
            let msg = format!(
                "the page states {covered} of {of} municipalities have access{stated_names}, but the active units' catchments cover {computed} of {total}: {}",
                describe(&named_list, county)
            );
            log.warn(
                &file,
                c.line,
                WarningKind::StatedTotalMismatch,
                msg,
                &c.text,
            );
        }
        if county.stated_coverage.is_none() {
            county.stated_coverage = Some(StatedCoverage {
                covered,
                of,
                municipalities: t.named.clone(),
                agrees,
                source: catalog::SourceText {
                    first_line: c.line,
                    last_line: c.line,
                    text: c.text.clone(),
                },
            });
        }
    }
}
