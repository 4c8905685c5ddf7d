//! A map as the app draws it and a download writes it: every region with its paint, its
//! social services' mark, its words and where its name goes, in focus order; the pins of the
//! teams; the legends with their counts. The facts come from the data alone (the index and
//! the county's page), the shapes from the map file: without the file (still loading) the
//! legends, the table and every region's words are already there, so the page around the
//! map does not move when the shapes arrive.
//!
//! Focus order: north to south by the region's inner point, west to east where two lie at
//! the same height. The maps are read like a picture, from the top, and Sweden and most
//! counties are taller than wide, so a keyboard user's ring sweeps down the map instead of
//! jumping across it as an alphabetical order would; the table beside the map gives the
//! alphabetical order for looking a name up.

use super::pins::unit_places;
use super::shape::{self, Bounds, Pt};
use super::status::{Access, CountyAccess, Fill, LegendKey, StanceMark};
use super::words;
use crate::geometry::{CountyMap, MapRegion, SwedenMap};
use crate::index::DataIndex;
use crate::model::{County, Method};
use crate::route::Lang;
use crate::search::swedish_cmp;

/// A map ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnMap {
    /// Prefix of its patterns' ids (`sverige`, `lan-18`), unique on a page.
    pub id: String,
    pub title: String,
    /// `[0, 0, width, height]` in map units (all zero without the map file).
    pub view_box: [i64; 4],
    /// Whether the shapes are there (the map file has loaded).
    pub shapes: bool,
    /// Every region, in focus order (see the module's note).
    pub regions: Vec<DrawnRegion>,
    /// A county's outline, drawn over its municipalities' borders.
    pub outline: Option<String>,
    /// The teams' places, numbered from 1.
    pub pins: Vec<DrawnPin>,
    /// Running teams without one place in their names.
    pub unpinned: Vec<String>,
    /// Access (colour) first, then the social services (pattern) on a county map.
    pub legends: Vec<Legend>,
    pub sizes: Sizes,
}

/// Sizes in map units, proportional to the map's larger side so that they look alike on
/// every map at the width the page gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Font size of the municipalities' names.
    pub name: i64,
    /// Radius of a pin.
    pub pin: i64,
    /// Side of a pattern's tile.
    pub cell: i64,
}

impl Sizes {
    pub fn of(view_box: &[i64; 4]) -> Sizes {
        let side = view_box[2].max(view_box[3]).max(1);
        let name = (side / 48).max(1);
        Sizes {
            name,
            pin: (name * 7 / 10).max(1),
            cell: (side / 80).max(2),
        }
    }
}

/// One region of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnRegion {
    /// Official code (`18`, `1881`): its page's.
    pub code: String,
    /// The name to show: a county's with "län" (`Örebro län`), a municipality's (`Kumla`).
    pub name: String,
    /// SVG path data (empty while the map file is loading).
    pub d: String,
    /// A point inside it (for its tooltip and pin).
    pub label: [i64; 2],
    pub fill: Fill,
    /// The social services' mark, on a county map with colours of access.
    pub mark: Option<StanceMark>,
    /// The page is about this region: drawn with a ring.
    pub marked: bool,
    /// Where its name is written on the map, when it fits.
    pub name_at: Option<[i64; 2]>,
    /// Its status in plain words: access, then (on a county map) the social services.
    pub facts: Vec<String>,
    /// Name and facts, for its link.
    pub accessible_name: String,
}

impl DrawnRegion {
    /// Whether a legend entry names it.
    pub fn has(&self, key: LegendKey) -> bool {
        match key {
            LegendKey::Fill(f) => self.fill == f,
            LegendKey::Mark(m) => self.mark == Some(m),
        }
    }
}

/// A team's place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnPin {
    /// Its number on the map and in the list.
    pub number: usize,
    /// The place's inner point (none without the map file).
    pub at: Option<[i64; 2]>,
    /// The list entry: "Gryningen, Karlskoga — i Karlskoga".
    pub text: String,
}

