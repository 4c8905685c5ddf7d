//! The data set as the ingest writes it and the app reads it: counties, their municipalities,
//! their specialised units and every other paragraph of the county page, each traceable to
//! its source file and line numbers.

use crate::reading::{OfferStatus, PageProblem, StatedCoverage};
use serde::{Deserialize, Serialize};

/// Version of the JSON layout below. The app refuses a data set of another version.
pub const SCHEMA_VERSION: u32 = 3;

/// The whole data set: one entry per county page found under `data/counties/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    /// Counties in the order of their official code.
    pub counties: Vec<County>,
    /// The methods lexicon (`data/editorial/methods.csv`): every method, instrument and
    /// abbreviation the pages name, with plain-language explanations.
    pub methods: Vec<Method>,
    /// The glossary (`data/editorial/glossary.csv`): abbreviations and domain words of the
    /// pages, explained in plain words.
    pub glossary: Vec<crate::glossary::Term>,
    /// Every municipality, county and gazetteer place with its search key, for "Var bor
    /// du?" (`catalog::search`).
    pub search: crate::search::SearchLists,
}

/// One county page (län), as read from its text file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct County {
    /// Official two-digit county code, e.g. `18` for Örebro.
    pub code: String,
    /// The county's name as the page's first line gives it.
    pub name: String,
    /// Path of the page inside the repository, e.g. `data/counties/18-orebro.txt`.
    pub source_file: String,
    /// The line that names the county.
    pub name_line: u32,
    /// The municipalities line, verbatim ("Tolv kommuner: Askersund, …").
    pub municipalities_text: SourceText,
    /// The number of municipalities the page states, in digits or words.
    pub stated_municipality_count: u32,
    /// The municipalities listed, each resolved to its official code, with what the page
    /// says about each.
    pub municipalities: Vec<Municipality>,
    /// Number of children 0–5 years living in the county.
    pub children_0_5: u32,
    /// The children line, verbatim.
    pub children_text: SourceText,
    /// The page's statement that the county has no specialised units, if it makes one.
    pub no_units_statement: Option<SourceText>,
    /// Every specialised unit/team block of the page.
    pub units: Vec<Unit>,
    /// "Senast uppdaterad …", when the page has it.
    pub updated: Option<Updated>,
    /// Every other non-empty paragraph of the page, verbatim, in page order.
    pub paragraphs: Vec<Paragraph>,
    /// The paragraphs' statements (sentences or "Name: …" items), each attributed to the
    /// municipalities it concerns. Paragraphs stay the verbatim record; statements are the
    /// structured reading of them.
    pub statements: Vec<Statement>,
    /// Whether every, some or none of the county's municipalities is in the catchment of an
    /// active specialised unit.
    pub coverage: Coverage,
    /// The total of covered municipalities the page states, if it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_coverage: Option<StatedCoverage>,
    /// Municipalities that active units' catchments count without naming them ("Luleå och
    /// fyra andra kommuner"), beyond the ones named: never guessed, never dropped.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_municipalities: u32,
    /// What is wrong with a damaged page (a unit block cut off, no date line, a section
    /// missing, a count line that disagrees with its names). Empty for a whole page; the
    /// data is incomplete otherwise (`County::incomplete`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<PageProblem>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What a statement concerns (see `County::statement_scope`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementScope<'a> {
    pub county_wide: bool,
    pub municipalities: Vec<&'a str>,
}

/// A municipality of a county's list, with its official four-digit code and what the
/// county page says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    pub code: String,
    pub name: String,
    /// Ids of the specialised units whose catchment includes it.
    pub covering_units: Vec<String>,
    /// What its social services (socialtjänst) say about samspelsbehandling.
    pub social_services: SocialServices,
    /// Its family centres (familjecentraler), as the page names them.
    pub family_centres: Vec<FamilyCentre>,
}

/// The stance of a municipality's social services, derived from its statements.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SocialServices {
    pub stance: Stance,
    /// Ids of the methods its statements name (lexicon ids).
    pub methods: Vec<String>,
    /// Indices into `County::statements` of every social-services statement about it.
    pub evidence: Vec<usize>,
}

/// A piece of the page kept exactly as written, with the lines it spans (1-based, inclusive).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceText {
    pub first_line: u32,
    pub last_line: u32,
    pub text: String,
}

/// A specialised unit or team ("späd- och småbarnsverksamhet/team").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// The value of its "Namn" field.
    pub name: String,
    pub first_line: u32,
    pub last_line: u32,
    /// Stable id, `<county code>-<slug of the name>` (e.g. `18-gryningen-karlskoga`).
    pub id: String,
    /// Running, being built, planned or ended, as the opening says. Only an active unit's
    /// catchment is coverage.
    #[serde(default, skip_serializing_if = "OfferStatus::is_active")]
    pub status: OfferStatus,
    /// The line of the page's opening list that names the unit, if it has one. A unit named
    /// only there has no fields and its lines are that line's.
    pub opening_line: Option<SourceText>,
    /// Every labelled field, verbatim, in page order.
    pub fields: Vec<Field>,
    /// Its catchment area resolved to municipality codes, and how.
    pub catchment: Catchment,
    /// Values parsed from the fields where the text is unambiguous.
    pub parsed: ParsedUnit,
}

