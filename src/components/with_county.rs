//! Shows a view of one county's detail once it has loaded, with the lexicon that explains
//! its terms: the one place where views wait for those files (with a status line) and show
//! a failure (with a retry).

use crate::components::load_error::LoadErrorView;
use crate::data::{use_data, Loaded};
use crate::texts::use_texts;
use catalog::index::Lexicon;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

/// A county's detail and the lexicon, both loaded.
#[derive(Clone)]
pub struct CountyDetail {
    pub county: Arc<County>,
    pub lexicon: Arc<Lexicon>,
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
    let lexicon = data.lexicon();
    let retry = Callback::new(move |_| {
        if matches!(county.get_untracked(), Some(Err(_))) {
            county.refetch();
        }
        if matches!(lexicon.get_untracked(), Some(Err(_))) {
            lexicon.refetch();
        }
    });
    view! {
        <Suspense fallback=move || {
            view! { <p class="loading" role="status">{move || t.get().loading_county}</p> }
        }>
            {move || {
                let both: Option<(Loaded<County>, Loaded<Lexicon>)> = county
                    .get()
                    .zip(lexicon.get());
                both.map(|loaded| match loaded {
                    (Ok(county), Ok(lexicon)) => children(CountyDetail { county, lexicon }).into_any(),
                    (Err(error), _) | (_, Err(error)) => {
                        view! { <LoadErrorView error retry /> }.into_any()
                    }
                })
            }}
        </Suspense>
    }
}
