//! A region's shape read back from its SVG path data (as `ingest::geometry::svg_path`
//! writes it: `m x y dx dy … z m dx dy … z`, all relative), for the questions a map asks of
//! it: is a point inside, how large is it, does a name fit inside it.

use std::fmt;

/// A point in map units.
pub type Pt = (i64, i64);

/// Why path data cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// Byte offset in the path data.
    pub at: usize,
    pub message: &'static str,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "path data, byte {}: {}", self.at, self.message)
    }
}

impl std::error::Error for PathError {}

/// The rings of path data, each as its absolute points (open: the last point is not the
/// first again).
pub fn rings(d: &str) -> Result<Vec<Vec<Pt>>, PathError> {
    let bytes = d.as_bytes();
    let mut rings: Vec<Vec<Pt>> = Vec::new();
    let mut ring: Option<Vec<Pt>> = None;
    // Where `z` leaves the pen: the start of the ring before.
    let mut pen: Pt = (0, 0);
    let mut numbers: Vec<i64> = Vec::new();
    let mut i = 0;
    let flush = |numbers: &mut Vec<i64>, ring: &mut Option<Vec<Pt>>, at: usize| {
        if numbers.len() % 2 == 1 {
            return Err(PathError {
                at,
                message: "a coordinate without its pair",
            });
        }
        if !numbers.is_empty() {
            let Some(points) = ring.as_mut() else {
                return Err(PathError {
                    at,
                    message: "coordinates before the first `m`",
                });
            };
            for pair in numbers.chunks_exact(2) {
                let &(x, y) = points.last().expect("a ring starts with its move");
                points.push((x + pair[0], y + pair[1]));
            }
            numbers.clear();
        }
        Ok(())
    };
    while i < bytes.len() {
        match bytes[i] {
            b'm' => {
                flush(&mut numbers, &mut ring, i)?;
                if let Some(r) = ring.take() {
                    return Err(PathError {
                        at: i,
                        message: if r.is_empty() {
                            "an empty ring"
                        } else {
                            "a ring not closed with `z`"
                        },
                    });
                }
                // The move's own pair follows: read it as the ring's first point.
                i += 1;
                let (dx, next) = number(bytes, i)?;
                let (dy, next) = number(bytes, next)?;
                i = next;
                ring = Some(vec![(pen.0 + dx, pen.1 + dy)]);
                continue;
            }
            b'z' => {
                flush(&mut numbers, &mut ring, i)?;
                let Some(r) = ring.take() else {
                    return Err(PathError {
                        at: i,
                        message: "`z` without a ring",
                    });
                };
                if r.len() < 3 {
                    return Err(PathError {
                        at: i,
                        message: "a ring of fewer than three points",
                    });
                }
                pen = r[0];
                rings.push(r);
                i += 1;
            }
            b' ' => i += 1,
            b'-' | b'0'..=b'9' => {
                let (n, next) = number(bytes, i)?;
                numbers.push(n);
                i = next;
            }
            _ => {
                return Err(PathError {
                    at: i,
                    message: "a character the map files never write",
                })
            }
        }
    }
    if ring.is_some() {
        return Err(PathError {
            at: bytes.len(),
            message: "a ring not closed with `z`",
        });
    }
    if rings.is_empty() {
        return Err(PathError {
            at: 0,
            message: "no ring",
        });
    }
    Ok(rings)
}

/// An integer at `i` (after any spaces): its value and the offset after it.
fn number(bytes: &[u8], mut i: usize) -> Result<(i64, usize), PathError> {
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    let start = i;
    if bytes.get(i) == Some(&b'-') {
        i += 1;
    }
    let digits = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i == digits {
        return Err(PathError {
            at: start,
            message: "a number expected",
        });
    }
    let text = std::str::from_utf8(&bytes[start..i]).expect("ASCII digits");
    text.parse().map(|n| (n, i)).map_err(|_| PathError {
        at: start,
        message: "a number out of range",
    })
}

/// Whether a point lies inside the shape: inside an odd number of its rings (so a lake is
/// outside, an island in a lake inside).
pub fn contains(rings: &[Vec<Pt>], (px, py): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        let Some(&last) = ring.last() else { continue };
        let mut a = last;
        for &b in ring {
            let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
            if (ay > py) != (by > py) && px < ax + (py - ay) * (bx - ax) / (by - ay) {
                inside = !inside;
            }
            a = b;
        }
    }
    inside
}

/// The shape's area in square map units (outer rings less lakes: the rings run opposite
/// ways, so their signed areas add up to it).
pub fn area(rings: &[Vec<Pt>]) -> i64 {
    let twice: i64 = rings
        .iter()
        .map(|ring| {
            let mut sum = 0;
            let mut a = *ring.last().expect("rings have points");
            for &b in ring {
                sum += a.0 * b.1 - b.0 * a.1;
                a = b;
            }
            sum
        })
        .sum();
    twice.abs() / 2
}

