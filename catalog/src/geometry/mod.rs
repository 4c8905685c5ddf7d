//! The map files the app draws and the lookup file it locates a position with, as the ingest
//! writes them under `public/data/geo/`: their serde types, a parse function per file, and
//! `locate` (which municipality a longitude/latitude lies in). Plain Rust, no geometry crates.
//!
//! Map coordinates: SWEREF 99 TM (EPSG:3006) metres, divided by the file's `unit_m` and
//! rounded to integers, counted from the file's `origin` with y growing downwards:
//! `x = (easting - origin[0]) / unit_m`, `y = (origin[1] - northing) / unit_m`. Every map
//! coordinate lies in `0..=width` × `0..=height` of the file's `view_box`.

mod locate;

pub use locate::{locate, Located, APPROXIMATE_WITHIN_M};

use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the layout of `sweden.json`, `<county>.json` and `lookup.json`. The app refuses a
/// file of another version.
pub const GEO_FORMAT_VERSION: u32 = 1;

/// Where the map of Sweden lies, relative to the site's base URL.
pub const SWEDEN_MAP_PATH: &str = "data/geo/sweden.json";

/// Where the lookup file lies, relative to the site's base URL.
pub const LOOKUP_PATH: &str = "data/geo/lookup.json";

/// Where a county's map lies, relative to the site's base URL.
pub fn county_map_path(code: &str) -> String {
    format!("data/geo/{code}.json")
}

/// `geo/sweden.json`: the 21 counties, for the front page map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwedenMap {
    /// `GEO_FORMAT_VERSION` of the ingest that wrote the file.
    pub version: u32,
    /// The SVG viewBox, `[0, 0, width, height]` in map units.
    pub view_box: [i64; 4],
    /// SWEREF 99 TM `[easting, northing]` in metres of map point `(0, 0)`, the top left.
    pub origin: [i64; 2],
    /// Metres per map unit.
    pub unit_m: u32,
    /// Every county, in the order of its code.
    pub counties: Vec<MapRegion>,
}

/// `geo/<county code>.json` (e.g. `geo/18.json`): one county's municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountyMap {
    /// `GEO_FORMAT_VERSION` of the ingest that wrote the file.
    pub version: u32,
    /// Official two-digit county code, e.g. `18`.
    pub code: String,
    /// The county's name as the boundary file gives it, without "län" (e.g. `Örebro`).
    pub name: String,
    /// The SVG viewBox, `[0, 0, width, height]` in map units.
    pub view_box: [i64; 4],
    /// SWEREF 99 TM `[easting, northing]` in metres of map point `(0, 0)`, the top left.
    pub origin: [i64; 2],
    /// Metres per map unit.
    pub unit_m: u32,
    /// SVG path data of the county's outline (for a frame): exactly the outer edges of its
    /// municipalities' paths below, so it lines up with them.
    pub outline: String,
    /// Every municipality of the county, in the order of its code.
    pub municipalities: Vec<MapRegion>,
}

/// One county or municipality of a map file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapRegion {
    /// Official code: two digits for a county (`18`), four for a municipality (`1883`).
    pub code: String,
    /// Official name as the boundary files give it: a municipality's `kom_namn`
    /// (`Karlskoga`), a county's name without "län" (`Örebro`).
    pub name: String,
    /// SVG path data: closed rings (islands and lakes included) written with relative
    /// commands; outer rings run anticlockwise on screen and holes clockwise, so either
    /// fill rule draws it. Neighbours share their common border point for point.
    pub d: String,
    /// `[x, y]`: a point inside the region, for its name or for a marker pinned to it.
    pub label: [i64; 2],
}

/// `geo/lookup.json`: every municipality's rings in longitude/latitude, for finding which
/// municipality a position from the device lies in (see `locate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lookup {
    /// `GEO_FORMAT_VERSION` of the ingest that wrote the file.
    pub version: u32,
    /// Integer units per degree: a coordinate is `round(degrees * scale)`.
    pub scale: u32,
    /// Every municipality, in the order of its code.
    pub municipalities: Vec<LookupMunicipality>,
}

/// One municipality of the lookup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookupMunicipality {
    /// Official four-digit code, e.g. `1880`; its first two digits are the county code.
    pub code: String,
    /// Official name (`kom_namn`), e.g. `Örebro`.
    pub name: String,
    /// Every ring of the municipality (outer rings, lakes, islands) as
    /// `[lon0, lat0, dlon1, dlat1, …]`: the first point in units of `1 / scale` degree, each
    /// further point as the difference from the one before. A ring is closed implicitly (its
    /// last point joins its first). A position is inside the municipality when it is inside
    /// an odd number of its rings, which handles holes and islands in holes alike.
    pub rings: Vec<Vec<i64>>,
}

