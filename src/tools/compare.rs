//! The comparison tables (`?sida=jamfor`): counties, methods, municipalities and units side
//! by side, sortable and exportable.

use crate::components::layout::use_title;
use crate::texts::use_texts;
use leptos::prelude::*;

#[component]
pub fn ComparePage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.compare_heading.to_string()));
    view! { <h1 id="sidrubrik">{t.compare_heading}</h1> }
}
