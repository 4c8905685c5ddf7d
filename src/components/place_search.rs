//! "Var bor du?": one field that finds any of Sweden's municipalities, the gazetteer's
//! places and the counties, as the WAI-ARIA combobox pattern — a listbox popup of
//! suggestions that say what each is, arrow keys to move, Enter to open (the active or the
//! top suggestion), Escape to close, `aria-activedescendant`, and a polite live region
//! that says how many suggestions there are. Ranking is `catalog::search`; the typed text
//! is put in NFD by the browser's own `normalize`, so the wasm carries no Unicode tables.

use crate::components::county_links::county_link_items;
use crate::components::layout::use_lang;
use crate::frame::use_route;
use crate::links::href;
use crate::location::use_location;
use crate::texts::{use_texts, Texts};
use catalog::index::DataIndex;
use catalog::route::{Lang, Route};
use catalog::search::{PlaceKind, SearchIndex, Suggestion};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

/// How many suggestions the list shows.
const LIMIT: usize = 8;

#[component]
pub fn PlaceSearch(index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let route = use_route();
    let location = use_location();
    let search = StoredValue::new(SearchIndex::from_lists(&index.search));
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let no_match = RwSignal::new(false);
    let suggestions = Memo::new(move |_| {
        let typed = text.get();
        let nfd: String = js_sys::JsString::from(typed.as_str())
            .normalize("NFD")
            .into();
        search.with_value(|s| s.suggest(&nfd, LIMIT))
    });
    let expanded = move || open.get() && !suggestions.get().is_empty();
    let go = move |s: &Suggestion| {
        open.set(false);
        location.navigate(&href(&Route::of(s.page(), route.get_untracked().lang)));
    };
    let choose = move || {
        let list = suggestions.get_untracked();
        let pick = active
            .get_untracked()
            .and_then(|i| list.get(i))
            .or(list.first());
        match pick {
            Some(s) => go(s),
            None => no_match.set(!text.get_untracked().trim().is_empty()),
        }
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let n = suggestions.get_untracked().len();
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Escape" => {
                if open.get_untracked() {
                    open.set(false);
                } else {
                    text.set(String::new());
                }
                active.set(None);
            }
            _ => {}
        }
    };
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let selected = move || active.get() == Some(i);
                let s2 = s.clone();
                view! {
                    <li
                        id=format!("forslag-{i}")
                        role="option"
                        class="suggestion"
                        aria-selected=move || selected().to_string()
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| go(&s2)
                    >
                        <span class="suggestion__name" lang="sv">{s.name.clone()}</span>
                        <span class="suggestion__what">{describe(&s, t, lang)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let status = move || {
        if text.get().trim().is_empty() {
            String::new()
        } else {
            t.suggestions_count(suggestions.get().len())
        }
    };
    let counties = county_link_items(
        index
            .search
            .counties
            .iter()
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect(),
    );
    view! {
        <form
            class="place-search"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                choose();
            }
        >
            <label for="var-bor-du" class="place-search__label">{t.search_label}</label>
            <p id="var-bor-du-hint" class="place-search__hint">{t.search_hint}</p>
            <div class="place-search__row">
                <input
                    id="var-bor-du"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-describedby="var-bor-du-hint"
                    aria-controls="forslag"
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("forslag-{i}"))
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        open.set(true);
                        active.set(None);
                        no_match.set(false);
                    }
                    on:keydown=on_key
                    on:blur=move |_| open.set(false)
                    on:focus=move |_| open.set(true)
                />
                <button type="submit" class="place-search__go">{t.search_go}</button>
            </div>
            <ul id="forslag" role="listbox" class="suggestions" aria-label=t.search_label hidden=move || !expanded()>
                {options}
            </ul>
            <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
            <div class="no-match" hidden=move || !no_match.get()>
                <p>{move || t.search_no_match(text.get())}</p>
                <ul class="inline-list">{counties}</ul>
            </div>
        </form>
    }
}

/// What a suggestion is, in the interface's language: "kommun i Örebro län", "i Nacka
/// kommun, Stockholms län", "län".
fn describe(s: &Suggestion, t: &Texts, lang: Lang) -> String {
    let county = s.county.as_ref().map(|c| c.name.as_str()).unwrap_or("");
    match s.kind {
        PlaceKind::Municipality => t.suggestion_municipality(county),
        PlaceKind::County => t.suggestion_county.to_string(),
        PlaceKind::Place => {
            let m = s
                .municipality
                .as_ref()
                .map(|m| m.name.as_str())
                .unwrap_or("");
            // "i Nacka kommun" in Swedish, "in Nacka municipality" in English.
            let m = match lang {
                Lang::Sv => catalog::format::kommun_name(m),
                Lang::En => format!("{m} municipality"),
            };
            t.suggestion_place(m, county)
        }
    }
}
