//! Reading the boundary files under `data/geo/`: each municipality's code, name, county,
//! inner point and rings (longitude/latitude), and each county's code and name.

use crate::report::IngestError;
use serde::Deserialize;

/// A ring of `(longitude, latitude)` in degrees, closed (its last point is its first).
pub type LonLatRing = Vec<(f64, f64)>;

/// One municipality as the boundary file gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMunicipality {
    /// Official four-digit code (`id`), e.g. `1883`.
    pub code: String,
    /// Official name (`kom_namn`).
    pub name: String,
    /// Two-digit county code (`lan_code`), the first two digits of `code`.
    pub county_code: String,
    /// A point inside the municipality (`geo_point_2d`), as `(longitude, latitude)`.
    pub inner: (f64, f64),
    /// Polygons, each an outer ring followed by its holes.
    pub polygons: Vec<Vec<LonLatRing>>,
}

/// One county as the regions file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceCounty {
    /// Two-digit code from `l_id`, e.g. `01`.
    pub code: String,
    /// Name as given (`Örebro`, without "län").
    pub name: String,
}

#[derive(Deserialize)]
struct Collection<P> {
    features: Vec<Feature<P>>,
}

#[derive(Deserialize)]
struct Feature<P> {
    properties: P,
    geometry: Geometry,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

#[derive(Deserialize)]
struct MunicipalityProps {
    id: String,
    kom_namn: String,
    lan_code: String,
    /// `[latitude, longitude]`.
    geo_point_2d: [f64; 2],
}

#[derive(Deserialize)]
struct RegionProps {
    name: String,
    l_id: u32,
}

/// Reads the municipalities file (`file` names it in errors), sorted by code. Every ring
/// must be closed, have at least three corners and lie in longitude/latitude range.
pub fn read_municipalities(file: &str, text: &str) -> Result<Vec<SourceMunicipality>, IngestError> {
    let collection: Collection<MunicipalityProps> = serde_json::from_str(text).map_err(|e| {
        IngestError::file(file, format!("not a GeoJSON file of municipalities: {e}"))
    })?;
    let mut out = Vec::new();
    for (index, feature) in collection.features.into_iter().enumerate() {
        let p = feature.properties;
        let what = format!("feature {} ({} {})", index + 1, p.id, p.kom_namn);
        let fail = |message: String| IngestError::file(file, format!("{what}: {message}"));
        if p.id.len() != 4 || !p.id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail("id is not a four-digit municipality code".into()));
        }
        if p.lan_code != p.id[..2] {
            return Err(fail(format!(
                "lan_code {} is not the first two digits of the code",
                p.lan_code
            )));
        }
        let polygons = match feature.geometry {
            Geometry::Polygon(rings) => vec![rings],
            Geometry::MultiPolygon(polygons) => polygons,
        };
        let mut checked = Vec::new();
        for (pi, polygon) in polygons.into_iter().enumerate() {
            if polygon.is_empty() {
                return Err(fail(format!("polygon {} has no ring", pi + 1)));
            }
            let mut rings = Vec::new();
            for (ri, ring) in polygon.into_iter().enumerate() {
                let ring: LonLatRing = ring.into_iter().map(|[lon, lat]| (lon, lat)).collect();
                check_ring(&ring)
                    .map_err(|m| fail(format!("polygon {}, ring {}: {m}", pi + 1, ri + 1)))?;
                rings.push(ring);
            }
            checked.push(rings);
        }
        if checked.is_empty() {
            return Err(fail("no polygon".into()));
        }
        let [lat, lon] = p.geo_point_2d;
        out.push(SourceMunicipality {
            code: p.id,
            name: p.kom_namn,
            county_code: p.lan_code,
            inner: (lon, lat),
            polygons: checked,
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    if let Some(w) = out.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(IngestError::file(
            file,
            format!("municipality code {} is given twice", w[0].code),
        ));
    }
    Ok(out)
}

fn check_ring(ring: &LonLatRing) -> Result<(), String> {
    if ring.len() < 4 {
        return Err(format!("{} points, a ring needs at least 4", ring.len()));
    }
    if ring.first() != ring.last() {
        return Err("not closed (its last point is not its first)".into());
    }
    if let Some(p) = ring
        .iter()
        .find(|(lon, lat)| !(-180.0..=180.0).contains(lon) || !(-90.0..=90.0).contains(lat))
    {
        return Err(format!("{p:?} is not a longitude/latitude"));
    }
    Ok(())
}

/// Reads the counties' codes and names from the regions file (its geometry is not used:
/// it was simplified apart from the municipalities and does not line up with them).
pub fn read_counties(file: &str, text: &str) -> Result<Vec<SourceCounty>, IngestError> {
    #[derive(Deserialize)]
    struct PropsOnly {
        features: Vec<Props>,
    }
    #[derive(Deserialize)]
    struct Props {
        properties: RegionProps,
    }
    let collection: PropsOnly = serde_json::from_str(text)
        .map_err(|e| IngestError::file(file, format!("not a GeoJSON file of regions: {e}")))?;
    let mut out: Vec<SourceCounty> = collection
        .features
        .into_iter()
        .map(|f| SourceCounty {
            code: format!("{:02}", f.properties.l_id),
            name: f.properties.name,
        })
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    if let Some(w) = out.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(IngestError::file(
            file,
            format!("county code {} is given twice", w[0].code),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(id: &str, lan: &str, ring: &str) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":[{ring}]}},
            "properties":{{"id":"{id}","kom_namn":"Kumla","lan_code":"{lan}","geo_point_2d":[59.1,15.1]}}}}]}}"#
        )
    }

    const SQUARE: &str = "[[15,59],[15.2,59],[15.2,59.2],[15,59.2],[15,59]]";

    #[test]
    fn reads_a_polygon() {
        let m = read_municipalities("m.geojson", &feature("1881", "18", SQUARE)).unwrap();
        assert_eq!(m[0].code, "1881");
        assert_eq!(m[0].inner, (15.1, 59.1));
        assert_eq!(m[0].polygons[0][0].len(), 5);
    }

    #[test]
    fn names_the_feature_and_ring_that_is_wrong() {
        let open = "[[15,59],[15.2,59],[15.2,59.2],[15,59.2]]";
        let e = read_municipalities("m.geojson", &feature("1881", "18", open)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "m.geojson: error: feature 1 (1881 Kumla): polygon 1, ring 1: not closed (its last point is not its first)"
        );
        let e = read_municipalities("m.geojson", &feature("1881", "19", SQUARE)).unwrap_err();
        assert!(e.message.contains("lan_code 19 is not"), "{e}");
        let e = read_municipalities("m.geojson", "{").unwrap_err();
        assert!(e
            .message
            .starts_with("not a GeoJSON file of municipalities"));
    }
}
