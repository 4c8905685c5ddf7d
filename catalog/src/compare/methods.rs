//! The methods matrix: methods (rows) × counties (columns). A cell lists the running units
//! whose fields name the method (`ParsedUnit::methods`) and the municipalities whose social
//! services name it (`SocialServices::methods`); units that are not running are listed
//! apart and not counted.

use crate::compare::counties::{MunicipalityRef, UnitRef};
use crate::compare::table::{Column, SortKey, Table, Value};
use crate::index::Lexicon;
use crate::model::{County, MethodKind};
use crate::route::Lang;

/// A county as a column head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyHead {
    pub code: String,
    pub name: String,
}

/// What stands behind one method in one county.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MethodCell {
    /// Running units that use it.
    pub units: Vec<UnitRef>,
    /// Units being built, planned or ended that name it: not counted.
    pub inactive_units: Vec<UnitRef>,
    /// Municipalities whose social services name it.
    pub municipalities: Vec<MunicipalityRef>,
}

impl MethodCell {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.inactive_units.is_empty() && self.municipalities.is_empty()
    }
}

/// One method's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodRow {
    /// Lexicon id.
    pub id: String,
    pub name: String,
    pub kind: MethodKind,
    /// One per county, in the matrix's county order.
    pub cells: Vec<MethodCell>,
}

impl MethodRow {
    /// Running units using it, in all counties.
    pub fn unit_count(&self) -> usize {
        self.cells.iter().map(|c| c.units.len()).sum()
    }

    /// Municipalities whose social services name it, in all counties.
    pub fn municipality_count(&self) -> usize {
        self.cells.iter().map(|c| c.municipalities.len()).sum()
    }
}

/// A column of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodColumn {
    Id,
    Name,
    Kind,
    Units,
    Municipalities,
    /// The running units of the county at this index.
    CountyUnits(usize),
    /// The municipalities of the county at this index.
    CountyMunicipalities(usize),
}

fn kind_id(k: MethodKind) -> &'static str {
    match k {
        MethodKind::Treatment => "treatment",
        MethodKind::Assessment => "assessment",
        MethodKind::Diagnostic => "diagnostic",
        MethodKind::Prevention => "prevention",
    }
}

/// The matrix: every method of the lexicon that some unit or some municipality's social
/// services name, in lexicon order; counties in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodsMatrix {
    pub counties: Vec<CountyHead>,
    pub rows: Vec<MethodRow>,
    kinds: Vec<MethodColumn>,
    columns: Vec<Column>,
}

impl MethodsMatrix {
    pub fn new<'a>(
        counties: impl IntoIterator<Item = &'a County>,
        lexicon: &Lexicon,
    ) -> MethodsMatrix {
        let counties: Vec<&County> = counties.into_iter().collect();
        let rows = lexicon
            .methods
            .iter()
            .map(|m| MethodRow {
                id: m.id.clone(),
                name: m.name.clone(),
                kind: m.kind,
                cells: counties.iter().map(|c| cell(c, &m.id)).collect(),
            })
            .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
            .collect();
        let mut kinds = vec![
            MethodColumn::Id,
            MethodColumn::Name,
            MethodColumn::Kind,
            MethodColumn::Units,
            MethodColumn::Municipalities,
        ];
        for i in 0..counties.len() {
            kinds.push(MethodColumn::CountyUnits(i));
            kinds.push(MethodColumn::CountyMunicipalities(i));
        }
        let heads: Vec<CountyHead> = counties
            .iter()
            .map(|c| CountyHead {
                code: c.code.clone(),
                name: c.name.clone(),
            })
            .collect();
        let columns = kinds.iter().map(|&k| column(k, &heads)).collect();
        MethodsMatrix {
            counties: heads,
            rows,
            kinds,
            columns,
        }
    }

    pub fn kind(&self, column: usize) -> MethodColumn {
        self.kinds[column]
    }

    /// The row of the method with this lexicon id.
    pub fn row(&self, id: &str) -> Option<&MethodRow> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// The cell of a method in the county with this code.
    pub fn cell(&self, method: &str, county: &str) -> Option<&MethodCell> {
        let i = self.counties.iter().position(|c| c.code == county)?;
        self.row(method).map(|r| &r.cells[i])
    }
}

