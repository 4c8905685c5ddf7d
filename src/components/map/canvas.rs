//! The drawing: a box of the map's final shape (reserved before its file arrives), the SVG
//! with one link per region in focus order, the county's outline, the two-tone ring of the
//! marked, focused, hovered or highlighted regions, the names that fit, the teams' pins and
//! the tooltip. Sharp at any zoom: everything is vector, lines keep their width.

use super::boxes::box_of;
use super::figure::{MapState, Regions};
use super::region::RegionLink;
use super::tooltip::Tooltip;
use crate::components::load_error::LoadErrorView;
use crate::data::LoadError;
use crate::texts::use_texts;
use catalog::map::{svg, DrawnMap, Sizes};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MapCanvas(
    drawn: Memo<Arc<DrawnMap>>,
    file: String,
    regions: Regions,
    state: MapState,
    error: Signal<Option<LoadError>>,
    retry: Callback<()>,
    small: bool,
) -> impl IntoView {
    let t = use_texts();
    let (w, h) = box_of(&file);
    // Sizes from the box, known before the file: the patterns do not change when it comes.
    let sizes = Sizes::of(&[0, 0, w, h]);
    let prefix = drawn.with_untracked(|d| d.id.clone());
    let defs = pattern_defs(&prefix, sizes.cell);
    let areas = {
        let prefix = prefix.clone();
        move || {
            let d = drawn.get();
            d.regions
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.d.is_empty())
                .map(|(index, r)| {
                    let prefix = prefix.clone();
                    view! { <RegionLink region=r.clone() index prefix regions state /> }
                })
                .collect_view()
        }
    };
    let outline = move || {
        drawn
            .get()
            .outline
            .clone()
            .map(|d| view! { <path class="map__outline" d=d /> })
    };
    let rings = move || {
        // `try_`: this may run once more while a navigation removes the map.
        let d = drawn.try_get()?;
        let highlight = state.highlight();
        let active = state.focused.get().or(state.tip.get().map(|tip| tip.index));
        let rings = d
            .regions
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                !r.d.is_empty()
                    && (r.marked || Some(*i) == active || highlight.is_some_and(|k| r.has(k)))
            })
            .map(|(_, r)| {
                view! {
                    <path class="map__ring-halo" d=r.d.clone() />
                    <path class="map__ring" d=r.d.clone() />
                }
            })
            .collect_view();
        Some(rings)
    };
    let names = move || {
        let d = drawn.get();
        let halo = (d.sizes.name / 5).max(1);
        d.regions
            .iter()
            .filter_map(|r| {
                let [x, y] = r.name_at?;
                Some(view! {
                    <text class="map__name" x=x y=y font-size=d.sizes.name stroke-width=halo>
                        {r.name.clone()}
                    </text>
                })
            })
            .collect_view()
    };
    let pins = move || {
        let d = drawn.get();
        let r = d.sizes.pin;
        d.pins
            .iter()
            .filter_map(|p| {
                let [x, y] = p.at?;
                Some(view! {
                    <circle class="map__pin" cx=x cy=y r=r stroke-width=(r / 5).max(1) />
                    <text class="map__pin-number" x=x y=y font-size=r * 5 / 4>
                        {p.number}
                    </text>
                })
            })
            .collect_view()
    };
    let status = move || {
        if let Some(error) = error.get() {
            return Some(
                view! { <div class="map__status"><LoadErrorView error retry /></div> }.into_any(),
            );
        }
        (!drawn.get().shapes).then(|| {
            view! { <p class="map__status map__status--loading" role="status">{t.map_loading}</p> }
                .into_any()
        })
    };
    let label = move || drawn.get().title.clone();
    view! {
        <div
            class="map__box"
            style:aspect-ratio=format!("{w} / {h}")
            style:width=format!("min(100%, calc(var(--map-max-h) * {w} / {h}))")
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    state.tip.set(None);
                }
            }
        >
            <svg class="map__svg" viewBox=format!("0 0 {w} {h}") role="group" aria-label=label>
                <defs>{defs}</defs>
                <g class="map__regions">{areas}</g>
                {outline}
                <g class="map__rings" aria-hidden="true">{rings}</g>
                <g class="map__names" aria-hidden="true">{names}</g>
                <g class="map__pins" aria-hidden="true">{pins}</g>
            </svg>
            {status}
            <Tooltip drawn state regions box_size=(w, h) small />
        </div>
    }
}

/// The patterns of `svg::pattern_tiles` as SVG elements, ids prefixed with `prefix`.
fn pattern_defs(prefix: &str, cell: i64) -> impl IntoView {
    svg::pattern_tiles(cell)
        .into_iter()
        .map(|tile| {
            let shapes = tile
                .shapes
                .into_iter()
                .map(|shape| match shape {
                    svg::TileShape::Rect {
                        x,
                        width,
                        height,
                        fill,
                    } => view! { <rect x=x width=width height=height fill=fill /> }.into_any(),
                    svg::TileShape::Circle { cx, cy, r, fill } => {
                        view! { <circle cx=cx cy=cy r=r fill=fill /> }.into_any()
                    }
                    svg::TileShape::Path { d, stroke, width } => view! {
                        <path d=d stroke=stroke stroke-width=width fill="none" />
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <pattern
                    id=format!("{prefix}-{}", tile.id)
                    patternUnits="userSpaceOnUse"
                    width=tile.size
                    height=tile.size
                    patternTransform=tile.rotate.map(|r| format!("rotate({r})"))
                >
                    {shapes}
                </pattern>
            }
        })
        .collect_view()
}
