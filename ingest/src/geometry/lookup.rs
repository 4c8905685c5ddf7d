//! The lookup file: every municipality's rings in longitude/latitude, lightly simplified
//! (each shared arc once, so neighbours still meet), quantised and delta-encoded.

use super::simplify::simplify_arcs;
use super::topology::Topology;
use super::Geo;
use catalog::geometry::{Lookup, LookupMunicipality, GEO_FORMAT_VERSION};

/// Integer units per degree: 1/10,000 degree is about 11 m north–south, 5 m east–west.
pub const LOOKUP_SCALE: u32 = 10_000;
/// Simplification: a point goes when its triangle with its neighbours is smaller than this
/// (a 40 m square; a position from a phone is rarely better than that).
pub const LOOKUP_AREA_M2: f64 = 40.0 * 40.0;

/// The lookup file of all municipalities.
pub fn lookup(geo: &Geo) -> Lookup {
    let topo = &geo.topology;
    let scale = f64::from(LOOKUP_SCALE);
    let arcs: Vec<Vec<(i64, i64)>> = simplify_arcs(&topo.arcs, LOOKUP_AREA_M2)
        .into_iter()
        .map(|points| {
            let mut q: Vec<(i64, i64)> = points
                .iter()
                .map(|p| {
                    let (lon, lat) = geo.lonlat[p];
                    ((lon * scale).round() as i64, (lat * scale).round() as i64)
                })
                .collect();
            q.dedup();
            q
        })
        .collect();
    let municipalities = geo
        .municipalities
        .iter()
        .zip(&topo.shapes)
        .map(|(m, shape)| LookupMunicipality {
            code: m.code.clone(),
            name: m.name.clone(),
            rings: shape
                .polygons
                .iter()
                .flatten()
                .filter_map(|ring| {
                    let mut points = Topology::ring_points(ring, &arcs);
                    while points.len() > 1 && points.first() == points.last() {
                        points.pop();
                    }
                    (points.len() >= 3).then(|| delta_encode(&points))
                })
                .collect(),
        })
        .collect();
    Lookup {
        version: GEO_FORMAT_VERSION,
        scale: LOOKUP_SCALE,
        municipalities,
    }
}

/// `[x0, y0, x1 - x0, y1 - y0, …]`.
fn delta_encode(points: &[(i64, i64)]) -> Vec<i64> {
    let mut out = Vec::with_capacity(points.len() * 2);
    let mut prev = (0, 0);
    for &(x, y) in points {
        out.extend([x - prev.0, y - prev.1]);
        prev = (x, y);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_from_the_first_point() {
        assert_eq!(
            delta_encode(&[(150_000, 590_000), (150_010, 590_000), (150_010, 590_005)]),
            vec![150_000, 590_000, 10, 0, 0, 5]
        );
    }
}
