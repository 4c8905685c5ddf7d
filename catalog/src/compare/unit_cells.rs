//! The cells of the units table: the facts the data reads out of a unit (status,
//! self-referral, catchment, methods, contact details, what its figures count), one row
//! each, and each cell's CSV value and sort key.

use crate::compare::counties::MunicipalityRef;
use crate::compare::editorial::Editorial;
use crate::compare::figures::SourceRef;
use crate::compare::stated::{Counts, StatedFigure, CASES_LABEL, STAFF_LABEL};
use crate::compare::table::{SortKey, Value};
use crate::index::Lexicon;
use crate::model::{County, Unit};
use crate::reading::OfferStatus;
use crate::route::Lang;

/// What the data reads out of a unit, one row each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    County,
    Status,
    SelfReferral,
    CatchmentMunicipalities,
    Methods,
    Urls,
    Phones,
    Emails,
    StaffCounts,
    CasesCounts,
}

impl Fact {
    pub const ALL: [Fact; 10] = [
        Fact::County,
        Fact::Status,
        Fact::SelfReferral,
        Fact::CatchmentMunicipalities,
        Fact::Methods,
        Fact::Urls,
        Fact::Phones,
        Fact::Emails,
        Fact::StaffCounts,
        Fact::CasesCounts,
    ];

    /// Its row key (URL) and its name in the CSV's first column.
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            Fact::County => ("lan", "county_code"),
            Fact::Status => ("status", "status"),
            Fact::SelfReferral => ("soka-sjalv", "self_referral"),
            Fact::CatchmentMunicipalities => ("kommuner", "catchment_municipalities"),
            Fact::Methods => ("metoder", "methods"),
            Fact::Urls => ("webb", "urls"),
            Fact::Phones => ("telefon", "phones"),
            Fact::Emails => ("e-post", "emails"),
            Fact::StaffCounts => ("personal-raknar", "staff_counts"),
            Fact::CasesCounts => ("arenden-raknar", "cases_counts"),
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Fact::County, Lang::Sv) => "Län",
            (Fact::County, Lang::En) => "County",
            (Fact::Status, Lang::Sv) => "Status",
            (Fact::Status, Lang::En) => "Status",
            (Fact::SelfReferral, Lang::Sv) => "Kan familjen söka själv?",
            (Fact::SelfReferral, Lang::En) => "Can the family make contact themselves?",
            (Fact::CatchmentMunicipalities, Lang::Sv) => "Kommuner i upptagningsområdet",
            (Fact::CatchmentMunicipalities, Lang::En) => "Municipalities of the catchment area",
            (Fact::Methods, Lang::Sv) => "Metoder",
            (Fact::Methods, Lang::En) => "Methods",
            (Fact::Urls, Lang::Sv) => "Webbadresser",
            (Fact::Urls, Lang::En) => "Web addresses",
            (Fact::Phones, Lang::Sv) => "Telefon",
            (Fact::Phones, Lang::En) => "Telephone",
            (Fact::Emails, Lang::Sv) => "E-post",
            (Fact::Emails, Lang::En) => "E-mail",
            (Fact::StaffCounts, Lang::Sv) => "Vad personalsiffran räknar",
            (Fact::StaffCounts, Lang::En) => "What the staff figure counts",
            (Fact::CasesCounts, Lang::Sv) => "Vad ärendesiffran räknar",
            (Fact::CasesCounts, Lang::En) => "What the cases figure counts",
        }
    }
}

/// What a row shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowLabel {
    /// A labelled field, the label as the pages write it.
    Field(String),
    Fact(Fact),
}

/// A method named in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodRef {
    pub id: String,
    pub name: String,
}

/// One unit's cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitCell {
    /// The unit has no such field, or the data reads nothing out of it.
    NotStated,
    /// A field verbatim (several fields of one label joined by "\n").
    Field {
        text: String,
        source: SourceRef,
    },
    County(MunicipalityRef),
    Status(OfferStatus),
    SelfReferral(bool),
    /// The municipalities the catchment names, and how many more it counts unnamed.
    Municipalities {
        named: Vec<MunicipalityRef>,
        unnamed: u32,
    },
    Methods(Vec<MethodRef>),
    Texts(Vec<String>),
    /// What the staff or cases figure counts, with the editor's row on it.
    Counts(Box<StatedFigure>),
}

