//! A municipality's page (`?kommun=1881`): what a family there can get, answer first — the
//! specialised team that takes families from it and how to reach it, or plainly that there
//! is none and which teams the county has; then what its social services said, its family
//! centres, prevention examples, the county's child health care and child psychiatry, other
//! actors — each quoted with where it stands on the county page — and the page's date.

use crate::components::external_link::ExternalLink;
use crate::components::layout::use_title;
use crate::components::map::county::SmallCountyMap;
use crate::components::method_list::MethodList;
use crate::components::quotes::{Quotes, SourcePage};
use crate::components::stance::StanceText;
use crate::components::status_badge::StatusBadge;
use crate::components::unit_summary::UnitSummary;
use crate::components::use_position::PositionNote;
use crate::components::with_county::WithCounty;
use crate::data::use_data;
use crate::frame::use_route;
use crate::links::href;
use crate::pages::no_page::MunicipalityWithoutPage;
use crate::pages::not_found::{NotFound, NotFoundPage};
use crate::texts::use_texts;
use catalog::index::DataIndex;
use catalog::overview::{municipality_overview, MunicipalityOverview};
use catalog::route::Route;
use catalog::{County, Section, Statement};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MunicipalityPage(index: Arc<DataIndex>, code: String) -> impl IntoView {
    let Some(row) = index.municipality(&code).cloned() else {
        return view! { <NotFoundPage reason=NotFound::Municipality(code) /> }.into_any();
    };
    if index.county(&row.county).is_none() {
        return view! { <MunicipalityWithoutPage index municipality=row /> }.into_any();
    }
    let county_name = index
        .sweden_county(&row.county)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    // The county's map file loads beside its detail, not after it.
    let _ = use_data().county_map(&row.county);
    view! {
        <WithCounty code=row.county.clone() let:detail>
            <MunicipalityView
                county=detail.county
                code=code.clone()
                county_name=county_name.clone()
                index=index.clone()
            />
        </WithCounty>
    }
    .into_any()
}

#[component]
fn MunicipalityView(
    county: Arc<County>,
    code: String,
    county_name: String,
    index: Arc<DataIndex>,
) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let Some(o) = municipality_overview(&[], &county, &code) else {
        return view! { <NotFoundPage reason=NotFound::Municipality(code) /> }.into_any();
    };
    let name = o.municipality.name.clone();
    let title = name.clone();
    use_title(move || Some(title.clone()));
    let source = SourcePage {
        file: county.source_file.clone(),
        county: county.code.clone(),
    };
    let county_code = county.code.clone();
    let county_link = {
        let code = county_code.clone();
        move || href(&Route::county(&code, route.get().lang))
    };
    let owned = |list: &[&Statement]| list.iter().map(|s| (*s).clone()).collect::<Vec<_>>();
    let in_section = |sections: &[Section]| {
        o.other_statements
            .iter()
            .filter(|s| sections.contains(&s.section))
            .map(|s| (*s).clone())
            .collect::<Vec<_>>()
    };
    let opening = in_section(&[Section::Opening]);
    let prevention = in_section(&[Section::Prevention]);
    let mut health = in_section(&[Section::ChildHealthCare, Section::ChildPsychiatry]);
    health.extend(owned(&o.county_services));
    let others = in_section(&[Section::OtherActors]);

    let teams = teams_section(&o, &county, &county_code, &name, &source);
    let social = social_section(&o, &name, &source);
    let centres = centres_section(&o);
    let section = |heading: fn(&crate::texts::Texts) -> &'static str,
                   id: &'static str,
                   statements: Vec<Statement>| {
        (!statements.is_empty()).then(|| {
            view! {
                <section class="page-section" aria-labelledby=id>
                    <h2 id=id>{heading(t)}</h2>
                    <Quotes statements source=source.clone() />
                </section>
            }
        })
    };
    let prevention = section(|t| t.prevention_heading, "prevention-rubrik", prevention);
    let health = section(|t| t.county_services_heading, "vard-rubrik", health);
    let others = section(|t| t.other_actors_heading, "ovriga-rubrik", others);
    let opening = (!opening.is_empty()).then(|| {
        view! {
            <details class="opening-quotes">
                <summary>{t.opening_says}</summary>
                <Quotes statements=opening source=source.clone() />
            </details>
        }
    });
    let updated = county.updated.clone();
    let dated = move || match &updated {
        Some(u) => t.municipality_dated(&u.date),
        None => t.updated_missing.to_string(),
    };
    let neighbours = county
        .municipalities
        .iter()
        .filter(|m| m.code != code)
        .map(|m| {
            let c = m.code.clone();
            let link = move || href(&Route::municipality(&c, route.get().lang));
            view! { <li><a href=link lang="sv">{m.name.clone()}</a></li> }
        })
        .collect_view();
    let n_name = name.clone();
    let map_code = code.clone();
    let map_county = county.clone();
    view! {
        <article class="municipality-page">
            <h1 id="sidrubrik" lang="sv">{name.clone()}</h1>
            <p class="kicker">
                {t.municipality_in_county}" "
                <a href=county_link.clone() lang="sv">{county_name.clone()}</a>
            </p>
            <PositionNote code=code.clone() />
            {teams}
            {opening}
            {social}
            {centres}
            {prevention}
            {health}
            {others}
            // The map after the facts: on a phone it would push the social services' answer
            // a screen down, and its links would come first in the tab order.
            <SmallCountyMap index code=map_code county=Some(map_county) />
            <section class="honesty" aria-labelledby="kalla-rubrik">
                <h2 id="kalla-rubrik">{t.about_facts_heading}</h2>
                <p>{dated}</p>
                <p>{t.data_age_note}</p>
                <p><a href=county_link>{t.whole_county_page}</a></p>
            </section>
            <nav class="neighbours" aria-labelledby="grannar-rubrik">
                <h2 id="grannar-rubrik">{t.other_municipalities(&n_name)}</h2>
                <ul class="inline-list">{neighbours}</ul>
            </nav>
        </article>
    }
    .into_any()
}

