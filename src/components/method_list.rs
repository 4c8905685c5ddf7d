//! Methods named on a county page, each with its plain-language explanation from the
//! lexicon, in the interface's language.

use crate::components::layout::use_lang;
use catalog::route::Lang;
use catalog::Method;
use leptos::prelude::*;

#[component]
pub fn MethodList(methods: Vec<Method>) -> impl IntoView {
    let lang = use_lang();
    let items = methods
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{m.name}</strong>
                    ": "
                    {move || match lang.get() {
                        Lang::Sv => m.explanation_sv.clone(),
                        Lang::En => m.explanation_en.clone(),
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="methods">{items}</ul> }
}
