//! The tooltip of the region under the pointer, with focus, or tapped: its name, its status
//! in words, and what a click does. A tap's tooltip holds the link itself (and a close
//! button), since a finger has no hover. Placed at the region's inner point, inside the box.

use super::figure::{By, MapState, Regions};
use super::region::region_href;
use crate::frame::use_route;
use crate::texts::use_texts;
use catalog::map::{words::capitalised, DrawnMap};
use leptos::prelude::*;
use std::sync::Arc;

/// A share of the box as a CSS percentage with one decimal, from thousandths.
fn percent(thousandths: i64) -> String {
    format!("{}.{}%", thousandths / 10, thousandths % 10)
}

#[component]
pub fn Tooltip(
    drawn: Memo<Arc<DrawnMap>>,
    state: MapState,
    regions: Regions,
    /// The box's width and height in map units.
    box_size: (i64, i64),
    small: bool,
) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    move || {
        let tip = state.tip.try_get()??;
        // `try_`: this may run once more while a navigation removes the map.
        let d = drawn.try_get()?;
        let r = d.regions.get(tip.index)?.clone();
        let (w, h) = box_size;
        let x = (r.label[0] * 1000 / w.max(1)).clamp(0, 1000);
        let y = (r.label[1] * 1000 / h.max(1)).clamp(0, 1000);
        // Below the point in the top third of the map, above it elsewhere; shifted sideways
        // by as much of its own width as the point lies across the box, so it stays inside.
        let below = y < 350;
        let shift_y = if below {
            "0.75rem"
        } else {
            "calc(-100% - 0.75rem)"
        };
        let facts = r
            .facts
            .iter()
            .map(|f| view! { <li>{capitalised(f)}</li> })
            .collect_view();
        let name = r.name.clone();
        let action = if tip.by == By::Tap {
            let link = region_href(&r.code, regions, route);
            view! {
                <p class="map__tip-actions">
                    <a class="map__tip-link" href=link>{t.map_tip_open(&name)}</a>
                    <button
                        type="button"
                        class="map__tip-close"
                        on:click=move |_| state.tip.set(None)
                    >
                        {t.map_tip_close}
                    </button>
                </p>
            }
            .into_any()
        } else {
            view! { <p class="map__tip-action">{t.map_tip_action(&name)}</p> }.into_any()
        };
        let class = match (tip.by, small) {
            (By::Tap, _) => "map__tip map__tip--tap",
            (_, true) => "map__tip map__tip--small",
            _ => "map__tip",
        };
        Some(view! {
            <div
                class=class
                role="tooltip"
                style:left=percent(x)
                style:top=percent(y)
                style:transform=format!("translate(-{}, {shift_y})", percent(x))
            >
                <p class="map__tip-name" lang="sv">{r.name.clone()}</p>
                <ul class="map__tip-facts">{facts}</ul>
                {action}
            </div>
        })
    }
}
