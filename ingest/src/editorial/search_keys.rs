//! The lists "Var bor du?" searches (`catalog::search::SearchLists`): all 290
//! municipalities and 21 counties of the gazetteer, the counties named as "Örebro län" by
//! `data/editorial/counties.csv`, and the gazetteer's places, each with its folded key.

use crate::editorial::gazetteer::Gazetteer;
use crate::editorial::places::PlaceIndex;
use crate::report::IngestError;
use catalog::search::{fold_key, CountyRow, MunicipalityRow, PlaceRow, SearchLists};
use serde::Deserialize;

/// The counties' names file under the data directory.
pub const COUNTIES_FILE: &str = "editorial/counties.csv";

/// The search key of a name: `deunicode` (ASCII without diacritics, "ø" as "o", "æ" as
/// "ae"), then lower case with every run of spaces, hyphens and dashes one space. The app's
/// `catalog::search::fold_key` gives the same key from the name in NFD.
pub fn fold(name: &str) -> String {
    fold_key(&deunicode::deunicode(name))
}

/// A county's name as a reader writes it ("Örebro län", "Stockholms län"): the genitive is
/// not derivable from the short name (Kalmar län, Dalarnas län), so the editor keeps them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyLanName {
    pub code: String,
    pub lan_name: String,
}

#[derive(Deserialize)]
struct Row {
    code: String,
    name: String,
    lan_name: String,
    reason: String,
}

/// Reads the counties' names (`csv_text` of `file`): one row per county of the gazetteer,
/// its short name as the gazetteer has it, a name ending in " län" and a reason. Every
/// mistake is an error naming the file and line (or the file, for a county without a row).
pub fn county_names(
    gazetteer: &Gazetteer,
    file: &str,
    csv_text: &str,
) -> Result<Vec<CountyLanName>, Vec<IngestError>> {
    let (rows, mut errors) = crate::editorial::rows::rows::<Row>(file, csv_text);
    let mut names: Vec<CountyLanName> = Vec::new();
    for (line, row) in rows {
        let code = row.code.trim();
        let lan_name = row.lan_name.trim();
        let problem = match gazetteer.counties.iter().find(|c| c.code == code) {
            None => Some(format!("unknown county code {code:?}")),
            Some(c) if c.name != row.name.trim() => Some(format!(
                "county {code} is {:?} in the geo files, not {:?}",
                c.name,
                row.name.trim()
            )),
            Some(_) if !lan_name.ends_with(" län") => {
                Some(format!("lan_name {lan_name:?} does not end in \" län\""))
            }
            Some(_) if row.reason.trim().is_empty() => Some("a row needs a reason".to_string()),
            Some(_) if names.iter().any(|n| n.code == code) => {
                Some(format!("county {code} given twice"))
            }
            Some(_) => None,
        };
        match problem {
            Some(p) => errors.push(IngestError::at(file, line, p)),
            None => names.push(CountyLanName {
                code: code.to_string(),
                lan_name: lan_name.to_string(),
            }),
        }
    }
    for c in &gazetteer.counties {
        if !names.iter().any(|n| n.code == c.code) {
            errors.push(IngestError::file(
                file,
                format!("no row for county {} ({})", c.code, c.name),
            ));
        }
    }
    if errors.is_empty() {
        names.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(names)
    } else {
        Err(errors)
    }
}

