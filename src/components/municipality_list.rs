//! The county's municipalities, one expandable entry each: team coverage, what social
//! services say (with the verbatim evidence and the methods named), family centres, and
//! every other statement of the page about it.

use crate::components::linked_text::LinkedText;
use crate::components::method_list::MethodList;
use crate::components::source_ref::SourceRef;
use crate::components::status_badge::StatusBadge;
use crate::texts::use_texts;
use catalog::overview::{municipality_overviews, MunicipalityOverview};
use catalog::{County, Method, Stance, Statement};
use leptos::prelude::*;

#[component]
pub fn MunicipalityList(lexicon: Vec<Method>, county: std::sync::Arc<County>) -> impl IntoView {
    let t = use_texts();
    let file = county.source_file.clone();
    let entries = municipality_overviews(&lexicon, &county)
        .into_iter()
        .map(|o| municipality_entry(&o, &file))
        .collect_view();
    view! {
        <section class="municipalities-detail" aria-labelledby="kommun-rubrik">
            <h2 id="kommun-rubrik">{move || t.get().municipalities_heading}</h2>
            <p>{move || t.get().municipalities_intro}</p>
            <ul class="municipality-list">{entries}</ul>
        </section>
    }
}

fn stance_text(t: Signal<&'static crate::texts::Texts>, stance: Stance) -> AnyView {
    match stance {
        Stance::Offers => (move || t.get().stance_offers).into_any(),
        Stance::Limited => (move || t.get().stance_limited).into_any(),
        Stance::Buys => (move || t.get().stance_buys).into_any(),
        Stance::None => (move || t.get().stance_none).into_any(),
        Stance::ViaUnit => (move || t.get().stance_via_unit).into_any(),
        Stance::NotReported => (move || t.get().stance_not_reported).into_any(),
        Stance::Planned => (move || t.get().stance_planned).into_any(),
        Stance::Ended => (move || t.get().stance_ended).into_any(),
    }
}

fn quotes(statements: &[&Statement], file: &str) -> impl IntoView {
    statements
        .iter()
        .map(|s| {
            view! {
                <li>
                    <StatusBadge status=s.status />
                    <blockquote lang="sv"><LinkedText text=s.text.clone() /></blockquote>
                    <SourceRef file=file.to_string() first=s.first_line last=s.last_line />
                </li>
            }
        })
        .collect_view()
}

/// One municipality's entry; a plain function because it renders borrowed data into
/// owned views.
fn municipality_entry(overview: &MunicipalityOverview<'_>, file: &str) -> impl IntoView {
    let t = use_texts();
    let m = overview.municipality;
    let stance = m.social_services.stance;
    let covered = !overview.units.is_empty();
    let n_centres = m.family_centres.len();
    let inactive = (!overview.inactive_units.is_empty()).then(|| {
        let names = overview
            .inactive_units
            .iter()
            .map(|u| {
                view! { <li><span lang="sv">{u.name.clone()}</span> " " <StatusBadge status=u.status /></li> }
            })
            .collect_view();
        view! { <p>{move || t.get().inactive_units}</p> <ul>{names}</ul> }
    });
    let units = if covered {
        let names = overview
            .units
            .iter()
            .map(|u| view! { <li lang="sv">{u.name.clone()}</li> })
            .collect_view();
        view! { <p>{move || t.get().covering_units}</p> <ul>{names}</ul> }.into_any()
    } else {
        view! { <p>{move || t.get().no_covering_units}</p> }.into_any()
    };
    let methods: Vec<Method> = overview.methods.iter().map(|m| (*m).clone()).collect();
    let methods = (!methods.is_empty()).then(|| {
        view! { <p>{move || t.get().methods_named}</p> <MethodList methods /> }
    });
    let evidence = if overview.evidence.is_empty() {
        view! { <p>{move || t.get().social_services_silent}</p> }.into_any()
    } else {
        view! { <ul class="quotes">{quotes(&overview.evidence, file)}</ul> }.into_any()
    };
    let centres = if m.family_centres.is_empty() {
        view! { <p>{move || t.get().family_centres_none}</p> }.into_any()
    } else {
        let items = m
            .family_centres
            .iter()
            .map(|c| {
                let name = c.name.clone();
                match c.url.clone() {
                    Some(url) => {
                        view! { <li lang="sv"><a href=url rel="external noopener">{name}</a></li> }
                            .into_any()
                    }
                    None => view! { <li lang="sv">{name}</li> }.into_any(),
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let county_services = (!overview.county_services.is_empty()).then(|| {
        view! {
            <h3>{move || t.get().county_services_heading}</h3>
            <ul class="quotes">{quotes(&overview.county_services, file)}</ul>
        }
    });
    let other = (!overview.other_statements.is_empty()).then(|| {
        view! {
            <h3>{move || t.get().other_statements_heading}</h3>
            <ul class="quotes">{quotes(&overview.other_statements, file)}</ul>
        }
    });
    view! {
        <li class="municipality" data-code=m.code.clone()>
            <details>
                <summary>
                    <span class="municipality__name" lang="sv">{m.name.clone()}</span>
                    <span class=if covered { "pill pill--yes" } else { "pill pill--no" }>
                        {if covered { (move || t.get().team_yes).into_any() } else { (move || t.get().team_no).into_any() }}
                    </span>
                    <span class="municipality__stance">{stance_text(t, stance)}</span>
                    <span class="municipality__centres">
                        {move || t.get().family_centres_count(n_centres)}
                    </span>
                </summary>
                <div class="municipality__body">
                    {units}
                    {inactive}
                    <h3>{move || t.get().social_services_heading}</h3>
                    <p class="municipality__stance-line">{stance_text(t, stance)}</p>
                    {evidence}
                    {methods}
                    <h3>{move || t.get().family_centres_heading}</h3>
                    {centres}
                    {other}
                    {county_services}
                </div>
            </details>
        </li>
    }
}
