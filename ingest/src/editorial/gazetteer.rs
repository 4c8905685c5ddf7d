//! Official names and codes of Sweden's counties and municipalities, read from the
//! properties of the GeoJSON files under `data/geo/` (geometries are skipped).

use crate::report::IngestError;
use serde::Deserialize;

/// A county (län): official two-digit code and name ("01", "Stockholm").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyName {
    pub code: String,
    pub name: String,
}

/// A municipality (kommun): four-digit code, name and the code of its county.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityName {
    pub code: String,
    pub name: String,
    pub county_code: String,
}

/// Every county and municipality by official name.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub counties: Vec<CountyName>,
    pub municipalities: Vec<MunicipalityName>,
}

#[derive(Deserialize)]
struct Collection<P> {
    features: Vec<Feature<P>>,
}

#[derive(Deserialize)]
struct Feature<P> {
    properties: P,
}

#[derive(Deserialize)]
struct RegionProps {
    name: String,
    l_id: u32,
}

#[derive(Deserialize)]
struct MunicipalityProps {
    id: String,
    kom_namn: String,
    lan_code: String,
}

impl Gazetteer {
    /// Reads the two GeoJSON texts; `regions_file` and `municipalities_file` name them in
    /// errors.
    pub fn from_geojson(
        regions_file: &str,
        regions: &str,
        municipalities_file: &str,
        municipalities: &str,
    ) -> Result<Gazetteer, IngestError> {
        let regions: Collection<RegionProps> = serde_json::from_str(regions).map_err(|e| {
            IngestError::file(regions_file, format!("not a GeoJSON file of regions: {e}"))
        })?;
        let munis: Collection<MunicipalityProps> =
            serde_json::from_str(municipalities).map_err(|e| {
                IngestError::file(
                    municipalities_file,
                    format!("not a GeoJSON file of municipalities: {e}"),
                )
            })?;
        let mut counties: Vec<CountyName> = regions
            .features
            .into_iter()
            .map(|f| CountyName {
                code: format!("{:02}", f.properties.l_id),
                name: f.properties.name,
            })
            .collect();
        counties.sort_by(|a, b| a.code.cmp(&b.code));
        let mut municipalities: Vec<MunicipalityName> = munis
            .features
            .into_iter()
            .map(|f| MunicipalityName {
                code: f.properties.id,
                name: f.properties.kom_namn,
                county_code: f.properties.lan_code,
            })
            .collect();
        municipalities.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(Gazetteer {
            counties,
            municipalities,
        })
    }

    /// The county with this name: exact match first, then ignoring case.
    pub fn county(&self, name: &str) -> Option<&CountyName> {
        let name = name.trim();
        find_name(&self.counties, name, |c| &c.name)
    }

    /// The municipalities of the county with this code, in code order.
    pub fn municipalities_of(&self, county_code: &str) -> Vec<&MunicipalityName> {
        self.municipalities
            .iter()
            .filter(|m| m.county_code == county_code)
            .collect()
    }

    /// The municipality with this name in the county with this code: exact match first,
    /// then ignoring case.
    pub fn municipality(&self, county_code: &str, name: &str) -> Option<&MunicipalityName> {
        let in_county: Vec<&MunicipalityName> = self
            .municipalities
            .iter()
            .filter(|m| m.county_code == county_code)
            .collect();
        find_name(&in_county, name.trim(), |m| &m.name).copied()
    }
}

fn find_name<'a, T>(items: &'a [T], name: &str, key: impl Fn(&T) -> &str) -> Option<&'a T> {
    items.iter().find(|i| key(i) == name).or_else(|| {
        let lower = name.to_lowercase();
        items.iter().find(|i| key(i).to_lowercase() == lower)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGIONS: &str = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"Örebro","l_id":18,"color":3},
         "geometry":{"type":"Polygon","coordinates":[[[15.0,59.0],[15.1,59.0],[15.0,59.1]]]}},
        {"type":"Feature","properties":{"name":"Stockholm","l_id":1},"geometry":null}]}"#;
    const MUNIS: &str = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":"1880","kom_namn":"Örebro","lan_code":"18"}},
        {"type":"Feature","properties":{"id":"0180","kom_namn":"Stockholm","lan_code":"01"}}]}"#;

    #[test]
    fn resolves_names_to_codes() {
        let g = Gazetteer::from_geojson("r", REGIONS, "m", MUNIS).unwrap();
        assert_eq!(g.county("Stockholm").unwrap().code, "01");
        assert_eq!(g.county(" örebro ").unwrap().code, "18");
        assert!(g.county("Gotland").is_none());
        assert_eq!(g.municipality("18", "Örebro").unwrap().code, "1880");
        assert_eq!(g.municipality("18", "ÖREBRO").unwrap().code, "1880");
        assert!(g.municipality("01", "Örebro").is_none());
    }

    #[test]
    fn malformed_json_names_the_file() {
        let e = Gazetteer::from_geojson("geo/r.geojson", "{", "m", MUNIS).unwrap_err();
        assert_eq!(e.file, "geo/r.geojson");
        let e = Gazetteer::from_geojson("r", REGIONS, "geo/m.geojson", "[]").unwrap_err();
        assert!(e.to_string().starts_with("geo/m.geojson: error:"), "{e}");
    }
}
