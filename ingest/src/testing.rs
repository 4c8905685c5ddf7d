//! Helpers for the unit tests: small county pages read with a made-up gazetteer.

use crate::editorial::gazetteer::{CountyName, Gazetteer, MunicipalityName};
use crate::editorial::phrases::{OpeningPhrases, StatusPhrases};
use crate::editorial::places::PlaceIndex;
use catalog::model::County;

const COUNTIES: &[(&str, &str)] = &[("05", "Östergötland"), ("18", "Örebro")];
const MUNICIPALITIES: &[(&str, &str, &str)] = &[
    ("0580", "Linköping", "05"),
    ("0581", "Norrköping", "05"),
    ("0582", "Söderköping", "05"),
    ("1860", "Laxå", "18"),
    ("1880", "Örebro", "18"),
    ("1883", "Karlskoga", "18"),
];

pub(crate) fn gazetteer() -> Gazetteer {
    Gazetteer {
        counties: COUNTIES
            .iter()
            .map(|(code, name)| CountyName {
                code: code.to_string(),
                name: name.to_string(),
            })
            .collect(),
        municipalities: MUNICIPALITIES
            .iter()
            .map(|(code, name, county)| MunicipalityName {
                code: code.to_string(),
                name: name.to_string(),
                county_code: county.to_string(),
            })
            .collect(),
    }
}

/// The county of a page (header lines included), panicking on errors.
pub(crate) fn county(page: &str) -> County {
    crate::parse_county("t.txt", page, &gazetteer())
        .unwrap_or_else(|e| panic!("{e:?}"))
        .0
}

/// Östergötland with three municipalities and the given body after the header.
pub(crate) fn east(body: &str) -> County {
    county(&format!(
        "Östergötland\n\n3 kommuner: Linköping, Norrköping & Söderköping\n\n100 invånare 0–5 år\n{body}\nSenast uppdaterad 2018-10-13 av X"
    ))
}

/// Örebro with three municipalities and the given body after the header.
pub(crate) fn orebro(body: &str) -> County {
    county(&format!(
        "Örebro\n\nTre kommuner: Karlskoga, Laxå & Örebro\n\n100 invånare 0–5 år\n{body}\nSenast uppdaterad 2018-10-13 av X"
    ))
}

/// The repository's opening phrase table.
pub(crate) fn opening_phrases() -> OpeningPhrases {
    let csv = include_str!("../../data/editorial/opening_phrases.csv");
    OpeningPhrases::new("opening_phrases.csv", Some(csv)).expect("the table reads")
}

/// The repository's status phrase table.
pub(crate) fn status_phrases() -> StatusPhrases {
    let csv = include_str!("../../data/editorial/status_phrases.csv");
    StatusPhrases::new("status_phrases.csv", Some(csv)).expect("the table reads")
}

/// The official names of the made-up gazetteer, without editorial places.
pub(crate) fn places() -> PlaceIndex {
    PlaceIndex::new(&gazetteer(), "places.csv", None).expect("no rows")
}

/// The editorial data of the unit tests: the made-up gazetteer's names and the repository's
/// opening and status tables.
pub(crate) fn editorial() -> crate::editorial::Editorial {
    crate::editorial::Editorial {
        places: places(),
        opening: opening_phrases(),
        statuses: status_phrases(),
        ..Default::default()
    }
}
