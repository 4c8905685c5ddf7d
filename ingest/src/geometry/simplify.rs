//! Simplifying the arcs for one map scale: each arc once, with Visvalingam–Whyatt (geo's
//! `SimplifyVwIdx`), keeping its end points, so the rings made of them still meet exactly.

use super::topology::{Arc, Pt};
use geo::{Coord, LineString, SimplifyVwIdx};

/// The points of every arc after dropping each point whose triangle with its neighbours is
/// smaller than `area_m2` square metres (repeatedly, smallest first). End points stay. An
/// `area_m2` of 0 keeps every point.
pub fn simplify_arcs(arcs: &[Arc], area_m2: f64) -> Vec<Vec<Pt>> {
    arcs.iter()
        .map(|arc| {
            let line: LineString<f64> = arc
                .points
                .iter()
                .map(|&(x, y)| Coord {
                    x: x as f64,
                    y: y as f64,
                })
                .collect();
            line.simplify_vw_idx(area_m2)
                .into_iter()
                .map(|i| arc.points[i])
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_wiggles_go_and_end_points_stay() {
        let arc = Arc {
            points: vec![(0, 0), (100, 3), (200, 0), (300, 400), (400, 0)],
            left: None,
            right: None,
        };
        // Triangle areas: 300 at (100, 3); far more at (300, 400).
        let out = simplify_arcs(std::slice::from_ref(&arc), 1_000.0);
        assert_eq!(out[0], vec![(0, 0), (200, 0), (300, 400), (400, 0)]);
        assert_eq!(
            simplify_arcs(std::slice::from_ref(&arc), 0.0)[0],
            arc.points
        );
        assert_eq!(
            simplify_arcs(&[arc], 1e12)[0],
            vec![(0, 0), (400, 0)],
            "a line shrinks to its end points"
        );
    }
}
