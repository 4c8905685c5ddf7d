//! A county's map: on its page, every municipality by access to a team with the social
//! services' stance as a pattern, the teams' places and the names that fit; small on a
//! municipality's page, with that municipality ringed (and, for a county the data set lacks,
//! without colours of access). Facts from the county's page and the index, shapes from
//! `data/geo/<county>.json`, loaded only when the county or one of its municipalities is
//! shown; the lexicon names the methods once it has come.

use super::figure::{MapFigure, Regions};
use crate::components::layout::use_lang;
use crate::data::use_data;
use crate::texts::use_texts;
use catalog::index::DataIndex;
use catalog::map::{self, CountyOptions};
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

/// The map's memo and its file's state, for `MapFigure`.
fn county_figure(
    index: Arc<DataIndex>,
    code: String,
    county: Option<Arc<County>>,
    marked: Option<String>,
    detail: bool,
) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let geo = data.county_map(&code);
    // The lexicon only names methods; a county without a page needs none.
    let lexicon = county.is_some().then(|| data.lexicon());
    let file = code.clone();
    let drawn = Memo::new(move |_| {
        let shapes = geo.get().and_then(Result::ok);
        let lexicon = lexicon.and_then(|l| l.get()).and_then(Result::ok);
        let opts = CountyOptions {
            county: county.as_deref(),
            lexicon: lexicon.as_ref().map_or(&[], |l| &l.methods),
            marked: marked.as_deref(),
            detail,
        };
        Arc::new(map::county(&index, &code, shapes.as_deref(), opts, lang))
    });
    let error = Signal::derive(move || geo.get().and_then(Result::err));
    let retry = Callback::new(move |_| geo.refetch());
    view! { <MapFigure drawn file regions=Regions::Municipalities error retry small=!detail /> }
}

/// The map on a county's page; for a county whose page the data set lacks (`county` is
/// `None`), its municipalities with their names and links, without colours of access.
#[component]
pub fn CountyMap(
    index: Arc<DataIndex>,
    /// The county's code.
    code: String,
    county: Option<Arc<County>>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="map-section" aria-labelledby="karta-rubrik">
            <h2 id="karta-rubrik">{t.map_county_heading}</h2>
            {county_figure(index, code, county, None, true)}
        </section>
    }
}

/// The small map on a municipality's page: its county, the municipality ringed; `county`
/// is the county's page, `None` for a county the data set lacks.
#[component]
pub fn SmallCountyMap(
    index: Arc<DataIndex>,
    /// The municipality's code.
    code: String,
    county: Option<Arc<County>>,
) -> impl IntoView {
    let t = use_texts();
    let county_code = code.get(..2).unwrap_or_default().to_string();
    let name = index
        .municipality(&code)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let county_name = index
        .sweden_county(&county_code)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    view! {
        <section class="map-section map-section--small" aria-labelledby="karta-rubrik">
            <h2 id="karta-rubrik">{t.map_small_heading(&name)}</h2>
            <p class="map-section__context">{t.map_small_intro(&name, &county_name)}</p>
            {county_figure(index, county_code, county, Some(code), false)}
        </section>
    }
}
