//! The county's municipalities, one expandable entry each: team coverage, what social
//! services say (with the verbatim evidence and the methods named), family centres, and
//! every other statement of the page about it.

use crate::components::linked_text::LinkedText;
use crate::components::method_list::MethodList;
use crate::components::source_ref::SourceRef;
use crate::components::status_badge::StatusBadge;
use crate::i18n::*;
use catalog::overview::{municipality_overviews, MunicipalityOverview};
use catalog::{County, Method, Stance, Statement};
use leptos::prelude::*;

#[component]
pub fn MunicipalityList(lexicon: Vec<Method>, county: std::sync::Arc<County>) -> impl IntoView {
    let i18n = use_i18n();
    let file = county.source_file.clone();
    let entries = municipality_overviews(&lexicon, &county)
        .into_iter()
        .map(|o| municipality_entry(&o, &file))
        .collect_view();
    view! {
        <section class="municipalities-detail" aria-labelledby="kommun-rubrik">
            <h2 id="kommun-rubrik">{t!(i18n, municipalities_heading)}</h2>
            <p>{t!(i18n, municipalities_intro)}</p>
            <ul class="municipality-list">{entries}</ul>
        </section>
    }
}

fn stance_text(i18n: leptos_i18n::I18nContext<Locale>, stance: Stance) -> AnyView {
    match stance {
        Stance::Offers => t!(i18n, stance_offers).into_any(),
        Stance::Limited => t!(i18n, stance_limited).into_any(),
        Stance::Buys => t!(i18n, stance_buys).into_any(),
        Stance::None => t!(i18n, stance_none).into_any(),
        Stance::ViaUnit => t!(i18n, stance_via_unit).into_any(),
        Stance::NotReported => t!(i18n, stance_not_reported).into_any(),
        Stance::Planned => t!(i18n, stance_planned).into_any(),
        Stance::Ended => t!(i18n, stance_ended).into_any(),
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
    let i18n = use_i18n();
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
        view! { <p>{t!(i18n, inactive_units)}</p> <ul>{names}</ul> }
    });
    let units = if covered {
        let names = overview
            .units
            .iter()
            .map(|u| view! { <li lang="sv">{u.name.clone()}</li> })
            .collect_view();
        view! { <p>{t!(i18n, covering_units)}</p> <ul>{names}</ul> }.into_any()
    } else {
        view! { <p>{t!(i18n, no_covering_units)}</p> }.into_any()
    };
    let methods: Vec<Method> = overview.methods.iter().map(|m| (*m).clone()).collect();
    let methods = (!methods.is_empty()).then(|| {
        view! { <p>{t!(i18n, methods_named)}</p> <MethodList methods /> }
    });
    let evidence = if overview.evidence.is_empty() {
        view! { <p>{t!(i18n, social_services_silent)}</p> }.into_any()
    } else {
        view! { <ul class="quotes">{quotes(&overview.evidence, file)}</ul> }.into_any()
    };
    let centres = if m.family_centres.is_empty() {
        view! { <p>{t!(i18n, family_centres_none)}</p> }.into_any()
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
            <h3>{t!(i18n, county_services_heading)}</h3>
            <ul class="quotes">{quotes(&overview.county_services, file)}</ul>
        }
    });
    let other = (!overview.other_statements.is_empty()).then(|| {
        view! {
            <h3>{t!(i18n, other_statements_heading)}</h3>
            <ul class="quotes">{quotes(&overview.other_statements, file)}</ul>
        }
    });
    view! {
        <li class="municipality" data-code=m.code.clone()>
            <details>
                <summary>
                    <span class="municipality__name" lang="sv">{m.name.clone()}</span>
                    <span class=if covered { "pill pill--yes" } else { "pill pill--no" }>
                        {if covered { t!(i18n, team_yes).into_any() } else { t!(i18n, team_no).into_any() }}
                    </span>
                    <span class="municipality__stance">{stance_text(i18n, stance)}</span>
                    <span class="municipality__centres">
                        {t!(i18n, family_centres_count, count = move || n_centres)}
                    </span>
                </summary>
                <div class="municipality__body">
                    {units}
                    {inactive}
                    <h3>{t!(i18n, social_services_heading)}</h3>
                    <p class="municipality__stance-line">{stance_text(i18n, stance)}</p>
                    {evidence}
                    {methods}
                    <h3>{t!(i18n, family_centres_heading)}</h3>
                    {centres}
                    {other}
                    {county_services}
                </div>
            </details>
        </li>
    }
}
