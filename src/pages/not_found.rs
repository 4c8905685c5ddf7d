//! The page for an address the app cannot show, saying why, with a way home.

use crate::components::layout::use_title;
use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::route::{Problem, Route};
use leptos::prelude::*;

/// Why this page is shown: a problem with the URL, or a county or municipality code that
/// Sweden does not have.
#[derive(Debug, Clone, PartialEq)]
pub enum NotFound {
    Url(Problem),
    County(String),
    Municipality(String),
}

#[component]
pub fn NotFoundPage(reason: NotFound) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    use_title(move || Some(t.not_found_heading.to_string()));
    let home = move || href(&Route::home(route.get().lang));
    let message = move || match reason.clone() {
        NotFound::County(code) => t.not_found_county(code.clone()).into_any(),
        NotFound::Municipality(code) => t.not_found_municipality(code.clone()).into_any(),
        NotFound::Url(Problem::Conflicting { first, second }) => t
            .problem_conflicting(first.clone(), second.clone())
            .into_any(),
        NotFound::Url(Problem::UnknownPath(path)) => {
            t.problem_unknown_path(path.clone()).into_any()
        }
        NotFound::Url(Problem::UnknownParameter(key)) => {
            t.problem_unknown_parameter(key.clone()).into_any()
        }
        NotFound::Url(Problem::RepeatedParameter(key)) => {
            t.problem_repeated_parameter(key.clone()).into_any()
        }
        NotFound::Url(Problem::InvalidValue { key, value }) => t
            .problem_invalid_value(key.clone(), value.clone())
            .into_any(),
    };
    view! {
        <section class="not-found">
            <h1 id="sidrubrik">{t.not_found_heading}</h1>
            <p>{message}</p>
            <p>
                <a href=home>{t.back_home}</a>
            </p>
        </section>
    }
}
