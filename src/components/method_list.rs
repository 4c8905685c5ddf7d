//! Methods named on a county page, each with its plain-language explanation from the
//! lexicon, in the interface's language. The lexicon loads beside the county's file, so the
//! list fills in when it arrives; if it cannot be fetched, the list says so with a retry.

use crate::components::layout::use_lang;
use crate::components::load_error::LoadErrorView;
use crate::data::use_data;
use catalog::route::Lang;
use leptos::prelude::*;

#[component]
pub fn MethodList(
    /// Lexicon ids of the methods, in the order to show them.
    ids: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let lexicon = use_data().lexicon();
    let retry = Callback::new(move |_| lexicon.refetch());
    move || match lexicon.get() {
        None => ().into_any(),
        Some(Err(error)) => view! { <LoadErrorView error retry /> }.into_any(),
        Some(Ok(lexicon)) => {
            let items = lexicon
                .methods_named(&ids)
                .into_iter()
                .map(|m| {
                    let (sv, en) = (m.explanation_sv.clone(), m.explanation_en.clone());
                    view! {
                        <li id=format!("metod-{}", m.id)>
                            <strong>{m.name.clone()}</strong>
                            ": "
                            {move || match lang {
                                Lang::Sv => sv.clone(),
                                Lang::En => en.clone(),
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="methods">{items}</ul> }.into_any()
        }
    }
}
