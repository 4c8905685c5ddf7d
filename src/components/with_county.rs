//! Shows a view of one county's detail once it has loaded: the one place where views wait
//! for a county's file (with a status line) and show its failure (with a retry).

use crate::components::load_error::LoadErrorView;
use crate::data::use_data;
use crate::i18n::*;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn WithCounty<F, V>(
    /// The county's official code.
    code: String,
    /// The view of the loaded county.
    children: F,
) -> impl IntoView
where
    F: Fn(Arc<County>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let resource = use_data().county(&code);
    let retry = Callback::new(move |_| resource.refetch());
    view! {
        <Suspense fallback=move || {
            view! { <p class="loading" role="status">{t!(i18n, loading_county)}</p> }
        }>
            {move || {
                resource
                    .get()
                    .map(|loaded| match loaded {
                        Ok(county) => children(county).into_any(),
                        Err(error) => view! { <LoadErrorView error retry /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}
