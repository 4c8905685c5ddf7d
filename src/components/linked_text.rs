//! Verbatim text from a county page with its web addresses made into links.

use catalog::model::Segment;
use catalog::text::segments;
use leptos::prelude::*;

#[component]
pub fn LinkedText(text: String) -> impl IntoView {
    segments(&text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Url(u) => {
                view! { <a href=u.to_string() rel="external noopener">{u.to_string()}</a> }
                    .into_any()
            }
        })
        .collect_view()
}