/// A legend: its title and entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legend {
    pub title: &'static str,
    pub entries: Vec<LegendEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    pub key: LegendKey,
    pub label: &'static str,
    /// How many regions it names.
    pub count: usize,
}

impl DrawnMap {
    /// The regions in Swedish alphabetical order, for the table beside the map.
    pub fn alphabetical(&self) -> Vec<&DrawnRegion> {
        let mut list: Vec<&DrawnRegion> = self.regions.iter().collect();
        list.sort_by(|a, b| swedish_cmp(&a.name, &b.name));
        list
    }
}

/// Region indices in focus order: north to south, then west to east.
pub fn focus_order(labels: &[[i64; 2]]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| (labels[i][1], labels[i][0]));
    order
}

/// The map of Sweden: every county of the index, the data set's by access, the others
/// hatched; shapes from `map` when it has loaded.
pub fn sweden(index: &DataIndex, map: Option<&SwedenMap>, lang: Lang) -> DrawnMap {
    let regions = index
        .search
        .counties
        .iter()
        .map(|c| {
            let access = CountyAccess::of(index, &c.code);
            let (covered, total) = index
                .county(&c.code)
                .map_or((0, 0), |s| (s.covered_municipalities, s.municipalities));
            let facts = vec![words::county_access(access, covered, total, lang)];
            let shape = map.and_then(|m| m.counties.iter().find(|r| r.code == c.code));
            let fill = Fill::of_county(access);
            region(
                &c.code,
                shape,
                c.name.clone(),
                fill,
                None,
                false,
                facts,
                lang,
            )
        })
        .collect();
    let fills = [
        (Fill::Full, true),
        (Fill::Partial, true),
        (Fill::NoTeams, true),
        (Fill::NotInData, true),
    ];
    finish(
        "sverige".into(),
        words::sweden_title(lang).into(),
        map.map(|m| m.view_box),
        None,
        regions,
        &fills,
        false,
        lang,
    )
}

/// What a county map shows besides its shapes.
#[derive(Debug, Clone, Copy)]
pub struct CountyOptions<'a> {
    /// The county's page, for colours of access; `None` for a county the data set lacks.
    pub county: Option<&'a County>,
    /// The methods lexicon, for the names of the methods social services name (empty when
    /// it could not be loaded: the names then go without them).
    pub lexicon: &'a [Method],
    /// The municipality the page is about.
    pub marked: Option<&'a str>,
    /// The full map (names, pins, the social services' marks), or the small one of a
    /// municipality's page (colours and the marked municipality only).
    pub detail: bool,
}

