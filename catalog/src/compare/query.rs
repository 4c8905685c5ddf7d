//! The comparison page's URL state: which table, its sort column and direction, the county
//! filter of the municipalities table, the unit pick of the units table and the chart's
//! figure, as Swedish query parameters (`tabell=kommuner&lan=18&sort=familjecentraler&
//! ordning=fallande`). `catalog::route` hands over the page's parameters without `sida` and
//! `lang`. Parsing is strict like the route's: an unknown parameter or value, a repeated
//! parameter, or a parameter of another table is a `Problem`.
//!
//! Parameters (values in brackets; the first is the default, left out of URLs):
//! - `tabell` [`lan` | `metoder` | `kommuner` | `enheter`]
//! - `sort`: a column key of the table (`CountyColumn`, `MethodColumn`, …; for the units
//!   table a row key); `ordning` [`stigande` | `fallande`], only with `sort`
//! - `lan`: a county code, two digits (municipalities table only)
//! - `enheter`: unit ids separated by commas, in the order to show them (units table only)
//! - `diagram`: a chart figure's key (counties table only)
//!
//! What the syntax cannot tell (does the county, unit or column exist?) `check` tells
//! against the data.

use crate::compare::chart::ChartFigure;
use crate::compare::table::{Order, Sort};
use crate::route::Problem;

/// The comparison tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TableKind {
    /// Counties side by side.
    #[default]
    Counties,
    /// The methods matrix.
    Methods,
    /// Every municipality.
    Municipalities,
    /// Units side by side.
    Units,
}

impl TableKind {
    pub const ALL: [TableKind; 4] = [
        TableKind::Counties,
        TableKind::Methods,
        TableKind::Municipalities,
        TableKind::Units,
    ];

    /// Its value of `tabell`, also the file name's `what`.
    pub fn key(self) -> &'static str {
        match self {
            TableKind::Counties => "lan",
            TableKind::Methods => "metoder",
            TableKind::Municipalities => "kommuner",
            TableKind::Units => "enheter",
        }
    }

    pub fn parse(key: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|t| t.key() == key)
    }

    /// Its title, for headings, the chart and the citation.
    pub fn title(self, lang: crate::route::Lang) -> &'static str {
        use crate::route::Lang::*;
        match (self, lang) {
            (TableKind::Counties, Sv) => "Län sida vid sida",
            (TableKind::Counties, En) => "Counties side by side",
            (TableKind::Methods, Sv) => "Metoder per län",
            (TableKind::Methods, En) => "Methods by county",
            (TableKind::Municipalities, Sv) => "Kommuner",
            (TableKind::Municipalities, En) => "Municipalities",
            (TableKind::Units, Sv) => "Enheter sida vid sida",
            (TableKind::Units, En) => "Units side by side",
        }
    }
}

/// The comparison page's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareQuery {
    pub table: TableKind,
    /// `None`: the table's own order.
    pub sort: Option<Sort>,
    /// Municipalities table: only this county's municipalities.
    pub county: Option<String>,
    /// Units table: the picked unit ids, in order.
    pub units: Vec<String>,
    /// Counties table: the chart's figure (`None`: the first of `ChartFigure::ALL`).
    pub chart: Option<ChartFigure>,
}

const KEY_TABLE: &str = "tabell";
const KEY_SORT: &str = "sort";
const KEY_ORDER: &str = "ordning";
const KEY_COUNTY: &str = "lan";
const KEY_UNITS: &str = "enheter";
const KEY_CHART: &str = "diagram";

fn invalid(key: &str, value: &str) -> Problem {
    Problem::InvalidValue {
        key: key.to_string(),
        value: value.to_string(),
    }
}

/// Lower-case ASCII letters, digits and single inner hyphens: a column key or a unit id's
/// slug.
fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// A unit id: a two-digit county code, a hyphen, a slug (`18-gryningen-karlskoga`).
fn is_unit_id(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 3 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b'-' && is_key(&s[3..])
}

