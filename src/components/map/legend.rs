//! The legends with their counts, linked to the map: pointing at or focusing an entry
//! highlights its regions, pressing it keeps them highlighted (`aria-pressed`); and the list
//! of the teams' places, numbered as their pins.

use super::figure::MapState;
use crate::texts::use_texts;
use catalog::map::{colour, words, DrawnMap, LegendKey};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn LegendView(drawn: Memo<Arc<DrawnMap>>, state: MapState) -> impl IntoView {
    let t = use_texts();
    let legends = move || {
        let d = drawn.get();
        let side = d.sizes.cell.max(2) * 3;
        d.legends
            .iter()
            .map(|legend| {
                let entries = legend
                    .entries
                    .iter()
                    .map(|e| {
                        let key = e.key;
                        let (fill, mark) = match key {
                            LegendKey::Fill(f) => (f.attr(&d.id), None),
                            // A mark on the grey of a plain area, as in the download.
                            LegendKey::Mark(m) => (
                                colour::HATCH.hex(),
                                m.pattern().map(|p| format!("url(#{}-{p})", d.id)),
                            ),
                        };
                        let mark = mark.map(|m| {
                            view! { <rect width=side height=side fill=m /> }
                        });
                        let pressed = move || (state.pinned.get() == Some(key)).to_string();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="map-legend__entry"
                                    aria-pressed=pressed
                                    on:mouseenter=move |_| {
                                        state.preview.try_set(Some(key));
                                    }
                                    on:mouseleave=move |_| {
                                        // Not while a navigation removes the map.
                                        if state.preview.try_get_untracked().flatten().is_some() {
                                            state.preview.try_set(None);
                                        }
                                    }
                                    on:focus=move |_| {
                                        state.preview.try_set(Some(key));
                                    }
                                    on:blur=move |_| {
                                        // Not while a navigation removes the map.
                                        if state.preview.try_get_untracked().flatten().is_some() {
                                            state.preview.try_set(None);
                                        }
                                    }
                                    on:click=move |_| {
                                        state.pinned.update(|p| {
                                            *p = if *p == Some(key) { None } else { Some(key) }
                                        })
                                    }
                                >
                                    <svg
                                        class="map-legend__swatch"
                                        viewBox=format!("0 0 {side} {side}")
                                        aria-hidden="true"
                                    >
                                        <rect width=side height=side fill=fill />
                                        {mark}
                                    </svg>
                                    <span>{e.label}" "<span class="map-legend__count">"("{e.count}")"</span></span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="map-legend">
                        <h3 class="map-legend__title">{legend.title}</h3>
                        <ul class="map-legend__entries">{entries}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="map-legends">
            <p class="map-legends__hint">{t.map_legend_hint}</p>
            {legends}
        </div>
    }
}

#[component]
pub fn PinList(drawn: Memo<Arc<DrawnMap>>) -> impl IntoView {
    let lang = crate::components::layout::use_lang();
    move || {
        let d = drawn.get();
        let pins = (!d.pins.is_empty()).then(|| {
            let items = d
                .pins
                .iter()
                .map(|p| {
                    view! {
                        <li>
                            <span class="map-pins__number" aria-hidden="true">{p.number}</span>
                            <span>{p.text.clone()}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 class="map-legend__title">{words::units_legend_title(lang)}</h3>
                <ol class="map-pins">{items}</ol>
            }
        });
        let unpinned = (!d.unpinned.is_empty()).then(|| {
            let items = d
                .unpinned
                .iter()
                .map(|u| view! { <li lang="sv">{u.clone()}</li> })
                .collect_view();
            view! {
                <h3 class="map-legend__title">{words::unpinned_title(lang)}</h3>
                <ul class="map-unpinned">{items}</ul>
            }
        });
        view! { {pins} {unpinned} }
    }
}