/// The map of the county with code `code`: its municipalities as the index lists them, by
/// access when `opts.county` has its page; shapes from `map` when it has loaded.
pub fn county(
    index: &DataIndex,
    code: &str,
    map: Option<&CountyMap>,
    opts: CountyOptions<'_>,
    lang: Lang,
) -> DrawnMap {
    let county_name = index
        .sweden_county(code)
        .map_or_else(|| code.to_string(), |c| c.name.clone());
    let mut regions: Vec<DrawnRegion> = index
        .search
        .municipalities
        .iter()
        .filter(|m| m.county == code)
        .map(|m| {
            let marked = opts.marked == Some(m.code.as_str());
            let shape = map.and_then(|f| f.municipalities.iter().find(|r| r.code == m.code));
            let region = |fill, mark, facts| {
                region(
                    &m.code,
                    shape,
                    m.name.clone(),
                    fill,
                    mark,
                    marked,
                    facts,
                    lang,
                )
            };
            let page = opts
                .county
                .and_then(|c| c.municipalities.iter().find(|x| x.code == m.code));
            match (opts.county, page) {
                (Some(county), Some(data)) => {
                    let access = Access::of(county, data);
                    let units: Vec<String> = county
                        .units
                        .iter()
                        .filter(|u| match access {
                            Access::Team => data.covering_units.contains(&u.id),
                            Access::Unclear => {
                                u.counts_as_coverage() && u.catchment.unnamed_count > 0
                            }
                            Access::NoTeam => false,
                        })
                        .map(|u| u.name.clone())
                        .collect();
                    let stance = data.social_services.stance;
                    let methods = words::method_names(&data.social_services.methods, opts.lexicon);
                    let facts = vec![
                        words::access(access, &units, lang),
                        words::stance(stance, &methods, lang),
                    ];
                    let mark = opts.detail.then(|| StanceMark::of(stance));
                    region(Fill::of_access(access), mark, facts)
                }
                // A municipality the county's page does not list: nothing is known.
                (Some(_), None) => region(
                    Fill::NotInData,
                    None,
                    vec![words::not_in_data(lang).to_string()],
                ),
                (None, _) => region(
                    if marked { Fill::Marked } else { Fill::Plain },
                    None,
                    vec![words::not_in_data(lang).to_string()],
                ),
            }
        })
        .collect();
    let coloured = opts.county.is_some();
    let view_box = map.map(|m| m.view_box);
    let sizes = Sizes::of(&view_box.unwrap_or_default());
    let mut pins = Vec::new();
    let mut unpinned = Vec::new();
    if let (Some(county), true) = (opts.county, opts.detail) {
        let places = unit_places(county);
        for (i, pin) in places.pins.iter().enumerate() {
            let Some(r) = regions.iter().find(|r| r.code == pin.municipality) else {
                unpinned.extend(pin.units.iter().map(|u| u.name.clone()));
                continue;
            };
            let names: Vec<String> = pin.units.iter().map(|u| u.name.clone()).collect();
            pins.push(DrawnPin {
                number: i + 1,
                at: (!r.d.is_empty()).then_some(r.label),
                text: words::pin_entry(&names, &pin.place, lang),
            });
        }
        unpinned.extend(places.unpinned.iter().map(|u| u.name.clone()));
    }
    if opts.detail && view_box.is_some() {
        place_names(&mut regions, &pins, sizes);
    }
    // Statuses only some counties have get an entry only when a region has them.
    let fills: &[(Fill, bool)] = if coloured {
        &[
            (Fill::Team, true),
            (Fill::Unclear, false),
            (Fill::NoTeam, true),
            (Fill::NotInData, false),
        ]
    } else if opts.marked.is_some() {
        &[(Fill::Marked, true), (Fill::Plain, true)]
    } else {
        &[(Fill::Plain, true)]
    };
    let mut drawn = finish(
        format!("lan-{code}"),
        words::county_title(&county_name, coloured, lang),
        view_box,
        map.map(|m| m.outline.clone()),
        regions,
        fills,
        coloured && opts.detail,
        lang,
    );
    if !coloured {
        drawn.legends[0].title = words::plain_legend_title(lang);
    }
    drawn.pins = pins;
    drawn.unpinned = unpinned;
    drawn
}

#[allow(clippy::too_many_arguments)]
fn region(
    code: &str,
    shape: Option<&MapRegion>,
    name: String,
    fill: Fill,
    mark: Option<StanceMark>,
    marked: bool,
    facts: Vec<String>,
    lang: Lang,
) -> DrawnRegion {
    DrawnRegion {
        accessible_name: words::accessible_name(&name, marked, &facts, lang),
        code: code.to_string(),
        name,
        d: shape.map(|s| s.d.clone()).unwrap_or_default(),
        label: shape.map_or([0, 0], |s| s.label),
        fill,
        mark,
        marked,
        name_at: None,
        facts,
    }
}

