//! "Source: data/counties/18-orebro.txt, lines 9–28": where a fact stands on its county page.

use crate::texts::use_texts;
use leptos::prelude::*;

#[component]
pub fn SourceRef(file: String, first: u32, last: u32) -> impl IntoView {
    let t = use_texts();
    let file2 = file.clone();
    view! {
        <p class="source-ref">
            {move || {
                let file = file2.clone();
                if first == last {
                    (move || t.get().source_line(file.clone(), first))
                        .into_any()
                } else {
                    (move || t.get().source_lines(file.clone(), first, last))
                        .into_any()
                }
            }}
        </p>
    }
}
