//! What the opening's sentences say about the units' catchments, checked against the
//! catchments the units' own fields give: "Upptagningsområde för Tittut och BUP:s
//! mellanvårdsenheter är hela länet", "… har invånarna i Karlskoga, Degerfors och Laxå
//! tillgång till Gryningen", "De två verksamheterna … täcker hela länet", "länets övriga nio
//! kommuner har inte någon sådan möjlighet". A sentence no rule reads is reported unchecked.

use crate::coverage::catchment::area_in;
use crate::coverage::opening::Opening;
use crate::report::{Log, WarningKind};
use crate::text::numbers::parse_count;
use crate::text::words::{fold, is_form_of, plain_words, significant, words};
use catalog::model::County;

/// Words that negate a sentence.
const NEGATIONS: &[&str] = &["inte", "ingen", "ej", "saknar"];

/// What a sentence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Each of the units has the area as its catchment.
    Each,
    /// The units together cover the area; `stated` is the number of units the sentence gives.
    Together { stated: Option<u32> },
    /// This many of the county's municipalities have no unit.
    Uncovered(u32),
    /// No rule reads it.
    Unread,
}

/// One sentence (or clause) of the opening and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub line: u32,
    pub text: String,
    /// Indices into `County::units` of the units it names.
    pub units: Vec<usize>,
    /// The municipality codes it names, sorted.
    pub area: Vec<String>,
    pub kind: Kind,
}

/// The units a text names: by a word of a unit's name or list item that no other unit has
/// (or its genitive: "Kärnans").
fn units_named(text: &str, county: &County) -> Vec<usize> {
    let sets: Vec<Vec<String>> = county
        .units
        .iter()
        .map(|u| {
            let item = u.opening_line.as_ref().map_or("", |s| s.text.as_str());
            let mut set = significant(&format!("{} {item}", u.name));
            set.dedup();
            set
        })
        .collect();
    let mut named = Vec::new();
    for word in words(text) {
        for (u, set) in sets.iter().enumerate() {
            let hit = set.iter().any(|w| {
                is_form_of(&word, w) && sets.iter().filter(|s| s.contains(w)).count() == 1
            });
            if hit && !named.contains(&u) {
                named.push(u);
            }
        }
    }
    named.sort();
    named
}

/// Reads one clause.
fn read_clause(line: u32, text: &str, county: &County) -> Claim {
    let f = fold(text);
    let w = words(text);
    let mut claim = Claim {
        line,
        text: text.to_string(),
        units: Vec::new(),
        area: Vec::new(),
        kind: Kind::Unread,
    };
    let negated = w.iter().any(|x| NEGATIONS.contains(&x.as_str()));
    let plain = plain_words(text);
    let uncovered = plain.windows(3).find_map(|p| {
        let n = parse_count(&p[1])?;
        (p[0] == "övriga" && p[2].starts_with("kommun")).then_some(n)
    });
    let split = |at: &str| f.find(at).map(|i| (&f[..i], &f[i + at.len()..]));
    let (subject, area, kind) = if let (Some(n), true) = (uncovered, negated) {
        claim.kind = Kind::Uncovered(n);
        return claim;
    } else if f.contains("upptagningsomrade") {
        match (
            split(" ar "),
            f.find(" har "),
            f.find(" som upptagningsomrade"),
        ) {
            (Some((s, a)), _, _) => (s, a, Kind::Each),
            (None, Some(h), Some(s)) if h < s => (&f[..h], &f[h + 5..s], Kind::Each),
            _ => return claim,
        }
    } else if let Some((a, s)) = split("tillgang till ") {
        (s, a, Kind::Each)
    } else if let Some((s, a)) = split(" tacker ") {
        let stated = plain.windows(2).find_map(|p| {
            let unit_word = ["verksamhet", "team", "enhet"]
                .iter()
                .any(|x| p[1].starts_with(x));
            parse_count(&p[0]).filter(|_| unit_word)
        });
        (s, a, Kind::Together { stated })
    } else {
        return claim;
    };
    let mut units = units_named(subject, county);
    if units.is_empty() && matches!(kind, Kind::Together { .. }) {
        units = (0..county.units.len()).collect();
    }
    if let (false, Some(codes)) = (units.is_empty(), area_in(area, county)) {
        claim.units = units;
        claim.area = codes;
        claim.kind = kind;
    }
    claim
}

/// Every clause of the opening, read.
pub fn read(county: &County, opening: &Opening) -> Vec<Claim> {
    opening
        .clauses
        .iter()
        .map(|(line, text)| read_clause(*line, text, county))
        .collect()
}

/// The catchment the opening gives a unit on its own (the first sentence that does).
pub fn catchment_for(claims: &[Claim], unit: usize) -> Option<&Claim> {
    claims
        .iter()
        .find(|c| c.kind == Kind::Each && c.units.contains(&unit))
}

/// "the whole county (26 municipalities)" or "Karlskoga, Laxå".
pub fn describe(codes: &[String], county: &County) -> String {
    let all = county.municipalities.len();
    if all > 0 && codes.len() == all {
        return format!("the whole county ({all} municipalities)");
    }
    if codes.is_empty() {
        return "no municipality".to_string();
    }
    let name = |c: &String| {
        let m = county.municipalities.iter().find(|m| &m.code == c);
        m.map_or(c.clone(), |m| format!("{} {}", m.code, m.name))
    };
    codes.iter().map(name).collect::<Vec<_>>().join(", ")
}

/// Compares each sentence with the resolved catchments: a warning where they disagree, an
/// info where they agree or no rule reads the sentence.
pub fn check(county: &County, claims: &[Claim], log: &mut Log) {
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
        let mut problems = Vec::new();
        match &c.kind {
            Kind::Unread => {
                let msg = "opening sentence not checked: no rule reads it";
                log.info(file, c.line, msg, &c.text);
                continue;
            }
            Kind::Each => {
                for &u in &c.units {
                    if codes(u) != &c.area {
                        problems.push(format!(
                            "it gives {} the catchment {}, but the unit's catchment is {}",
                            county.units[u].name,
                            describe(&c.area, county),
                            describe(codes(u), county)
                        ));
                    }
                }
            }
            Kind::Together { stated } => {
                let mut union: Vec<String> =
                    c.units.iter().flat_map(|&u| codes(u).clone()).collect();
                union.sort();
                union.dedup();
                if union != c.area {
                    problems.push(format!(
                        "it says {} together cover {}, but their catchments cover {}",
                        names(&c.units),
                        describe(&c.area, county),
                        describe(&union, county)
                    ));
                }
                if let Some(n) = stated.filter(|&n| n as usize != c.units.len()) {
                    problems.push(format!(
                        "it counts {n} units, the page has {}",
                        c.units.len()
                    ));
                }
            }
            Kind::Uncovered(n) => {
                let total = county.municipalities.len();
                let covered = county
                    .municipalities
                    .iter()
                    .filter(|m| !m.covering_units.is_empty())
                    .count();
                if *n as usize != total - covered {
                    problems.push(format!(
                        "it counts {n} municipalities without a unit, but {} of {total} are not covered",
                        total - covered
                    ));
                }
            }
        }
        if problems.is_empty() {
            log.info(
                file,
                c.line,
                "opening sentence agrees with the catchments",
                &c.text,
            );
        }
        for p in problems {
            log.warn(
                file,
                c.line,
                WarningKind::CatchmentDisagreement,
                format!("opening sentence disagrees: {p}"),
                &c.text,
            );
        }
    }
}
