//! A link to somewhere outside the app, from the data: rendered as a link only for
//! `http`, `https`, `tel` and `mailto` addresses (`catalog::text::safe_href`), otherwise as
//! plain text — whatever a county page holds, no other kind of link reaches the page.

use catalog::text::safe_href;
use leptos::prelude::*;

#[component]
pub fn ExternalLink(
    /// The address.
    href: String,
    /// What the link says.
    text: String,
) -> impl IntoView {
    match safe_href(&href) {
        Some(safe) => {
            view! { <a href=safe.to_string() rel="external noopener">{text}</a> }.into_any()
        }
        None => text.into_any(),
    }
}