impl UnitCell {
    /// The cell in a CSV: verbatim text, ids and codes `;`-separated, `yes`/`no`, what a
    /// figure counts (with the editor's caveat in brackets, in `lang`).
    pub fn value(&self, lang: Lang) -> Value {
        let joined = |items: Vec<&str>| {
            if items.is_empty() {
                Value::NotStated
            } else {
                Value::Text(items.join(";"))
            }
        };
        match self {
            UnitCell::NotStated => Value::NotStated,
            UnitCell::Field { text, .. } => Value::Text(text.clone()),
            UnitCell::County(c) => Value::Text(c.code.clone()),
            UnitCell::Status(s) => Value::Text(s.as_str().to_string()),
            UnitCell::SelfReferral(b) => Value::Text(if *b { "yes" } else { "no" }.to_string()),
            UnitCell::Municipalities { named, unnamed } => {
                let mut items: Vec<String> = named.iter().map(|m| m.code.clone()).collect();
                if *unnamed > 0 {
                    items.push(format!("unnamed:{unnamed}"));
                }
                joined(items.iter().map(String::as_str).collect())
            }
            UnitCell::Methods(ms) => joined(ms.iter().map(|m| m.id.as_str()).collect()),
            UnitCell::Texts(ts) => joined(ts.iter().map(String::as_str).collect()),
            UnitCell::Counts(f) => {
                let mut text = f.counts.as_str().to_string();
                if let Some(note) = f.note.as_ref().and_then(|n| n.note(lang)) {
                    text.push_str(&format!(" [{note}]"));
                }
                Value::Text(text)
            }
        }
    }

    pub(crate) fn sort_key(&self) -> SortKey {
        match self {
            UnitCell::County(c) => SortKey::Text(c.name.clone()),
            UnitCell::SelfReferral(b) => SortKey::Number(if *b { 1.0 } else { 0.0 }),
            UnitCell::Municipalities { named, unnamed } => {
                SortKey::Number((named.len() + *unnamed as usize) as f64)
            }
            UnitCell::Methods(ms) => SortKey::Number(ms.len() as f64),
            UnitCell::Counts(f) if f.counts == Counts::Unclear => SortKey::NotStated,
            other => SortKey::from(&other.value(Lang::Sv)),
        }
    }
}

pub(crate) fn fact_cell(
    fact: Fact,
    county: &County,
    unit: &Unit,
    lexicon: &Lexicon,
    editorial: &Editorial,
) -> UnitCell {
    let texts = |items: &[String]| {
        if items.is_empty() {
            UnitCell::NotStated
        } else {
            UnitCell::Texts(items.to_vec())
        }
    };
    match fact {
        Fact::County => UnitCell::County(MunicipalityRef {
            code: county.code.clone(),
            name: county.name.clone(),
        }),
        Fact::Status => UnitCell::Status(unit.status),
        Fact::SelfReferral => unit
            .parsed
            .self_referral
            .map_or(UnitCell::NotStated, UnitCell::SelfReferral),
        Fact::CatchmentMunicipalities => {
            let named: Vec<MunicipalityRef> = unit
                .catchment
                .municipalities
                .iter()
                .map(|code| MunicipalityRef {
                    code: code.clone(),
                    name: county
                        .municipalities
                        .iter()
                        .find(|m| &m.code == code)
                        .map_or_else(|| code.clone(), |m| m.name.clone()),
                })
                .collect();
            if named.is_empty() && unit.catchment.unnamed_count == 0 {
                UnitCell::NotStated
            } else {
                UnitCell::Municipalities {
                    named,
                    unnamed: unit.catchment.unnamed_count,
                }
            }
        }
        Fact::Methods => {
            let methods: Vec<MethodRef> = lexicon
                .methods_named(&unit.parsed.methods)
                .into_iter()
                .map(|m| MethodRef {
                    id: m.id.clone(),
                    name: m.name.clone(),
                })
                .collect();
            if methods.is_empty() {
                UnitCell::NotStated
            } else {
                UnitCell::Methods(methods)
            }
        }
        Fact::Urls => texts(&unit.parsed.urls),
        Fact::Phones => texts(&unit.parsed.phones),
        Fact::Emails => texts(&unit.parsed.emails),
        Fact::StaffCounts | Fact::CasesCounts => {
            let label = if fact == Fact::StaffCounts {
                STAFF_LABEL
            } else {
                CASES_LABEL
            };
            let stated = StatedFigure::of(county, unit, label, editorial);
            if stated.text.is_none() {
                UnitCell::NotStated
            } else {
                UnitCell::Counts(Box::new(stated))
            }
        }
    }
}
