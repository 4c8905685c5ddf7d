//! A specialised unit as a family needs it first: who runs it, which ages, what it offers
//! (the methods explained), and how to get there — whether the family can contact it
//! themselves or needs a referral, with the page's own words beside — its phone as a `tel:`
//! link and its web address, and a link to its full card on the county page.

use crate::components::explained_text::ExplainedText;
use crate::components::external_link::ExternalLink;
use crate::components::method_list::MethodList;
use crate::components::status_badge::StatusBadge;
use crate::frame::use_route;
use crate::links::{href_at, unit_anchor};
use crate::texts::use_texts;
use catalog::overview::Contact;
use catalog::route::Route;
use catalog::Unit;
use leptos::prelude::*;

#[component]
pub fn UnitSummary(unit: Unit, county: String) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let field = |label: &str| unit.field(label).map(|f| f.value.clone());
    let row = move |label: fn(&crate::texts::Texts) -> &'static str, value: Option<String>| {
        value.map(|v| {
            view! {
                <div class="field">
                    <dt>{label(t)}</dt>
                    <dd lang="sv"><ExplainedText text=v /></dd>
                </div>
            }
        })
    };
    let contact = match Contact::of(&unit) {
        Contact::SelfReferral => view! {
            <p class="badge badge--yes">{t.self_referral_yes}</p>
        }
        .into_any(),
        Contact::Referral => view! {
            <p class="badge badge--no">{t.referral_needed}</p>
        }
        .into_any(),
        Contact::Unclear => view! {
            <p class="badge badge--unknown">{t.self_referral_unknown}</p>
        }
        .into_any(),
    };
    let phones = unit
        .parsed
        .phones
        .iter()
        .map(|p| {
            let tel = format!(
                "tel:{}",
                p.chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect::<String>()
            );
            view! { <li><ExternalLink href=tel text=format!("{} {p}", t.call) /></li> }
        })
        .collect_view();
    let urls = unit
        .parsed
        .urls
        .iter()
        .map(|u| view! { <li><ExternalLink href=u.clone() text=u.clone() /></li> })
        .collect_view();
    let emails = unit
        .parsed
        .emails
        .iter()
        .map(|e| view! { <li><ExternalLink href=format!("mailto:{e}") text=e.clone() /></li> })
        .collect_view();
    let unit_id = unit.id.clone();
    let card = move || {
        href_at(
            &Route::county(&county, route.get().lang),
            &unit_anchor(&unit_id),
        )
    };
    let methods = unit.parsed.methods.clone();
    let has_methods = !methods.is_empty();
    view! {
        <article class="unit-summary" aria-labelledby=format!("sammanfattning-{}", unit.id)>
            <h3 id=format!("sammanfattning-{}", unit.id) lang="sv">{unit.name.clone()}</h3>
            <StatusBadge status=unit.status />
            {contact}
            <dl class="fields">
                {row(|t| t.label_referral, field("Remissväg"))}
                {row(|t| t.label_principal, field("Huvudnamn"))}
                {row(|t| t.label_ages, field("Åldrar"))}
                {row(|t| t.label_catchment, field("Upptagningsområde"))}
            </dl>
            <ul class="contact-list">{phones}{urls}{emails}</ul>
            {has_methods.then(|| view! {
                <h4>{t.unit_offers}</h4>
                <MethodList ids=methods.clone() />
            })}
            <p><a href=card>{t.unit_full_card}</a></p>
        </article>
    }
}
