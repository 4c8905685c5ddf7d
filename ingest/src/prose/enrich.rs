//! The structured reading of a county's prose: every paragraph split into statements with
//! their section, places, methods and links; then social-services stances and family
//! centres per municipality, with the editorial files under `data/editorial/`.

use crate::coverage::references::Resolver;
use crate::editorial::places::PlaceIndex;
pub use crate::editorial::Editorial;
use crate::page::sections::{self, OTHER_OPTIONS};
use crate::prose::family_centres;
use crate::prose::social_services;
use crate::prose::statements::{lines_with_offsets, split_paragraph};
use crate::prose::status;
use crate::report::{Warning, WarningKind};
use catalog::model::{County, PlaceRef, Section, Statement};

/// Fills `county.statements`, each municipality's `social_services` and `family_centres`,
/// and returns what looks wrong.
pub fn enrich(county: &mut County, editorial: &Editorial) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for unit in &mut county.units {
        unit.parsed.methods = unit_methods(unit, &editorial.lexicon);
    }
    let file = county.source_file.clone();
    let code = county.code.clone();
    let places = &editorial.places;
    let mut statements = Vec::new();
    let mut paragraph_of = Vec::new();
    let mut part: Option<Section> = None;
    let mut last_heading: Option<&str> = None;
    for (p_index, p) in county.paragraphs.iter().enumerate() {
        let text = p.source.text.as_str();
        if last_heading != Some(p.section.as_str()) {
            last_heading = Some(p.section.as_str());
            part = None;
        }
        if !p.section.is_empty() && text.trim() == p.section.trim() {
            continue; // the heading itself
        }
        let fixed = sections::of_heading(&p.section);
        let in_parts = fixed.is_none() && p.section.starts_with(OTHER_OPTIONS);
        let mut line_sections = Vec::new();
        for (_, line) in lines_with_offsets(text) {
            if let Some((s, _)) = sections::part_of_line(line) {
                part = Some(s);
            }
            line_sections.push(match (fixed, in_parts) {
                (Some(s), _) => Some(s),
                (None, true) => part,
                (None, false) => None,
            });
        }
        let item_starts = |line: &str| item_starts(places, line, &code);
        let pieces = if in_parts {
            split_paragraph(text, sections::is_bare_part_name, item_starts)
        } else {
            split_paragraph(text, |_| false, item_starts)
        };
        for piece in pieces {
            let section = line_sections.get(piece.line).copied().flatten();
            let section = section.unwrap_or_else(|| {
                let why = if in_parts {
                    "paragraph of 'Andra möjligheter' before any BHV, BUP or Socialtjänst part; read as other actors"
                } else {
                    "section heading not known; read as other actors"
                };
                warnings.push(Warning::new(
                    &file,
                    p.source.first_line,
                    WarningKind::UnknownSection,
                    why,
                    text,
                ));
                Section::OtherActors
            });
            let st_text = &text[piece.range.clone()];
            let line_of = |at: usize| p.source.first_line + text[..at].matches('\n').count() as u32;
            let named = places.find(st_text, &code);
            if section != Section::FamilyCentres && looks_like_centre_line(st_text, &named) {
                warnings.push(Warning::new(
                    &file,
                    line_of(piece.range.start),
                    WarningKind::FamilyCentreOutsideSection,
                    "a family centre with a link outside the Familjecentraler section; kept as a statement, not counted among the municipality's family centres",
                    st_text,
                ));
            }
            let mut place_refs: Vec<PlaceRef> = Vec::new();
            for f in &named.places {
                let r = PlaceRef {
                    name: st_text[f.start..f.end].to_string(),
                    municipality: f.municipality.clone(),
                    county: f.county.clone(),
                };
                if f.county != code && !place_refs.contains(&r) {
                    warnings.push(Warning::new(
                        &file,
                        line_of(piece.range.start + f.start),
                        WarningKind::OtherCountyMunicipality,
                        format!(
                            "{:?} is a municipality of another county ({}, county {}); kept with that county",
                            r.name, r.municipality, r.county
                        ),
                        st_text,
                    ));
                }
                if !place_refs.contains(&r) {
                    place_refs.push(r);
                }
            }
            for other in &named.other_counties {
                warnings.push(Warning::new(
                    &file,
                    line_of(piece.range.start),
                    WarningKind::OtherCounty,
                    format!("names county {other} as a whole, not this page's county"),
                    st_text,
                ));
            }
            let found = editorial.lexicon.find(st_text);
            for (token, id) in &found.doubtful {
                warnings.push(Warning::new(
                    &file,
                    line_of(piece.range.start),
                    WarningKind::DoubtfulMethod,
                    format!("doubtful method {token:?} (perhaps {id:?}?): not in the lexicon, not attributed"),
                    st_text,
                ));
            }
            statements.push(Statement {
                section,
                text: st_text.to_string(),
                first_line: line_of(piece.range.start),
                last_line: line_of(piece.range.end),
                places: place_refs,
                county_wide: named.county_wide,
                methods: found.ids,
                urls: catalog::text::urls(st_text),
                stance: None,
                status: Default::default(),
                continues: None,
            });
            paragraph_of.push(p_index);
        }
    }
    link_continuations(&mut statements, &paragraph_of);
    regional_services_are_county_wide(&mut statements);
    let year = status::reference_year(county);
    for i in 0..statements.len() {
        let own = status::status_of(&statements[i].text, &editorial.statuses, year);
        let before = statements[i].continues.map(|j| statements[j].status);
        statements[i].status = own.map(|s| s.0).or(before).unwrap_or_default();
    }
    county.statements = statements;
    let resolver = Resolver::new(county, &editorial.opening, &editorial.places);
    let names_unit = |text: &str| resolver.names_unit(text);
    let ss = social_services::attribute(
        county,
        &paragraph_of,
        &editorial.stances,
        &editorial.lexicon,
        &names_unit,
    );
    warnings.extend(ss);
    let centre_paragraphs: Vec<_> = county
        .paragraphs
        .iter()
        .filter(|p| sections::of_heading(&p.section) == Some(Section::FamilyCentres))
        .filter(|p| p.source.text.trim() != p.section.trim())
        .cloned()
        .collect();
    let refs: Vec<&_> = centre_paragraphs.iter().collect();
    warnings.extend(family_centres::build(county, &refs, places));
    warnings.sort_by_key(|w| w.line);
    warnings
}

