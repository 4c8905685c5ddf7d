//! "Source: data/counties/18-orebro.txt, lines 9–28": where a fact stands on its county page,
//! and, where the county is given, a link to that place on the county's page in the app.

use crate::frame::use_route;
use crate::links::{href_at, line_anchor};
use crate::texts::use_texts;
use catalog::route::Route;
use leptos::prelude::*;

#[component]
pub fn SourceRef(
    file: String,
    first: u32,
    last: u32,
    /// The county's code, to link to the place on its page; none on the county page itself.
    #[prop(optional)]
    county: Option<String>,
) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let text = move || {
        if first == last {
            t.source_line(&file, first)
        } else {
            t.source_lines(&file, first, last)
        }
    };
    match county {
        None => view! { <p class="source-ref">{text}</p> }.into_any(),
        Some(code) => {
            let link =
                move || href_at(&Route::county(&code, route.get().lang), &line_anchor(first));
            view! {
                <p class="source-ref">
                    <a href=link>{text}</a>
                </p>
            }
            .into_any()
        }
    }
}
