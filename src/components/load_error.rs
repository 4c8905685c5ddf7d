//! What the page shows when a data file cannot be loaded: which file, what went wrong, and
//! a retry.

use crate::data::{DataFile, LoadError};
use crate::texts::use_texts;
use catalog::load::DatasetError;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let t = use_texts();
    let (file, problem) = match &error {
        LoadError::Network(f, _) | LoadError::Http(f, _) | LoadError::Data(f, _) => {
            (f.clone(), error.clone())
        }
    };
    // The index failing leaves no page, so its message is the page's heading; a county
    // failing leaves the rest of the page in place.
    let title = match file {
        DataFile::Index => view! { <h1>{t.load_error_title}</h1> }.into_any(),
        DataFile::Lexicon => view! { <h2>{t.load_error_lexicon_title}</h2> }.into_any(),
        DataFile::County(code) => view! {
            <h2>{t.load_error_county_title(code.clone())}</h2>
        }
        .into_any(),
    };
    let detail = move || match problem.clone() {
        // Offline, and this file was never opened before (so no copy is kept): say so.
        LoadError::Network(..) if !window().navigator().on_line() => {
            t.load_error_offline.into_any()
        }
        LoadError::Network(_, d) => t.load_error_network(d.clone()).into_any(),
        LoadError::Http(_, status) => t.load_error_http(status).into_any(),
        LoadError::Data(_, DatasetError::WrongSchema { found, expected }) => {
            t.load_error_schema(found, expected).into_any()
        }
        LoadError::Data(_, e) => {
            let d = e.to_string();
            t.load_error_malformed(d.clone()).into_any()
        }
    };
    view! {
        <section class="load-error" role="alert">
            {title}
            <p>{detail}</p>
            <button type="button" on:click=move |_| retry.run(())>{t.retry}</button>
        </section>
    }
}
