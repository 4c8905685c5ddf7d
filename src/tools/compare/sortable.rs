//! What every comparison table shares in the page: a header cell that sorts (a button in
//! the `th`, `aria-sort` on the sorted one, the direction in the URL), and the labelled,
//! keyboard-focusable region that scrolls a wide table sideways on a phone while the page
//! itself stays put.

use super::nav::use_go;
use crate::components::layout::use_lang;
use crate::texts::use_texts;
use catalog::compare::{next_sort, Column, CompareQuery, Order};
use leptos::prelude::*;

/// A header cell (`scope` "col", or "row" for the units table, whose units are sorted by a
/// row) whose button sorts the table by it; a second click reverses the direction.
#[component]
pub fn SortHeader(
    column: Column,
    scope: &'static str,
    query: Memo<CompareQuery>,
    /// The label is Swedish text of the pages (a unit's field label).
    #[prop(optional)]
    verbatim: bool,
) -> impl IntoView {
    let go = use_go();
    let label = column.label(use_lang()).to_string();
    let key = column.key.clone();
    let sorted = Memo::new(move |_| {
        query.with(|q| q.sort.as_ref().filter(|s| s.column == key).map(|s| s.order))
    });
    let numeric = column.numeric;
    let sort = move |_| {
        let q = query.get_untracked();
        let next = next_sort(q.sort.as_ref(), &column);
        go.to(&CompareQuery {
            sort: Some(next),
            ..q
        });
    };
    let arrow = move || match sorted.get() {
        Some(Order::Ascending) => "▲",
        Some(Order::Descending) => "▼",
        None => "↕",
    };
    view! {
        <th scope=scope aria-sort=move || sorted.get().map(Order::aria) class:num=numeric>
            <button type="button" class="sort-button" on:click=sort>
                <span lang=verbatim.then_some("sv")>{label}</span>
                <span class="sort-button__arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// A table in a region that scrolls sideways, after a line on how to sort it: the region is
/// named by the table's heading and reachable by keyboard (so it scrolls with the arrow
/// keys); the table's first column stays in view (`assets/style.css`).
#[component]
pub fn ScrollRegion(
    /// The id of the heading that names the table.
    labelled_by: &'static str,
    children: Children,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="table-hint">{t.compare_sort_hint}</p>
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            {children()}
        </div>
    }
}
