//! "Source: data/counties/18-orebro.txt, lines 9–28": where a fact stands on its county page.

use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn SourceRef(file: String, first: u32, last: u32) -> impl IntoView {
    let i18n = use_i18n();
    let file2 = file.clone();
    view! {
        <p class="source-ref">
            {move || {
                let file = file2.clone();
                if first == last {
                    t!(i18n, source_line, file = move || file.clone(), first = move || first)
                        .into_any()
                } else {
                    t!(
                        i18n, source_lines, file = move || file.clone(), first = move || first, last = move || last
                    )
                        .into_any()
                }
            }}
        </p>
    }
}
