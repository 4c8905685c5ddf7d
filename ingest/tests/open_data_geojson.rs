//! The GeoJSON files of the open data: they parse with the `geojson` crate, hold every
//! municipality of Sweden (290) and every county (21) with every property, in WGS84 inside
//! Sweden, with rings closed and wound as RFC 7946 says (exterior anticlockwise, holes
//! clockwise), no foreign members; and facts followed from the county pages.

mod common;

use catalog::open_data::properties::{county_properties, municipality_properties};
use common::*;
use geojson::{FeatureCollection, GeoJson, GeometryValue, JsonObject, Position};

fn collection(name: &str) -> FeatureCollection {
    match open_file(name).parse::<GeoJson>().expect("valid GeoJSON") {
        GeoJson::FeatureCollection(fc) => fc,
        other => panic!("{name} is not a FeatureCollection: {other:?}"),
    }
}

/// Twice the signed area of a closed ring (positive when anticlockwise).
fn doubled_area(ring: &[Position]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum()
}

/// Checks the geometry of a feature and returns its number of rings.
fn check_geometry(what: &str, value: &GeometryValue) -> usize {
    let polygons: Vec<&Vec<Vec<Position>>> = match value {
        GeometryValue::Polygon { coordinates } => vec![coordinates],
        GeometryValue::MultiPolygon { coordinates } => coordinates.iter().collect(),
        other => panic!("{what}: {other:?} is not a polygon"),
    };
    let mut rings = 0;
    for polygon in polygons {
        assert!(!polygon.is_empty(), "{what}: a polygon without rings");
        for (i, ring) in polygon.iter().enumerate() {
            rings += 1;
            assert!(
                ring.len() >= 4,
                "{what}: a ring of {} positions",
                ring.len()
            );
            assert_eq!(ring.first(), ring.last(), "{what}: a ring not closed");
            for p in ring {
                assert_eq!(p.len(), 2, "{what}: {p:?}");
                assert!(
                    (10.0..=24.5).contains(&p[0]) && (55.0..=69.5).contains(&p[1]),
                    "{what}: {p:?} is not longitude/latitude in Sweden"
                );
            }
            let area = doubled_area(ring);
            if i == 0 {
                assert!(area > 0.0, "{what}: an exterior ring runs clockwise");
            } else {
                assert!(area < 0.0, "{what}: a hole runs anticlockwise");
            }
        }
    }
    rings
}

fn props(f: &geojson::Feature) -> &JsonObject {
    f.properties.as_ref().expect("every feature has properties")
}

#[test]
fn every_municipality_with_every_property_and_rings_by_the_right_hand_rule() {
    let fc = collection("kommuner.geojson");
    assert!(fc.foreign_members.is_none() && fc.bbox.is_none());
    assert_eq!(fc.features.len(), 290);
    let names: Vec<String> = municipality_properties()
        .into_iter()
        .map(|p| p.name)
        .collect();
    let mut codes = Vec::new();
    let mut holes = 0;
    for f in &fc.features {
        let p = props(f);
        let keys: Vec<&String> = p.keys().collect();
        let mut expected: Vec<&String> = names.iter().collect();
        expected.sort();
        assert_eq!(keys, expected, "every property, no other");
        assert!(f.foreign_members.is_none() && f.id.is_none());
        let code = p["municipality_code"].as_str().unwrap().to_string();
        assert_eq!(&code[..2], p["county_code"].as_str().unwrap());
        let geometry = f.geometry.as_ref().expect("every municipality has a shape");
        holes += check_geometry(&code, &geometry.value)
            - match &geometry.value {
                GeometryValue::MultiPolygon { coordinates } => coordinates.len(),
                _ => 1,
            };
        // In the data set or not: known facts, or null — never "no" for what is not known.
        if p["in_data_set"].as_bool().unwrap() {
            assert!(p["source_file"]
                .as_str()
                .unwrap()
                .starts_with("data/counties/"));
        } else {
            for key in [
                "team_coverage",
                "social_services",
                "family_centres",
                "source_file",
            ] {
                assert!(p[key].is_null(), "{code} {key}");
            }
        }
        codes.push(code);
    }
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 290);
    assert!(holes > 0, "the file has holes, and they are checked");
    let in_data = fc
        .features
        .iter()
        .filter(|f| props(f)["in_data_set"] == true)
        .count();
    assert_eq!(in_data, 26 + 13 + 13 + 12 + 7);
}

