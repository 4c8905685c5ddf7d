//! The geo files (`ingest::geometry::site_files`) on the repository's boundary files: every
//! county and municipality drawn, shared borders identical, county outlines that line up,
//! coordinates inside Sweden, labels inside their regions, and `catalog::geometry::locate`
//! on real places.

mod common;

use catalog::geometry::{
    locate, parse_county_map, parse_lookup, parse_sweden_map, CountyMap, Lookup, SwedenMap,
};
use common::*;
use geo::{Area, BooleanOps, Coord, LineString, MultiPolygon, Polygon};
use ingest::geometry::maps::{self, Grid};
use ingest::geometry::svg_path::MapPt;
use ingest::geometry::topology::{doubled_area, Pt, Topology};
use ingest::geometry::Geo;
use std::collections::HashSet;
use std::sync::OnceLock;

fn files() -> &'static Vec<(String, String)> {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| ingest::geometry::site_files(&data_dir(), "data").expect("geo files"))
}

fn file(rel: &str) -> &'static str {
    &files()
        .iter()
        .find(|(r, _)| r == rel)
        .unwrap_or_else(|| panic!("no {rel}"))
        .1
}

fn geo() -> &'static Geo {
    static GEO: OnceLock<Geo> = OnceLock::new();
    GEO.get_or_init(|| Geo::load(&data_dir(), "data").expect("boundaries load"))
}

fn sweden() -> SwedenMap {
    parse_sweden_map(file("geo/sweden.json")).unwrap()
}

fn county_maps() -> Vec<CountyMap> {
    geo()
        .counties
        .iter()
        .map(|c| parse_county_map(file(&format!("geo/{}.json", c.code))).unwrap())
        .collect()
}

fn lookup() -> Lookup {
    parse_lookup(file("geo/lookup.json")).unwrap()
}

/// The rings of SVG path data as written by `svg_path`: `m` moves (relative to the start of
/// the ring before), relative line-to pairs, `z`. Anything else fails the test.
fn rings(d: &str) -> Vec<Vec<MapPt>> {
    let mut out: Vec<Vec<MapPt>> = Vec::new();
    let mut pen = (0, 0);
    let mut ring: Vec<MapPt> = Vec::new();
    let mut numbers: Vec<i64> = Vec::new();
    let flush = |numbers: &mut Vec<i64>, ring: &mut Vec<MapPt>| {
        assert!(
            numbers.len().is_multiple_of(2),
            "odd number of coordinates in {d:.60}"
        );
        for pair in numbers.chunks(2) {
            let last = *ring.last().expect("a move comes first");
            ring.push((last.0 + pair[0], last.1 + pair[1]));
        }
        numbers.clear();
    };
    let mut rest = d;
    while let Some(c) = rest.chars().next() {
        match c {
            'm' => {
                assert!(
                    ring.is_empty(),
                    "a ring is not closed before a move in {d:.60}"
                );
                rest = &rest[1..];
                let (dx, dy, tail) = two_numbers(rest);
                pen = (pen.0 + dx, pen.1 + dy);
                ring.push(pen);
                rest = tail;
            }
            'z' => {
                flush(&mut numbers, &mut ring);
                out.push(std::mem::take(&mut ring));
                rest = &rest[1..];
            }
            ' ' => rest = &rest[1..],
            '-' | '0'..='9' => {
                let end = rest[1..]
                    .find(|ch: char| !ch.is_ascii_digit())
                    .map_or(rest.len(), |i| i + 1);
                numbers.push(rest[..end].parse().unwrap());
                rest = &rest[end..];
            }
            other => panic!("unexpected {other:?} in path data"),
        }
    }
    assert!(
        ring.is_empty() && numbers.is_empty(),
        "path data ends inside a ring"
    );
    out
}

fn two_numbers(s: &str) -> (i64, i64, &str) {
    let mut values = Vec::new();
    let mut rest = s;
    while values.len() < 2 {
        rest = rest.trim_start_matches(' ');
        let end = rest[1..]
            .find(|ch: char| !ch.is_ascii_digit())
            .map_or(rest.len(), |i| i + 1);
        values.push(rest[..end].parse::<i64>().unwrap());
        rest = &rest[end..];
    }
    (values[0], values[1], rest)
}

/// Directed edges of open rings.
fn edges(rings: &[Vec<MapPt>]) -> Vec<(MapPt, MapPt)> {
    rings
        .iter()
        .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
        .collect()
}

