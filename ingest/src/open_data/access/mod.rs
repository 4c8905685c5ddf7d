//! GeoJSON of access (RFC 7946), two files: every municipality of Sweden (`kommuner.geojson`)
//! and the 21 counties (`lan.geojson`), with the repository's boundaries (`data/geo`, the
//! topology of `crate::geometry`, unsimplified) in longitude/latitude. A feature's
//! properties are the row of the comparison table (same names, same values as the CSV
//! files; `catalog::open_data::properties`), then a few of their own; a municipality or
//! county outside the data set has null where the data set would speak. A county's shape
//! is the outline of its municipalities, so the two files meet point for point. Plain
//! GeoJSON with no foreign members: QGIS and any viewer read it as it is.

pub mod rings;

use super::OpenData;
use crate::geometry::topology::{Pt, Topology};
use crate::geometry::Geo;
use catalog::compare::{CountyTable, Editorial, MunicipalityTable, Table, Value};
use catalog::model::Dataset;
use catalog::open_data::properties::{
    county_properties, municipality_properties, ACCESS, COUNTY_NAME, COVERING_UNIT_NAMES,
    IN_DATA_SET, NOT_IN_DATA_SET, SOURCE_FILE, SOURCE_UPDATED,
};
use catalog::open_data::FileKind;
use rings::{polygons, positions, Position};
use serde::ser::SerializeMap;
use serde::Serialize;
use serde_json::Value as Json;

/// Properties in a fixed order.
struct Properties(Vec<(String, Json)>);

impl Serialize for Properties {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<Position>>),
    MultiPolygon(Vec<Vec<Vec<Position>>>),
}

#[derive(Serialize)]
struct Feature {
    #[serde(rename = "type")]
    kind: &'static str,
    properties: Properties,
    geometry: Geometry,
}

#[derive(Serialize)]
struct FeatureCollection {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature>,
}

/// A table's cell as a JSON value: numbers as numbers, "not stated" as null.
fn json(v: Value) -> Json {
    match v {
        Value::Number(d) => {
            let plain = d.plain('.');
            plain
                .parse::<u64>()
                .map(Json::from)
                .or_else(|_| plain.parse::<f64>().map(Json::from))
                .unwrap_or(Json::String(plain))
        }
        Value::Text(t) => Json::String(t),
        Value::NotStated => Json::Null,
    }
}

fn text(s: &str) -> Json {
    Json::String(s.to_string())
}

/// Polygons of grid rings (each exterior first) as a GeoJSON geometry.
fn geometry(geo: &Geo, polygons: &[Vec<Vec<Pt>>]) -> Result<Geometry, String> {
    let mut out = Vec::new();
    for rings in polygons {
        let mut polygon = Vec::new();
        for (i, ring) in rings.iter().enumerate() {
            polygon.push(positions(ring, &geo.lonlat, i == 0)?);
        }
        out.push(polygon);
    }
    Ok(if out.len() == 1 {
        Geometry::Polygon(out.remove(0))
    } else {
        Geometry::MultiPolygon(out)
    })
}

fn collection(features: Vec<Feature>) -> String {
    crate::to_json(&FeatureCollection {
        kind: "FeatureCollection",
        features,
    })
}