#[test]
fn every_county_with_its_access() {
    let fc = collection("lan.geojson");
    assert_eq!(fc.features.len(), 21);
    let names: Vec<String> = county_properties().into_iter().map(|p| p.name).collect();
    let mut access = std::collections::BTreeMap::new();
    for f in &fc.features {
        let p = props(f);
        let mut expected: Vec<&String> = names.iter().collect();
        expected.sort();
        assert_eq!(p.keys().collect::<Vec<_>>(), expected);
        let code = p["county_code"].as_str().unwrap().to_string();
        check_geometry(&code, &f.geometry.as_ref().unwrap().value);
        access.insert(code, p["access"].as_str().unwrap().to_string());
    }
    let of = |c: &str| access[c].as_str();
    assert_eq!(
        (of("01"), of("05"), of("06"), of("18"), of("22")),
        ("full", "full", "none", "partial", "none")
    );
    assert_eq!(
        access.values().filter(|a| *a == "not_in_data_set").count(),
        16
    );
    let orebro = fc
        .features
        .iter()
        .map(props)
        .find(|p| p["county_code"] == "18")
        .unwrap();
    assert_eq!(orebro["children_0_5"], 20920);
    assert_eq!(orebro["municipalities_with_team"], 3);
    assert_eq!(orebro["updated"], "2021-02-03");
    let uppsala = fc
        .features
        .iter()
        .map(props)
        .find(|p| p["county_code"] == "03")
        .unwrap();
    assert_eq!(uppsala["county"], "Uppsala");
    assert!(uppsala["children_0_5"].is_null() && uppsala["in_data_set"] == false);
}

#[test]
fn counties_meet_their_municipalities_point_for_point() {
    // Every corner of Örebro's outline is a corner of one of its municipalities.
    let munis = collection("kommuner.geojson");
    let mut corners = std::collections::HashSet::new();
    for f in munis
        .features
        .iter()
        .filter(|f| props(f)["county_code"] == "18")
    {
        if let GeometryValue::Polygon { coordinates } = &f.geometry.as_ref().unwrap().value {
            for p in coordinates.iter().flatten() {
                corners.insert((p[0].to_bits(), p[1].to_bits()));
            }
        }
    }
    let counties = collection("lan.geojson");
    let orebro = counties
        .features
        .iter()
        .find(|f| props(f)["county_code"] == "18")
        .unwrap();
    let GeometryValue::Polygon { coordinates } = &orebro.geometry.as_ref().unwrap().value else {
        panic!("Örebro is one polygon");
    };
    assert!(coordinates[0].len() > 100);
    for p in &coordinates[0] {
        assert!(corners.contains(&(p[0].to_bits(), p[1].to_bits())), "{p:?}");
    }
}

#[test]
fn facts_followed_from_the_county_pages() {
    // Örebro's page: "Upptagningsområde Karlskoga, Degerfors, Laxå kommuner." — Gryningen
    // covers those three and no other municipality; Kumla "har Marte Meo och har börjat med
    // PYC": its social services offer, and no team covers it.
    let fc = collection("kommuner.geojson");
    let of = |code: &str| {
        fc.features
            .iter()
            .map(props)
            .find(|p| p["municipality_code"] == code)
            .unwrap()
            .clone()
    };
    let mut gryningen: Vec<String> = fc
        .features
        .iter()
        .map(props)
        .filter(|p| {
            p["covering_units"]
                .as_str()
                .is_some_and(|u| u.split(';').any(|id| id == "18-gryningen-karlskoga"))
        })
        .map(|p| p["municipality"].as_str().unwrap().to_string())
        .collect();
    gryningen.sort();
    assert_eq!(gryningen, ["Degerfors", "Karlskoga", "Laxå"]);
    assert_eq!(of("1883")["covering_unit_names"], "Gryningen, Karlskoga");
    let kumla = of("1881");
    assert_eq!(kumla["municipality"], "Kumla");
    assert_eq!(kumla["social_services"], "offers");
    assert_eq!(kumla["social_services_methods"], "marte-meo;pyc");
    assert_eq!(kumla["team_coverage"], "no");
    assert_eq!(kumla["source_file"], "data/counties/18-orebro.txt");
    assert_eq!(kumla["source_updated"], "2021-02-03");
    // A municipality outside the data set: its name and codes, nothing else known.
    let uppsala = of("0380");
    assert_eq!(
        (uppsala["municipality"].as_str(), uppsala["county"].as_str()),
        (Some("Uppsala"), Some("Uppsala"))
    );
    assert!(uppsala["team_coverage"].is_null());
}