fn area2(rings: &[Vec<MapPt>]) -> i128 {
    rings.iter().map(|r| doubled_area(r)).sum()
}

fn inside(rings: &[Vec<MapPt>], p: MapPt) -> bool {
    ingest::geometry::label::inside(rings, p)
}

#[test]
fn the_committed_files_are_up_to_date_and_reproducible() {
    let again = ingest::geometry::site_files(&data_dir(), "data").unwrap();
    assert!(&again == files(), "two runs differ");
    let names: Vec<&str> = files().iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(names.len(), 23, "{names:?}");
    for (rel, contents) in files() {
        let path = repo_root().join("public/data").join(rel);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            &committed == contents,
            "public/data/{rel} is stale: run `cargo run -p ingest`"
        );
    }
}

#[test]
fn every_municipality_and_county_has_a_shape() {
    let gaz = gazetteer();
    assert_eq!(gaz.municipalities.len(), 290);
    assert_eq!(gaz.counties.len(), 21);
    let sweden = sweden();
    let county_codes: Vec<&str> = sweden.counties.iter().map(|c| c.code.as_str()).collect();
    let expected: Vec<&str> = gaz.counties.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(county_codes, expected);
    let mut drawn: Vec<String> = Vec::new();
    for map in county_maps() {
        assert!(
            !rings(&map.outline).is_empty(),
            "{} has no outline",
            map.code
        );
        for m in &map.municipalities {
            assert!(m.code.starts_with(&map.code), "{} in {}", m.code, map.code);
            assert!(!rings(&m.d).is_empty(), "{} {} has no ring", m.code, m.name);
            drawn.push(m.code.clone());
        }
    }
    for c in &sweden.counties {
        assert!(!rings(&c.d).is_empty(), "{} {} has no ring", c.code, c.name);
    }
    let expected: Vec<String> = gaz.municipalities.iter().map(|m| m.code.clone()).collect();
    assert_eq!(drawn, expected);
    let located: Vec<String> = lookup()
        .municipalities
        .iter()
        .inspect(|m| assert!(!m.rings.is_empty(), "{} has no ring", m.code))
        .map(|m| m.code.clone())
        .collect();
    assert_eq!(located, expected);
}

#[test]
fn names_are_the_boundary_files_names() {
    let sweden = sweden();
    let name = |code: &str| {
        sweden
            .counties
            .iter()
            .find(|c| c.code == code)
            .unwrap()
            .name
            .clone()
    };
    // The regions file names counties without "län".
    assert_eq!(name("18"), "Örebro");
    assert_eq!(name("14"), "Västra Götaland");
    let orebro = parse_county_map(file("geo/18.json")).unwrap();
    assert_eq!(orebro.name, "Örebro");
    let names: Vec<(&str, &str)> = orebro
        .municipalities
        .iter()
        .map(|m| (m.code.as_str(), m.name.as_str()))
        .collect();
    assert_eq!(names.len(), 12);
    assert!(names.contains(&("1883", "Karlskoga")) && names.contains(&("1881", "Kumla")));
}

#[test]
fn rings_are_closed_and_lie_in_the_view_box() {
    let check = |what: &str, d: &str, view_box: [i64; 4]| {
        let rs = rings(d);
        for r in &rs {
            let distinct: HashSet<&MapPt> = r.iter().collect();
            assert!(distinct.len() >= 3, "{what}: a ring of {} points", r.len());
            assert!(doubled_area(r) != 0, "{what}: a ring without area");
            for &(x, y) in r {
                assert!(
                    (0..=view_box[2]).contains(&x) && (0..=view_box[3]).contains(&y),
                    "{what}: ({x}, {y}) outside {view_box:?}"
                );
            }
        }
        // Outer rings anticlockwise on screen (negative here, y down), so the region's
        // signed area is negative.
        assert!(area2(&rs) < 0, "{what}: rings turn the wrong way");
    };
    let sweden = sweden();
    for c in &sweden.counties {
        check(&c.code, &c.d, sweden.view_box);
    }
    for map in county_maps() {
        check(&map.code, &map.outline, map.view_box);
        for m in &map.municipalities {
            check(&m.code, &m.d, map.view_box);
        }
    }
}

