//! Building the cards from the county pages: one per unit, per municipality's
//! social-services statement of an offer, per family centre, per prevention example and
//! per other actor. A statement card holds a statement with those that go on from it
//! (`Statement::continues`), so "Man erbjuder ABC …" stays with "Nyköping – Förebyggande
//! enheten …".

use super::ages::age_bands;
use super::answers::{dc_field, dc_used, group_activity, self_referral};
use super::offer::{Offer, OfferKind, Place, Record, SourceLines, Traits};
use super::principal::principal;
use crate::glossary::{terms_in, TermSegment};
use crate::model::{County, Method, Municipality, Section, SourceText, Stance, Statement, Unit};
use crate::reading::OfferStatus;
use crate::search::swedish_cmp;

/// The fields a unit's card shows, as the pages label them.
pub const KEY_FIELDS: [&str; 6] = [
    "Åldrar",
    "Huvudnamn",
    "Upptagningsområde",
    "Remissväg",
    "Gruppverksamhet",
    super::answers::DC_LABEL,
];

/// The stances that make a social-services statement an offer card: an offer, a limited
/// one, buying one, one through a unit, and those planned or ended (shown marked).
pub const OFFER_STANCES: [Stance; 6] = [
    Stance::Offers,
    Stance::Limited,
    Stance::Buys,
    Stance::ViaUnit,
    Stance::Planned,
    Stance::Ended,
];

/// A card and the rest of its record's verbatim text, which a text search also reads (a
/// unit's fields beyond its key facts).
pub(crate) struct Built {
    pub offer: Offer,
    pub more_text: String,
}

/// Every card of the counties, county by county: units, social services, family centres,
/// prevention examples, other actors.
pub(crate) fn build_cards<'a>(
    counties: impl IntoIterator<Item = &'a County>,
    methods: &[Method],
) -> Vec<Built> {
    let mut out = Vec::new();
    for county in counties {
        let c = Context { county };
        out.extend(county.units.iter().map(|u| c.unit(u)));
        for m in &county.municipalities {
            out.extend(c.social_services(m, methods));
        }
        for m in &county.municipalities {
            out.extend(c.family_centres(m));
        }
        out.extend(c.statement_cards(Section::Prevention, OfferKind::Prevention));
        out.extend(c.statement_cards(Section::OtherActors, OfferKind::OtherActor));
    }
    out
}

struct Context<'a> {
    county: &'a County,
}

/// The statement's mark in a card id: its first line and its place among the statements
/// that begin on that line (a paragraph line holds several sentences): `l91-2`.
fn statement_mark(statements: &[Statement], i: usize) -> String {
    let line = statements[i].first_line;
    let nth = statements[..i]
        .iter()
        .filter(|s| s.first_line == line)
        .count()
        + 1;
    format!("l{line}-{nth}")
}

impl<'a> Context<'a> {
    fn county_place(&self) -> Place {
        Place {
            code: self.county.code.clone(),
            name: self.county.name.clone(),
        }
    }

    /// The municipality with this code: the county's own by its listed name, else (another
    /// county's) by the name a statement writes, else the code.
    fn place(&self, code: &str, written: Option<&str>) -> Place {
        let name = self
            .county
            .municipalities
            .iter()
            .find(|m| m.code == code)
            .map(|m| m.name.clone())
            .or_else(|| written.map(str::to_string))
            .unwrap_or_else(|| code.to_string());
        Place {
            code: code.to_string(),
            name,
        }
    }

    fn source(&self, first_line: u32, last_line: u32) -> SourceLines {
        SourceLines {
            file: self.county.source_file.clone(),
            first_line,
            last_line,
        }
    }

