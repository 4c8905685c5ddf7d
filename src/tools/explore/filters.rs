//! The filters: whether planned and ended offers show, then each facet as a group of
//! checkboxes with its count for the current result (choosing more values of one facet
//! widens it, facets narrow each other), and "clear all". Beside the list on a wide
//! screen; on a phone a panel that opens over the list as a modal dialog — focus moves into
//! it, Tab stays inside, Escape or either of its buttons closes it and focus returns to
//! the button that opened it. A facet's options are drawn while the group is open, so a
//! keystroke updates only the counts in sight.

use super::labels::{facet_name, option_name};
use super::search_bar::PANEL_ID;
use super::state::{use_explore, Explore};
use crate::texts::use_texts;
use catalog::explore::facets::{status_param, STATUSES};
use catalog::explore::{Facet, OfferKind};
use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The ids of the panel's first and last buttons (shown only while it is a dialog).
pub const CLOSE_ID: &str = "filter-stang";
const SHOW_ID: &str = "filter-visa";

/// The groups open when the page is drawn, besides those with a value chosen.
const OPEN_AT_START: [Facet; 3] = [Facet::Kind, Facet::Age, Facet::SelfReferral];

fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Escape closes the dialog; Tab and Shift+Tab wrap around between its first and last
/// buttons.
fn on_panel_key(ex: Explore, ev: ev::KeyboardEvent) {
    if !ex.panel_open.get_untracked() {
        return;
    }
    let active = document().active_element().map(|e| e.id());
    match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            ex.close_panel();
        }
        "Tab" if ev.shift_key() && active.as_deref() == Some(CLOSE_ID) => {
            ev.prevent_default();
            focus_id(SHOW_ID);
        }
        "Tab" if !ev.shift_key() && active.as_deref() == Some(SHOW_ID) => {
            ev.prevent_default();
            focus_id(CLOSE_ID);
        }
        _ => {}
    }
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    let open = ex.panel_open;
    let inactive_count = move || {
        ex.result.with(|r| {
            ex.offers.with_value(|o| {
                o.options(Facet::Status)
                    .iter()
                    .zip(&r.counts[Facet::Status.index()])
                    .filter(|(opt, _)| opt.value != status_param(STATUSES[0]))
                    .map(|(_, n)| *n)
                    .sum::<u32>()
            })
        })
    };
    let hits = move || ex.result.with(|r| r.hits.len());
    let groups = Facet::CHOSEN
        .into_iter()
        .map(|facet| view! { <FacetGroup facet /> })
        .collect_view();
    view! {
        <div
            id=PANEL_ID
            class="explore__filters"
            class:explore__filters--open=move || open.get()
            role=move || open.get().then_some("dialog")
            aria-modal=move || open.get().then_some("true")
            aria-labelledby="filter-rubrik"
            on:keydown=move |ev| on_panel_key(ex, ev)
        >
            <div class="explore__panel-top">
                <h2 id="filter-rubrik">{t.explore_filters_heading}</h2>
                <button type="button" id=CLOSE_ID class="explore__close" on:click=move |_| ex.close_panel()>
                    {t.explore_close}
                </button>
            </div>
            <label class="facet__option explore__inactive">
                <input
                    type="checkbox"
                    prop:checked=move || ex.query.with(|q| q.include_inactive)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ex.apply(|q| q.include_inactive = on);
                    }
                />
                <span class="facet__name">{t.explore_show_inactive}</span>
                <span class="facet__count">{move || format!("({})", inactive_count())}</span>
            </label>
            {groups}
            <div class="explore__panel-bottom">
                <button type="button" class="explore__clear" on:click=move |_| ex.apply(|q| q.clear_all())>
                    {t.explore_clear_all}
                </button>
                <button type="button" id=SHOW_ID class="explore__show" on:click=move |_| ex.close_panel()>
                    {move || t.explore_show_hits(hits())}
                </button>
            </div>
        </div>
    }
}

/// One facet: a disclosure with its name and how many of its values are chosen; inside, a
/// fieldset of checkboxes, each option with its count.
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    let name = facet_name(t, facet);
    let start_open = OPEN_AT_START.contains(&facet)
        || ex
            .query
            .with_untracked(|q| q.chosen(facet).next().is_some());
    let open = RwSignal::new(start_open);
    let chosen = move || ex.query.with(|q| q.chosen(facet).count());
    let options = move || {
        open.get().then(|| {
            let items = ex.offers.with_value(|o| {
                o.options(facet)
                    .iter()
                    .enumerate()
                    .map(|(i, opt)| {
                        let (label, data) = option_name(t, facet, &opt.value, opt.name.as_deref());
                        let value = opt.value.clone();
                        let kind = (facet == Facet::Kind)
                            .then(|| OfferKind::ALL.into_iter().find(|k| k.param() == value))
                            .flatten();
                        let is_chosen = {
                            let value = value.clone();
                            move || ex.query.with(|q| q.is_chosen(facet, &value))
                        };
                        let count = move || ex.result.with(|r| r.counts[facet.index()][i]);
                        view! {
                            <li>
                                <label class="facet__option">
                                    <input
                                        type="checkbox"
                                        prop:checked=is_chosen
                                        on:change=move |_| ex.apply(|q| q.toggle(facet, &value))
                                    />
                                    {kind.map(|kind| view! { <super::icons::KindIcon kind /> })}
                                    <span class="facet__name" lang=data.then_some("sv")>{label}</span>
                                    <span class="facet__count">{move || format!("({})", count())}</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! {
                <fieldset class="facet__options">
                    <legend class="visually-hidden">{name}</legend>
                    <ul>{items}</ul>
                </fieldset>
            }
        })
    };
    view! {
        <details
            class="facet"
            open=start_open
            on:toggle=move |ev| {
                if let Some(d) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                {
                    open.set(d.open());
                }
            }
        >
            <summary>
                <span class="facet__title">{name}</span>
                {move || {
                    let n = chosen();
                    (n > 0).then(|| view! { " " <span class="explore__chosen">{t.explore_filters_chosen(n)}</span> })
                }}
            </summary>
            {options}
        </details>
    }
}
