//! Above the list: the free text (filtered at each keystroke; the search folds case and
//! diacritics itself, so the text goes to the URL as typed), the sort, and on a narrow
//! screen the button that opens the filter panel, with how many filters are chosen.

use super::state::use_explore;
use crate::texts::use_texts;
use catalog::explore::{Facet, Sort};
use leptos::prelude::*;

/// The id of the filter panel the button opens.
pub const PANEL_ID: &str = "filterpanel";

#[component]
pub fn SearchBar() -> impl IntoView {
    let t = use_texts();
    let ex = use_explore();
    let sort_name = |s: Sort| match s {
        Sort::Relevance => t.explore_sort_relevance,
        Sort::Name => t.explore_sort_name,
        Sort::County => t.explore_sort_county,
    };
    let sorts = Sort::ALL
        .into_iter()
        .map(|s| {
            let selected = move || ex.query.with(|q| q.effective_sort() == s);
            view! { <option value=s.param() prop:selected=selected>{sort_name(s)}</option> }
        })
        .collect_view();
    let chosen = move || {
        ex.query.with(|q| {
            Facet::CHOSEN
                .iter()
                .map(|f| q.chosen(*f).count())
                .sum::<usize>()
                + usize::from(q.include_inactive)
        })
    };
    let open_panel = move |_| {
        ex.panel_open.set(true);
        // Into the panel, once it is shown.
        request_animation_frame(move || {
            if let Some(first) = document().get_element_by_id(super::filters::CLOSE_ID) {
                use leptos::wasm_bindgen::JsCast;
                if let Ok(el) = first.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };
    view! {
        <div class="explore__bar">
            <div class="explore__text" role="search">
                <label for="fritext">{t.explore_search_label}</label>
                <p id="fritext-hint" class="explore__hint">{t.explore_search_hint}</p>
                <input
                    id="fritext"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="fritext-hint"
                    prop:value=move || ex.query.with(|q| q.text.clone())
                    on:input=move |ev| ex.set_text(event_target_value(&ev))
                    on:blur=move |_| ex.end_typing()
                />
            </div>
            <div class="explore__tools">
                <div class="explore__sort">
                    <label for="sortering">{t.explore_sort_label}</label>
                    <select
                        id="sortering"
                            on:change=move |ev| {
                            let sort = Sort::from_param(&event_target_value(&ev));
                            ex.apply(|q| q.sort = sort);
                        }
                    >
                        {sorts}
                    </select>
                </div>
                <button
                    type="button"
                    class="explore__panel-button"
                    node_ref=ex.panel_button
                    aria-controls=PANEL_ID
                    aria-expanded=move || ex.panel_open.get().to_string()
                    on:click=open_panel
                >
                    {t.explore_filters_button}
                    {move || {
                        let n = chosen();
                        (n > 0).then(|| view! { " " <span class="explore__chosen">{t.explore_filters_chosen(n)}</span> })
                    }}
                </button>
            </div>
        </div>
    }
}