/// Sweden's extreme points in SWEREF 99 TM (projected from their latitude and longitude):
/// Stora Drammen (westernmost, E 266 862), Kataja (easternmost, E 919 890), Smygehuk
/// (southernmost, N 6 133 486) and Treriksröset (northernmost, N 7 671 048), with a margin
/// of about 10 km for the generalised coast.
const EASTING: std::ops::RangeInclusive<i64> = 255_000..=930_000;
const NORTHING: std::ops::RangeInclusive<i64> = 6_120_000..=7_680_000;

#[test]
fn every_coordinate_lies_within_swedens_bounds() {
    let in_sweden = |what: &str, origin: [i64; 2], unit: u32, d: &str| {
        for (x, y) in rings(d).into_iter().flatten() {
            let (e, n) = (
                origin[0] + x * i64::from(unit),
                origin[1] - y * i64::from(unit),
            );
            assert!(
                EASTING.contains(&e) && NORTHING.contains(&n),
                "{what}: E {e} N {n} is outside Sweden"
            );
        }
    };
    let sweden = sweden();
    for c in &sweden.counties {
        in_sweden(&c.code, sweden.origin, sweden.unit_m, &c.d);
    }
    for map in county_maps() {
        for m in &map.municipalities {
            in_sweden(&m.code, map.origin, map.unit_m, &m.d);
        }
    }
    // Longitude and latitude: Stora Drammen 10°57′ E, Kataja 24°10′ E, Smygehuk 55°20′ N,
    // Treriksröset 69°04′ N, with a margin for the generalised coast.
    let lookup = lookup();
    for m in &lookup.municipalities {
        for (lon, lat) in m.rings_degrees(lookup.scale).into_iter().flatten() {
            assert!(
                (10.9..=24.2).contains(&lon) && (55.3..=69.1).contains(&lat),
                "{}: ({lon}, {lat}) is outside Sweden",
                m.code
            );
        }
    }
}

/// Every arc with a region on each side appears in both regions' paths, point for point:
/// forward in the one on its left, backward in the one on its right.
fn assert_arcs_shared(
    what: &str,
    arcs: &[Vec<MapPt>],
    side: impl Fn(Option<usize>) -> Option<usize>,
    region_edges: &[HashSet<(MapPt, MapPt)>],
) -> usize {
    let mut shared = 0;
    for (i, arc) in geo().topology.arcs.iter().enumerate() {
        let (Some(l), Some(r)) = (side(arc.left), side(arc.right)) else {
            continue;
        };
        if l == r {
            continue;
        }
        shared += 1;
        for w in arcs[i].windows(2) {
            assert!(
                region_edges[l].contains(&(w[0], w[1])) && region_edges[r].contains(&(w[1], w[0])),
                "{what}: arc {i} is not drawn alike on both sides at {:?}",
                w[0]
            );
        }
    }
    shared
}

#[test]
fn neighbours_share_their_borders_point_for_point() {
    let geo = geo();
    // Sweden: the counties.
    let sweden = sweden();
    let (grid, metres_per_px) = maps::sweden_grid(geo);
    let arcs = maps::arcs_on_grid(&geo.topology, grid, metres_per_px);
    let county_edges: Vec<HashSet<(MapPt, MapPt)>> = sweden
        .counties
        .iter()
        .map(|c| edges(&rings(&c.d)).into_iter().collect())
        .collect();
    let county_of = |m: Option<usize>| {
        m.map(|m| {
            let code = &geo.municipalities[m].county_code;
            geo.counties.iter().position(|c| &c.code == code).unwrap()
        })
    };
    let shared = assert_arcs_shared("sweden.json", &arcs, county_of, &county_edges);
    assert!(shared > 40, "{shared} arcs between counties");

    // Each county: its municipalities, and the outline made of exactly their outer edges.
    for (county, map) in geo.counties.iter().zip(county_maps()) {
        let members = geo.county_members(&county.code);
        let (grid, metres_per_px) = maps::county_grid(geo, &members);
        assert_eq!(
            (grid.origin, grid.unit),
            ((map.origin[0], map.origin[1]), i64::from(map.unit_m))
        );
        let arcs = maps::arcs_on_grid(&geo.topology, grid, metres_per_px);
        let muni_edges: Vec<HashSet<(MapPt, MapPt)>> = map
            .municipalities
            .iter()
            .map(|m| edges(&rings(&m.d)).into_iter().collect())
            .collect();
        let index = |m: Option<usize>| m.and_then(|m| members.iter().position(|&x| x == m));
        let what = format!("{}.json", county.code);
        assert_arcs_shared(&what, &arcs, index, &muni_edges);

        let all: Vec<(MapPt, MapPt)> = muni_edges.iter().flatten().copied().collect();
        let set: HashSet<(MapPt, MapPt)> = all.iter().copied().collect();
        let mut outer: Vec<(MapPt, MapPt)> = all
            .iter()
            .copied()
            .filter(|&(a, b)| !set.contains(&(b, a)))
            .collect();
        let mut outline = edges(&rings(&map.outline));
        outer.sort();
        outline.sort();
        assert!(
            outer == outline,
            "{what}: the outline is not the municipalities' outer edges"
        );
    }
}

