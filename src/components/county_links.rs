//! Counties as a list of links to their pages (names in Swedish), shown where a page offers
//! the counties instead of an answer: the search's "no match" and the honest pages.

use crate::frame::use_route;
use crate::links::href;
use catalog::route::Route;
use leptos::prelude::*;

/// `<li>` links to the counties given as (code, name), in that order.
pub fn county_link_items(counties: Vec<(String, String)>) -> impl IntoView {
    let route = use_route();
    counties
        .into_iter()
        .map(|(code, name)| {
            let link = move || href(&Route::county(&code, route.get().lang));
            view! { <li><a href=link lang="sv">{name}</a></li> }
        })
        .collect_view()
}
