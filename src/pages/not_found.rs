//! The page for an address the app cannot show, saying why, with a way home.

use crate::app::use_route;
use crate::components::layout::use_title;
use crate::i18n::*;
use crate::links::href;
use catalog::route::{Problem, Route};
use leptos::prelude::*;

/// Why this page is shown: a problem with the URL, or a county the data set lacks.
#[derive(Debug, Clone, PartialEq)]
pub enum NotFound {
    Url(Problem),
    County(String),
}

#[component]
pub fn NotFoundPage(reason: NotFound) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    use_title(move || Some(t_string!(i18n, not_found_heading).to_string()));
    let home = move || href(&Route::home(route.get().lang));
    let message = move || match reason.clone() {
        NotFound::County(code) => {
            t!(i18n, not_found_county, code = move || code.clone()).into_any()
        }
        NotFound::Url(Problem::UnknownPath(path)) => {
            t!(i18n, problem_unknown_path, path = move || path.clone()).into_any()
        }
        NotFound::Url(Problem::UnknownParameter(key)) => {
            t!(i18n, problem_unknown_parameter, key = move || key.clone()).into_any()
        }
        NotFound::Url(Problem::RepeatedParameter(key)) => {
            t!(i18n, problem_repeated_parameter, key = move || key.clone()).into_any()
        }
        NotFound::Url(Problem::InvalidValue { key, value }) => t!(
            i18n,
            problem_invalid_value,
            key = move || key.clone(),
            value = move || value.clone()
        )
        .into_any(),
    };
    view! {
        <section class="not-found">
            <h1 id="sidrubrik">{t!(i18n, not_found_heading)}</h1>
            <p>{message}</p>
            <p>
                <a href=home>{t!(i18n, back_home)}</a>
            </p>
        </section>
    }
}
