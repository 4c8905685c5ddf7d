//! The arc topology of the municipalities, as TopoJSON builds it: every ring is split at
//! junctions (points where more than two border lines meet, or where neighbours' borders part)
//! into arcs, and every arc is stored once, however many rings use it. Simplifying each arc
//! once and reassembling the rings keeps neighbours meeting point for point, and a county's
//! outline is the arcs with only one side in the county.

use std::collections::HashMap;

/// A point of the national grid: `(easting, northing)` in whole metres of SWEREF 99 TM.
pub type Pt = (i64, i64);

/// A border line between two junctions (or a closed line with none, e.g. an island).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arc {
    /// At least two points; a closed arc ends where it starts.
    pub points: Vec<Pt>,
    /// The municipality (index into the input) on the left when walking the arc forward.
    pub left: Option<usize>,
    /// The municipality on the right; `None` on the coast or the national border.
    pub right: Option<usize>,
}

/// One arc of a ring, walked forward or backward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArcRef {
    pub arc: usize,
    pub forward: bool,
}

/// A ring as a sequence of arcs; the region it belongs to lies on its left.
pub type ArcRing = Vec<ArcRef>;

/// A municipality's shape: polygons, each an outer ring followed by its holes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub polygons: Vec<Vec<ArcRing>>,
}

/// The arcs and the shapes made of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    pub arcs: Vec<Arc>,
    /// One per input municipality, in input order.
    pub shapes: Vec<Shape>,
}

/// Counts that tell how well the input's neighbours share their borders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BorderStats {
    /// Distinct grid points of all rings.
    pub points: usize,
    /// Distinct edges (pairs of consecutive points).
    pub edges: usize,
    /// Edges used by two municipalities, once in each direction.
    pub shared_edges: usize,
    /// Edges used by one municipality only: coast, national border, or a border its
    /// neighbour draws with other points.
    pub single_edges: usize,
    pub arcs: usize,
    /// Arcs with a municipality on both sides.
    pub shared_arcs: usize,
}

/// Closed rings (first point = last point), already on the grid.
pub type PtRing = Vec<Pt>;

/// Why the rings do not make a topology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopologyError {
    /// Two municipalities (input indexes) lie on the same side of the border that starts at
    /// `at`: their shapes overlap.
    Overlap { first: usize, second: usize, at: Pt },
    /// A ring could not be walked along the arcs (a fault of this module, not of the input).
    Broken(String),
}