/// Puts the regions in focus order (in the data's order while there are no shapes) and
/// makes the legends: an access entry for every fill
/// of `fills` (`(fill, always)`: without `always`, only when some region has it), and with
/// `marks` the social services' legend.
#[allow(clippy::too_many_arguments)]
fn finish(
    id: String,
    title: String,
    view_box: Option<[i64; 4]>,
    outline: Option<String>,
    regions: Vec<DrawnRegion>,
    fills: &[(Fill, bool)],
    marks: bool,
    lang: Lang,
) -> DrawnMap {
    let labels: Vec<[i64; 2]> = regions.iter().map(|r| r.label).collect();
    let mut slots: Vec<Option<DrawnRegion>> = regions.into_iter().map(Some).collect();
    let order: Vec<usize> = if view_box.is_some() {
        focus_order(&labels)
    } else {
        (0..slots.len()).collect()
    };
    let regions: Vec<DrawnRegion> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    let view_box = view_box.unwrap_or_default();
    let count = |key: LegendKey| regions.iter().filter(|r| r.has(key)).count();
    let access = Legend {
        title: words::access_legend_title(lang),
        entries: fills
            .iter()
            .map(|&(f, always)| {
                let entry = LegendEntry {
                    key: LegendKey::Fill(f),
                    label: words::fill_label(f, lang),
                    count: count(LegendKey::Fill(f)),
                };
                (entry, always)
            })
            .filter(|(e, always)| *always || e.count > 0)
            .map(|(e, _)| e)
            .collect(),
    };
    let mut legends = vec![access];
    if marks {
        legends.push(Legend {
            title: words::stance_legend_title(lang),
            entries: StanceMark::ALL
                .iter()
                .map(|&m| LegendEntry {
                    key: LegendKey::Mark(m),
                    label: words::mark_label(m, lang),
                    count: count(LegendKey::Mark(m)),
                })
                .collect(),
        });
    }
    DrawnMap {
        id,
        title,
        sizes: Sizes::of(&view_box),
        shapes: view_box[2] > 0,
        view_box,
        regions,
        outline,
        pins: Vec::new(),
        unpinned: Vec::new(),
        legends,
    }
}

/// Writes each municipality's name where it fits: inside its shape, clear of the pins and
/// of the names already placed, the largest municipalities first. A pinned municipality's
/// name goes below its pin.
fn place_names(regions: &mut [DrawnRegion], pins: &[DrawnPin], sizes: Sizes) {
    let mut taken: Vec<Bounds> = pins
        .iter()
        .filter_map(|p| p.at)
        .map(|at| Bounds::of_circle((at[0], at[1]), sizes.pin + sizes.name / 4))
        .collect();
    let shapes: Vec<Option<Vec<Vec<Pt>>>> =
        regions.iter().map(|r| shape::rings(&r.d).ok()).collect();
    let mut by_size: Vec<usize> = (0..regions.len()).collect();
    by_size.sort_by_key(|&i| std::cmp::Reverse(shapes[i].as_deref().map_or(0, shape::area)));
    for i in by_size {
        let Some(rings) = &shapes[i] else { continue };
        let r = &regions[i];
        let pinned = pins.iter().any(|p| p.at == Some(r.label));
        let at = if pinned {
            (r.label[0], r.label[1] + sizes.pin + sizes.name * 3 / 4)
        } else {
            (r.label[0], r.label[1])
        };
        let b = Bounds::of_text(at, r.name.chars().count(), sizes.name);
        if b.inside(rings) && !taken.iter().any(|t| t.overlaps(&b)) {
            taken.push(b);
            regions[i].name_at = Some([at.0, at.1]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_runs_north_to_south_then_west_to_east() {
        let labels = [[50, 300], [10, 100], [90, 100], [40, 200]];
        assert_eq!(focus_order(&labels), vec![1, 2, 3, 0]);
    }

    #[test]
    fn sizes_follow_the_larger_side() {
        let s = Sizes::of(&[0, 0, 869, 1632]);
        assert_eq!(
            s,
            Sizes {
                name: 34,
                pin: 23,
                cell: 20
            }
        );
        assert_eq!(Sizes::of(&[0, 0, 2089, 1157]).name, 43);
    }
}
