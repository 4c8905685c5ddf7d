//! The properties of the GeoJSON files' features: the columns of the comparison tables
//! (the municipalities table for a municipality, the counties table for a county), under
//! their CSV names and with the same values, then a few of their own. A municipality or
//! county whose county page is not in the data set has its code and name, `in_data_set`
//! false, access `not_in_data_set` (counties) and null for every figure: not known, never
//! "no".

use super::manifest::FieldDoc;
use crate::compare::{CountyColumn, MunicipalityColumn};

/// The access of a county whose page is not in the data set.
pub const NOT_IN_DATA_SET: &str = "not_in_data_set";

/// The county's name (municipalities).
pub const COUNTY_NAME: &str = "county";
/// Whether the county's page is in the data set.
pub const IN_DATA_SET: &str = "in_data_set";
/// The names of the covering units, `;`-separated, in the order of `covering_units`.
pub const COVERING_UNIT_NAMES: &str = "covering_unit_names";
/// The county page's file in the repository.
pub const SOURCE_FILE: &str = "source_file";
/// The county page's "Senast uppdaterad" date (municipalities; counties have `updated`).
pub const SOURCE_UPDATED: &str = "source_updated";
/// The counties table's access column, whose values the GeoJSON extends.
pub const ACCESS: &str = "access";

fn in_data_set() -> FieldDoc {
    FieldDoc::new(
        IN_DATA_SET,
        "Länets sida finns i datamängden (true/false)",
        "The county's page is in the data set (true/false)",
    )
}

fn source_file() -> FieldDoc {
    FieldDoc::new(
        SOURCE_FILE,
        "Länssidan uppgifterna kommer från (fil i projektets förråd)",
        "The county page the facts come from (a file in the project's repository)",
    )
}

/// A municipality feature's properties, in the file's order.
pub fn municipality_properties() -> Vec<FieldDoc> {
    let mut out: Vec<FieldDoc> = MunicipalityColumn::ALL
        .iter()
        .map(|c| {
            let c = c.column();
            FieldDoc::new(&c.csv, &c.sv, &c.en)
        })
        .collect();
    out.extend([
        FieldDoc::new(COUNTY_NAME, "Länets namn", "The county's name"),
        in_data_set(),
        FieldDoc::new(
            COVERING_UNIT_NAMES,
            "Namnen på teamen som tar emot familjer därifrån",
            "Names of the teams that take families from there",
        ),
        source_file(),
        FieldDoc::new(
            SOURCE_UPDATED,
            "Länssidan senast uppdaterad",
            "County page last updated",
        ),
    ]);
    out
}

/// A county feature's properties, in the file's order.
pub fn county_properties() -> Vec<FieldDoc> {
    let mut out: Vec<FieldDoc> = CountyColumn::all()
        .into_iter()
        .map(|c| {
            let c = c.column();
            if c.csv == ACCESS {
                FieldDoc::new(
                    ACCESS,
                    "Tillgång till team: full, partial, none eller not_in_data_set",
                    "Access to a team: full, partial, none or not_in_data_set",
                )
            } else {
                FieldDoc::new(&c.csv, &c.sv, &c.en)
            }
        })
        .collect();
    out.extend([in_data_set(), source_file()]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_start_with_the_tables_columns() {
        for props in [municipality_properties(), county_properties()] {
            let mut names: Vec<&str> = props.iter().map(|p| p.name.as_str()).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), props.len());
        }
        let m = municipality_properties();
        assert_eq!(
            m[..8].iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            crate::export::MUNICIPALITIES_HEADER
        );
        let c = county_properties();
        assert_eq!(c[0].name, "county_code");
        assert!(c.iter().any(|p| p.name == ACCESS));
    }
}