/// Builds the topology of municipalities given as polygons of closed rings (each polygon an
/// outer ring followed by its holes). Repeated points and zero-width spikes are removed,
/// rings that are left with fewer than three points are dropped, and rings are turned so
/// that their municipality lies on their left (outer rings anticlockwise with northing
/// growing upwards). Fails when two municipalities lie on the same side of a border, i.e.
/// their shapes overlap along it.
pub fn build(municipalities: &[Vec<Vec<PtRing>>]) -> Result<Topology, TopologyError> {
    // Clean and orient every ring; keep polygons whose outer ring survives.
    let cleaned: Vec<Vec<Vec<Vec<Pt>>>> = municipalities
        .iter()
        .map(|polygons| {
            polygons
                .iter()
                .filter_map(|rings| {
                    let mut out = Vec::new();
                    for (i, ring) in rings.iter().enumerate() {
                        let mut open = clean(ring);
                        if open.len() < 3 || doubled_area(&open) == 0 {
                            if i == 0 {
                                return None;
                            }
                            continue;
                        }
                        let outer = i == 0;
                        if (doubled_area(&open) > 0) != outer {
                            open.reverse();
                        }
                        out.push(open);
                    }
                    Some(out)
                })
                .collect()
        })
        .collect();

    // Junctions: points with other than two distinct neighbours.
    let mut neighbours: HashMap<Pt, Vec<Pt>> = HashMap::new();
    for ring in cleaned.iter().flatten().flatten() {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            for (p, q) in [(a, b), (b, a)] {
                let list = neighbours.entry(p).or_default();
                if !list.contains(&q) {
                    list.push(q);
                }
            }
        }
    }
    let is_junction = |p: &Pt| neighbours[p].len() != 2;

    // Arcs, found walking the rings in input order; `edges` maps an undirected edge to its
    // arc and its position in the arc.
    let mut arcs: Vec<Arc> = Vec::new();
    let mut edges: HashMap<(Pt, Pt), (usize, usize)> = HashMap::new();
    for ring in cleaned.iter().flatten().flatten() {
        let n = ring.len();
        let starts: Vec<usize> = (0..n).filter(|&i| is_junction(&ring[i])).collect();
        if starts.is_empty() {
            if !edges.contains_key(&edge_key(ring[0], ring[1])) {
                // A closed arc, from its smallest point for a stable start.
                let first = (0..n).min_by_key(|&i| ring[i]).expect("a ring has points");
                let points: Vec<Pt> = (0..=n).map(|k| ring[(first + k) % n]).collect();
                add_arc(points, &mut arcs, &mut edges);
            }
            continue;
        }
        for &s in &starts {
            if edges.contains_key(&edge_key(ring[s], ring[(s + 1) % n])) {
                continue;
            }
            let mut points = vec![ring[s]];
            let mut j = s + 1;
            loop {
                let p = ring[j % n];
                points.push(p);
                if is_junction(&p) {
                    break;
                }
                j += 1;
            }
            add_arc(points, &mut arcs, &mut edges);
        }
    }

    // Each ring as arcs, and each arc's sides.
    let mut shapes = Vec::new();
    for (m, polygons) in cleaned.iter().enumerate() {
        let mut shape = Shape {
            polygons: Vec::new(),
        };
        for rings in polygons {
            let mut arc_rings = Vec::new();
            for ring in rings {
                let refs =
                    ring_arcs(ring, &arcs, &edges, is_junction).map_err(TopologyError::Broken)?;
                for r in &refs {
                    let arc = &mut arcs[r.arc];
                    let side = if r.forward {
                        &mut arc.left
                    } else {
                        &mut arc.right
                    };
                    if let Some(first) = *side {
                        return Err(TopologyError::Overlap {
                            first,
                            second: m,
                            at: arc.points[0],
                        });
                    }
                    *side = Some(m);
                }
                arc_rings.push(refs);
            }
            shape.polygons.push(arc_rings);
        }
        shapes.push(shape);
    }
    Ok(Topology { arcs, shapes })
}

/// Stores an arc and indexes its edges.
fn add_arc(points: Vec<Pt>, arcs: &mut Vec<Arc>, edges: &mut HashMap<(Pt, Pt), (usize, usize)>) {
    let id = arcs.len();
    for (k, w) in points.windows(2).enumerate() {
        edges.insert(edge_key(w[0], w[1]), (id, k));
    }
    arcs.push(Arc {
        points,
        left: None,
        right: None,
    });
}

/// The arcs of an open ring, in its direction, from its first junction.
fn ring_arcs(
    ring: &[Pt],
    arcs: &[Arc],
    edges: &HashMap<(Pt, Pt), (usize, usize)>,
    is_junction: impl Fn(&Pt) -> bool,
) -> Result<ArcRing, String> {
    let n = ring.len();
    let edge_ref = |i: usize| -> Result<(ArcRef, usize), String> {
        let (a, b) = (ring[i % n], ring[(i + 1) % n]);
        let &(arc, k) = edges
            .get(&edge_key(a, b))
            .ok_or_else(|| format!("edge {a:?}-{b:?} has no arc"))?;
        let points = &arcs[arc].points;
        let forward = points[k] == a && points[k + 1] == b;
        Ok((ArcRef { arc, forward }, points.len() - 1))
    };
    let Some(start) = (0..n).find(|&i| is_junction(&ring[i])) else {
        return Ok(vec![edge_ref(0)?.0]);
    };
    let mut refs = Vec::new();
    let mut i = start;
    while i < start + n {
        let (r, len) = edge_ref(i)?;
        let points = &arcs[r.arc].points;
        let from = if r.forward { points[0] } else { points[len] };
        if from != ring[i % n] {
            return Err(format!(
                "the ring through {:?} leaves an arc midway",
                ring[i % n]
            ));
        }
        refs.push(r);
        i += len;
    }
    if i != start + n {
        return Err(format!("the ring through {:?} does not close", ring[start]));
    }
    Ok(refs)
}