/// One labelled field of a unit block ("Remissväg", "Kontakt", …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// The label exactly as the page writes it.
    pub label: String,
    /// The value exactly as written; continuation lines are joined with `\n`.
    pub value: String,
    pub first_line: u32,
    pub last_line: u32,
}

/// What the ingest could read out of a unit's fields without guessing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedUnit {
    /// Whether a family can contact the unit without a referral: `Some(true)` when the
    /// "Remissväg" text says so, `Some(false)` when it names a referral as the only way,
    /// `None` when the page does not say or says it ambiguously.
    pub self_referral: Option<bool>,
    /// The "Upptagningsområde" (catchment) text, verbatim.
    pub catchment: Option<String>,
    /// Web addresses in the "Kontakt" field.
    pub urls: Vec<String>,
    /// Telephone numbers in the "Kontakt" field, as written.
    pub phones: Vec<String>,
    /// E-mail addresses in the "Kontakt" field.
    pub emails: Vec<String>,
    /// Lexicon ids of the methods the unit uses: named in its assessment, diagnostics,
    /// treatment or group fields (not in "Personal", which names training, not use).
    pub methods: Vec<String>,
}

/// "Senast uppdaterad 2018-10-13 av Paul Svensson, …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Updated {
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// Who updated it, as written after "av".
    pub editor: String,
    pub source: SourceText,
}

/// A paragraph of the page outside the unit blocks, kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The section it stands in: the heading exactly as written, or empty for the opening.
    pub section: String,
    pub source: SourceText,
}

impl Dataset {
    /// The county with this official code.
    pub fn county(&self, code: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }

    /// The lexicon entries of these method ids, in the ids' order (unknown ids skipped).
    pub fn methods_named(&self, ids: &[String]) -> Vec<&Method> {
        methods_named(&self.methods, ids)
    }
}

/// The entries of a lexicon with these method ids, in the ids' order (unknown ids skipped).
pub fn methods_named<'a>(lexicon: &'a [Method], ids: &[String]) -> Vec<&'a Method> {
    ids.iter()
        .filter_map(|id| lexicon.iter().find(|m| &m.id == id))
        .collect()
}

impl Unit {
    /// The value of the field with this label, if the unit has it.
    pub fn field(&self, label: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.label == label)
    }
}

impl Field {
    /// Splits the value into text and web addresses, so a view can make the addresses links.
    pub fn segments(&self) -> Vec<Segment<'_>> {
        crate::text::segments(&self.value)
    }
}

/// A run of text or a web address inside a verbatim value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Url(&'a str),
}

impl County {
    /// How many of its municipalities are in some unit's catchment.
    pub fn covered_municipalities(&self) -> usize {
        self.municipalities
            .iter()
            .filter(|m| !m.covering_units.is_empty())
            .count()
    }

    /// What statement `index` concerns: the municipality codes it names and whether it
    /// speaks of the whole county, together with what the statement it goes on from
    /// concerns (see `Statement::continues`).
    pub fn statement_scope(&self, index: usize) -> StatementScope<'_> {
        let mut scope = StatementScope::default();
        let mut at = Some(index);
        // A chain only points backwards, so it ends; the bound guards a broken file.
        for _ in 0..=self.statements.len() {
            let Some(st) = at.and_then(|i| self.statements.get(i)) else {
                break;
            };
            scope.county_wide |= st.county_wide;
            for p in &st.places {
                if !scope.municipalities.contains(&p.municipality.as_str()) {
                    scope.municipalities.push(&p.municipality);
                }
            }
            at = st.continues.filter(|&previous| Some(previous) < at);
        }
        scope
    }

    /// The paragraphs grouped by the section they stand in, in page order. The opening
    /// (before any heading) has the empty section name.
    pub fn sections(&self) -> Vec<(&str, Vec<&Paragraph>)> {
        let mut out: Vec<(&str, Vec<&Paragraph>)> = Vec::new();
        for p in &self.paragraphs {
            match out.last_mut() {
                Some((name, list)) if *name == p.section => list.push(p),
                _ => out.push((&p.section, vec![p])),
            }
        }
        out
    }
}

/// A unit's catchment area as municipality codes, with the rule or editorial decision that
/// settled it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catchment {
    /// The codes of the municipalities the catchment names, sorted.
    pub municipalities: Vec<String>,
    /// How many further municipalities it counts without naming them ("och fyra andra
    /// kommuner" → 4).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_count: u32,
    /// How the codes were found, in words (e.g. `rule: "hela länet"`, or a decision id).
    pub resolved_by: String,
}

/// Access to a specialised unit across a county's municipalities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Every municipality is in some unit's catchment.
    Full,
    /// Some are.
    Partial,
    /// None is.
    #[default]
    None,
}

