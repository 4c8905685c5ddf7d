//! Where a county map marks its teams: at the place the team's name gives ("Gryningen,
//! Karlskoga" at Karlskoga's inner point). A team whose name names no municipality of its
//! county, or more than one, is listed beside the map instead — never guessed. Only running
//! teams are marked: the others take no families.

use crate::model::{County, Unit};

/// One place on the map with the teams named after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin<'a> {
    /// The municipality's code.
    pub municipality: String,
    /// Its name.
    pub place: String,
    /// The teams, in the page's order.
    pub units: Vec<&'a Unit>,
}

/// The running teams of a county: pinned by place, or listed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitPlaces<'a> {
    /// In the order of their first team on the page.
    pub pins: Vec<Pin<'a>>,
    /// Teams without exactly one municipality of the county in their names.
    pub unpinned: Vec<&'a Unit>,
}

/// The one municipality of `municipalities` (`(code, name)`) that `text` names as a whole
/// word or words, if exactly one is named ("BUP, Stockholm" names Stockholm; "Stockholms
/// län" names none: a genitive is another word).
pub fn place_in_name<'m>(text: &str, municipalities: &'m [(String, String)]) -> Option<&'m str> {
    let mut found = municipalities
        .iter()
        .filter(|(_, name)| names_word(text, name))
        .map(|(code, _)| code.as_str());
    let first = found.next()?;
    found.all(|c| c == first).then_some(first)
}

/// Whether `text` holds `word` with no letter or digit right before or after it.
fn names_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The county's running teams, pinned where their names say.
pub fn unit_places(county: &County) -> UnitPlaces<'_> {
    let names: Vec<(String, String)> = county
        .municipalities
        .iter()
        .map(|m| (m.code.clone(), m.name.clone()))
        .collect();
    let mut places = UnitPlaces::default();
    for unit in county.units.iter().filter(|u| u.counts_as_coverage()) {
        match place_in_name(&unit.name, &names) {
            Some(code) => match places.pins.iter_mut().find(|p| p.municipality == code) {
                Some(pin) => pin.units.push(unit),
                None => {
                    let place = names
                        .iter()
                        .find(|(c, _)| c == code)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default();
                    places.pins.push(Pin {
                        municipality: code.to_string(),
                        place,
                        units: vec![unit],
                    })
                }
            },
            None => places.unpinned.push(unit),
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catchment, Municipality};
    use crate::reading::OfferStatus;

    fn list(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(c, n)| (c.to_string(), n.to_string()))
            .collect()
    }

    #[test]
    fn a_place_is_a_whole_word_of_the_name() {
        let orebro = list(&[("1883", "Karlskoga"), ("1880", "Örebro"), ("1881", "Kumla")]);
        assert_eq!(place_in_name("Gryningen, Karlskoga", &orebro), Some("1883"));
        assert_eq!(place_in_name("Karlskoga-teamet", &orebro), Some("1883"));
        assert_eq!(place_in_name("Karlskogas team", &orebro), None);
        assert_eq!(place_in_name("Familjeteamet", &orebro), None);
        // Two places: listed, not pinned.
        assert_eq!(place_in_name("Team Kumla och Örebro", &orebro), None);
        let stockholm = list(&[
            ("0114", "Upplands Väsby"),
            ("0139", "Upplands-Bro"),
            ("0180", "Stockholm"),
        ]);
        assert_eq!(place_in_name("BUP, Stockholm", &stockholm), Some("0180"));
        assert_eq!(place_in_name("Stockholms län", &stockholm), None);
        assert_eq!(
            place_in_name("Mottagningen Upplands-Bro", &stockholm),
            Some("0139")
        );
        assert_eq!(place_in_name("Upplands Väsby", &stockholm), Some("0114"));
    }

    fn unit(name: &str, status: OfferStatus) -> Unit {
        Unit {
            name: name.into(),
            first_line: 1,
            last_line: 1,
            id: name.into(),
            status,
            opening_line: None,
            fields: vec![],
            catchment: Catchment::default(),
            parsed: Default::default(),
        }
    }

    #[test]
    fn teams_at_one_place_share_a_pin_and_others_are_listed() {
        let county = County {
            municipalities: ["0180 Stockholm", "0188 Norrtälje"]
                .iter()
                .map(|s| {
                    let (code, name) = s.split_once(' ').unwrap();
                    Municipality {
                        code: code.into(),
                        name: name.into(),
                        ..Default::default()
                    }
                })
                .collect(),
            units: vec![
                unit(
                    "Spädbarnsverksamheten Tittut, Stockholm",
                    OfferStatus::Active,
                ),
                unit("BUP, Stockholm", OfferStatus::Active),
                unit("Kärnan, Norrtälje", OfferStatus::Active),
                unit("Länets spädbarnsteam", OfferStatus::Active),
                unit("Nytt team, Norrtälje", OfferStatus::Planned),
            ],
            ..Default::default()
        };
        let places = unit_places(&county);
        let pins: Vec<(&str, &str, usize)> = places
            .pins
            .iter()
            .map(|p| (p.municipality.as_str(), p.place.as_str(), p.units.len()))
            .collect();
        assert_eq!(
            pins,
            vec![("0180", "Stockholm", 2), ("0188", "Norrtälje", 1)]
        );
        let unpinned: Vec<&str> = places.unpinned.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(unpinned, vec!["Länets spädbarnsteam"]);
    }
}