#[test]
fn county_outlines_cover_what_their_municipalities_cover() {
    let geo = geo();
    let topo = &geo.topology;
    let full: Vec<Vec<Pt>> = topo.arcs.iter().map(|a| a.points.clone()).collect();
    let open = |mut r: Vec<Pt>| {
        r.pop();
        r
    };
    let polygon = |r: &[Pt]| -> LineString<f64> {
        r.iter()
            .map(|&(x, y)| Coord {
                x: x as f64,
                y: y as f64,
            })
            .collect()
    };
    for county in &geo.counties {
        let members = geo.county_members(&county.code);
        // The outline from the arcs, at full resolution.
        let outline_area: i128 = topo
            .outline(|m| members.contains(&m))
            .unwrap()
            .iter()
            .map(|r| doubled_area(&open(Topology::ring_points(r, &full))))
            .sum();
        // The union of the municipalities' polygons, by geo's boolean operations.
        let mut union = MultiPolygon::<f64>(vec![]);
        for &m in &members {
            let shape = MultiPolygon(
                topo.shapes[m]
                    .polygons
                    .iter()
                    .map(|rings| {
                        let mut lines = rings
                            .iter()
                            .map(|r| polygon(&Topology::ring_points(r, &full)));
                        Polygon::new(lines.next().unwrap(), lines.collect())
                    })
                    .collect(),
            );
            union = union.union(&shape);
        }
        let union_area = union.unsigned_area();
        let outline_area = outline_area as f64 / 2.0;
        assert!(
            (outline_area - union_area).abs() < 1e-6 * union_area,
            "{}: outline {outline_area} m², union {union_area} m²",
            county.code
        );
    }
    // In the files, exactly: the outline's area is the sum of its municipalities'.
    for map in county_maps() {
        let parts: i128 = map.municipalities.iter().map(|m| area2(&rings(&m.d))).sum();
        assert_eq!(parts, area2(&rings(&map.outline)), "{}", map.code);
    }
}

#[test]
fn labels_lie_inside_their_regions() {
    let sweden = sweden();
    for c in &sweden.counties {
        assert!(inside(&rings(&c.d), (c.label[0], c.label[1])), "{}", c.code);
    }
    for map in county_maps() {
        for m in &map.municipalities {
            assert!(inside(&rings(&m.d), (m.label[0], m.label[1])), "{}", m.code);
        }
    }
    // Karlskoga's label is its boundary file's inner point (59.3115 N, 14.5364 E),
    // projected: E 471 653, N 6 574 530.
    let orebro = parse_county_map(file("geo/18.json")).unwrap();
    let karlskoga = orebro
        .municipalities
        .iter()
        .find(|m| m.code == "1883")
        .unwrap();
    let grid = Grid {
        origin: (orebro.origin[0], orebro.origin[1]),
        unit: i64::from(orebro.unit_m),
        width: orebro.view_box[2],
        height: orebro.view_box[3],
    };
    let inner = geo().inner[geo()
        .municipalities
        .iter()
        .position(|m| m.code == "1883")
        .unwrap()];
    assert_eq!(karlskoga.label, {
        let (x, y) = grid.to_map(inner);
        [x, y]
    });
}

