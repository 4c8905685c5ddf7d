//! What the page shows when the data set cannot be loaded: what went wrong, and a retry.

use crate::data::LoadError;
use crate::i18n::*;
use catalog::load::DatasetError;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let detail = move || match error.clone() {
        LoadError::Network(d) => {
            t!(i18n, load_error_network, detail = move || d.clone()).into_any()
        }
        LoadError::Http(status) => t!(i18n, load_error_http, status = move || status).into_any(),
        LoadError::Data(DatasetError::WrongSchema { found, expected }) => t!(
            i18n,
            load_error_schema,
            found = move || found,
            expected = move || expected
        )
        .into_any(),
        LoadError::Data(e @ DatasetError::Malformed { .. }) => {
            let d = e.to_string();
            t!(i18n, load_error_malformed, detail = move || d.clone()).into_any()
        }
    };
    view! {
        <section class="load-error" role="alert">
            <h1>{t!(i18n, load_error_title)}</h1>
            <p>{detail}</p>
            <button type="button" on:click=move |_| retry.run(())>{t!(i18n, retry)}</button>
        </section>
    }
}
