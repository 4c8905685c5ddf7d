//! What each clause of the opening says: the units it refers to (`references`), the
//! catchment a form gives them ("har X som upptagningsområde", "täcker X", "tar emot
//! familjer från X", "är till för invånare i X"; the forms are the `each` and `together`
//! rows of `data/editorial/opening_phrases.csv`), the status of an offer ("under
//! uppbyggnad", "arbetet är nu avslutat") and a stated total (`totals`).

use crate::coverage::catchment::{self, county_words, Context, Reading};
use crate::coverage::opening::Opening;
use crate::coverage::references::Resolver;
use crate::coverage::totals::{self, Total};
use crate::editorial::phrases::{Family, StatusPhrases};
use crate::prose::status::status_of;
use crate::text::patterns::tokens;
use catalog::model::County;
use catalog::OfferStatus;

/// How a form gives its area to the units it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Each unit has the area as its catchment.
    Each,
    /// The units together cover the area.
    Together,
}

/// The catchment a clause gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub kind: Kind,
    /// The area's words as written.
    pub text: String,
    pub reading: Reading,
}

/// One clause of the opening and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub line: u32,
    pub text: String,
    pub sentence: usize,
    /// Indices into `County::units` of the units it refers to, in order.
    pub units: Vec<usize>,
    /// Numbers of units it states, with how many units that reference stands for.
    pub counts: Vec<(u32, usize)>,
    /// The catchment a form gives the units.
    pub area: Option<Area>,
    /// The status it gives, and why (the phrase or the period).
    pub status: Option<(OfferStatus, String)>,
    /// The units the status is about: its own, else those of the clause before it in the
    /// same sentence ("Knoppen … var ett projekt …; arbetet är nu avslutat").
    pub status_units: Vec<usize>,
    /// References to no unit of the list, as written.
    pub unknown: Vec<String>,
    /// It speaks of some unit with an article ("ett småbarnsteam").
    pub indefinite: bool,
    /// A bare "teamet" that cannot tell which unit.
    pub ambiguous: Option<String>,
    /// The total of covered municipalities it states.
    pub total: Option<Total>,
    /// It names municipalities of the county (or the whole county) outside its references
    /// to units: with units and no catchment form, what it says of them is not read.
    pub names_area: bool,
}

impl Claim {
    /// Whether it gives a catchment to units it names (with or without doubt).
    pub fn gives_catchment(&self) -> bool {
        self.area.is_some() && !self.units.is_empty() && self.unknown.is_empty()
    }

    /// Whether it gives unit `u` a catchment of its own: an `each` form, or a form naming
    /// that unit alone.
    pub fn gives_own_catchment(&self, u: usize) -> bool {
        self.gives_catchment()
            && self.units.contains(&u)
            && (self.units.len() == 1 || self.area.as_ref().is_some_and(|a| a.kind == Kind::Each))
    }
}

/// Reads every clause of the opening.
pub fn read(
    opening: &Opening,
    cx: &Context,
    resolver: &Resolver,
    statuses: &StatusPhrases,
    reference_year: Option<u32>,
) -> Vec<Claim> {
    let ph = cx.phrases;
    let county = county_words(cx.county);
    let mut claims: Vec<Claim> = Vec::new();
    for clause in &opening.clauses {
        let text = clause.text.as_str();
        let toks = tokens(text);
        let found = resolver.find(text);
        let units = found.units();
        let counts = found
            .refs
            .iter()
            .filter_map(|r| r.stated.map(|n| (n, r.units.len())))
            .collect();
        let each = ph
            .find(Family::Each, &toks, &county)
            .map(|f| (Kind::Each, f));
        let together = ph
            .find(Family::Together, &toks, &county)
            .map(|f| (Kind::Together, f));
        let form = [each, together]
            .into_iter()
            .flatten()
            .min_by_key(|(_, (_, f))| f.start);
        let area = form.and_then(|(kind, (_, f))| {
            let a = f.area?;
            let area_text = &text[toks[a.start].start..toks[a.end - 1].end];
            // "täcker båda", "båda täcker": each of them, not only together.
            let marked = [f.start.checked_sub(1), Some(f.start + 1)]
                .into_iter()
                .flatten()
                .any(|k| {
                    toks.get(k)
                        .is_some_and(|t| ph.is(Family::EachMarker, &t.word))
                });
            let kind = if marked { Kind::Each } else { kind };
            Some(Area {
                kind,
                text: area_text.to_string(),
                reading: catchment::read(area_text, cx),
            })
        });
        let claims_catchment = area.is_some() && !units.is_empty();
        let in_refs = |start: usize| {
            found.refs.iter().any(|r| {
                let (a, b) = (toks[r.start].start, toks[r.end - 1].end);
                a <= start && start < b
            })
        };
        let own = |code: &String| cx.county.municipalities.iter().any(|m| &m.code == code);
        let names_area = cx
            .places
            .find(text, &cx.county.code)
            .places
            .iter()
            .any(|p| own(&p.municipality) && !in_refs(p.start))
            || ph.find(Family::Whole, &toks, &county).is_some();
        let total = totals::read(text, &toks, claims_catchment, cx);
        let status = status_of(text, statuses, reference_year);
        let status_units = match (&status, units.is_empty(), claims.last()) {
            (Some(_), true, Some(before)) if before.sentence == clause.sentence => {
                if before.units.is_empty() {
                    before.status_units.clone()
                } else {
                    before.units.clone()
                }
            }
            (Some(_), _, _) => units.clone(),
            (None, _, _) => Vec::new(),
        };
        claims.push(Claim {
            line: clause.line,
            text: text.to_string(),
            sentence: clause.sentence,
            units,
            counts,
            area,
            status,
            status_units,
            unknown: found.unknown,
            indefinite: found.indefinite,
            ambiguous: found.ambiguous,
            total,
            names_area,
        });
    }
    claims
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
