//! Honest pages for what the data set has no county page for: one of the counties whose
//! page is not in the data set yet (`?lan=24`), and a municipality in such a county
//! (`?kommun=1280`). They name the place and its county, say that the data set has nothing
//! on it — nothing is invented — give the 2018 mapping's national headline, and lead to the
//! counties the data set has.

use crate::components::county_links::county_link_items;
use crate::components::layout::use_title;
use crate::components::map::county::{CountyMap, SmallCountyMap};
use crate::components::use_position::PositionNote;
use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::index::DataIndex;
use catalog::route::Route;
use catalog::search::MunicipalityRow;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CountyWithoutPage(index: Arc<DataIndex>, code: String) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let name = index
        .sweden_county(&code)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let title = name.clone();
    use_title(move || Some(title.clone()));
    let municipalities = index
        .municipalities_of(&code)
        .into_iter()
        .map(|m| {
            let c = m.code.clone();
            let link = move || href(&Route::municipality(&c, route.get().lang));
            view! { <li><a href=link lang="sv">{m.name.clone()}</a></li> }
        })
        .collect_view();
    let n = name.clone();
    let map_code = code.clone();
    view! {
        <article class="no-page">
            <h1 id="sidrubrik" lang="sv">{name.clone()}</h1>
            <p class="answer answer--unknown"><strong>{t.county_not_in_data(&n)}</strong></p>
            <p>{t.nothing_invented}</p>
            <NationalHeadline />
            <h2>{t.county_municipalities_list}</h2>
            <ul class="inline-list">{municipalities}</ul>
            <CoveredCounties index=index.clone() />
            // After the ways on: the map only repeats the municipalities' names and links.
            <CountyMap index code=map_code county=None />
        </article>
    }
}

#[component]
pub fn MunicipalityWithoutPage(
    index: Arc<DataIndex>,
    municipality: MunicipalityRow,
) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let county = index
        .sweden_county(&municipality.county)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let title = municipality.name.clone();
    use_title(move || Some(title.clone()));
    let code = municipality.county.clone();
    let county_link = move || href(&Route::county(&code, route.get().lang));
    let (name, county2) = (municipality.name.clone(), county.clone());
    let code = municipality.code.clone();
    view! {
        <article class="no-page">
            <h1 id="sidrubrik" lang="sv">{municipality.name.clone()}</h1>
            <p class="kicker">
                {t.municipality_in_county}" "
                <a href=county_link lang="sv">{county.clone()}</a>
            </p>
            <PositionNote code=code.clone() />
            <p class="answer answer--unknown">
                <strong>{t.municipality_not_in_data(&county2, &name)}</strong>
            </p>
            <p>{t.nothing_invented}</p>
            <NationalHeadline />
            <CoveredCounties index=index.clone() />
            // After the ways on, as on the county's page: the map's links come last.
            <SmallCountyMap index code county=None />
        </article>
    }
}

/// The 2018 mapping's national headline, as context for a place the data set lacks.
#[component]
fn NationalHeadline() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="page-section" aria-labelledby="nationellt-rubrik">
            <h2 id="nationellt-rubrik">{t.national_heading}</h2>
            <p>{t.national_headline}</p>
        </section>
    }
}

/// Links to the counties the data set has.
#[component]
fn CoveredCounties(index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    let items = county_link_items(
        index
            .counties
            .iter()
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect(),
    );
    view! {
        <section class="page-section" aria-labelledby="lan-i-data-rubrik">
            <h2 id="lan-i-data-rubrik">{t.covered_counties_heading}</h2>
            <ul class="inline-list">{items}</ul>
        </section>
    }
}
