//! Verbatim text from a county page with its web addresses made into links.

use crate::components::external_link::ExternalLink;
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
                view! { <ExternalLink href=u.to_string() text=u.to_string() /> }.into_any()
            }
        })
        .collect_view()
}
