//! The county table's columns (URL key, CSV header, labels), each county's cells as the
//! CSV holds them and as they sort: the rows are `counties::CountyRow`.

use crate::compare::counties::CountyRow;
use crate::compare::editorial::Editorial;
use crate::compare::figures::Figure;
use crate::compare::labels::{self, STANCES};
use crate::compare::stated::StatedFigure;
use crate::compare::table::{Column, SortKey, Table, Value};
use crate::export::coverage_word;
use crate::model::{County, Coverage, Stance};
use crate::route::Lang;

/// A column of the county table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountyColumn {
    Code,
    Name,
    Children,
    Municipalities,
    Units,
    UnitsNotRunning,
    WithTeam,
    WithTeamShare,
    Unnamed,
    StatedWithTeam,
    Access,
    UnitsPer10000,
    FamilyCentres,
    FamilyCentresPer1000,
    SocialServices(Stance),
    Updated,
    Staff,
    Cases,
}

/// The URL key of a stance's column, after `socialtjanst-`.
fn stance_key(s: Stance) -> &'static str {
    match s {
        Stance::Offers => "erbjuder",
        Stance::ViaUnit => "via-team",
        Stance::Limited => "begransat",
        Stance::Buys => "koper",
        Stance::Planned => "planerar",
        Stance::Ended => "upphort",
        Stance::None => "kan-inte",
        Stance::NotReported => "ej-rapporterat",
    }
}

impl CountyColumn {
    /// Every column, in the table's order.
    pub fn all() -> Vec<CountyColumn> {
        use CountyColumn::*;
        let mut out = vec![
            Code,
            Name,
            Children,
            Municipalities,
            Units,
            UnitsNotRunning,
            WithTeam,
            WithTeamShare,
            Unnamed,
            StatedWithTeam,
            Access,
            UnitsPer10000,
            FamilyCentres,
            FamilyCentresPer1000,
        ];
        out.extend(STANCES.iter().map(|&s| SocialServices(s)));
        out.extend([Updated, Staff, Cases]);
        out
    }

    pub fn column(self) -> Column {
        use CountyColumn::*;
        let c = Column::new;
        match self {
            Code => c("kod", "county_code", "Länskod", "County code", false),
            Name => c("lan", "county", "Län", "County", false),
            Children => c("barn", "children_0_5", "Barn 0–5 år", "Children 0–5", true),
            Municipalities => c(
                "kommuner",
                "municipalities",
                "Kommuner",
                "Municipalities",
                true,
            ),
            Units => c(
                "enheter",
                "units",
                "Specialiserade enheter i drift",
                "Specialised units running",
                true,
            ),
            UnitsNotRunning => c(
                "enheter-ej-i-drift",
                "units_not_running",
                "Enheter ej i drift",
                "Units not running",
                true,
            ),
            WithTeam => c(
                "med-team",
                "municipalities_with_team",
                "Kommuner med team",
                "Municipalities with a team",
                true,
            ),
            WithTeamShare => c(
                "andel-med-team",
                "municipalities_with_team_pct",
                "Andel kommuner med team (%)",
                "Share of municipalities with a team (%)",
                true,
            ),
            Unnamed => c(
                "ej-namngivna",
                "municipalities_counted_unnamed",
                "Kommuner som upptagningsområden räknar utan namn",
                "Municipalities catchments count without naming them",
                true,
            ),
            StatedWithTeam => c(
                "enligt-sidan",
                "municipalities_with_team_stated",
                "Kommuner med team enligt sidans text",
                "Municipalities with a team as the page states",
                true,
            ),
            Access => c(
                "tillgang",
                "access",
                "Tillgång till team",
                "Access to a team",
                false,
            )
            .first(crate::compare::table::Order::Descending),
            UnitsPer10000 => c(
                "enheter-per-10000",
                "units_per_10000_children",
                "Enheter per 10 000 barn 0–5 år",
                "Units per 10,000 children 0–5",
                true,
            ),
            FamilyCentres => c(
                "familjecentraler",
                "family_centres",
                "Familjecentraler",
                "Family centres",
                true,
            ),
            FamilyCentresPer1000 => c(
                "familjecentraler-per-1000",
                "family_centres_per_1000_children",
                "Familjecentraler per 1 000 barn 0–5 år",
                "Family centres per 1,000 children 0–5",
                true,
            ),
            SocialServices(s) => Column {
                key: format!("socialtjanst-{}", stance_key(s)),
                csv: format!("social_services_{}", s.as_str()),
                sv: format!("Kommuner: {}", labels::stance_count(s, Lang::Sv)),
                en: format!("Municipalities: {}", labels::stance_count(s, Lang::En)),
                numeric: true,
                first_order: crate::compare::table::Order::Descending,
            },
            Updated => c(
                "datum",
                "updated",
                "Sidan senast uppdaterad",
                "Page last updated",
                false,
            ),
            Staff => c(
                "personal",
                "staff_as_stated",
                "Personal, som varje enhet anger den",
                "Staff, as each unit states it",
                false,
            ),
            Cases => c(
                "arenden",
                "cases_per_year_as_stated",
                "Ärenden per år, som varje enhet anger dem",
                "Cases per year, as each unit states them",
                false,
            ),
        }
    }
}

