//! The catchment of each unit: an editorial decision wins; else the rules on its
//! "Upptagningsområde"; else what the opening's clauses give it. "Övriga kommuner" is
//! resolved last, against the other units' catchments. Whatever is not read with certainty
//! is a warning naming the line, and only the certain part is kept.

use crate::coverage::catchment::{self, Context, Reading};
use crate::coverage::claims::{describe, Claim};
use crate::editorial::decisions::{Decisions, Question};
use crate::report::{Log, WarningKind};
use catalog::model::Catchment;

/// Each unit's catchment, and whether an editorial decision settled it.
pub fn resolve_all(
    cx: &Context,
    claims: &[Claim],
    decisions: &mut Decisions,
    log: &mut Log,
) -> Vec<(Catchment, bool)> {
    let county = cx.county;
    let mut out = Vec::new();
    let mut readings: Vec<Option<(Reading, u32, String)>> = Vec::new();
    for u in 0..county.units.len() {
        let (catchment, reading, decided) = resolve(cx, u, claims, decisions, log);
        out.push((catchment, decided));
        readings.push(reading);
    }
    // "länets övriga nio kommuner": the municipalities no other unit covers.
    let all: Vec<String> = {
        let mut v: Vec<String> = county
            .municipalities
            .iter()
            .map(|m| m.code.clone())
            .collect();
        v.sort();
        v
    };
    for u in 0..county.units.len() {
        let Some((reading, line, quote)) = &mut readings[u] else {
            continue;
        };
        let Some(others) = reading.others.clone() else {
            continue;
        };
        let by_others: Vec<String> = (0..out.len())
            .filter(|&v| v != u)
            .flat_map(|v| out[v].0.municipalities.clone())
            .collect();
        reading.resolve_others(&all, &by_others);
        out[u].0.municipalities = reading.codes.clone();
        if let Some(n) = others.count.filter(|&n| n as usize != reading.codes.len()) {
            let msg = format!(
                "the catchment counts {n} other municipalities ({:?}), but {} are left by the other units and read: {}",
                others.part,
                reading.codes.len(),
                describe(&reading.codes, county)
            );
            log.warn(
                &county.source_file,
                *line,
                WarningKind::CatchmentDisagreement,
                msg,
                quote,
            );
        }
    }
    out
}

/// The catchment of unit `u`, the reading it came from (with its line and quote, for
/// "övriga kommuner"), and whether a decision settled it.
fn resolve(
    cx: &Context,
    u: usize,
    claims: &[Claim],
    decisions: &mut Decisions,
    log: &mut Log,
) -> (Catchment, Option<(Reading, u32, String)>, bool) {
    let county = cx.county;
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
        let catchment = Catchment {
            municipalities: codes,
            unnamed_count: 0,
            resolved_by: format!("decision: {}: {}", d.id, d.decision),
        };
        return (catchment, None, true);
    }
    let own: Vec<&Claim> = claims.iter().filter(|c| c.gives_own_catchment(u)).collect();
    if let Some(text) = &unit.parsed.catchment {
        let reading = catchment::read(text, cx);
        report_reading(cx, &reading, line, &quote, log);
        if let Some(rule) = reading.rule(text) {
            let catchment = Catchment {
                municipalities: reading.codes.clone(),
                unnamed_count: reading.unnamed,
                resolved_by: format!("rule: {rule}"),
            };
            return (catchment, Some((reading, line, quote)), false);
        }
        let certain = describe(&reading.codes, county);
        let unread: Vec<String> = reading.unread.iter().map(|p| format!("{p:?}")).collect();
        let msg = format!(
            "catchment not resolved: no rule reads {} and no decision settles it; the unit covers only what the text names for certain: {certain}",
            unread.join(", ")
        );
        log.warn(file, line, WarningKind::UnreadCatchment, msg, &quote);
        if reading.is_empty() && !own.is_empty() {
            return from_opening(cx, &own, log);
        }
        let catchment = Catchment {
            municipalities: reading.codes.clone(),
            unnamed_count: reading.unnamed,
            resolved_by: format!("unresolved: only what the text names for certain ({certain})"),
        };
        return (catchment, Some((reading, line, quote)), false);
    }
    if !own.is_empty() {
        return from_opening(cx, &own, log);
    }
    log.warn(
        file,
        line,
        WarningKind::MissingCatchment,
        "no catchment stated for this unit, and no decision",
        &quote,
    );
    let catchment = Catchment {
        municipalities: Vec::new(),
        unnamed_count: 0,
        resolved_by: "not stated".to_string(),
    };
    (catchment, None, false)
}

/// The warnings and infos a field's reading gives: municipalities counted but not named,
/// and the remarks that are not catchment.
fn report_reading(cx: &Context, r: &Reading, line: u32, quote: &str, log: &mut Log) {
    let file = &cx.county.source_file;
    if let Some(part) = &r.unnamed_part {
        let msg = format!(
            "the catchment counts {} municipalities it does not name ({part:?}); kept as a number, not guessed",
            r.unnamed
        );
        log.warn(file, line, WarningKind::UnnamedMunicipalities, msg, quote);
    }
    for remark in &r.remarks {
        let msg = format!("read as a remark, not as catchment: {remark:?}");
        log.info(file, line, msg, quote);
    }
}

/// The catchment the opening's clauses give a unit on its own (several clauses add up).
fn from_opening(
    cx: &Context,
    own: &[&Claim],
    log: &mut Log,
) -> (Catchment, Option<(Reading, u32, String)>, bool) {
    let mut reading = Reading::default();
    for c in own {
        let r = &c
            .area
            .as_ref()
            .expect("a claim giving a catchment has an area")
            .reading;
        reading.codes.extend(r.codes.iter().cloned());
        if reading.whole.is_none() {
            reading.whole.clone_from(&r.whole);
        }
        if reading.others.is_none() {
            reading.others.clone_from(&r.others);
        }
        if r.unnamed > reading.unnamed {
            reading.unnamed = r.unnamed;
            reading.unnamed_part.clone_from(&r.unnamed_part);
            let part = r.unnamed_part.as_deref().unwrap_or_default();
            let msg = format!(
                "the catchment counts {} municipalities it does not name ({part:?}); kept as a number, not guessed",
                r.unnamed
            );
            let file = &cx.county.source_file;
            log.warn(
                file,
                c.line,
                WarningKind::UnnamedMunicipalities,
                msg,
                &c.text,
            );
        }
    }
    reading.codes.sort();
    reading.codes.dedup();
    let first = own[0];
    let catchment = Catchment {
        municipalities: reading.codes.clone(),
        unnamed_count: reading.unnamed,
        resolved_by: format!("opening, line {}: {:?}", first.line, first.text),
    };
    (
        catchment,
        Some((reading, first.line, first.text.clone())),
        false,
    )
}