#[test]
fn locates_real_places() {
    let lookup = lookup();
    let at = |lat: f64, lon: f64| locate(&lookup, lon, lat);
    // Town centres (latitude, longitude).
    for (lat, lon, code, name) in [
        (59.1277, 15.1434, "1881", "Kumla"),
        (59.3267, 14.5238, "1883", "Karlskoga"),
        (59.3326, 18.0649, "0180", "Stockholm"),
        (67.8557, 20.2253, "2584", "Kiruna"),
        (55.6050, 13.0038, "1280", "Malmö"),
    ] {
        let l = at(lat, lon).unwrap_or_else(|| panic!("{name} not found"));
        assert_eq!((l.code.as_str(), l.name.as_str()), (code, name));
        assert!(!l.approximate && l.distance_m == 0.0);
    }
    // On the Baltic 2 km south of Ystad's shore: near enough to be Ystad, approximately.
    let l = at(55.40, 13.82).unwrap();
    assert_eq!((l.code.as_str(), l.approximate), ("1286", true));
    assert!((500.0..5_000.0).contains(&l.distance_m), "{}", l.distance_m);
    // Far out on the Baltic, between Öland and Gotland's southern tips' latitudes.
    assert_eq!(at(56.0, 18.0), None);
    // Oslo, Norway: some 70 km from the border.
    assert_eq!(at(59.9139, 10.7522), None);
}

#[test]
fn the_files_stay_small() {
    // Raw bytes; gzip makes them about 2.5 times smaller. sweden.json is on the front
    // page's first view (budget about 8 KB gzipped), a county file on each county's.
    assert!(file("geo/sweden.json").len() < 16_000);
    for c in &geo().counties {
        let len = file(&format!("geo/{}.json", c.code)).len();
        assert!(len < 60_000, "{}: {len} bytes", c.code);
    }
    assert!(file("geo/lookup.json").len() < 250_000);
}

#[test]
fn a_border_point_belongs_to_both_sides_in_the_lookup() {
    // Shared borders are written once per side from the same arc, so the lookup has no gap
    // between neighbours: every edge of Kumla's ring that Örebro also has is the same
    // pair of points, walked the other way.
    let lookup = lookup();
    let ring_edges = |code: &str| -> HashSet<((i64, i64), (i64, i64))> {
        let m = lookup
            .municipalities
            .iter()
            .find(|m| m.code == code)
            .unwrap();
        let mut out = HashSet::new();
        for ring in &m.rings {
            let mut pts = Vec::new();
            let (mut x, mut y) = (0, 0);
            for d in ring.chunks(2) {
                x += d[0];
                y += d[1];
                pts.push((x, y));
            }
            for i in 0..pts.len() {
                out.insert((pts[i], pts[(i + 1) % pts.len()]));
            }
        }
        out
    };
    let (kumla, orebro) = (ring_edges("1881"), ring_edges("1880"));
    let shared = kumla
        .iter()
        .filter(|&&(a, b)| orebro.contains(&(b, a)))
        .count();
    assert!(shared >= 5, "{shared} shared edges");
}

#[test]
fn municipalities_of_a_county_do_not_overlap() {
    // The boundary file's borders within a county are shared point for point; the few
    // places where neighbours overlap (by up to 0.9 km², e.g. Södertälje and Trosa) are all
    // on county borders, which no county map draws from both sides.
    let geo = geo();
    let topo = &geo.topology;
    let full: Vec<Vec<Pt>> = topo.arcs.iter().map(|a| a.points.clone()).collect();
    let shape = |m: usize| -> MultiPolygon<f64> {
        MultiPolygon(
            topo.shapes[m]
                .polygons
                .iter()
                .map(|rings| {
                    let mut lines = rings.iter().map(|r| {
                        Topology::ring_points(r, &full)
                            .iter()
                            .map(|&(x, y)| Coord {
                                x: x as f64,
                                y: y as f64,
                            })
                            .collect::<LineString<f64>>()
                    });
                    Polygon::new(lines.next().unwrap(), lines.collect())
                })
                .collect(),
        )
    };
    let index = |code: &str| {
        geo.municipalities
            .iter()
            .position(|m| m.code == code)
            .unwrap()
    };
    let across = shape(index("0181"))
        .intersection(&shape(index("0488")))
        .unsigned_area();
    assert!(
        (500_000.0..1_000_000.0).contains(&across),
        "Södertälje (01) and Trosa (04) overlap by {across} m²"
    );
    for county in &geo.counties {
        let members = geo.county_members(&county.code);
        let shapes: Vec<MultiPolygon<f64>> = members.iter().map(|&m| shape(m)).collect();
        for i in 0..shapes.len() {
            for j in i + 1..shapes.len() {
                let overlap = shapes[i].intersection(&shapes[j]).unsigned_area();
                assert!(
                    overlap < 1.0,
                    "{} and {} overlap by {overlap} m²",
                    geo.municipalities[members[i]].code,
                    geo.municipalities[members[j]].code
                );
            }
        }
    }
}