/// The search lists: every municipality and county, and the places of the gazetteer.
///
/// Which places: every row of `places.csv` with a municipality code. Rows with a county's
/// two-digit code ("BUP Stockholm") are phrases of the prose that mean a whole county's
/// service, not places anyone lives in, so they are not searchable (the county itself is).
/// A place is also left out when its key is one edit or less from the key of an earlier
/// place of the same municipality, or of that municipality: it is a spelling the pages use
/// ("Kalhäll" after "Kallhäll", "Rinkeby – Kista" after "Rinkeby-Kista"), and the search
/// finds the earlier row from it anyway.
pub fn lists(
    gazetteer: &Gazetteer,
    counties: &[CountyLanName],
    places: &PlaceIndex,
) -> SearchLists {
    let municipalities: Vec<MunicipalityRow> = gazetteer
        .municipalities
        .iter()
        .map(|m| MunicipalityRow {
            code: m.code.clone(),
            name: m.name.clone(),
            folded: fold(&m.name),
            county: m.county_code.clone(),
        })
        .collect();
    let counties = counties
        .iter()
        .map(|c| CountyRow {
            code: c.code.clone(),
            name: c.lan_name.clone(),
            folded: fold(&c.lan_name),
        })
        .collect();
    let mut rows: Vec<PlaceRow> = Vec::new();
    for (name, code) in places.editorial_places() {
        let folded = fold(name);
        let key: Vec<char> = folded.chars().collect();
        let near = |other: &str| {
            let other: Vec<char> = other.chars().collect();
            catalog::search::within_one(&key, &other)
        };
        let variant = rows
            .iter()
            .filter(|p| p.municipality == code)
            .map(|p| p.folded.as_str())
            .chain(
                municipalities
                    .iter()
                    .filter(|m| m.code == code)
                    .map(|m| m.folded.as_str()),
            )
            .any(near);
        if !variant {
            rows.push(PlaceRow {
                name: name.to_string(),
                folded,
                municipality: code.to_string(),
            });
        }
    }
    SearchLists {
        municipalities,
        counties,
        places: rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::gazetteer::{CountyName, MunicipalityName};

    fn gazetteer() -> Gazetteer {
        Gazetteer {
            counties: vec![
                CountyName {
                    code: "01".into(),
                    name: "Stockholm".into(),
                },
                CountyName {
                    code: "08".into(),
                    name: "Kalmar".into(),
                },
            ],
            municipalities: vec![
                MunicipalityName {
                    code: "0123".into(),
                    name: "Järfälla".into(),
                    county_code: "01".into(),
                },
                MunicipalityName {
                    code: "0180".into(),
                    name: "Stockholm".into(),
                    county_code: "01".into(),
                },
            ],
        }
    }

    #[test]
    fn keys_fold_like_the_app() {
        assert_eq!(fold("Örnsköldsvik"), "ornskoldsvik");
        assert_eq!(fold("Enskede-Årsta-Vantör"), "enskede arsta vantor");
        assert_eq!(fold("Rinkeby – Kista"), "rinkeby kista");
        assert_eq!(fold("Västra Götalands län"), "vastra gotalands lan");
    }

    #[test]
    fn deunicode_spells_the_letters_nfd_leaves_whole_as_the_app_does() {
        for (letter, spelled) in catalog::search::UNDECOMPOSED {
            assert_eq!(fold(&letter.to_string()), *spelled, "{letter}");
        }
    }

    #[test]
    fn county_rows_are_checked() {
        let g = gazetteer();
        let ok = "code,name,lan_name,reason\n01,Stockholm,Stockholms län,genitive\n08,Kalmar,Kalmar län,usage\n";
        let names = county_names(&g, "c.csv", ok).unwrap();
        assert_eq!(names[1].lan_name, "Kalmar län");
        let bad = "code,name,lan_name,reason\n01,Stockholm,Stockholms,x\n09,Gotland,Gotlands län,x\n08,Kalmar,Kalmar län,\n";
        let e: Vec<String> = county_names(&g, "c.csv", bad)
            .unwrap_err()
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            e,
            [
                "c.csv:2: error: lan_name \"Stockholms\" does not end in \" län\"",
                "c.csv:3: error: unknown county code \"09\"",
                "c.csv:4: error: a row needs a reason",
                "c.csv: error: no row for county 01 (Stockholm)",
                "c.csv: error: no row for county 08 (Kalmar)",
            ]
        );
    }

    #[test]
    fn spelling_variants_and_county_rows_are_not_listed() {
        let g = gazetteer();
        let csv = "place,municipality_code,reason\nKallhäll,0123,x\nKalhäll,0123,y\nRinkeby-Kista,0180,z\nRinkeby – Kista,0180,w\nRinkeby,0180,v\nBUP Stockholm,01,county\n";
        let places = PlaceIndex::new(&g, "p.csv", Some(csv)).unwrap();
        let counties = [CountyLanName {
            code: "01".into(),
            lan_name: "Stockholms län".into(),
        }];
        let l = lists(&g, &counties, &places);
        let names: Vec<&str> = l.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Kallhäll", "Rinkeby-Kista", "Rinkeby"]);
        assert_eq!(l.counties[0].folded, "stockholms lan");
        assert_eq!(l.municipalities[0].folded, "jarfalla");
    }
}