/// An undirected edge's key: its two ends in order.
fn edge_key(a: Pt, b: Pt) -> (Pt, Pt) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// A closed ring as an open one (last point dropped) without repeated points or spikes
/// (a point whose neighbours are the same point).
fn clean(ring: &[Pt]) -> Vec<Pt> {
    let mut v: Vec<Pt> = ring.to_vec();
    loop {
        let before = v.len();
        v.dedup();
        while v.len() > 1 && v.first() == v.last() {
            v.pop();
        }
        let n = v.len();
        if n < 3 {
            return v;
        }
        let spikes: Vec<bool> = (0..n)
            .map(|i| v[(i + n - 1) % n] == v[(i + 1) % n])
            .collect();
        let mut k = 0;
        v.retain(|_| {
            k += 1;
            !spikes[k - 1]
        });
        if v.len() == before {
            return v;
        }
    }
}

/// Twice the signed area of an open ring (positive when anticlockwise with y up).
pub fn doubled_area(ring: &[Pt]) -> i128 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            i128::from(a.0) * i128::from(b.1) - i128::from(b.0) * i128::from(a.1)
        })
        .sum()
}

impl Topology {
    /// The points of a ring of arcs, closed (first point repeated at the end), taking each
    /// arc's points from `points` (the arcs as they are, or simplified).
    pub fn ring_points(ring: &[ArcRef], points: &[Vec<Pt>]) -> Vec<Pt> {
        let mut out: Vec<Pt> = Vec::new();
        for r in ring {
            let arc = &points[r.arc];
            let walk: Box<dyn Iterator<Item = &Pt>> = if r.forward {
                Box::new(arc.iter())
            } else {
                Box::new(arc.iter().rev())
            };
            for &p in walk {
                if out.last() != Some(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// The outline of a set of municipalities (`inside` tells which): the arcs with only one
    /// side in the set, walked with the set on their left, chained into closed rings.
    pub fn outline(&self, inside: impl Fn(usize) -> bool) -> Result<Vec<ArcRing>, String> {
        let is_in = |side: Option<usize>| side.is_some_and(&inside);
        let refs: Vec<ArcRef> = self
            .arcs
            .iter()
            .enumerate()
            .filter_map(|(arc, a)| match (is_in(a.left), is_in(a.right)) {
                (true, false) => Some(ArcRef { arc, forward: true }),
                (false, true) => Some(ArcRef {
                    arc,
                    forward: false,
                }),
                _ => None,
            })
            .collect();
        let start = |r: &ArcRef| {
            let p = &self.arcs[r.arc].points;
            if r.forward {
                p[0]
            } else {
                p[p.len() - 1]
            }
        };
        let end = |r: &ArcRef| {
            let p = &self.arcs[r.arc].points;
            if r.forward {
                p[p.len() - 1]
            } else {
                p[0]
            }
        };
        let mut by_start: HashMap<Pt, Vec<usize>> = HashMap::new();
        for (i, r) in refs.iter().enumerate() {
            by_start.entry(start(r)).or_default().push(i);
        }
        let mut used = vec![false; refs.len()];
        let mut rings = Vec::new();
        for first in 0..refs.len() {
            if used[first] {
                continue;
            }
            used[first] = true;
            let mut ring = vec![refs[first]];
            let origin = start(&refs[first]);
            let mut at = end(&refs[first]);
            while at != origin {
                let next = by_start
                    .get(&at)
                    .and_then(|list| list.iter().copied().find(|&i| !used[i]))
                    .ok_or_else(|| format!("the outline breaks off at {at:?}"))?;
                used[next] = true;
                ring.push(refs[next]);
                at = end(&refs[next]);
            }
            rings.push(ring);
        }
        Ok(rings)
    }

    /// How the input's rings share their edges.
    pub fn stats(&self) -> BorderStats {
        let mut points: Vec<Pt> = Vec::new();
        let (mut shared_edges, mut single_edges) = (0, 0);
        for a in &self.arcs {
            let edges = a.points.len() - 1;
            if a.left.is_some() && a.right.is_some() {
                shared_edges += edges;
            } else {
                single_edges += edges;
            }
            points.extend(&a.points);
        }
        points.sort_unstable();
        points.dedup();
        BorderStats {
            points: points.len(),
            edges: shared_edges + single_edges,
            shared_edges,
            single_edges,
            arcs: self.arcs.len(),
            shared_arcs: self
                .arcs
                .iter()
                .filter(|a| a.left.is_some() && a.right.is_some())
                .count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(points: &[Pt]) -> PtRing {
        let mut v = points.to_vec();
        v.push(points[0]);
        v
    }

    /// Two squares side by side sharing the edge x = 10, the right one given clockwise, and
    /// a third square below both sharing half of each one's bottom edge.
    fn three() -> Vec<Vec<Vec<PtRing>>> {
        vec![
            vec![vec![closed(&[(0, 0), (5, 0), (10, 0), (10, 10), (0, 10)])]],
            vec![vec![closed(&[
                (10, 0),
                (10, 10),
                (20, 10),
                (20, 0),
                (15, 0),
            ])]],
            vec![vec![closed(&[
                (5, -10),
                (15, -10),
                (15, 0),
                (10, 0),
                (5, 0),
            ])]],
        ]
    }

    #[test]
    fn shared_borders_become_one_arc_with_two_sides() {
        let t = build(&three()).unwrap();
        let shared: Vec<&Arc> = t
            .arcs
            .iter()
            .filter(|a| a.left.is_some() && a.right.is_some())
            .collect();
        // x = 10 between 0 and 1; y = 0 from 5 to 10 (0 and 2) and from 10 to 15 (1 and 2).
        assert_eq!(shared.len(), 3);
        for a in &shared {
            assert_eq!(a.points.len(), 2, "{a:?}");
        }
        // Each ring reassembles to its own points, anticlockwise.
        for (m, shape) in t.shapes.iter().enumerate() {
            let all: Vec<Vec<Pt>> = t.arcs.iter().map(|a| a.points.clone()).collect();
            let ring = Topology::ring_points(&shape.polygons[0][0], &all);
            assert_eq!(ring.first(), ring.last());
            assert!(doubled_area(&ring[..ring.len() - 1]) > 0, "{m}");
        }
        let s = t.stats();
        assert_eq!((s.shared_edges, s.single_edges), (3, 9));
    }

    #[test]
    fn outline_of_a_set_is_its_outer_border() {
        let t = build(&three()).unwrap();
        let all: Vec<Vec<Pt>> = t.arcs.iter().map(|a| a.points.clone()).collect();
        let rings = t.outline(|m| m < 2).unwrap();
        assert_eq!(rings.len(), 1);
        let ring = Topology::ring_points(&rings[0], &all);
        // The rectangle 0..20 × 0..10: area 200, anticlockwise.
        assert_eq!(doubled_area(&ring[..ring.len() - 1]), 400);
        let whole = t.outline(|_| true).unwrap();
        let ring = Topology::ring_points(&whole[0], &all);
        assert_eq!(doubled_area(&ring[..ring.len() - 1]), 2 * 300);
    }

    #[test]
    fn overlapping_shapes_are_refused() {
        let square = vec![vec![closed(&[(0, 0), (10, 0), (10, 10), (0, 10)])]];
        assert_eq!(
            build(&[square.clone(), square]),
            Err(TopologyError::Overlap {
                first: 0,
                second: 1,
                at: (0, 0)
            })
        );
    }

    #[test]
    fn spikes_and_repeats_are_cleaned() {
        assert_eq!(
            clean(&[(0, 0), (0, 0), (10, 0), (20, 0), (10, 0), (10, 10), (0, 0)]),
            vec![(0, 0), (10, 0), (10, 10)]
        );
        assert!(clean(&[(0, 0), (5, 5), (0, 0)]).len() < 3);
    }

    #[test]
    fn an_island_is_one_closed_arc() {
        let island = vec![vec![closed(&[(3, 3), (0, 0), (6, 0)])]];
        let t = build(&[island]).unwrap();
        assert_eq!(t.arcs.len(), 1);
        assert_eq!(t.arcs[0].points, vec![(0, 0), (6, 0), (3, 3), (0, 0)]);
        assert_eq!(t.arcs[0].left, Some(0));
    }
}