/// The county table: one row per county, in the order given (code order from the index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyTable {
    pub rows: Vec<CountyRow>,
    kinds: Vec<CountyColumn>,
    columns: Vec<Column>,
}

impl CountyTable {
    pub fn new<'a>(
        counties: impl IntoIterator<Item = &'a County>,
        editorial: &Editorial,
    ) -> CountyTable {
        let kinds = CountyColumn::all();
        CountyTable {
            rows: counties
                .into_iter()
                .map(|c| CountyRow::of(c, editorial))
                .collect(),
            columns: kinds.iter().map(|k| k.column()).collect(),
            kinds,
        }
    }

    pub fn kind(&self, column: usize) -> CountyColumn {
        self.kinds[column]
    }

    /// The row of the county with this code.
    pub fn row(&self, code: &str) -> Option<&CountyRow> {
        self.rows.iter().find(|r| r.code == code)
    }
}

fn figure_value(f: &Figure) -> Value {
    f.value.map_or(Value::NotStated, Value::Number)
}

fn figure_key(f: &Figure) -> SortKey {
    f.exact().map_or(SortKey::NotStated, SortKey::Number)
}

fn stated_lines(figures: &[StatedFigure], lang: Lang) -> Value {
    if figures.is_empty() {
        return Value::NotStated;
    }
    Value::Text(
        figures
            .iter()
            .map(|f| f.describe(lang))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

fn access_rank(c: Coverage) -> f64 {
    match c {
        Coverage::None => 0.0,
        Coverage::Partial => 1.0,
        Coverage::Full => 2.0,
    }
}

impl Table for CountyTable {
    fn columns(&self) -> &[Column] {
        &self.columns
    }

    fn row_count(&self) -> usize {
        self.rows.len()
    }

    fn value(&self, row: usize, column: usize, lang: Lang) -> Value {
        use CountyColumn::*;
        let r = &self.rows[row];
        match self.kinds[column] {
            Code => Value::Text(r.code.clone()),
            Name => Value::Text(r.name.clone()),
            Children => figure_value(&r.children),
            Municipalities => figure_value(&r.municipalities),
            Units => figure_value(&r.units),
            UnitsNotRunning => Value::count(r.inactive_units.len() as u32),
            WithTeam => figure_value(&r.with_team),
            WithTeamShare => figure_value(&r.with_team_share),
            Unnamed => Value::count(r.unnamed_municipalities),
            StatedWithTeam => r
                .stated_with_team
                .as_ref()
                .map_or(Value::NotStated, |s| Value::count(s.covered)),
            Access => Value::Text(coverage_word(r.access).to_string()),
            UnitsPer10000 => figure_value(&r.units_per_10000),
            FamilyCentres => figure_value(&r.family_centres),
            FamilyCentresPer1000 => figure_value(&r.family_centres_per_1000),
            SocialServices(s) => figure_value(&r.stance(s).figure),
            Updated => r.updated.clone().map_or(Value::NotStated, Value::Text),
            Staff => stated_lines(&r.staff, lang),
            Cases => stated_lines(&r.cases, lang),
        }
    }

    fn sort_key(&self, row: usize, column: usize) -> SortKey {
        use CountyColumn::*;
        let r = &self.rows[row];
        match self.kinds[column] {
            WithTeamShare => figure_key(&r.with_team_share),
            UnitsPer10000 => figure_key(&r.units_per_10000),
            FamilyCentresPer1000 => figure_key(&r.family_centres_per_1000),
            Access => SortKey::Number(access_rank(r.access)),
            Staff | Cases => {
                let figures = if self.kinds[column] == Staff {
                    &r.staff
                } else {
                    &r.cases
                };
                figures
                    .iter()
                    .find_map(|f| f.text.clone())
                    .map_or(SortKey::NotStated, SortKey::Text)
            }
            _ => SortKey::from(&self.value(row, column, Lang::Sv)),
        }
    }
}
