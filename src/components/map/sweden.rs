//! The front page's map of Sweden: the 21 counties, the data set's five by access to a team,
//! the others hatched as not in the data set, with the 2018 mapping's national headline as
//! context. Its facts come from the index, its shapes from `data/geo/sweden.json`
//! (preloaded with the page), so the legend and the table stand before the shapes arrive.

use super::figure::{MapFigure, Regions};
use crate::components::layout::use_lang;
use crate::data::use_data;
use crate::texts::use_texts;
use catalog::index::DataIndex;
use catalog::map;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SwedenMap(index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let geo = use_data().sweden_map();
    let drawn = Memo::new(move |_| {
        let shapes = geo.get().and_then(Result::ok);
        Arc::new(map::sweden(&index, shapes.as_deref(), lang))
    });
    let error = Signal::derive(move || geo.get().and_then(Result::err));
    let retry = Callback::new(move |_| geo.refetch());
    view! {
        <section class="map-section" aria-labelledby="karta-rubrik">
            <h2 id="karta-rubrik">{t.map_sweden_heading}</h2>
            <p class="map-section__context">{t.national_headline}</p>
            <p class="map-section__context">{t.map_sweden_intro}</p>
            <MapFigure drawn file="sweden".to_string() regions=Regions::Counties error retry />
        </section>
    }
}