    fn unit(&self, u: &Unit) -> Built {
        let county = self.county;
        let value = |label: &str| u.field(label).map(|f| f.value.as_str());
        let mut municipalities: Vec<Place> = u
            .catchment
            .municipalities
            .iter()
            .map(|code| self.place(code, None))
            .collect();
        municipalities.sort_by(|a, b| swedish_cmp(&a.name, &b.name));
        let county_wide = !county.municipalities.is_empty()
            && county
                .municipalities
                .iter()
                .all(|m| u.catchment.municipalities.contains(&m.code));
        let facts = u
            .fields
            .iter()
            .filter(|f| KEY_FIELDS.contains(&f.label.as_str()))
            .cloned()
            .collect();
        let more_text = u
            .fields
            .iter()
            .filter(|f| !KEY_FIELDS.contains(&f.label.as_str()))
            .map(|f| f.value.as_str())
            .chain(u.opening_line.as_ref().map(|o| o.text.as_str()))
            .collect::<Vec<_>>()
            .join("\n");
        let offer = Offer {
            id: format!("unit-{}", u.id),
            kind: OfferKind::Unit,
            status: u.status,
            title: u.name.clone(),
            county: self.county_place(),
            municipalities,
            county_wide,
            stance: None,
            facts,
            statements: Vec::new(),
            urls: u.parsed.urls.clone(),
            methods: u.parsed.methods.clone(),
            traits: Traits {
                ages: age_bands(value("Åldrar")),
                self_referral: self_referral(u),
                principal: principal(value("Huvudnamn")),
                group: group_activity(value("Gruppverksamhet")),
                dc: dc_used(dc_field(u)),
            },
            source: self.source(u.first_line, u.last_line),
            record: Record::Unit {
                county: county.code.clone(),
                unit: u.id.clone(),
            },
        };
        Built { offer, more_text }
    }