/// Which part of the page a statement stands in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Before the first heading: the list of units and the sentences about them.
    #[default]
    Opening,
    /// "Andra möjligheter …", child health care (BHV/MBHV).
    ChildHealthCare,
    /// "Andra möjligheter …", child psychiatry (BUP).
    ChildPsychiatry,
    /// "Andra möjligheter …", social services (Socialtjänst).
    SocialServices,
    /// "Prevention och promotion – några exempel" (either word order).
    Prevention,
    /// "Familjecentraler".
    FamilyCentres,
    /// "Övriga möjligheter": foundations, private and institutional actors.
    OtherActors,
}

/// What a social-services statement says about the municipalities it names. `NotReported`
/// is never "no": it means the page says nothing usable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Not mentioned, or the municipality reports nothing.
    #[default]
    NotReported,
    /// Reports that it cannot offer samspelsbehandling.
    None,
    /// Had an offer or project that has ended, with nothing current ("2013–2016 …
    /// avslutat"): not an offer.
    Ended,
    /// Intends to offer it, or is building an offer up ("planerar", "avser att pröva"): not
    /// an offer.
    Planned,
    /// Cannot offer it itself; buys it when needed.
    Buys,
    /// Something, but restricted or not specifically interaction treatment.
    Limited,
    /// Points to the county's specialised unit.
    ViaUnit,
    /// Offers samspelsbehandling or a named interaction method.
    Offers,
}

/// One statement of a prose section: a sentence, or a "Name: …" item, verbatim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub section: Section,
    /// The statement exactly as written.
    pub text: String,
    pub first_line: u32,
    pub last_line: u32,
    /// Every place it names, resolved to a municipality.
    pub places: Vec<PlaceRef>,
    /// It concerns the whole county: it says so ("i hela länet", "Region Jönköpings län
    /// …"), or it is a child health care, child psychiatry or other-actor statement that
    /// names no place (those services are the region's or the county's).
    pub county_wide: bool,
    /// Ids of the methods it names.
    pub methods: Vec<String>,
    /// Web addresses in it.
    pub urls: Vec<String>,
    /// For social-services statements: what it says about the places it names.
    pub stance: Option<Stance>,
    /// Whether the offer it speaks of is running, being built, planned or ended. A
    /// social-services offer that is not active has the stance `planned` or `ended`.
    #[serde(default, skip_serializing_if = "OfferStatus::is_active")]
    pub status: OfferStatus,
    /// The statement this one goes on from, earlier in the same paragraph: it names no
    /// place and is not county-wide ("Man erbjuder ABC …" after "Nyköping - Förebyggande
    /// enheten …"), or its first clause names none ("Erbjuder också Familjeverkstan, medan
    /// Kumla …" after "Askersund erbjuder …"). It also concerns what that statement does.
    pub continues: Option<usize>,
}

/// A place named in a statement and the municipality it belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// The name as written ("Motalas", "Saltsjöbaden", "Södermalm").
    pub name: String,
    /// The official code of the municipality it is or lies in.
    pub municipality: String,
    /// The county that municipality belongs to (may differ from the page's county).
    pub county: String,
}

/// A family centre (familjecentral) as the page names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyCentre {
    pub name: String,
    pub url: Option<String>,
    pub first_line: u32,
    pub last_line: u32,
}

/// A method, instrument or abbreviation of the lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Method {
    /// Stable id (e.g. `marte-meo`, `cos-p`).
    pub id: String,
    /// The name to show.
    pub name: String,
    /// Spellings the pages use ("Marte meo", "Trygghetscirkeln", "MADR-S").
    pub aliases: Vec<String>,
    pub kind: MethodKind,
    /// Plain-language explanation in Swedish, in the project's own words.
    pub explanation_sv: String,
    /// The same in English.
    pub explanation_en: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    #[default]
    Treatment,
    Assessment,
    Diagnostic,
    Prevention,
}

impl Stance {
    /// The stance of a municipality from all its statements' stances. Rule: the most
    /// favourable stance stated wins (offers > via_unit > limited > buys > planned > ended >
    /// none), since a later statement adds to an earlier one rather than withdrawing it; with
    /// no stance stated the municipality is `NotReported`. Every statement is kept as
    /// evidence.
    pub fn derive(stances: impl IntoIterator<Item = Stance>) -> Stance {
        stances.into_iter().max().unwrap_or(Stance::NotReported)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Offers => "offers",
            Stance::Limited => "limited",
            Stance::Buys => "buys",
            Stance::None => "none",
            Stance::Ended => "ended",
            Stance::Planned => "planned",
            Stance::ViaUnit => "via_unit",
            Stance::NotReported => "not_reported",
        }
    }
}

impl Coverage {
    /// A county's coverage from how many of its municipalities are covered.
    pub fn from_counts(covered: usize, total: usize) -> Coverage {
        match covered {
            0 => Coverage::None,
            n if n >= total => Coverage::Full,
            _ => Coverage::Partial,
        }
    }
}
