//! Every municipality of Sweden as a plain link, grouped by county, for those who would
//! rather browse than search. Each county folds open; the counties the data set has say so.
//! A county's links are drawn when it is first opened: drawn at once, the 290 links were
//! two thirds of the front page's elements and held back its first content on a slow phone.

use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::index::DataIndex;
use catalog::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn BrowseMunicipalities(index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let groups = index
        .search
        .counties
        .iter()
        .map(|c| {
            let in_data = index.county(&c.code).is_some();
            let opened = RwSignal::new(false);
            let links = {
                let index = index.clone();
                let county = c.code.clone();
                move || {
                    opened.get().then(|| {
                        index
                            .municipalities_of(&county)
                            .into_iter()
                            .map(|m| {
                                let code = m.code.clone();
                                let link =
                                    move || href(&Route::municipality(&code, route.get().lang));
                                view! { <li><a href=link lang="sv">{m.name.clone()}</a></li> }
                            })
                            .collect_view()
                    })
                }
            };
            let county = c.code.clone();
            let county_link = move || href(&Route::county(&county, route.get().lang));
            view! {
                <li>
                    // The first toggle is the first opening: its links are drawn then
                    // and stay.
                    <details on:toggle=move |_| opened.set(true)>
                        <summary>
                            <span lang="sv">{c.name.clone()}</span>
                            {(!in_data).then(|| view! {
                                " "<span class="pill pill--none">{t.not_in_data_short}</span>
                            })}
                        </summary>
                        <p><a href=county_link lang="sv">{c.name.clone()}</a></p>
                        <ul class="inline-list">{links}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="browse" aria-labelledby="alla-kommuner-rubrik">
            <h2 id="alla-kommuner-rubrik">{t.browse_heading}</h2>
            <ul class="browse__counties">{groups}</ul>
        </section>
    }
}