    /// One card per group of the municipality's evidence statements (a statement with those
    /// of its evidence that go on from it) whose stance is an offer (`OFFER_STANCES`).
    fn social_services(&self, m: &Municipality, methods: &[Method]) -> Vec<Built> {
        let statements = &self.county.statements;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for &i in &m.social_services.evidence {
            let Some(st) = statements.get(i) else {
                continue;
            };
            match groups.last_mut() {
                Some(g) if st.continues.is_some_and(|j| g.contains(&j)) => g.push(i),
                _ => groups.push(vec![i]),
            }
        }
        let mut out = Vec::new();
        for group in groups {
            let members: Vec<&Statement> = group.iter().map(|&i| &statements[i]).collect();
            let stance = Stance::derive(members.iter().filter_map(|s| s.stance));
            if !OFFER_STANCES.contains(&stance) {
                continue;
            }
            let mut ids: Vec<String> = Vec::new();
            for s in members
                .iter()
                .filter(|s| !matches!(s.stance, Some(Stance::None | Stance::NotReported)))
            {
                for id in methods_for(s, &m.code, methods) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            let head = members[0];
            let last = members[members.len() - 1];
            let offer = Offer {
                id: format!("social-{}-{}", m.code, statement_mark(statements, group[0])),
                kind: OfferKind::SocialServices,
                status: group_status(&members),
                title: m.name.clone(),
                county: self.county_place(),
                municipalities: vec![self.place(&m.code, None)],
                county_wide: false,
                stance: Some(stance),
                facts: Vec::new(),
                statements: verbatim(&members),
                urls: urls(&members),
                methods: ids,
                traits: Traits::default(),
                source: self.source(head.first_line, last.last_line),
                record: Record::Municipality {
                    county: self.county.code.clone(),
                    code: m.code.clone(),
                },
            };
            out.push(Built {
                offer,
                more_text: String::new(),
            });
        }
        out
    }

    fn family_centres(&self, m: &Municipality) -> Vec<Built> {
        m.family_centres
            .iter()
            .enumerate()
            .map(|(n, fc)| Built {
                offer: Offer {
                    id: format!("centre-{}-{n}", m.code),
                    kind: OfferKind::FamilyCentre,
                    status: OfferStatus::Active,
                    title: fc.name.clone(),
                    county: self.county_place(),
                    municipalities: vec![self.place(&m.code, None)],
                    county_wide: false,
                    stance: None,
                    facts: Vec::new(),
                    statements: Vec::new(),
                    urls: fc.url.iter().cloned().collect(),
                    methods: Vec::new(),
                    traits: Traits::default(),
                    source: self.source(fc.first_line, fc.last_line),
                    record: Record::Municipality {
                        county: self.county.code.clone(),
                        code: m.code.clone(),
                    },
                },
                more_text: String::new(),
            })
            .collect()
    }

    /// One card per statement of the section with those that go on from it.
    fn statement_cards(&self, section: Section, kind: OfferKind) -> Vec<Built> {
        let statements = &self.county.statements;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, st) in statements.iter().enumerate() {
            if st.section != section {
                continue;
            }
            let joins = st
                .continues
                .and_then(|j| groups.iter().position(|g| g.contains(&j)));
            match joins {
                Some(g) => groups[g].push(i),
                None => groups.push(vec![i]),
            }
        }
        let prefix = match kind {
            OfferKind::Prevention => "prevention",
            _ => "other",
        };
        groups
            .into_iter()
            .map(|group| {
                let members: Vec<&Statement> = group.iter().map(|&i| &statements[i]).collect();
                let mut places: Vec<Place> = Vec::new();
                for p in members.iter().flat_map(|s| &s.places) {
                    if !places.iter().any(|q| q.code == p.municipality) {
                        places.push(self.place(&p.municipality, Some(&p.name)));
                    }
                }
                let mut ids: Vec<String> = Vec::new();
                for id in members.iter().flat_map(|s| &s.methods) {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                let title = if places.is_empty() {
                    self.county.name.clone()
                } else {
                    places
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let own = |p: &Place| self.county.municipalities.iter().any(|m| m.code == p.code);
                let record = match places.as_slice() {
                    [one] if own(one) => Record::Municipality {
                        county: self.county.code.clone(),
                        code: one.code.clone(),
                    },
                    _ => Record::County {
                        code: self.county.code.clone(),
                    },
                };
                let head = members[0];
                let last = members[members.len() - 1];
                Built {
                    offer: Offer {
                        id: format!(
                            "{prefix}-{}-{}",
                            self.county.code,
                            statement_mark(statements, group[0])
                        ),
                        kind,
                        status: group_status(&members),
                        title,
                        county: self.county_place(),
                        municipalities: places,
                        county_wide: members.iter().any(|s| s.county_wide),
                        stance: None,
                        facts: Vec::new(),
                        statements: verbatim(&members),
                        urls: urls(&members),
                        methods: ids,
                        traits: Traits::default(),
                        source: self.source(head.first_line, last.last_line),
                        record,
                    },
                    more_text: String::new(),
                }
            })
            .collect()
    }
}

/// A group is active when one of its statements is; otherwise it has its first one's status.
fn group_status(members: &[&Statement]) -> OfferStatus {
    if members.iter().any(|s| s.status.is_active()) {
        OfferStatus::Active
    } else {
        members[0].status
    }
}

fn verbatim(members: &[&Statement]) -> Vec<SourceText> {
    members
        .iter()
        .map(|s| SourceText {
            first_line: s.first_line,
            last_line: s.last_line,
            text: s.text.clone(),
        })
        .collect()
}

fn urls(members: &[&Statement]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for u in members.iter().flat_map(|s| &s.urls) {
        if !out.contains(u) {
            out.push(u.clone());
        }
    }
    out
}

/// Joins clauses about different municipalities, as the ingest reads them.
const CONTRAST: &str = ", medan ";

/// The methods a statement gives one municipality, by the ingest's rule: all its methods,
/// unless it contrasts municipalities in clauses joined by ", medan " and a clause names
/// this one; then only the methods named in the clauses that name it ("I Hallsberg har …
/// Marte Meo och Trygghetscirkeln …, medan Kumla har Marte Meo och … PYC …").
fn methods_for(st: &Statement, code: &str, lexicon: &[Method]) -> Vec<String> {
    let clauses: Vec<&str> = st.text.split(CONTRAST).collect();
    let naming: Vec<&str> = clauses
        .iter()
        .copied()
        .filter(|c| {
            st.places
                .iter()
                .any(|p| p.municipality == code && c.contains(p.name.as_str()))
        })
        .collect();
    if clauses.len() < 2 || naming.is_empty() {
        return st.methods.clone();
    }
    let named: Vec<&str> = naming
        .iter()
        .flat_map(|c| terms_in(c, &[], lexicon))
        .filter_map(|seg| match seg {
            TermSegment::Term { id, .. } => Some(id),
            TermSegment::Text(_) => None,
        })
        .collect();
    st.methods
        .iter()
        .filter(|id| named.contains(&id.as_str()))
        .cloned()
        .collect()
}