/// A box on the map: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub left: i64,
    pub top: i64,
    pub right: i64,
    pub bottom: i64,
}

impl Bounds {
    /// The box of a text `size` high centred on `at`, as wide as `chars` characters of a
    /// sans-serif face are on average (0.6 em, a little more than most, so a name judged to
    /// fit does).
    pub fn of_text(at: Pt, chars: usize, size: i64) -> Bounds {
        let half_w = (chars as i64 * size * 6 / 10 + 1) / 2;
        let half_h = (size + 1) / 2;
        Bounds {
            left: at.0 - half_w,
            top: at.1 - half_h,
            right: at.0 + half_w,
            bottom: at.1 + half_h,
        }
    }

    /// The square around a circle.
    pub fn of_circle(at: Pt, radius: i64) -> Bounds {
        Bounds {
            left: at.0 - radius,
            top: at.1 - radius,
            right: at.0 + radius,
            bottom: at.1 + radius,
        }
    }

    pub fn overlaps(&self, other: &Bounds) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether the box lies inside the shape, judged by its corners, the middles of its
    /// edges and points every `step` along its long edges.
    pub fn inside(&self, rings: &[Vec<Pt>]) -> bool {
        let (l, t, r, b) = (
            self.left as f64,
            self.top as f64,
            self.right as f64,
            self.bottom as f64,
        );
        let my = (t + b) / 2.0;
        let steps = 8;
        (0..=steps).all(|k| {
            let x = l + (r - l) * k as f64 / steps as f64;
            contains(rings, (x, t)) && contains(rings, (x, b)) && contains(rings, (x, my))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_ingest_writes() {
        // The examples of `ingest::geometry::svg_path`.
        assert_eq!(
            rings("m0 0 10 0 0 5z").unwrap(),
            vec![vec![(0, 0), (10, 0), (10, 5)]]
        );
        assert_eq!(
            rings("m5 5-2 2 5-5zm15-4 1 0 0 1z").unwrap(),
            vec![
                vec![(5, 5), (3, 7), (8, 2)],
                vec![(20, 1), (21, 1), (21, 2)]
            ]
        );
    }

    #[test]
    fn bad_path_data_is_named() {
        assert_eq!(rings("").unwrap_err().message, "no ring");
        assert_eq!(
            rings("m0 0 1 1").unwrap_err().message,
            "a ring not closed with `z`"
        );
        assert_eq!(
            rings("m0 0 1z").unwrap_err().message,
            "a coordinate without its pair"
        );
        assert_eq!(
            rings("m0 0 1 0z").unwrap_err().message,
            "a ring of fewer than three points"
        );
        let e = rings("m0 0 1 0 0 1L5 5z").unwrap_err();
        assert_eq!(e.at, 12);
        assert_eq!(
            e.to_string(),
            "path data, byte 12: a character the map files never write"
        );
    }

    /// A 100 × 100 square with a 20 × 20 lake (run the other way) in the middle.
    fn square_with_lake() -> Vec<Vec<Pt>> {
        rings("m0 0 0 100 100 0 0-100zm40 40 20 0 0 20-20 0z").unwrap()
    }

    #[test]
    fn inside_outside_and_lakes() {
        let s = square_with_lake();
        assert!(contains(&s, (10.0, 10.0)));
        assert!(!contains(&s, (50.0, 50.0)), "on the lake");
        assert!(!contains(&s, (150.0, 50.0)));
        assert_eq!(area(&s), 100 * 100 - 20 * 20);
    }

    #[test]
    fn a_name_fits_where_its_box_is_inside() {
        let s = square_with_lake();
        // Five letters at size 10: 30 wide, 10 high.
        let b = Bounds::of_text((20, 20), 5, 10);
        assert_eq!((b.left, b.top, b.right, b.bottom), (5, 15, 35, 25));
        assert!(b.inside(&s));
        // Just above the lake (40..60 × 40..60): 35..65 × 25..35 is inside; on it, not.
        assert!(Bounds::of_text((50, 30), 5, 10).inside(&s));
        assert!(!Bounds::of_text((50, 38), 5, 10).inside(&s));
        assert!(!Bounds::of_text((50, 50), 5, 10).inside(&s));
        // Off the edge.
        assert!(!Bounds::of_text((95, 50), 5, 10).inside(&s));
        assert!(b.overlaps(&Bounds::of_circle((36, 20), 2)));
        assert!(!b.overlaps(&Bounds::of_circle((40, 20), 2)));
    }
}
