//! The county's municipalities at a glance, each a link to its own page: whether a
//! specialised team takes families from it, what its social services say in plain words,
//! and how many family centres it has.

use crate::components::stance::StanceText;
use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::route::Route;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MunicipalityList(county: Arc<County>) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let entries = county
        .municipalities
        .iter()
        .map(|m| {
            let covered = !m.covering_units.is_empty();
            let n_centres = m.family_centres.len();
            let code = m.code.clone();
            let link = move || href(&Route::municipality(&code, route.get().lang));
            view! {
                <li class="municipality" data-code=m.code.clone()>
                    <a class="municipality__name" href=link lang="sv">{m.name.clone()}</a>
                    <span class=if covered { "pill pill--yes" } else { "pill pill--no" }>
                        {move || if covered { t.team_yes } else { t.team_no }}
                    </span>
                    <span class="municipality__stance"><StanceText stance=m.social_services.stance /></span>
                    <span class="municipality__centres">
                        {t.family_centres_count(n_centres)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="municipalities-detail" aria-labelledby="kommun-rubrik">
            <h2 id="kommun-rubrik">{t.municipalities_heading}</h2>
            <p>{t.municipalities_intro}</p>
            <ul class="municipality-list">{entries}</ul>
        </section>
    }
}