/// Byte offsets in a line where a "Name:" item starts: a known place directly followed by
/// ":", at the start of the line or of a sentence.
fn item_starts(places: &PlaceIndex, line: &str, county: &str) -> Vec<usize> {
    places
        .find(line, county)
        .places
        .iter()
        .filter(|f| line[f.end..].starts_with(':'))
        .filter(|f| {
            let before = line[..f.start].trim_end();
            before.is_empty() || (before.len() < f.start && before.ends_with(['.', '!', '?']))
        })
        .map(|f| f.start)
        .collect()
}

/// Paragraphs of the prevention section (heading excluded): the county's examples.
pub fn prevention_examples(county: &County) -> usize {
    county
        .paragraphs
        .iter()
        .filter(|p| sections::of_heading(&p.section) == Some(Section::Prevention))
        .filter(|p| p.source.text.trim() != p.section.trim())
        .count()
}

/// A statement goes on from the statement before it in the same paragraph when it names
/// no place and is not county-wide ("Man erbjuder ABC …" after "Nyköping - …"; "Personalen
/// har …" after "… i Sundsvall erbjuder …"), or when its first clause names no place and
/// a later clause does ("Erbjuder också Familjeverkstan, medan Kumla ger …" after
/// "Askersund erbjuder …"). The first statement of a paragraph, and an item of a "- " list,
/// goes on from nothing.
fn link_continuations(statements: &mut [Statement], paragraph_of: &[usize]) {
    let mut previous_paragraph = None;
    for (i, st) in statements.iter_mut().enumerate() {
        let paragraph = paragraph_of.get(i);
        let list_item = st.text.starts_with("- ");
        if i > 0
            && paragraph == previous_paragraph
            && !st.county_wide
            && !list_item
            && opens_without_place(st)
        {
            st.continues = Some(i - 1);
        }
        previous_paragraph = paragraph;
    }
}

/// Clause openings after which a new subject may be named.
const CLAUSE_BREAKS: &[&str] = &[", medan ", ", men "];

/// Whether the statement's first clause names no place.
fn opens_without_place(st: &Statement) -> bool {
    let Some(first) = st.places.first().and_then(|p| st.text.find(&p.name)) else {
        return true;
    };
    CLAUSE_BREAKS.iter().any(|b| st.text[..first].contains(b))
}

/// "Täby Familjecentrum https://…": a place name, then a family centre's name, then a link,
/// the shape of a family-centre line.
fn looks_like_centre_line(text: &str, named: &crate::editorial::places::Named) -> bool {
    let Some(first) = named.places.first() else {
        return false;
    };
    first.start == 0
        && text[first.end..].trim_start().starts_with("Familjecentr")
        && !catalog::text::urls(text).is_empty()
}

/// The label of the diagnostic-classification question and its lexicon id.
const DC_FIELD: &str = "DC:0–3R/DC:0–5";
const DC_ID: &str = "dc";

/// Fields of a unit block that say which methods it uses.
const METHOD_FIELDS: &[&str] = &[
    "Bedömningsmetoder",
    DC_FIELD,
    "Behandlingsmetoder",
    "Gruppverksamhet",
];

/// The lexicon ids named in a unit's method fields, sorted.
fn unit_methods(
    unit: &catalog::model::Unit,
    lexicon: &crate::editorial::methods::Lexicon,
) -> Vec<String> {
    let mut ids: Vec<String> = unit
        .fields
        .iter()
        .filter(|f| METHOD_FIELDS.contains(&f.label.as_str()))
        .flat_map(|f| lexicon.find(&f.value).ids)
        .collect();
    // The DC field answers a yes/no question: "Ja" (or "Ja, DC:0–3R") says it is used.
    if unit
        .field(DC_FIELD)
        .is_some_and(|f| f.value.trim_start().starts_with("Ja"))
        && lexicon.methods.iter().any(|m| m.id == DC_ID)
    {
        ids.push(DC_ID.to_string());
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Child health care (BHV), child psychiatry (BUP) and the other actors are run for the
/// county (by the region, or as the page's county-level list): a statement of those parts
/// that names no place and goes on from nothing concerns the whole county.
fn regional_services_are_county_wide(statements: &mut [Statement]) {
    for st in statements.iter_mut() {
        let regional = matches!(
            st.section,
            Section::ChildHealthCare | Section::ChildPsychiatry | Section::OtherActors
        );
        if regional && st.places.is_empty() && st.continues.is_none() {
            st.county_wide = true;
        }
    }
}