/// The answer first: the teams that take families from here, or that there is none.
fn teams_section(
    o: &MunicipalityOverview<'_>,
    county: &County,
    county_code: &str,
    name: &str,
    source: &SourcePage,
) -> impl IntoView {
    let t = use_texts();
    let _ = source;
    let covered = !o.units.is_empty();
    let summaries = o
        .units
        .iter()
        .map(|u| view! { <UnitSummary unit=(*u).clone() county=county_code.to_string() /> })
        .collect_view();
    let n = name.to_string();
    let answer = if covered {
        view! { <p class="answer answer--yes">{t.team_yes_for(&n)}</p> }.into_any()
    } else {
        view! { <p class="answer answer--no"><strong>{t.team_none_for(&n)}</strong></p> }.into_any()
    };
    let maybe = (!o.possibly_covering.is_empty()).then(|| {
        let items = o
            .possibly_covering
            .iter()
            .map(|u| {
                let (unit, count) = (u.name.clone(), u.catchment.unnamed_count);
                view! { <li>{t.team_maybe_unnamed(&unit, count)}</li> }
            })
            .collect_view();
        view! { <ul class="notice">{items}</ul> }
    });
    let inactive = (!o.inactive_units.is_empty()).then(|| {
        let items = o
            .inactive_units
            .iter()
            .map(|u| view! { <li><span lang="sv">{u.name.clone()}</span>" "<StatusBadge status=u.status /></li> })
            .collect_view();
        view! { <p>{t.inactive_units}</p> <ul>{items}</ul> }
    });
    // With no team of its own: the county's teams and whom they take, so nobody travels
    // to one that will not take them.
    let elsewhere = (!covered).then(|| {
        let running: Vec<_> = county
            .units
            .iter()
            .filter(|u| u.counts_as_coverage())
            .collect();
        if running.is_empty() {
            return view! { <p>{t.county_has_no_teams}</p> }.into_any();
        }
        let items = running
            .into_iter()
            .map(|u| {
                let serves: Vec<String> = u
                    .catchment
                    .municipalities
                    .iter()
                    .filter_map(|c| county.municipalities.iter().find(|m| &m.code == c))
                    .map(|m| m.name.clone())
                    .collect();
                let serves = serves.join(", ");
                let unnamed = u.catchment.unnamed_count;
                view! {
                    <li>
                        <strong lang="sv">{u.name.clone()}</strong>
                        " — "
                        {t.team_serves(&serves)}
                        {(unnamed > 0).then(|| view! { " "{t.county_unnamed(unnamed)} })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{t.county_teams_elsewhere}</p>
            <ul class="teams-elsewhere">{items}</ul>
        }
        .into_any()
    });
    view! {
        <section class="answer-section" aria-labelledby="team-rubrik">
            <h2 id="team-rubrik">{t.team_heading}</h2>
            {answer}
            {summaries}
            {maybe}
            {elsewhere}
            {inactive}
        </section>
    }
}

/// What the municipality's social services said, verbatim, with the stance in plain words.
fn social_section(o: &MunicipalityOverview<'_>, name: &str, source: &SourcePage) -> impl IntoView {
    let t = use_texts();
    let stance = o.municipality.social_services.stance;
    let evidence: Vec<Statement> = o.evidence.iter().map(|s| (*s).clone()).collect();
    let methods = o.municipality.social_services.methods.clone();
    let body = if evidence.is_empty() {
        view! { <p>{t.social_services_silent}</p> }.into_any()
    } else {
        view! { <Quotes statements=evidence source=source.clone() /> }.into_any()
    };
    let methods = (!methods.is_empty()).then(|| {
        view! { <h3>{t.methods_named}</h3> <MethodList ids=methods /> }
    });
    let n = name.to_string();
    view! {
        <section class="page-section" aria-labelledby="social-rubrik">
            <h2 id="social-rubrik">{t.social_services_in(&n)}</h2>
            <p class="stance"><strong><StanceText stance /></strong></p>
            {body}
            {methods}
        </section>
    }
}

/// The municipality's family centres, with their links.
fn centres_section(o: &MunicipalityOverview<'_>) -> impl IntoView {
    let t = use_texts();
    let centres = &o.municipality.family_centres;
    let body = if centres.is_empty() {
        view! { <p>{t.family_centres_none}</p> }.into_any()
    } else {
        let items = centres
            .iter()
            .map(|c| match c.url.clone() {
                Some(url) => view! {
                    <li lang="sv"><ExternalLink href=url text=c.name.clone() /></li>
                }
                .into_any(),
                None => view! { <li lang="sv">{c.name.clone()}</li> }.into_any(),
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section class="page-section" aria-labelledby="familjecentraler-rubrik">
            <h2 id="familjecentraler-rubrik">{t.family_centres_heading}</h2>
            {body}
        </section>
    }
}
