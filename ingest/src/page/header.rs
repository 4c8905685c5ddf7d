//! The two header lines of a county page after its name: the municipalities it lists
//! ("Tolv kommuner: Askersund, …, Nora & Örebro") and its number of children 0–5 years.

use crate::editorial::gazetteer::Gazetteer;
use crate::report::{IngestError, Warning, WarningKind};
use crate::text::numbers;
use catalog::model::Municipality;

/// "Tolv kommuner: Askersund, Degerfors, …, Nora & Örebro".
pub fn read_municipalities(
    file: &str,
    (number, line): (u32, &str),
    county_code: Option<&str>,
    gazetteer: &Gazetteer,
    errors: &mut Vec<IngestError>,
    warnings: &mut Vec<Warning>,
) -> (Option<u32>, Vec<Municipality>) {
    let parsed = line.split_once(':').and_then(|(head, list)| {
        let mut words = head.split_whitespace();
        let count = numbers::parse_count(words.next()?)?;
        let word = words.next()?.to_lowercase();
        let kommun = (word == "kommuner" || word == "kommun") && words.next().is_none();
        kommun.then_some((count, list))
    });
    let Some((count, list)) = parsed else {
        errors.push(IngestError::at(
            file,
            number,
            format!(
                "expected the municipalities line \"<count> kommuner: A, B & C\", found {line:?}"
            ),
        ));
        return (None, Vec::new());
    };
    let names: Vec<&str> = list
        .split([',', '&'])
        .flat_map(|part| part.split(" och "))
        .map(str::trim)
        .collect();
    let mut found: Vec<Municipality> = Vec::new();
    for name in names {
        if name.is_empty() {
            warnings.push(Warning::new(
                file,
                number,
                WarningKind::EmptyListItem,
                "empty municipality name in list",
                line,
            ));
            continue;
        }
        let Some(code) = county_code else { continue };
        match gazetteer.municipality(code, name) {
            Some(m) if found.iter().any(|f| f.code == m.code) => warnings.push(Warning::new(
                file,
                number,
                WarningKind::RepeatedMunicipality,
                format!("municipality {name:?} listed twice"),
                line,
            )),
            Some(m) => found.push(Municipality {
                code: m.code.clone(),
                name: m.name.clone(),
                ..Municipality::default()
            }),
            None => errors.push(IngestError::at(
                file,
                number,
                format!("unknown municipality {name:?} (not a municipality of county {code} in swedish_municipalities.geojson)"),
            )),
        }
    }
    if county_code.is_some() && found.len() != count as usize {
        warnings.push(Warning::new(
            file,
            number,
            WarningKind::MunicipalityCountMismatch,
            format!(
                "the page states {count} municipalities but lists {}",
                found.len()
            ),
            line,
        ));
    }
    (Some(count), found)
}

/// "177 367 invånare 0–5 år" → 177367.
pub fn read_children(line: &str) -> Option<u32> {
    let (number, _) = line.split_once("invånare")?;
    numbers::parse_grouped(number.trim_matches(char::is_whitespace))
}