fn cell(county: &County, method: &str) -> MethodCell {
    let named = |u: &&crate::model::Unit| u.parsed.methods.iter().any(|m| m == method);
    let unit_ref = |u: &crate::model::Unit| UnitRef {
        id: u.id.clone(),
        name: u.name.clone(),
        status: u.status,
    };
    MethodCell {
        units: county
            .units
            .iter()
            .filter(named)
            .filter(|u| u.status.is_active())
            .map(unit_ref)
            .collect(),
        inactive_units: county
            .units
            .iter()
            .filter(named)
            .filter(|u| !u.status.is_active())
            .map(unit_ref)
            .collect(),
        municipalities: county
            .municipalities
            .iter()
            .filter(|m| m.social_services.methods.iter().any(|id| id == method))
            .map(|m| MunicipalityRef {
                code: m.code.clone(),
                name: m.name.clone(),
            })
            .collect(),
    }
}

fn column(kind: MethodColumn, counties: &[CountyHead]) -> Column {
    let c = Column::new;
    match kind {
        MethodColumn::Id => c("id", "method_id", "Metodens id", "Method id", false),
        MethodColumn::Name => c("metod", "method", "Metod", "Method", false),
        MethodColumn::Kind => c("typ", "kind", "Typ", "Kind", false),
        MethodColumn::Units => c(
            "enheter",
            "units",
            "Enheter som använder den",
            "Units using it",
            true,
        ),
        MethodColumn::Municipalities => c(
            "kommuner",
            "municipalities",
            "Kommuner vars socialtjänst nämner den",
            "Municipalities whose social services name it",
            true,
        ),
        MethodColumn::CountyUnits(i) => {
            let h = &counties[i];
            Column {
                key: format!("enheter-{}", h.code),
                csv: format!("units_{}", h.code),
                sv: format!("{}: enheter", h.name),
                en: format!("{}: units", h.name),
                ..c("", "", "", "", true)
            }
        }
        MethodColumn::CountyMunicipalities(i) => {
            let h = &counties[i];
            Column {
                key: format!("kommuner-{}", h.code),
                csv: format!("municipalities_{}", h.code),
                sv: format!("{}: kommuner", h.name),
                en: format!("{}: municipalities", h.name),
                ..c("", "", "", "", true)
            }
        }
    }
}

impl Table for MethodsMatrix {
    fn columns(&self) -> &[Column] {
        &self.columns
    }

    fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// The CSV holds the items behind a county's cell: unit ids and municipality codes,
    /// `;`-separated (as `export municipalities` joins ids); the totals are counts.
    fn value(&self, row: usize, column: usize, _: Lang) -> Value {
        let r = &self.rows[row];
        match self.kinds[column] {
            MethodColumn::Id => Value::Text(r.id.clone()),
            MethodColumn::Name => Value::Text(r.name.clone()),
            MethodColumn::Kind => Value::Text(kind_id(r.kind).to_string()),
            MethodColumn::Units => Value::count(r.unit_count() as u32),
            MethodColumn::Municipalities => Value::count(r.municipality_count() as u32),
            MethodColumn::CountyUnits(i) => Value::Text(
                r.cells[i]
                    .units
                    .iter()
                    .map(|u| u.id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
            MethodColumn::CountyMunicipalities(i) => Value::Text(
                r.cells[i]
                    .municipalities
                    .iter()
                    .map(|m| m.code.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
        }
    }

    /// A county's column sorts by how many items it lists.
    fn sort_key(&self, row: usize, column: usize) -> SortKey {
        let r = &self.rows[row];
        match self.kinds[column] {
            MethodColumn::CountyUnits(i) => SortKey::Number(r.cells[i].units.len() as f64),
            MethodColumn::CountyMunicipalities(i) => {
                SortKey::Number(r.cells[i].municipalities.len() as f64)
            }
            _ => SortKey::from(&self.value(row, column, Lang::Sv)),
        }
    }
}
