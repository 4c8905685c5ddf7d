//! The data set as the ingest writes it and the app reads it: counties, their municipalities,
//! their specialised units and every other paragraph of the county page, each traceable to
//! its source file and line numbers.

use serde::{Deserialize, Serialize};

/// Version of the JSON layout below. The app refuses a data set of another version.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole data set: one entry per county page found under `data/counties/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    /// Counties in the order of their official code.
    pub counties: Vec<County>,
}

/// One county page (län), as read from its text file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The municipalities listed, each resolved to its official code.
    pub municipalities: Vec<MunicipalityRef>,
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
}

/// A municipality named in a county's list, with its official four-digit code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityRef {
    pub code: String,
    pub name: String,
}

/// A piece of the page kept exactly as written, with the lines it spans (1-based, inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Every labelled field, verbatim, in page order.
    pub fields: Vec<Field>,
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
