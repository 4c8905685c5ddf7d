//! Units side by side: for a pick of units (by id), every labelled field aligned row by row
//! (the union of their labels in page order; a unit without a label is "not stated"), then
//! what the data reads out of them (`unit_cells`): status, self-referral, the catchment's
//! municipalities, the methods, contact details, and what the staff and cases figures count.

use crate::compare::editorial::Editorial;
use crate::compare::figures::SourceRef;
use crate::compare::table::{Column, Sort, SortKey, Table, Value};
use crate::compare::unit_cells::{fact_cell, Fact, RowLabel, UnitCell};
use crate::index::Lexicon;
use crate::model::{County, Unit};
use crate::reading::OfferStatus;
use crate::route::Lang;
use std::fmt;

/// A picked unit, as a column head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitHead {
    pub id: String,
    pub name: String,
    pub county_code: String,
    pub county_name: String,
    pub status: OfferStatus,
    /// The unit's block on its county page.
    pub source: SourceRef,
}

/// One row: a label and one cell per picked unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRow {
    /// Its key for sorting the units by it (`sort=`): a field label in lower-case ASCII
    /// with hyphens ("antal-arenden-per-ar"), or a fact's key.
    pub key: String,
    pub label: RowLabel,
    pub cells: Vec<UnitCell>,
}

/// Units that are not in the data set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownUnits(pub Vec<String>);

impl fmt::Display for UnknownUnits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no unit with the id {}", self.0.join(", "))
    }
}

impl std::error::Error for UnknownUnits {}

/// The units side by side, in the order picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitsTable {
    pub units: Vec<UnitHead>,
    /// Field rows (union of labels in page order), then fact rows.
    pub rows: Vec<UnitRow>,
}

/// A label as a key: lower-case, å ä → a, ö → o, é → e, every other run of non-letters and
/// non-digits one hyphen ("DC:0–3R/DC:0–5" → "dc-0-3r-dc-0-5").
pub fn label_key(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The labels of several units in one list that keeps each unit's page order: the first
/// unit's labels in its order; a label only a later unit has goes in just before the next
/// label of that unit the list already holds (at the end if none).
fn label_union<'a>(units: &[&'a Unit]) -> Vec<&'a str> {
    let mut union: Vec<&str> = Vec::new();
    for u in units {
        let mut at = 0;
        for (i, f) in u.fields.iter().enumerate() {
            if let Some(pos) = union.iter().position(|l| *l == f.label) {
                at = at.max(pos + 1);
                continue;
            }
            let next = u.fields[i + 1..]
                .iter()
                .filter_map(|g| union.iter().position(|l| *l == g.label))
                .filter(|&p| p >= at)
                .min();
            let pos = next.unwrap_or(union.len()).max(at);
            union.insert(pos, &f.label);
            at = pos + 1;
        }
    }
    union
}

impl UnitsTable {
    /// The units with these ids, in this order, from these counties. Ids not found are an
    /// error naming them all.
    pub fn new(
        counties: &[County],
        ids: &[String],
        lexicon: &Lexicon,
        editorial: &Editorial,
    ) -> Result<UnitsTable, UnknownUnits> {
        let mut picked: Vec<(&County, &Unit)> = Vec::new();
        let mut unknown = Vec::new();
        for id in ids {
            match counties
                .iter()
                .find_map(|c| c.units.iter().find(|u| &u.id == id).map(|u| (c, u)))
            {
                Some(found) => picked.push(found),
                None => unknown.push(id.clone()),
            }
        }
        if !unknown.is_empty() {
            return Err(UnknownUnits(unknown));
        }
        let units: Vec<&Unit> = picked.iter().map(|(_, u)| *u).collect();
        let mut rows: Vec<UnitRow> = label_union(&units)
            .into_iter()
            .map(|label| UnitRow {
                key: label_key(label),
                label: RowLabel::Field(label.to_string()),
                cells: picked
                    .iter()
                    .map(|(c, u)| {
                        let fields: Vec<_> = u.fields.iter().filter(|f| f.label == label).collect();
                        match (fields.first(), fields.last()) {
                            (Some(first), Some(last)) => UnitCell::Field {
                                text: fields
                                    .iter()
                                    .map(|f| f.value.as_str())
                                    .collect::<Vec<_>>()
                                    .join("\n"),
                                source: SourceRef::lines(c, first.first_line, last.last_line),
                            },
                            _ => UnitCell::NotStated,
                        }
                    })
                    .collect(),
            })
            .collect();
        for fact in Fact::ALL {
            rows.push(UnitRow {
                key: fact.keys().0.to_string(),
                label: RowLabel::Fact(fact),
                cells: picked
                    .iter()
                    .map(|(c, u)| fact_cell(fact, c, u, lexicon, editorial))
                    .collect(),
            });
        }
        Ok(UnitsTable {
            units: picked
                .iter()
                .map(|(c, u)| UnitHead {
                    id: u.id.clone(),
                    name: u.name.clone(),
                    county_code: c.code.clone(),
                    county_name: c.name.clone(),
                    status: u.status,
                    source: SourceRef::lines(c, u.first_line, u.last_line),
                })
                .collect(),
            rows,
        })
    }

