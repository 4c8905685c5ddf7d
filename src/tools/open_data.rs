//! The open data page (`?sida=data`): every file the data tool writes for other tools, with
//! what it holds, its provenance, licence and a download link.

use crate::components::layout::use_title;
use crate::texts::use_texts;
use leptos::prelude::*;

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.open_data_heading.to_string()));
    view! { <h1 id="sidrubrik">{t.open_data_heading}</h1> }
}