/// Every municipality of Sweden with its access.
pub fn municipalities(geo: &Geo, dataset: &Dataset) -> Result<OpenData, String> {
    let table = MunicipalityTable::new(&dataset.counties, None);
    let columns = table.columns().to_vec();
    let points: Vec<Vec<Pt>> = geo.topology.arcs.iter().map(|a| a.points.clone()).collect();
    let mut features = Vec::new();
    for (m, muni) in geo.municipalities.iter().enumerate() {
        let county = dataset.county(&muni.county_code);
        let row = table.rows.iter().position(|r| r.code == muni.code);
        let mut props: Vec<(String, Json)> = Vec::new();
        for (col, c) in columns.iter().enumerate() {
            let value = match (row, c.csv.as_str()) {
                (Some(r), _) => json(table.value(r, col, super::tables::LANG)),
                (None, "county_code") => text(&muni.county_code),
                (None, "municipality_code") => text(&muni.code),
                (None, "municipality") => text(&muni.name),
                (None, _) => Json::Null,
            };
            props.push((c.csv.clone(), value));
        }
        let county_name = geo
            .counties
            .iter()
            .find(|c| c.code == muni.county_code)
            .map_or(Json::Null, |c| text(&c.name));
        props.push((COUNTY_NAME.into(), county_name));
        props.push((IN_DATA_SET.into(), Json::Bool(county.is_some())));
        props.push((
            COVERING_UNIT_NAMES.into(),
            row.map_or(Json::Null, |r| {
                let names: Vec<&str> = table.rows[r]
                    .covering_units
                    .iter()
                    .map(|u| u.name.as_str())
                    .collect();
                text(&names.join(";"))
            }),
        ));
        props.push((
            SOURCE_FILE.into(),
            county.map_or(Json::Null, |c| text(&c.source_file)),
        ));
        props.push((
            SOURCE_UPDATED.into(),
            county
                .and_then(|c| c.updated.as_ref())
                .map_or(Json::Null, |u| text(&u.date)),
        ));
        let shape: Vec<Vec<Vec<Pt>>> = geo.topology.shapes[m]
            .polygons
            .iter()
            .map(|rings| {
                rings
                    .iter()
                    .map(|r| Topology::ring_points(r, &points))
                    .collect()
            })
            .collect();
        features.push(Feature {
            kind: "Feature",
            properties: Properties(props),
            geometry: geometry(geo, &shape)
                .map_err(|e| format!("{} {}: {e}", muni.code, muni.name))?,
        });
    }
    debug_assert_eq!(
        features[0].properties.0.len(),
        municipality_properties().len()
    );
    Ok(OpenData {
        kind: FileKind::MunicipalitiesGeojson,
        items: features.len() as u32,
        contents: collection(features),
        services: 0,
        fields: municipality_properties(),
    })
}

/// The 21 counties with their access and figures.
pub fn counties(geo: &Geo, dataset: &Dataset) -> Result<OpenData, String> {
    let table = CountyTable::new(&dataset.counties, Editorial::shipped());
    let columns = table.columns().to_vec();
    let points: Vec<Vec<Pt>> = geo.topology.arcs.iter().map(|a| a.points.clone()).collect();
    let mut features = Vec::new();
    for county in &geo.counties {
        let data = dataset.county(&county.code);
        let row = table.rows.iter().position(|r| r.code == county.code);
        let mut props: Vec<(String, Json)> = Vec::new();
        for (col, c) in columns.iter().enumerate() {
            let value = match (row, c.csv.as_str()) {
                (Some(r), _) => json(table.value(r, col, super::tables::LANG)),
                (None, "county_code") => text(&county.code),
                (None, "county") => text(&county.name),
                (None, ACCESS) => text(NOT_IN_DATA_SET),
                (None, _) => Json::Null,
            };
            props.push((c.csv.clone(), value));
        }
        props.push((IN_DATA_SET.into(), Json::Bool(data.is_some())));
        props.push((
            SOURCE_FILE.into(),
            data.map_or(Json::Null, |c| text(&c.source_file)),
        ));
        let members = geo.county_members(&county.code);
        let outline: Vec<Vec<Pt>> = geo
            .topology
            .outline(|m| members.contains(&m))?
            .iter()
            .map(|r| Topology::ring_points(r, &points))
            .collect();
        let shape = polygons(outline).map_err(|e| format!("county {}: {e}", county.code))?;
        features.push(Feature {
            kind: "Feature",
            properties: Properties(props),
            geometry: geometry(geo, &shape).map_err(|e| format!("county {}: {e}", county.code))?,
        });
    }
    debug_assert_eq!(features[0].properties.0.len(), county_properties().len());
    Ok(OpenData {
        kind: FileKind::CountiesGeojson,
        items: features.len() as u32,
        contents: collection(features),
        services: 0,
        fields: county_properties(),
    })
}
