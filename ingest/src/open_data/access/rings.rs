//! Rings as RFC 7946 wants them: longitude/latitude in WGS84 (the boundary file's own
//! coordinates, kept to six decimals, about 0.1 m), closed, exterior rings anticlockwise
//! and holes clockwise (the right-hand rule), and holes inside the polygon they belong to.

use crate::geometry::topology::{doubled_area, Pt};
use std::collections::HashMap;

/// A position, `[longitude, latitude]`.
pub type Position = [f64; 2];

/// Six decimals of a degree.
pub fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// Twice the signed area of a closed ring in degrees (positive when anticlockwise).
pub fn doubled_signed_area(ring: &[Position]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum()
}

/// A closed ring of grid points as a closed ring of positions, each grid point at the
/// longitude/latitude it was projected from, rounded; turned so that it runs anticlockwise
/// (`exterior`) or clockwise (a hole). Repeated positions are dropped; a ring left with
/// fewer than four positions is an error.
pub fn positions(
    ring: &[Pt],
    lonlat: &HashMap<Pt, (f64, f64)>,
    exterior: bool,
) -> Result<Vec<Position>, String> {
    let mut out: Vec<Position> = Vec::with_capacity(ring.len());
    for p in ring {
        let (lon, lat) = lonlat
            .get(p)
            .ok_or_else(|| format!("grid point {p:?} has no longitude/latitude"))?;
        let pos = [round6(*lon), round6(*lat)];
        if out.last() != Some(&pos) {
            out.push(pos);
        }
    }
    if out.first() != out.last() {
        let first = out[0];
        out.push(first);
    }
    if out.len() < 4 {
        return Err(format!(
            "a ring through {:?} has too few points",
            ring.first()
        ));
    }
    if (doubled_signed_area(&out) > 0.0) != exterior {
        out.reverse();
    }
    Ok(out)
}

/// Whether a point lies inside a closed ring (ray casting).
fn inside(p: Pt, ring: &[Pt]) -> bool {
    let (x, y) = (p.0 as f64, p.1 as f64);
    let mut result = false;
    for w in ring.windows(2) {
        let ((x1, y1), (x2, y2)) = (
            (w[0].0 as f64, w[0].1 as f64),
            (w[1].0 as f64, w[1].1 as f64),
        );
        if (y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 {
            result = !result;
        }
    }
    result
}

/// Closed rings of an outline (the set on their left: exteriors anticlockwise, holes
/// clockwise on the grid) grouped into polygons: each exterior followed by the holes that
/// lie in it (in the smallest exterior that holds a hole's first point not on it).
pub fn polygons(rings: Vec<Vec<Pt>>) -> Result<Vec<Vec<Vec<Pt>>>, String> {
    let area = |r: &[Pt]| doubled_area(&r[..r.len() - 1]);
    let (exteriors, holes): (Vec<Vec<Pt>>, Vec<Vec<Pt>>) =
        rings.into_iter().partition(|r| area(r) > 0);
    let mut polygons: Vec<Vec<Vec<Pt>>> = exteriors.into_iter().map(|e| vec![e]).collect();
    for hole in holes {
        let probe = hole
            .iter()
            .copied()
            .find(|p| polygons.iter().all(|poly| !poly[0].contains(p)))
            .unwrap_or(hole[0]);
        let home = polygons
            .iter()
            .enumerate()
            .filter(|(_, poly)| inside(probe, &poly[0]))
            .min_by_key(|(_, poly)| area(&poly[0]))
            .map(|(i, _)| i)
            .ok_or_else(|| format!("a hole through {:?} lies in no exterior ring", hole[0]))?;
        polygons[home].push(hole);
    }
    Ok(polygons)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(points: &[Pt]) -> Vec<Pt> {
        let mut v = points.to_vec();
        v.push(points[0]);
        v
    }

    #[test]
    fn rings_turn_by_the_right_hand_rule() {
        let square = closed(&[(0, 0), (0, 10), (10, 10), (10, 0)]); // clockwise
        let lonlat: HashMap<Pt, (f64, f64)> = square
            .iter()
            .map(|&(x, y)| ((x, y), (15.0 + x as f64 / 100.0, 59.0 + y as f64 / 100.0)))
            .collect();
        let outer = positions(&square, &lonlat, true).unwrap();
        assert!(doubled_signed_area(&outer) > 0.0);
        assert_eq!(outer.first(), outer.last());
        let hole = positions(&square, &lonlat, false).unwrap();
        assert!(doubled_signed_area(&hole) < 0.0);
        assert_eq!(round6(15.12345678), 15.123457);
    }

    #[test]
    fn holes_go_into_the_exterior_that_holds_them() {
        let big = closed(&[(0, 0), (100, 0), (100, 100), (0, 100)]);
        let other = closed(&[(200, 0), (300, 0), (300, 100), (200, 100)]);
        let hole = closed(&[(10, 10), (10, 20), (20, 20), (20, 10)]);
        let p = polygons(vec![other.clone(), hole.clone(), big.clone()]).unwrap();
        assert_eq!(p, vec![vec![other], vec![big, hole]]);
        let stray = closed(&[(500, 10), (500, 20), (520, 20), (520, 10)]);
        assert!(polygons(vec![stray]).is_err());
    }
}