    /// The row with this key.
    pub fn row(&self, key: &str) -> Option<&UnitRow> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// The picked units' order after sorting them by a row (`Sort::column` is the row's
    /// key): indices into `units`. The pick's order without a sort or for an unknown row.
    pub fn sorted_units(&self, sort: Option<&Sort>) -> Vec<usize> {
        crate::compare::table::sorted_rows(&ByUnit(self), sort)
    }

    /// The table as CSV: a header of `field` and the units' ids (in `order`), then one line
    /// per row: the field's label as the page writes it, or the fact's name, and each
    /// unit's cell.
    pub fn csv(&self, order: &[usize], format: crate::compare::CsvFormat, lang: Lang) -> String {
        let mut records: Vec<Vec<String>> = Vec::new();
        let mut header = vec!["field".to_string()];
        header.extend(order.iter().map(|&u| self.units[u].id.clone()));
        records.push(header);
        for row in &self.rows {
            let mut record = vec![match &row.label {
                RowLabel::Field(l) => l.clone(),
                RowLabel::Fact(f) => f.keys().1.to_string(),
            }];
            record.extend(
                order
                    .iter()
                    .map(|&u| row.cells[u].value(lang).csv(format.decimal)),
            );
            records.push(record);
        }
        crate::compare::download::write_records(records, format)
    }
}

/// The table turned so that units are rows and its rows columns, for sorting the units.
struct ByUnit<'a>(&'a UnitsTable);

impl Table for ByUnit<'_> {
    fn columns(&self) -> &[Column] {
        &[]
    }

    fn row_count(&self) -> usize {
        self.0.units.len()
    }

    fn value(&self, row: usize, column: usize, lang: Lang) -> Value {
        self.0.rows[column].cells[row].value(lang)
    }

    fn sort_key(&self, row: usize, column: usize) -> SortKey {
        self.0.rows[column].cells[row].sort_key()
    }

    fn column_index(&self, key: &str) -> Option<usize> {
        self.0.rows.iter().position(|r| r.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_labels() {
        assert_eq!(label_key("Antal ärenden per år"), "antal-arenden-per-ar");
        assert_eq!(label_key("DC:0–3R/DC:0–5"), "dc-0-3r-dc-0-5");
        assert_eq!(
            label_key("Insatsens omfattning/intensitet"),
            "insatsens-omfattning-intensitet"
        );
        assert_eq!(label_key("Upptagningsområde"), "upptagningsomrade");
    }

    #[test]
    fn labels_merge_in_page_order() {
        let unit = |labels: &[&str]| Unit {
            name: String::new(),
            first_line: 1,
            last_line: 1,
            id: String::new(),
            status: OfferStatus::Active,
            opening_line: None,
            fields: labels
                .iter()
                .map(|l| crate::model::Field {
                    label: l.to_string(),
                    value: String::new(),
                    first_line: 1,
                    last_line: 1,
                })
                .collect(),
            catchment: Default::default(),
            parsed: Default::default(),
        };
        let a = unit(&["Namn", "Åldrar", "Personal", "Kontakt"]);
        let b = unit(&["Namn", "Huvudnamn", "Personal", "Övrigt", "Kontakt"]);
        assert_eq!(
            label_union(&[&a, &b]),
            [
                "Namn",
                "Åldrar",
                "Huvudnamn",
                "Personal",
                "Övrigt",
                "Kontakt"
            ]
        );
        assert_eq!(
            label_union(&[&b, &a]),
            [
                "Namn",
                "Huvudnamn",
                "Åldrar",
                "Personal",
                "Övrigt",
                "Kontakt"
            ]
        );
    }
}
