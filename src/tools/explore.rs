//! The explore page (`?sida=utforska`): every offer as a card, with filters in the URL.

use crate::components::layout::use_title;
use crate::texts::use_texts;
use leptos::prelude::*;

#[component]
pub fn ExplorePage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.explore_heading.to_string()));
    view! { <h1 id="sidrubrik">{t.explore_heading}</h1> }
}
