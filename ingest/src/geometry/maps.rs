//! The map files: `sweden.json` (the counties, for the front page) and one file per county
//! (its municipalities and its outline). Each file has its own grid (metres per map unit) and
//! its own simplification, both chosen for the size the map is drawn at.

use super::label::{doubled_area, label};
use super::simplify::simplify_arcs;
use super::svg_path::{path_data, MapPt};
use super::topology::{ArcRing, Pt, Topology};
use super::Geo;
use catalog::geometry::{CountyMap, MapRegion, SwedenMap, GEO_FORMAT_VERSION};

/// The drawn size of the Sweden map in CSS pixels (width, height).
pub const SWEDEN_PX: (f64, f64) = (300.0, 650.0);
/// Metres per map unit of the Sweden map.
pub const SWEDEN_UNIT_M: i64 = 1_000;
/// A county map is drawn with its longer side about this many CSS pixels.
pub const COUNTY_PX: f64 = 600.0;
/// Units a county map may use, in metres; the largest that gives at least
/// `UNITS_PER_PX` units per pixel is taken.
const COUNTY_UNITS_M: &[i64] = &[10, 20, 25, 50, 100, 200, 250, 500, 1_000];
const UNITS_PER_PX: f64 = 2.0;
/// Simplification: a point goes when its triangle with its neighbours is smaller than a
/// square of this many pixels a side, at the drawn size.
pub const SIMPLIFY_PX: f64 = 1.0;

/// A map file's grid: SWEREF 99 TM metres to map units, y downwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    /// `(easting, northing)` of map point (0, 0), the top left.
    pub origin: Pt,
    /// Metres per map unit.
    pub unit: i64,
    pub width: i64,
    pub height: i64,
}

impl Grid {
    /// The smallest grid of whole units around the points.
    pub fn around(points: impl Iterator<Item = Pt>, unit: i64) -> Grid {
        let (mut min_e, mut max_e, mut min_n, mut max_n) = (i64::MAX, i64::MIN, i64::MAX, i64::MIN);
        for (e, n) in points {
            min_e = min_e.min(e);
            max_e = max_e.max(e);
            min_n = min_n.min(n);
            max_n = max_n.max(n);
        }
        let origin = (
            min_e.div_euclid(unit) * unit,
            -(-max_n).div_euclid(unit) * unit,
        );
        Grid {
            origin,
            unit,
            width: -(-(max_e - origin.0)).div_euclid(unit),
            height: -(-(origin.1 - min_n)).div_euclid(unit),
        }
    }

    /// A grid point in map units, rounded to the nearest unit.
    pub fn to_map(&self, (e, n): Pt) -> MapPt {
        let round = |v: i64| (2 * v + self.unit).div_euclid(2 * self.unit);
        (round(e - self.origin.0), round(self.origin.1 - n))
    }
}

/// The grid and the metres per pixel of the Sweden map.
pub fn sweden_grid(geo: &Geo) -> (Grid, f64) {
    let points = geo
        .topology
        .arcs
        .iter()
        .flat_map(|a| a.points.iter().copied());
    let grid = Grid::around(points, SWEDEN_UNIT_M);
    let metres_per_px = (grid.width as f64 / SWEDEN_PX.0).max(grid.height as f64 / SWEDEN_PX.1)
        * SWEDEN_UNIT_M as f64;
    (grid, metres_per_px)
}

/// The counties of Sweden, each drawn from the outline of its municipalities.
pub fn sweden_map(geo: &Geo) -> Result<SwedenMap, String> {
    let topo = &geo.topology;
    let (grid, metres_per_px) = sweden_grid(geo);
    let arcs = arcs_on_grid(topo, grid, metres_per_px);
    let mut counties = Vec::new();
    for county in &geo.counties {
        let members = geo.county_members(&county.code);
        let rings = topo.outline(|m| members.contains(&m))?;
        let drawn = draw(&rings, &arcs);
        if drawn.is_empty() {
            return Err(format!(
                "county {} {} vanishes at the scale of the Sweden map",
                county.code, county.name
            ));
        }
        counties.push(MapRegion {
            code: county.code.clone(),
            name: county.name.clone(),
            d: path_data(&drawn),
            label: to_pair(label(&drawn, None), &county.code)?,
        });
    }
    Ok(SwedenMap {
        version: GEO_FORMAT_VERSION,
        view_box: [0, 0, grid.width, grid.height],
        origin: [grid.origin.0, grid.origin.1],
        unit_m: grid.unit as u32,
        counties,
    })
}