impl CompareQuery {
    /// The state from the page's query parameters (without `sida` and `lang`), in order.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<CompareQuery, Problem> {
        let mut seen: Vec<String> = Vec::new();
        let mut table = None;
        let mut sort = None;
        let mut order = None;
        let mut county = None;
        let mut units = None;
        let mut chart = None;
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref());
            if seen.iter().any(|k| k == key) {
                return Err(Problem::RepeatedParameter(key.to_string()));
            }
            seen.push(key.to_string());
            match key {
                KEY_TABLE => {
                    table = Some(TableKind::parse(value).ok_or_else(|| invalid(key, value))?)
                }
                KEY_SORT if is_key(value) => sort = Some(value.to_string()),
                KEY_ORDER => order = Some(Order::parse(value).ok_or_else(|| invalid(key, value))?),
                KEY_COUNTY if value.len() == 2 && value.bytes().all(|b| b.is_ascii_digit()) => {
                    county = Some(value.to_string())
                }
                KEY_UNITS => {
                    let ids: Vec<String> = value.split(',').map(str::to_string).collect();
                    let bad = ids
                        .iter()
                        .enumerate()
                        .any(|(i, id)| !is_unit_id(id) || ids[..i].contains(id));
                    if bad {
                        return Err(invalid(key, value));
                    }
                    units = Some(ids);
                }
                KEY_CHART => {
                    chart = Some(ChartFigure::parse(value).ok_or_else(|| invalid(key, value))?)
                }
                KEY_SORT | KEY_COUNTY => return Err(invalid(key, value)),
                _ => return Err(Problem::UnknownParameter(key.to_string())),
            }
        }
        let table = table.unwrap_or_default();
        // A parameter of another table is refused, as is a direction without a column.
        let refuse = |key: &str, value: String| Err(invalid(key, &value));
        if let (Some(o), None) = (order, &sort) {
            return refuse(KEY_ORDER, o.key().to_string());
        }
        if let (Some(c), false) = (&county, table == TableKind::Municipalities) {
            return refuse(KEY_COUNTY, c.clone());
        }
        if let (Some(u), false) = (&units, table == TableKind::Units) {
            return refuse(KEY_UNITS, u.join(","));
        }
        if let (Some(c), false) = (chart, table == TableKind::Counties) {
            return refuse(KEY_CHART, c.key().to_string());
        }
        Ok(CompareQuery {
            table,
            sort: sort.map(|column| Sort {
                column,
                order: order.unwrap_or_default(),
            }),
            county,
            units: units.unwrap_or_default(),
            chart,
        })
    }

    /// The parameters of this state, defaults left out, in a fixed order: `tabell`, `lan`,
    /// `enheter`, `sort`, `ordning`, `diagram`. `from_pairs(to_pairs())` gives the state
    /// back.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.table != TableKind::default() {
            out.push((KEY_TABLE, self.table.key().to_string()));
        }
        if let (Some(c), TableKind::Municipalities) = (&self.county, self.table) {
            out.push((KEY_COUNTY, c.clone()));
        }
        if !self.units.is_empty() && self.table == TableKind::Units {
            out.push((KEY_UNITS, self.units.join(",")));
        }
        if let Some(s) = &self.sort {
            out.push((KEY_SORT, s.column.clone()));
            if s.order != Order::default() {
                out.push((KEY_ORDER, s.order.key().to_string()));
            }
        }
        if let (Some(c), TableKind::Counties) = (self.chart, self.table) {
            out.push((KEY_CHART, c.key().to_string()));
        }
        out
    }

    /// Checks the state against the data: the county filter is a county of the data set,
    /// every picked unit exists, the sort names a column of the table (for the units table,
    /// a row of it). `columns` are the keys of the table's columns as built (or the units
    /// table's row keys); `counties` the codes of the data set; `unit_ids` every unit id.
    pub fn check<'a>(
        &self,
        columns: impl IntoIterator<Item = &'a str>,
        counties: &[&str],
        unit_ids: &[&str],
    ) -> Result<(), Problem> {
        if let Some(c) = &self.county {
            if !counties.contains(&c.as_str()) {
                return Err(invalid(KEY_COUNTY, c));
            }
        }
        if let Some(u) = self.units.iter().find(|u| !unit_ids.contains(&u.as_str())) {
            return Err(invalid(KEY_UNITS, u));
        }
        if let Some(s) = &self.sort {
            if !columns.into_iter().any(|k| k == s.column) {
                return Err(invalid(KEY_SORT, &s.column));
            }
        }
        Ok(())
    }

    /// The name of this view's CSV file (`download::file_name`): the table's key, with the
    /// county filter if there is one.
    pub fn file_name(&self, date: &str, format: crate::compare::CsvFormat) -> String {
        let what = match (&self.county, self.table) {
            (Some(c), TableKind::Municipalities) => format!("{}-{c}", self.table.key()),
            _ => self.table.key().to_string(),
        };
        crate::compare::download::file_name(&what, date, format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Result<CompareQuery, Problem> {
        CompareQuery::from_pairs(form_urlencoded::parse(q.as_bytes()))
    }

    #[test]
    fn round_trip() {
        let states = [
            CompareQuery::default(),
            CompareQuery {
                sort: Some(Sort {
                    column: "barn".into(),
                    order: Order::Descending,
                }),
                chart: Some(ChartFigure::FamilyCentresPer1000),
                ..Default::default()
            },
            CompareQuery {
                table: TableKind::Municipalities,
                county: Some("18".into()),
                sort: Some(Sort {
                    column: "kommun".into(),
                    order: Order::Ascending,
                }),
                ..Default::default()
            },
            CompareQuery {
                table: TableKind::Units,
                units: vec![
                    "05-foraldrar-spadbarn-hagadal-linkoping".into(),
                    "18-gryningen-karlskoga".into(),
                ],
                sort: Some(Sort {
                    column: "antal-arenden-per-ar".into(),
                    order: Order::Descending,
                }),
                ..Default::default()
            },
            CompareQuery {
                table: TableKind::Methods,
                sort: Some(Sort {
                    column: "enheter-18".into(),
                    order: Order::Descending,
                }),
                ..Default::default()
            },
        ];
        for s in states {
            let pairs = s.to_pairs();
            assert_eq!(CompareQuery::from_pairs(pairs.clone()), Ok(s), "{pairs:?}");
        }
        let q = CompareQuery {
            table: TableKind::Units,
            units: vec!["18-gryningen-karlskoga".into(), "05-x".into()],
            ..Default::default()
        };
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(q.to_pairs())
            .finish();
        assert_eq!(
            encoded,
            "tabell=enheter&enheter=18-gryningen-karlskoga%2C05-x"
        );
        assert_eq!(parse(&encoded), Ok(q));
        assert_eq!(
            parse("sort=barn&ordning=fallande").unwrap().to_pairs(),
            [
                ("sort", "barn".to_string()),
                ("ordning", "fallande".to_string())
            ]
        );
        assert!(CompareQuery::default().to_pairs().is_empty());
    }

    #[test]
    fn problems_are_named() {
        let bad = |k: &str, v: &str| {
            Err(Problem::InvalidValue {
                key: k.into(),
                value: v.into(),
            })
        };
        assert_eq!(parse("tabell=diagram"), bad("tabell", "diagram"));
        assert_eq!(parse("sort=Barn"), bad("sort", "Barn"));
        assert_eq!(parse("sort=barn&ordning=upp"), bad("ordning", "upp"));
        assert_eq!(parse("ordning=fallande"), bad("ordning", "fallande"));
        assert_eq!(parse("tabell=kommuner&lan=1"), bad("lan", "1"));
        assert_eq!(
            parse("lan=18"),
            bad("lan", "18"),
            "a filter of the municipalities table only"
        );
        assert_eq!(
            parse("tabell=enheter&enheter=18-a,18-a"),
            bad("enheter", "18-a,18-a")
        );
        assert_eq!(
            parse("tabell=enheter&enheter=gryningen"),
            bad("enheter", "gryningen")
        );
        assert_eq!(parse("tabell=enheter&enheter="), bad("enheter", ""));
        assert_eq!(parse("enheter=18-a"), bad("enheter", "18-a"));
        assert_eq!(
            parse("tabell=metoder&diagram=familjecentraler-per-1000"),
            bad("diagram", "familjecentraler-per-1000")
        );
        assert_eq!(parse("diagram=kakor"), bad("diagram", "kakor"));
        assert_eq!(
            parse("sida=jamfor"),
            Err(Problem::UnknownParameter("sida".into()))
        );
        assert_eq!(
            parse("sort=barn&sort=lan"),
            Err(Problem::RepeatedParameter("sort".into()))
        );
    }

    #[test]
    fn checked_against_the_data() {
        let q = parse("tabell=kommuner&lan=18&sort=kommun").unwrap();
        let columns = ["lan", "kommun"];
        assert_eq!(q.check(columns, &["01", "18"], &[]), Ok(()));
        assert!(q.check(columns, &["01"], &[]).is_err());
        assert!(q.check(["lan"], &["18"], &[]).is_err());
        let u = parse("tabell=enheter&enheter=18-gryningen-karlskoga,01-x").unwrap();
        assert_eq!(
            u.check([], &[], &["18-gryningen-karlskoga"]),
            Err(Problem::InvalidValue {
                key: "enheter".into(),
                value: "01-x".into()
            })
        );
        assert_eq!(
            q.file_name("2026-11-26", crate::compare::CsvFormat::EXCEL),
            "samspelskartan-kommuner-18-2026-11-26-excel.csv"
        );
        assert_eq!(
            CompareQuery::default().file_name("2026-11-26", crate::compare::CsvFormat::PLAIN),
            "samspelskartan-lan-2026-11-26.csv"
        );
    }
}
