//! Shows a view of one county's detail once it has loaded: the one place where views wait
//! for a county's file (with a status line) and show its failure (with a retry). The
//! lexicon that explains terms loads beside it and fills in when it arrives (`MethodList`,
//! `ExplainedText`), so it never holds the page back.

use crate::components::load_error::LoadErrorView;
use crate::data::use_data;
use crate::texts::use_texts;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

/// A county's detail, loaded.
#[derive(Clone)]
pub struct CountyDetail {
    pub county: Arc<County>,
}

#[component]
pub fn WithCounty<F, V>(
    /// The county's official code.
    code: String,
    /// The view of the loaded county.
    children: F,
) -> impl IntoView
where
    F: Fn(CountyDetail) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_texts();
    let data = use_data();
    let county = data.county(&code);
    // Start the lexicon now, in parallel, for the terms the county's views explain.
    let _ = data.lexicon();
    let retry = Callback::new(move |_| county.refetch());
    view! {
        <Suspense fallback=move || {
            view! { <p class="loading" role="status">{t.loading_county}</p> }
        }>
            {move || {
                county.get().map(|loaded| match loaded {
                    Ok(county) => children(CountyDetail { county }).into_any(),
                    Err(error) => view! { <LoadErrorView error retry /> }.into_any(),
                })
            }}
        </Suspense>
    }
}