impl LookupMunicipality {
    /// The rings decoded to `(longitude, latitude)` in degrees.
    pub fn rings_degrees(&self, scale: u32) -> Vec<Vec<(f64, f64)>> {
        let scale = f64::from(scale);
        self.rings
            .iter()
            .map(|ring| {
                let (mut lon, mut lat) = (0i64, 0i64);
                ring.chunks_exact(2)
                    .map(|d| {
                        lon += d[0];
                        lat += d[1];
                        (lon as f64 / scale, lat as f64 / scale)
                    })
                    .collect()
            })
            .collect()
    }
}

impl SwedenMap {
    /// The `viewBox` attribute: `"0 0 width height"`.
    pub fn view_box_attr(&self) -> String {
        view_box_attr(&self.view_box)
    }
}

impl CountyMap {
    /// The `viewBox` attribute: `"0 0 width height"`.
    pub fn view_box_attr(&self) -> String {
        view_box_attr(&self.view_box)
    }
}

fn view_box_attr(v: &[i64; 4]) -> String {
    format!("{} {} {} {}", v[0], v[1], v[2], v[3])
}

/// Why a downloaded geo file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeoFileError {
    /// Not valid JSON, or not the shape of this file.
    Malformed {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written for another version of the app.
    WrongVersion { found: u32, expected: u32 },
}

impl fmt::Display for GeoFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeoFileError::Malformed {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            GeoFileError::WrongVersion { found, expected } => {
                write!(f, "geo format version {found}, expected {expected}")
            }
        }
    }
}

impl std::error::Error for GeoFileError {}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Parses a file, checking its version before its shape so that a file from another
/// version is reported as such rather than as broken.
fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, GeoFileError> {
    if let Ok(v) = serde_json::from_str::<VersionOnly>(json) {
        if v.version != GEO_FORMAT_VERSION {
            return Err(GeoFileError::WrongVersion {
                found: v.version,
                expected: GEO_FORMAT_VERSION,
            });
        }
    }
    serde_json::from_str(json).map_err(|e| GeoFileError::Malformed {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Parses `geo/sweden.json`.
pub fn parse_sweden_map(json: &str) -> Result<SwedenMap, GeoFileError> {
    parse(json)
}

/// Parses a `geo/<county code>.json`.
pub fn parse_county_map(json: &str) -> Result<CountyMap, GeoFileError> {
    parse(json)
}

/// Parses `geo/lookup.json`.
pub fn parse_lookup(json: &str) -> Result<Lookup, GeoFileError> {
    parse(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_county_map_parses() {
        let json = format!(
            r#"{{"version":{GEO_FORMAT_VERSION},"code":"18","name":"Örebro","view_box":[0,0,10,20],
            "origin":[400000,6600000],"unit_m":100,"outline":"M0 0 10 0 0 20z",
            "municipalities":[{{"code":"1880","name":"Örebro","d":"M0 0 10 0 0 20z","label":[3,4]}}]}}"#
        );
        let map = parse_county_map(&json).unwrap();
        assert_eq!(map.municipalities[0].label, [3, 4]);
        assert_eq!(map.view_box_attr(), "0 0 10 20");
    }

    #[test]
    fn broken_json_names_the_place() {
        match parse_sweden_map("{\"version\": 1,\n \"counties\": [ {") {
            Err(GeoFileError::Malformed { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_lookup("<html>not found</html>"),
            Err(GeoFileError::Malformed { line: 1, .. })
        ));
    }

    #[test]
    fn another_version_is_named() {
        let e = parse_lookup("{\"version\": 99, \"municipalities\": 5}").unwrap_err();
        assert_eq!(
            e,
            GeoFileError::WrongVersion {
                found: 99,
                expected: GEO_FORMAT_VERSION
            }
        );
        assert_eq!(
            e.to_string(),
            format!("geo format version 99, expected {GEO_FORMAT_VERSION}")
        );
    }

    #[test]
    fn rings_decode_from_deltas() {
        let m = LookupMunicipality {
            code: "0001".into(),
            name: "X".into(),
            rings: vec![vec![150_000, 590_000, 10, 0, 0, 5, -10, 0]],
        };
        assert_eq!(
            m.rings_degrees(10_000),
            vec![vec![
                (15.0, 59.0),
                (15.001, 59.0),
                (15.001, 59.0005),
                (15.0, 59.0005)
            ]]
        );
    }
}
