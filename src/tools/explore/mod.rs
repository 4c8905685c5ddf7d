//! The explore page (`?sida=utforska&…`): every offer of the county pages as a card, with
//! free text, facets with counts, and the sort, all in the URL. The logic is
//! `catalog::explore`; these files only render it:
//! - `loading`: every county of the index and the lexicon, with progress, errors and retry;
//! - `state`: the query the URL holds, the result, and the one way to change them;
//! - `search_bar`, `filters`, `results`, `card`: what the page shows;
//! - `labels`, `icons`: the names of filters and values in the page's language, and the
//!   icon of each kind of offer.

mod card;
mod filters;
mod icons;
mod labels;
mod loading;
mod results;
mod search_bar;
mod state;

use crate::components::layout::use_title;
use crate::texts::use_texts;
use crate::tools::{use_params, ToolProblem};
use catalog::explore::ExploreQuery;
use leptos::prelude::*;

#[component]
pub fn ExplorePage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.explore_heading.to_string()));
    let params = use_params();
    // The URL as the explore page reads it: an unknown or repeated key is a problem page;
    // unknown values are dropped and named (`state`).
    let parsed = Memo::new(move |_| ExploreQuery::from_pairs(params.get().into_iter()));
    let problem = Memo::new(move |_| parsed.with(|p| p.as_ref().err().cloned()));
    move || match problem.get() {
        Some(problem) => view! { <ToolProblem problem /> }.into_any(),
        None => view! {
            <h1 id="sidrubrik">{t.explore_heading}</h1>
            <p class="intro">{t.explore_intro}</p>
            <loading::WithEveryCounty parsed />
        }
        .into_any(),
    }
}
