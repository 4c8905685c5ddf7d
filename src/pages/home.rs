//! The front page: the search with "Använd min position", the map of Sweden, and every
//! county of the data set with its children, teams and date.

use crate::components::browse::BrowseMunicipalities;
use crate::components::layout::{use_lang, use_title};
use crate::components::map::sweden::SwedenMap;
use crate::components::place_search::PlaceSearch;
use crate::components::use_position::UsePosition;
use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::format::count;
use catalog::index::{CountySummary, DataIndex};
use catalog::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn HomePage(index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    use_title(|| None);
    let counties = index.counties.clone();
    view! {
        <h1 id="sidrubrik">{t.home_heading}</h1>
        <PlaceSearch index=index.clone() />
        <UsePosition />
        <SwedenMap index=index.clone() />
        <h2 class="county-list__heading">{t.home_counties_heading}</h2>
        <p class="intro">{t.home_intro}</p>
        <ul class="county-list">
            <For each=move || counties.clone() key=|c| c.code.clone() let:county>
                <CountyCard county />
            </For>
        </ul>
        <BrowseMunicipalities index />
    }
}

#[component]
fn CountyCard(county: CountySummary) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let lang = use_lang();
    let code = county.code.clone();
    let link = move || href(&Route::county(&code, route.get().lang));
    let children = county.children_0_5;
    let municipalities = county.municipalities;
    let covered = county.covered_municipalities;
    let units = county.units;
    let updated = county.updated.clone();
    view! {
        <li class="county-card">
            <h2>
                <a href=link lang="sv">{county.name.clone()}</a>
            </h2>
            <dl class="facts">
                <div>
                    <dt>{t.col_children}</dt>
                    <dd class="children">{move || count(children, lang)}</dd>
                </div>
                <div>
                    <dt>{t.col_municipalities}</dt>
                    <dd>{municipalities}</dd>
                </div>
                <div>
                    <dt>{t.col_coverage}</dt>
                    <dd class="coverage">{format!("{covered}/{municipalities}")}</dd>
                </div>
                <div>
                    <dt>{t.col_units}</dt>
                    <dd>
                        {move || {
                            if units == 0 { t.no_units_short.to_string() } else { units.to_string() }
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t.col_updated}</dt>
                    <dd>
                        {match updated.clone() {
                            Some(d) => d.into_any(),
                            None => t.not_dated.into_any(),
                        }}
                    </dd>
                </div>
            </dl>
        </li>
    }
}
