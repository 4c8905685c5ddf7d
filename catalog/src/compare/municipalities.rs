//! Every municipality of the data set in one table: its county, team coverage, the units
//! that cover it, its social services' stance and methods, its family centres. The rows
//! and their CSV are exactly those of `catalog::export::municipalities_csv` (the data
//! tool's `export municipalities`), which is built from this table.

use crate::compare::counties::{lacks_section, UnitRef, FAMILY_CENTRES_SECTION};
use crate::compare::table::{Column, Order, SortKey, Table, Value};
use crate::model::{County, Stance};
use crate::route::Lang;

/// One municipality of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityRow {
    pub county_code: String,
    pub county_name: String,
    pub code: String,
    pub name: String,
    /// The units whose catchment includes it, in the data's order.
    pub covering_units: Vec<UnitRef>,
    pub stance: Stance,
    /// Lexicon ids of the methods its social services name.
    pub methods: Vec<String>,
    /// Its family centres; `None` when the page lacks its "Familjecentraler" part.
    pub family_centres: Option<u32>,
}

impl MunicipalityRow {
    pub fn has_team(&self) -> bool {
        !self.covering_units.is_empty()
    }
}

/// A column of the municipalities table: the columns of `export::MUNICIPALITIES_HEADER`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MunicipalityColumn {
    County,
    Code,
    Name,
    Team,
    Units,
    SocialServices,
    Methods,
    FamilyCentres,
}

impl MunicipalityColumn {
    pub const ALL: [MunicipalityColumn; 8] = [
        MunicipalityColumn::County,
        MunicipalityColumn::Code,
        MunicipalityColumn::Name,
        MunicipalityColumn::Team,
        MunicipalityColumn::Units,
        MunicipalityColumn::SocialServices,
        MunicipalityColumn::Methods,
        MunicipalityColumn::FamilyCentres,
    ];

    pub fn column(self) -> Column {
        use MunicipalityColumn::*;
        let c = Column::new;
        match self {
            County => c("lan", "county_code", "Län", "County", false),
            Code => c(
                "kod",
                "municipality_code",
                "Kommunkod",
                "Municipality code",
                false,
            ),
            Name => c("kommun", "municipality", "Kommun", "Municipality", false),
            Team => c("team", "team_coverage", "Har ett team", "Has a team", false)
                .first(Order::Descending),
            Units => c(
                "enheter",
                "covering_units",
                "Team som tar emot familjer därifrån",
                "Teams that take families from there",
                true,
            ),
            SocialServices => c(
                "socialtjanst",
                "social_services",
                "Socialtjänsten",
                "Social services",
                false,
            )
            .first(Order::Descending),
            Methods => c(
                "metoder",
                "social_services_methods",
                "Metoder som socialtjänsten nämner",
                "Methods social services name",
                false,
            ),
            FamilyCentres => c(
                "familjecentraler",
                "family_centres",
                "Familjecentraler",
                "Family centres",
                true,
            ),
        }
    }
}

/// The municipalities table: counties in code order, municipalities in code order within
/// each, optionally of one county only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityTable {
    pub rows: Vec<MunicipalityRow>,
    columns: Vec<Column>,
}

impl MunicipalityTable {
    /// Every municipality of these counties, or of the county with code `only`.
    pub fn new<'a>(
        counties: impl IntoIterator<Item = &'a County>,
        only: Option<&str>,
    ) -> MunicipalityTable {
        let mut counties: Vec<&County> = counties
            .into_iter()
            .filter(|c| only.is_none_or(|code| c.code == code))
            .collect();
        counties.sort_by(|a, b| a.code.cmp(&b.code));
        let mut rows = Vec::new();
        for county in counties {
            let centres_missing = lacks_section(county, FAMILY_CENTRES_SECTION);
            let mut municipalities: Vec<_> = county.municipalities.iter().collect();
            municipalities.sort_by(|a, b| a.code.cmp(&b.code));
            for m in municipalities {
                rows.push(MunicipalityRow {
                    county_code: county.code.clone(),
                    county_name: county.name.clone(),
                    code: m.code.clone(),
                    name: m.name.clone(),
                    covering_units: m
                        .covering_units
                        .iter()
                        .map(|id| {
                            let unit = county.units.iter().find(|u| &u.id == id);
                            UnitRef {
                                id: id.clone(),
                                name: unit.map_or_else(|| id.clone(), |u| u.name.clone()),
                                status: unit.map(|u| u.status).unwrap_or_default(),
                            }
                        })
                        .collect(),
                    stance: m.social_services.stance,
                    methods: m.social_services.methods.clone(),
                    family_centres: (!centres_missing).then_some(m.family_centres.len() as u32),
                });
            }
        }
        MunicipalityTable {
            rows,
            columns: MunicipalityColumn::ALL.iter().map(|c| c.column()).collect(),
        }
    }
}

impl Table for MunicipalityTable {
    fn columns(&self) -> &[Column] {
        &self.columns
    }

    fn row_count(&self) -> usize {
        self.rows.len()
    }

    fn value(&self, row: usize, column: usize, _: Lang) -> Value {
        use MunicipalityColumn::*;
        let r = &self.rows[row];
        let text = |s: &str| Value::Text(s.to_string());
        match MunicipalityColumn::ALL[column] {
            County => text(&r.county_code),
            Code => text(&r.code),
            Name => text(&r.name),
            Team => text(if r.has_team() { "yes" } else { "no" }),
            Units => Value::Text(
                r.covering_units
                    .iter()
                    .map(|u| u.id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
            SocialServices => text(r.stance.as_str()),
            Methods => Value::Text(r.methods.join(";")),
            FamilyCentres => r.family_centres.map_or(Value::NotStated, Value::count),
        }
    }

    fn sort_key(&self, row: usize, column: usize) -> SortKey {
        use MunicipalityColumn::*;
        let r = &self.rows[row];
        match MunicipalityColumn::ALL[column] {
            County => SortKey::Text(r.county_name.clone()),
            Team => SortKey::Number(if r.has_team() { 1.0 } else { 0.0 }),
            Units => SortKey::Number(r.covering_units.len() as f64),
            // The stances' own order: offers highest, not reported lowest.
            SocialServices => SortKey::Number(f64::from(r.stance as u8)),
            _ => SortKey::from(&self.value(row, column, Lang::Sv)),
        }
    }
}