/// The grid and the metres per pixel of a county map: the longer side drawn at `COUNTY_PX`.
pub fn county_grid(geo: &Geo, members: &[usize]) -> (Grid, f64) {
    let points = || {
        members.iter().flat_map(|&m| {
            geo.topology.shapes[m]
                .polygons
                .iter()
                .flatten()
                .flatten()
                .flat_map(|r| geo.topology.arcs[r.arc].points.iter().copied())
        })
    };
    let metre_grid = Grid::around(points(), 1);
    let metres_per_px = metre_grid.width.max(metre_grid.height) as f64 / COUNTY_PX;
    let unit = COUNTY_UNITS_M
        .iter()
        .copied()
        .filter(|&u| u as f64 * UNITS_PER_PX <= metres_per_px)
        .max()
        .unwrap_or(COUNTY_UNITS_M[0]);
    (Grid::around(points(), unit), metres_per_px)
}

/// One county: its municipalities and its outline, on one grid and one simplification.
pub fn county_map(geo: &Geo, county_code: &str) -> Result<CountyMap, String> {
    let county = geo
        .counties
        .iter()
        .find(|c| c.code == county_code)
        .ok_or_else(|| format!("no county {county_code}"))?;
    let topo = &geo.topology;
    let members = geo.county_members(county_code);
    let (grid, metres_per_px) = county_grid(geo, &members);
    let arcs = arcs_on_grid(topo, grid, metres_per_px);
    let mut municipalities = Vec::new();
    for &m in &members {
        let muni = &geo.municipalities[m];
        let rings: Vec<ArcRing> = topo.shapes[m].polygons.iter().flatten().cloned().collect();
        let drawn = draw(&rings, &arcs);
        if drawn.is_empty() {
            return Err(format!(
                "{} {} vanishes at the scale of its county map",
                muni.code, muni.name
            ));
        }
        municipalities.push(MapRegion {
            code: muni.code.clone(),
            name: muni.name.clone(),
            d: path_data(&drawn),
            label: to_pair(label(&drawn, Some(grid.to_map(geo.inner[m]))), &muni.code)?,
        });
    }
    let outline = draw(&topo.outline(|m| members.contains(&m))?, &arcs);
    Ok(CountyMap {
        version: GEO_FORMAT_VERSION,
        code: county.code.clone(),
        name: county.name.clone(),
        view_box: [0, 0, grid.width, grid.height],
        origin: [grid.origin.0, grid.origin.1],
        unit_m: grid.unit as u32,
        outline: path_data(&outline),
        municipalities,
    })
}

fn to_pair(p: Option<MapPt>, code: &str) -> Result<[i64; 2], String> {
    p.map(|(x, y)| [x, y])
        .ok_or_else(|| format!("{code}: no point inside its drawn shape"))
}

/// Every arc simplified for a map drawn at `metres_per_px`, on the map's grid, without
/// repeated points.
pub fn arcs_on_grid(topo: &Topology, grid: Grid, metres_per_px: f64) -> Vec<Vec<MapPt>> {
    let area = (SIMPLIFY_PX * metres_per_px).powi(2);
    simplify_arcs(&topo.arcs, area)
        .into_iter()
        .map(|points| {
            let mut out: Vec<MapPt> = points.into_iter().map(|p| grid.to_map(p)).collect();
            out.dedup();
            out
        })
        .collect()
}

/// Rings of arcs as open rings of map points; rings that shrink to no area are left out.
pub fn draw(rings: &[ArcRing], arcs: &[Vec<MapPt>]) -> Vec<Vec<MapPt>> {
    rings
        .iter()
        .filter_map(|ring| {
            let mut points = Topology::ring_points(ring, arcs);
            while points.len() > 1 && points.first() == points.last() {
                points.pop();
            }
            (points.len() >= 3 && doubled_area(&points) != 0).then_some(points)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_flips_northing_and_rounds_to_units() {
        let g = Grid::around([(1_050, 6_000_000), (3_960, 6_002_010)].into_iter(), 1_000);
        assert_eq!(g.origin, (1_000, 6_003_000));
        assert_eq!((g.width, g.height), (3, 3));
        assert_eq!(g.to_map((1_050, 6_000_000)), (0, 3));
        assert_eq!(g.to_map((3_960, 6_002_010)), (3, 1));
        assert_eq!(g.to_map((1_500, 6_002_500)), (1, 1));
    }
}
