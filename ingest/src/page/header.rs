//! The two header lines of a county page after its name: the municipalities it lists
//! ("Tolv kommuner: Askersund, …, Nora & Örebro") and its number of children 0–5 years.
//! The county's municipalities are the official ones: one the line leaves out is read all
//! the same, and the line's disagreement (with its own count, or with the county) is one
//! problem of the page.

use crate::editorial::gazetteer::Gazetteer;
use crate::page::completeness::Problems;
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
    problems: &mut Problems,
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
    let Some(code) = county_code else {
        return (Some(count), found);
    };
    let left_out: Vec<Municipality> = gazetteer
        .municipalities_of(code)
        .into_iter()
        .filter(|m| !found.iter().any(|f| f.code == m.code))
        .map(|m| Municipality {
            code: m.code.clone(),
            name: m.name.clone(),
            ..Municipality::default()
        })
        .collect();
    let listed = found.len();
    if listed != count as usize || !left_out.is_empty() {
        let plural = if count == 1 {
            "municipality"
        } else {
            "municipalities"
        };
        let mut message = format!("the page states {count} {plural} but lists {listed}");
        if !left_out.is_empty() {
            let names: Vec<String> = left_out
                .iter()
                .map(|m| format!("{} ({})", m.name, m.code))
                .collect();
            let verb = if names.len() == 1 { "is" } else { "are" };
            message.push_str(&format!(
                "; the county's {} {verb} not in the list and read all the same",
                names.join(", ")
            ));
        }
        let total = listed + left_out.len();
        problems.add(
            file,
            catalog::ProblemKind::MunicipalityCountMismatch,
            number,
            &format!("{count} stated, {listed} listed, {total} in the county"),
            message,
            line,
        );
    }
    found.extend(left_out);
    (Some(count), found)
}

/// "177 367 invånare 0–5 år" → 177367.
pub fn read_children(line: &str) -> Option<u32> {
    let (number, _) = line.split_once("invånare")?;
    numbers::parse_grouped(number.trim_matches(char::is_whitespace))
}
