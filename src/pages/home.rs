//! The front page: every county of the data set with its children, teams and date, from
//! the data index alone.

use crate::app::use_route;
use crate::components::layout::{use_lang, use_title};
use crate::i18n::*;
use crate::links::href;
use catalog::format::count;
use catalog::index::{CountySummary, DataIndex};
use catalog::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn HomePage(index: Arc<DataIndex>) -> impl IntoView {
    let i18n = use_i18n();
    use_title(|| None);
    let counties = index.counties.clone();
    view! {
        <h1 id="sidrubrik">{t!(i18n, home_heading)}</h1>
        <p class="intro">{t!(i18n, home_intro)}</p>
        <ul class="county-list">
            <For each=move || counties.clone() key=|c| c.code.clone() let:county>
                <CountyCard county />
            </For>
        </ul>
    }
}

#[component]
fn CountyCard(county: CountySummary) -> impl IntoView {
    let i18n = use_i18n();
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
                    <dt>{t!(i18n, col_children)}</dt>
                    <dd class="children">{move || count(children, lang.get())}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, col_municipalities)}</dt>
                    <dd>{municipalities}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, col_coverage)}</dt>
                    <dd class="coverage">{format!("{covered}/{municipalities}")}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, col_units)}</dt>
                    <dd>
                        {move || {
                            if units == 0 { t_string!(i18n, no_units_short).to_string() } else { units.to_string() }
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, col_updated)}</dt>
                    <dd>
                        {match updated.clone() {
                            Some(d) => d.into_any(),
                            None => t!(i18n, not_dated).into_any(),
                        }}
                    </dd>
                </div>
            </dl>
        </li>
    }
}
