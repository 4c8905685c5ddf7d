//! A label point for a region drawn as rings: the place the data gives when it lies inside
//! the drawn shape, else an interior point of the shape (geo's `InteriorPoint`).

use super::svg_path::MapPt;
use geo::{Coord, InteriorPoint, LineString, MultiPolygon, Polygon};

/// A point inside the region made of `rings` (open rings; outer rings anticlockwise on
/// screen, holes clockwise): `preferred` if it is inside, else an interior point.
pub fn label(rings: &[Vec<MapPt>], preferred: Option<MapPt>) -> Option<MapPt> {
    if let Some(p) = preferred.filter(|&p| inside(rings, p)) {
        return Some(p);
    }
    let shape = multipolygon(rings);
    let p = shape.interior_point()?;
    let rounded = (p.x().round() as i64, p.y().round() as i64);
    if inside(rings, rounded) {
        return Some(rounded);
    }
    // Rounding stepped out of a sliver: take the nearest grid point that is inside.
    (1..=3)
        .flat_map(|r| {
            (-r..=r).flat_map(move |dx| (-r..=r).map(move |dy| (rounded.0 + dx, rounded.1 + dy)))
        })
        .find(|&q| inside(rings, q))
}

/// Whether `p` lies inside an odd number of the rings (even-odd rule).
pub fn inside(rings: &[Vec<MapPt>], p: MapPt) -> bool {
    let (px, py) = (p.0 as f64, p.1 as f64);
    let mut odd = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
            if (ay > py) != (by > py) && px < ax + (py - ay) * (bx - ax) / (by - ay) {
                odd = !odd;
            }
        }
    }
    odd
}

/// Twice the signed area of an open ring in map coordinates: positive when clockwise on
/// screen (y grows downwards), so negative for outer rings.
pub fn doubled_area(ring: &[MapPt]) -> i128 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            i128::from(a.0) * i128::from(b.1) - i128::from(b.0) * i128::from(a.1)
        })
        .sum()
}

/// The rings as polygons: each hole goes to the smallest outer ring around it.
fn multipolygon(rings: &[Vec<MapPt>]) -> MultiPolygon<f64> {
    let line = |ring: &Vec<MapPt>| -> LineString<f64> {
        ring.iter()
            .map(|&(x, y)| Coord {
                x: x as f64,
                y: y as f64,
            })
            .collect()
    };
    let (outers, holes): (Vec<&Vec<MapPt>>, Vec<&Vec<MapPt>>) =
        rings.iter().partition(|r| doubled_area(r) < 0);
    let mut interiors: Vec<Vec<LineString<f64>>> = vec![Vec::new(); outers.len()];
    for hole in holes {
        let around = outers
            .iter()
            .enumerate()
            .filter(|(_, o)| inside(std::slice::from_ref(*o), hole[0]) || o.contains(&hole[0]))
            .min_by_key(|(_, o)| -doubled_area(o))
            .map(|(i, _)| i);
        if let Some(i) = around {
            interiors[i].push(line(hole));
        }
    }
    MultiPolygon(
        outers
            .iter()
            .zip(interiors)
            .map(|(o, holes)| Polygon::new(line(o), holes))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 100 × 100 square (anticlockwise on screen) with a 60 × 60 hole in the middle.
    fn frame() -> Vec<Vec<MapPt>> {
        vec![
            vec![(0, 0), (0, 100), (100, 100), (100, 0)],
            vec![(20, 20), (80, 20), (80, 80), (20, 80)],
        ]
    }

    #[test]
    fn keeps_a_preferred_point_inside_else_finds_one() {
        assert_eq!(label(&frame(), Some((10, 50))), Some((10, 50)));
        let p = label(&frame(), Some((50, 50))).unwrap();
        assert!(inside(&frame(), p) && p != (50, 50), "{p:?}");
        assert!(!inside(&frame(), (50, 50)));
    }
}
