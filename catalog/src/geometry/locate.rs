//! Which municipality a position lies in: point in polygon over the lookup file's rings, and
//! the nearest municipality when the position is just outside every shape (on the water off
//! the coast, or in a gap the simplified borders leave).

use super::Lookup;

/// How far outside every shape a position may be and still be given its nearest municipality
/// (as `approximate`), in metres.
pub const APPROXIMATE_WITHIN_M: f64 = 5_000.0;

/// Metres per degree of latitude on a sphere of the Earth's mean radius (6,371 km).
const METRES_PER_DEGREE: f64 = 6_371_000.0 * std::f64::consts::PI / 180.0;

/// The municipality a position was located in.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// Official four-digit code, e.g. `1880`.
    pub code: String,
    /// Official name, e.g. `Örebro`.
    pub name: String,
    /// The position is in none of the shapes but within `APPROXIMATE_WITHIN_M` of this one.
    pub approximate: bool,
    /// Distance in metres from the position to the municipality's shape: 0 when inside,
    /// else the nearest distance (on a local flat approximation, good to a few metres at
    /// these distances).
    pub distance_m: f64,
}

/// The municipality whose shape holds the point (`lon`, `lat` in degrees, WGS84); else the
/// nearest one within `APPROXIMATE_WITHIN_M`, marked `approximate`; else `None` (outside
/// Sweden, or far out at sea).
pub fn locate(lookup: &Lookup, lon: f64, lat: f64) -> Option<Located> {
    let scale = f64::from(lookup.scale);
    // Local flat coordinates in metres around the point.
    let kx = METRES_PER_DEGREE * lat.to_radians().cos() / scale;
    let ky = METRES_PER_DEGREE / scale;
    let (px, py) = (lon * scale, lat * scale);
    let mut nearest: Option<(f64, usize)> = None;
    for (index, m) in lookup.municipalities.iter().enumerate() {
        let mut inside = false;
        let mut best = f64::INFINITY;
        for ring in &m.rings {
            let points = ring_points(ring);
            let Some(&last) = points.last() else { continue };
            let mut a = last;
            for &b in &points {
                // Crossing number: does the edge a-b cross the horizontal ray to the right?
                if (a.1 > py) != (b.1 > py) {
                    let x = a.0 + (py - a.1) * (b.0 - a.0) / (b.1 - a.1);
                    if px < x {
                        inside = !inside;
                    }
                }
                let d = segment_distance(
                    ((a.0 - px) * kx, (a.1 - py) * ky),
                    ((b.0 - px) * kx, (b.1 - py) * ky),
                );
                best = best.min(d);
                a = b;
            }
        }
        if inside {
            return Some(Located {
                code: m.code.clone(),
                name: m.name.clone(),
                approximate: false,
                distance_m: 0.0,
            });
        }
        if nearest.is_none_or(|(d, _)| best < d) {
            nearest = Some((best, index));
        }
    }
    let (distance_m, index) = nearest?;
    (distance_m <= APPROXIMATE_WITHIN_M).then(|| {
        let m = &lookup.municipalities[index];
        Located {
            code: m.code.clone(),
            name: m.name.clone(),
            approximate: true,
            distance_m,
        }
    })
}

/// A ring's points in file units (degrees × scale), decoded from its deltas.
fn ring_points(ring: &[i64]) -> Vec<(f64, f64)> {
    let (mut x, mut y) = (0i64, 0i64);
    ring.chunks_exact(2)
        .map(|d| {
            x += d[0];
            y += d[1];
            (x as f64, y as f64)
        })
        .collect()
}

/// Distance from the origin to the segment a-b.
fn segment_distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0)
    };
    (a.0 + t * dx).hypot(a.1 + t * dy)
}

#[cfg(test)]
mod tests {
    use super::super::{LookupMunicipality, GEO_FORMAT_VERSION};
    use super::*;

    /// A ring of absolute points (in 1/1000 degree) written as the file does: deltas.
    fn ring(points: &[(i64, i64)]) -> Vec<i64> {
        let mut out = Vec::new();
        let mut prev = (0, 0);
        for &(x, y) in points {
            out.extend([x - prev.0, y - prev.1]);
            prev = (x, y);
        }
        out
    }

    fn square(x0: i64, y0: i64, size: i64) -> Vec<i64> {
        ring(&[
            (x0, y0),
            (x0 + size, y0),
            (x0 + size, y0 + size),
            (x0, y0 + size),
        ])
    }

    /// Two municipalities at 60° N: "A" is a square 15.0–15.1° E with a lake (hole)
    /// 15.04–15.06° E, 60.04–60.06° N, and on the lake "B", an island 15.045–15.055° E;
    /// "B" also has a mainland square 15.2–15.3° E.
    fn lookup() -> Lookup {
        Lookup {
            version: GEO_FORMAT_VERSION,
            scale: 1000,
            municipalities: vec![
                LookupMunicipality {
                    code: "0001".into(),
                    name: "A".into(),
                    rings: vec![square(15_000, 60_000, 100), square(15_040, 60_040, 20)],
                },
                LookupMunicipality {
                    code: "0002".into(),
                    name: "B".into(),
                    rings: vec![square(15_045, 60_045, 10), square(15_200, 60_000, 100)],
                },
            ],
        }
    }

    fn code(lon: f64, lat: f64) -> Option<(String, bool)> {
        locate(&lookup(), lon, lat).map(|l| (l.code, l.approximate))
    }

    #[test]
    fn inside_holes_islands_and_second_parts() {
        assert_eq!(code(15.01, 60.01), Some(("0001".into(), false)));
        // On the lake: in neither A (hole) nor B; 111 m from A's shore, 167 m from B's island.
        assert_eq!(code(15.042, 60.05), Some(("0001".into(), true)));
        // On the island in the lake.
        assert_eq!(code(15.05, 60.05), Some(("0002".into(), false)));
        // B's second part.
        assert_eq!(code(15.25, 60.05), Some(("0002".into(), false)));
    }

    #[test]
    fn near_is_approximate_far_is_none() {
        // 0.02° north of A's top edge at 60.1° N: about 2.2 km.
        let l = locate(&lookup(), 15.05, 60.12).unwrap();
        assert_eq!((l.code.as_str(), l.approximate), ("0001", true));
        assert!((l.distance_m - 2224.0).abs() < 5.0, "{}", l.distance_m);
        // 0.1° of latitude: about 11 km.
        assert_eq!(code(15.05, 60.2), None);
        // Between A and B (15.1–15.2° E): nearest by longitude, 0.03° × cos 60° ≈ 1.7 km.
        let l = locate(&lookup(), 15.17, 60.05).unwrap();
        assert_eq!((l.code.as_str(), l.approximate), ("0002", true));
        assert!((l.distance_m - 1668.0).abs() < 5.0, "{}", l.distance_m);
    }

    #[test]
    fn an_empty_lookup_locates_nothing() {
        let empty = Lookup {
            version: GEO_FORMAT_VERSION,
            scale: 1000,
            municipalities: vec![],
        };
        assert_eq!(locate(&empty, 15.0, 60.0), None);
    }
}
