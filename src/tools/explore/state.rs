//! The explore page's state, all of it derived from the URL: the query (without the values
//! the data does not know, which are named in a notice), the result of running it, and the
//! one way to change them — writing a new URL. A click on a filter is a new history entry
//! (Back steps back through filters); typing replaces the entry it began with, so a word is
//! one step, not one per letter. The list follows at once; the browser's history is written
//! after the next frame (`Location::push_soon`), so its cost is not part of each change.

use super::filters::FilterPanel;
use super::results::Results;
use super::search_bar::SearchBar;
use crate::components::layout::use_lang;
use crate::links::href;
use crate::location::{use_location, Location};
use catalog::explore::{DroppedValue, ExploreQuery, ExploreResult, Offers};
use catalog::index::Lexicon;
use catalog::route::{Lang, Page, Problem, Route, ToolPage};
use catalog::County;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::sync::Arc;

/// The page's URL as `ExploreQuery::from_pairs` reads it.
pub type ParsedUrl = Memo<Result<(ExploreQuery, Vec<DroppedValue>), Problem>>;

/// What every part of the page reads and how it changes the URL; provided as context.
#[derive(Clone, Copy)]
pub struct Explore {
    pub offers: StoredValue<Arc<Offers>>,
    pub lexicon: StoredValue<Arc<Lexicon>>,
    /// The query in effect: the URL's, less the values the data does not know.
    pub query: Memo<ExploreQuery>,
    /// The URL's values that were left out (unknown shape or not in the data).
    pub dropped: Memo<Vec<DroppedValue>>,
    pub result: Memo<ExploreResult>,
    /// On a narrow screen: the filter panel is open over the list.
    pub panel_open: RwSignal<bool>,
    /// The button that opens the panel, where focus returns when it closes.
    pub panel_button: NodeRef<html::Button>,
    /// A word is being typed: its letters replace the history entry its first one made.
    typing: StoredValue<bool>,
    location: Location,
    lang: Lang,
}

pub fn use_explore() -> Explore {
    expect_context::<Explore>()
}

impl Explore {
    /// The URL of the explore page with this query, in the page's language.
    pub fn url(&self, query: &ExploreQuery) -> String {
        href(&Route::of(
            Page::Tool {
                page: ToolPage::Explore,
                params: query.to_pairs(),
            },
            self.lang,
        ))
    }

    /// Changes the filters or the sort: a new history entry, unless nothing changes.
    pub fn apply(&self, edit: impl FnOnce(&mut ExploreQuery)) {
        self.typing.set_value(false);
        let now = self.query.get_untracked();
        let mut next = now.clone();
        edit(&mut next);
        if next != now {
            let url = self.url(&next);
            keep_scroll(|| self.location.push_soon(&url));
        }
    }

    /// The free text as typed: the first letter of a word makes a history entry, the
    /// following ones replace it.
    pub fn set_text(&self, text: String) {
        let mut next = self.query.get_untracked();
        next.text = text;
        let url = self.url(&next);
        if self.typing.get_value() {
            self.location.replace_soon(&url);
        } else {
            self.typing.set_value(true);
            keep_scroll(|| self.location.push_soon(&url));
        }
    }

    /// The person has left the text field: the next letter begins a new entry.
    pub fn end_typing(&self) {
        self.typing.set_value(false);
    }

    /// Closes the filter panel and returns focus to the button that opened it.
    pub fn close_panel(&self) {
        self.panel_open.set(false);
        if let Some(button) = self.panel_button.get_untracked() {
            let _ = button.focus();
        }
    }
}

/// Navigating to a new entry scrolls to the top; a filter's change keeps the place.
fn keep_scroll(go: impl FnOnce()) {
    let w = window();
    let (x, y) = (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0));
    go();
    w.scroll_to_with_x_and_y(x, y);
}

/// Moves focus to the results' heading: after an action whose button goes away (a chip,
/// "clear all" beside them, a filter to loosen), so focus is not lost to the page's start.
pub fn focus_results() {
    if let Some(h) = document()
        .get_element_by_id(RESULTS_HEADING)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
    }
}

/// The id of the results' heading.
pub const RESULTS_HEADING: &str = "traffar-rubrik";

#[component]
pub fn ExploreView(
    counties: Vec<Arc<County>>,
    lexicon: Arc<Lexicon>,
    parsed: ParsedUrl,
) -> impl IntoView {
    let offers = Arc::new(Offers::build(counties.iter().map(|c| &**c), &lexicon));
    let offers = StoredValue::new(offers);
    let checked = Memo::new(move |_| {
        let (query, mut dropped) = parsed.get().unwrap_or_default();
        let (query, unknown) = offers.with_value(|o| o.check(query));
        dropped.extend(unknown);
        (query, dropped)
    });
    let query = Memo::new(move |_| checked.with(|c| c.0.clone()));
    let dropped = Memo::new(move |_| checked.with(|c| c.1.clone()));
    let result = Memo::new(move |_| query.with(|q| offers.with_value(|o| o.run(q))));
    provide_context(Explore {
        offers,
        lexicon: StoredValue::new(lexicon),
        query,
        dropped,
        result,
        panel_open: RwSignal::new(false),
        panel_button: NodeRef::new(),
        typing: StoredValue::new(false),
        location: use_location(),
        lang: use_lang(),
    });
    view! {
        <div class="explore">
            <SearchBar />
            <div class="explore__body">
                <FilterPanel />
                <Results />
            </div>
        </div>
    }
}
