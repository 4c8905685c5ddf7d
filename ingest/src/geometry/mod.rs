//! The build-time geometry of the maps: reads the municipality boundaries, projects them to
//! SWEREF 99 TM, builds their arc topology, simplifies each arc once per map scale and
//! writes the files the app draws and locates with (`catalog::geometry` describes them):
//! `geo/sweden.json`, `geo/<county code>.json` for every county, and `geo/lookup.json`.

pub mod label;
pub mod lookup;
pub mod maps;
pub mod projection;
pub mod simplify;
pub mod source;
pub mod svg_path;
pub mod topology;

use crate::report::IngestError;
use crate::{MUNICIPALITIES_FILE, REGIONS_FILE};
use catalog::geometry::{county_map_path, LOOKUP_PATH, SWEDEN_MAP_PATH};
use source::{SourceCounty, SourceMunicipality};
use std::collections::HashMap;
use std::path::Path;
use topology::{Pt, Topology, TopologyError};

/// The municipalities and counties with their topology on the national grid.
#[derive(Debug, Clone)]
pub struct Geo {
    /// Sorted by code.
    pub municipalities: Vec<SourceMunicipality>,
    /// Sorted by code; each has at least one municipality.
    pub counties: Vec<SourceCounty>,
    /// Shapes in the order of `municipalities`.
    pub topology: Topology,
    /// Each municipality's inner point (`geo_point_2d`) on the grid.
    pub inner: Vec<Pt>,
    /// The longitude/latitude each grid point was projected from (the first one met, in the
    /// order of `municipalities`, when several round to the same metre).
    pub lonlat: HashMap<Pt, (f64, f64)>,
}

impl Geo {
    /// Reads and projects the boundary files under `data_dir`; `display_dir` is how that
    /// folder is named in errors (`"data"`).
    pub fn load(data_dir: &Path, display_dir: &str) -> Result<Geo, Vec<IngestError>> {
        let shown = |rel: &str| format!("{}/{rel}", display_dir.trim_end_matches('/'));
        let read = |rel: &str| {
            std::fs::read_to_string(data_dir.join(rel))
                .map_err(|e| vec![IngestError::file(&shown(rel), format!("cannot read: {e}"))])
        };
        let municipalities =
            source::read_municipalities(&shown(MUNICIPALITIES_FILE), &read(MUNICIPALITIES_FILE)?)
                .map_err(|e| vec![e])?;
        let counties = source::read_counties(&shown(REGIONS_FILE), &read(REGIONS_FILE)?)
            .map_err(|e| vec![e])?;
        let mut errors = Vec::new();
        for m in &municipalities {
            if !counties.iter().any(|c| c.code == m.county_code) {
                errors.push(IngestError::file(
                    &shown(MUNICIPALITIES_FILE),
                    format!(
                        "{} {}: county {} is not in {}",
                        m.code,
                        m.name,
                        m.county_code,
                        shown(REGIONS_FILE)
                    ),
                ));
            }
        }
        for c in &counties {
            if !municipalities.iter().any(|m| m.county_code == c.code) {
                errors.push(IngestError::file(
                    &shown(REGIONS_FILE),
                    format!(
                        "county {} {} has no municipality in {}",
                        c.code,
                        c.name,
                        shown(MUNICIPALITIES_FILE)
                    ),
                ));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let fail = |m: String| vec![IngestError::file(&shown(MUNICIPALITIES_FILE), m)];
        let projection = projection::Sweref99Tm::new();
        let mut lonlat: HashMap<Pt, (f64, f64)> = HashMap::new();
        let mut project = |(lon, lat): (f64, f64)| -> Result<Pt, String> {
            let (e, n) = projection.project(lon, lat)?;
            let p = (e.round() as i64, n.round() as i64);
            lonlat.entry(p).or_insert((lon, lat));
            Ok(p)
        };
        let mut shapes = Vec::new();
        let mut inner = Vec::new();
        for m in &municipalities {
            let polygons = m
                .polygons
                .iter()
                .map(|rings| {
                    rings
                        .iter()
                        .map(|ring| ring.iter().map(|&p| project(p)).collect())
                        .collect()
                })
                .collect::<Result<Vec<Vec<Vec<Pt>>>, String>>()
                .map_err(|e| fail(format!("{} {}: {e}", m.code, m.name)))?;
            shapes.push(polygons);
            let (e, n) = projection
                .project(m.inner.0, m.inner.1)
                .map_err(|e| fail(format!("{} {}: {e}", m.code, m.name)))?;
            inner.push((e.round() as i64, n.round() as i64));
        }
        let topology = topology::build(&shapes).map_err(|e| match e {
            TopologyError::Overlap { first, second, at } => {
                let (a, b) = (&municipalities[first], &municipalities[second]);
                fail(format!(
                    "{} {} and {} {} overlap along the border from SWEREF 99 TM {at:?}",
                    a.code, a.name, b.code, b.name
                ))
            }
            TopologyError::Broken(e) => fail(e),
        })?;
        for (m, shape) in municipalities.iter().zip(&topology.shapes) {
            if shape.polygons.is_empty() {
                return Err(fail(format!(
                    "{} {}: no ring is left once the points are rounded to whole metres",
                    m.code, m.name
                )));
            }
        }
        Ok(Geo {
            municipalities,
            counties,
            topology,
            inner,
            lonlat,
        })
    }

    /// Indexes of the municipalities of a county.
    pub fn county_members(&self, county_code: &str) -> Vec<usize> {
        (0..self.municipalities.len())
            .filter(|&i| self.municipalities[i].county_code == county_code)
            .collect()
    }
}

/// The geo files of the site: `(path under public/data/, contents)`, sorted by path:
/// `geo/01.json` … `geo/25.json` (one per county), `geo/lookup.json`, `geo/sweden.json`.
/// The same input always gives the same bytes.
pub fn site_files(
    data_dir: &Path,
    display_dir: &str,
) -> Result<Vec<(String, String)>, Vec<IngestError>> {
    let geo = Geo::load(data_dir, display_dir)?;
    let shown = format!(
        "{}/{MUNICIPALITIES_FILE}",
        display_dir.trim_end_matches('/')
    );
    let fail = |m: String| vec![IngestError::file(&shown, m)];
    let mut files = Vec::new();
    for county in &geo.counties {
        let map = maps::county_map(&geo, &county.code).map_err(fail)?;
        files.push((site_path(&county_map_path(&county.code)), to_json(&map)));
    }
    files.push((site_path(LOOKUP_PATH), to_json(&lookup::lookup(&geo))));
    files.push((
        site_path(SWEDEN_MAP_PATH),
        to_json(&maps::sweden_map(&geo).map_err(fail)?),
    ));
    files.sort();
    Ok(files)
}

/// A path of `catalog::geometry` (`data/geo/18.json`) under `public/data/` (`geo/18.json`).
fn site_path(path: &str) -> String {
    path.strip_prefix("data/").unwrap_or(path).to_string()
}

/// A file's JSON: compact, with a trailing newline.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string(value).expect("plain data serialises");
    json.push('\n');
    json
}
