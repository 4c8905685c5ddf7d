//! The municipalities of a data set as CSV, one row per municipality: the same bytes for the
//! ingest's `export municipalities` and the app's download.

use crate::compare::{self, CsvFormat, MunicipalityTable};
use crate::model::{Coverage, Dataset};
use crate::route::Lang;

/// The header row, exactly.
pub const MUNICIPALITIES_HEADER: [&str; 8] = [
    "county_code",
    "municipality_code",
    "municipality",
    "team_coverage",
    "covering_units",
    "social_services",
    "social_services_methods",
    "family_centres",
];

/// One row per municipality, counties in code order and municipalities in code order within
/// each: its county, code and name; `team_coverage` `yes` when some specialised unit's
/// catchment includes it, else `no`; the ids of those units and of its social services'
/// methods, `;`-separated; its social services' stance; its number of family centres (empty
/// when its county page lacks the "Familjecentraler" part: not stated, not 0).
/// Fields are quoted where CSV needs it; lines end with "\n".
///
/// Built from `compare::MunicipalityTable` with `compare::CsvFormat::PLAIN`, so the app's
/// download of that table, unfiltered and unsorted, is the same bytes.
pub fn municipalities_csv(dataset: &Dataset) -> String {
    let table = MunicipalityTable::new(&dataset.counties, None);
    let rows: Vec<usize> = (0..table.rows.len()).collect();
    compare::csv(&table, &rows, CsvFormat::PLAIN, Lang::Sv)
}

/// Whether a county's coverage says every, some or none of its municipalities is covered,
/// as a word for tables: `full`, `partial` or `none`.
pub fn coverage_word(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Full => "full",
        Coverage::Partial => "partial",
        Coverage::None => "none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Table;
    use crate::model::{County, Municipality, SocialServices, SourceText, Stance};

    fn county(code: &str, munis: Vec<Municipality>) -> County {
        let text = SourceText {
            first_line: 1,
            last_line: 1,
            text: String::new(),
        };
        County {
            code: code.to_string(),
            name: String::new(),
            source_file: String::new(),
            name_line: 1,
            municipalities_text: text.clone(),
            stated_municipality_count: 0,
            municipalities: munis,
            children_0_5: 0,
            children_text: text,
            no_units_statement: None,
            units: Vec::new(),
            updated: None,
            paragraphs: Vec::new(),
            statements: Vec::new(),
            coverage: Coverage::None,
            stated_coverage: None,
            unnamed_municipalities: 0,
            problems: Vec::new(),
        }
    }

    fn muni(code: &str, name: &str) -> Municipality {
        Municipality {
            code: code.to_string(),
            name: name.to_string(),
            ..Municipality::default()
        }
    }

    #[test]
    fn rows_in_code_order_quoted_where_needed() {
        let mut a = muni("1883", "Karlskoga");
        a.covering_units = vec!["18-gryningen-karlskoga".into(), "18-x".into()];
        a.social_services = SocialServices {
            stance: Stance::Offers,
            methods: vec!["marte-meo".into(), "cos-p".into()],
            evidence: vec![],
        };
        let b = muni("1860", "Laxå, \"test\"");
        let d = Dataset {
            schema_version: crate::SCHEMA_VERSION,
            counties: vec![
                county("18", vec![a, b]),
                county("01", vec![muni("0180", "Stockholm")]),
            ],
            methods: Vec::new(),
            glossary: Vec::new(),
            search: Default::default(),
        };
        assert_eq!(
            municipalities_csv(&d),
            "county_code,municipality_code,municipality,team_coverage,covering_units,social_services,social_services_methods,family_centres\n\
             01,0180,Stockholm,no,,not_reported,,0\n\
             18,1860,\"Laxå, \"\"test\"\"\",no,,not_reported,,0\n\
             18,1883,Karlskoga,yes,18-gryningen-karlskoga;18-x,offers,marte-meo;cos-p,0\n"
        );
        assert_eq!(coverage_word(Coverage::Partial), "partial");
        let table = MunicipalityTable::new(&d.counties, None);
        let headers: Vec<&str> = table.columns().iter().map(|c| c.csv.as_str()).collect();
        assert_eq!(headers, MUNICIPALITIES_HEADER);
    }
}
