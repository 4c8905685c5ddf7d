//! Who runs what: the principals (huvudmän) of the HSDS file's organisations. A unit's
//! principals are the ones its "Huvudnamn" text names (`catalog::explore::principal::
//! named_in_order`), in that order: the region of the unit's county when the text names a
//! region (or BUP), and each municipality of the county the text names with "kommun" or
//! "stad" after it ("Karlskoga kommuns socialtjänst"). A text that names a municipality's
//! office without its name gives no municipality: who it is is not guessed. A text that
//! names neither (a foundation, "Socialtjänsten") is the principal as the page states it,
//! and a unit without the text stands for itself.

use crate::text::matching::{extend_suffix, occurrences};
use catalog::explore::principal::named_in_order;
use catalog::explore::Principal;
use catalog::model::{County, Unit};

/// A principal: the region of a county, or a municipality, by official code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PrincipalRef {
    Region(String),
    Municipality(String),
    /// The "Huvudnamn" text of the unit with this id, as the page writes it.
    Stated {
        unit: String,
        text: String,
    },
    /// The unit with this id, whose page names no principal.
    Unstated {
        unit: String,
    },
}

impl PrincipalRef {
    /// The name its id is made from ("organization/region/18").
    pub fn id_name(&self) -> String {
        match self {
            PrincipalRef::Region(code) => format!("organization/region/{code}"),
            PrincipalRef::Municipality(code) => format!("organization/municipality/{code}"),
            PrincipalRef::Stated { unit, .. } => format!("organization/stated-principal/{unit}"),
            PrincipalRef::Unstated { unit } => format!("organization/unit/{unit}"),
        }
    }
}

/// The label of the principal field.
pub const PRINCIPAL_LABEL: &str = "Huvudnamn";

/// The municipalities of the county a text names with "kommun"/"stad" after the name, in
/// text order.
fn municipalities_named(county: &County, text: &str) -> Vec<String> {
    let mut hits: Vec<(usize, String)> = Vec::new();
    for m in &county.municipalities {
        for (start, end) in occurrences(text, &m.name, true) {
            if extend_suffix(text, end) > end {
                hits.push((start, m.code.clone()));
            }
        }
    }
    hits.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, code) in hits {
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// A unit's principals in the order its "Huvudnamn" text names them (see the module's
/// rules); never empty.
pub fn unit_principals(county: &County, unit: &Unit) -> Vec<PrincipalRef> {
    let Some(field) = unit
        .field(PRINCIPAL_LABEL)
        .filter(|f| !f.value.trim().is_empty())
    else {
        return vec![PrincipalRef::Unstated {
            unit: unit.id.clone(),
        }];
    };
    let mut out = Vec::new();
    for kind in named_in_order(&field.value) {
        match kind {
            Principal::Region => out.push(PrincipalRef::Region(county.code.clone())),
            Principal::Municipality => out.extend(
                municipalities_named(county, &field.value)
                    .into_iter()
                    .map(PrincipalRef::Municipality),
            ),
            _ => {}
        }
    }
    if out.is_empty() {
        out.push(PrincipalRef::Stated {
            unit: unit.id.clone(),
            text: field.value.clone(),
        });
    }
    out
}
