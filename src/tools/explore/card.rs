//! One offer as a card: its kind (name and icon), its name, its status when it is planned,
//! being built or ended, its county and municipalities, its key facts verbatim (a unit's
//! fields, the social services' stance and statements, a statement's text), the methods it
//! names (each linked to the glossary), and links to its full record and to its source
//! lines on the county's page.

use super::icons::KindIcon;
use super::labels::kind_name;
use crate::components::linked_text::LinkedText;
use crate::components::stance::StanceText;
use crate::components::status_badge::StatusBadge;
use crate::links::{href, href_at, line_anchor, unit_anchor};
use crate::texts::Texts;
use catalog::explore::{Offer, OfferKind, Record};
use catalog::index::Lexicon;
use catalog::route::{Lang, Page, Route};
use leptos::prelude::*;

/// The card of `offer`; drawn once per card (nothing in it changes with the filters).
pub fn offer_card(offer: &Offer, t: &'static Texts, lang: Lang, lexicon: &Lexicon) -> AnyView {
    let heading = format!("kort-{}", offer.id);
    let labelled_by = heading.clone();
    let status = (!offer.status.is_active()).then(|| {
        let status = offer.status;
        view! { <p class="offer__status"><StatusBadge status /></p> }
    });
    let places = if offer.county_wide {
        Some(t.explore_card_whole_county.to_string())
    } else if offer.municipalities.is_empty() {
        None
    } else {
        Some(
            offer
                .municipalities
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let places = places.map(|p| {
        let lang_attr = (!offer.county_wide).then_some("sv");
        view! {
            <span class="offer__municipalities">
                {t.explore_card_municipalities}" "<span lang=lang_attr>{p}</span>
            </span>
        }
    });
    let facts = (!offer.facts.is_empty()).then(|| {
        let rows = offer
            .facts
            .iter()
            .map(|f| {
                view! {
                    <div class="offer__fact">
                        <dt lang="sv">{f.label.clone()}</dt>
                        <dd lang="sv">{f.value.clone()}</dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="offer__facts">{rows}</dl> }
    });
    let stance = offer.stance.map(|stance| {
        view! { <p class="offer__stance"><StanceText stance /></p> }
    });
    let statements = (!offer.statements.is_empty()).then(|| {
        let quotes = offer
            .statements
            .iter()
            .map(
                |s| view! { <blockquote lang="sv"><LinkedText text=s.text.clone() /></blockquote> },
            )
            .collect_view();
        view! {
            <div class="offer__statements">
                <p class="visually-hidden">{t.explore_card_statements}</p>
                {quotes}
            </div>
        }
    });
    // Statements show their addresses as links in the text; units and family centres here.
    let urls = matches!(offer.kind, OfferKind::Unit | OfferKind::FamilyCentre)
        .then(|| &offer.urls)
        .filter(|u| !u.is_empty())
        .map(|urls| {
            let items = urls
                .iter()
                .map(|u| view! { <li><a href=u.clone() rel="external noopener">{u.clone()}</a></li> })
                .collect_view();
            view! { <ul class="offer__urls">{items}</ul> }
        });
    let methods = lexicon.methods_named(&offer.methods);
    // Each method links to its explanation in the glossary.
    let methods = (!methods.is_empty()).then(|| {
        let glossary = Route::of(Page::Glossary, lang);
        let names = methods
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let link = href_at(&glossary, &format!("term-{}", m.id));
                view! {
                    {(i > 0).then_some(", ")}
                    <a href=link lang="sv">{m.name.clone()}</a>
                }
            })
            .collect_view();
        view! { <p class="offer__methods">{t.methods_named}": "{names}</p> }
    });
    let (record_href, record_text) = record_link(offer, t, lang);
    let source = &offer.source;
    let source_text = if source.first_line == source.last_line {
        t.source_line(&source.file, source.first_line)
    } else {
        t.source_lines(&source.file, source.first_line, source.last_line)
    };
    let source_href = href_at(
        &Route::county(&offer.county.code, lang),
        &line_anchor(source.first_line),
    );
    view! {
        <li class="offer" data-kind=offer.kind.param()>
            <article aria-labelledby=labelled_by>
                <p class="offer__kind">
                    <KindIcon kind=offer.kind />
                    <span>{kind_name(t, offer.kind)}</span>
                </p>
                <h3 id=heading lang="sv">{offer.title.clone()}</h3>
                {status}
                <p class="offer__place">
                    <span>{t.explore_card_county(&offer.county.name)}</span>
                    {places}
                </p>
                {stance}
                {facts}
                {statements}
                {urls}
                {methods}
                <ul class="offer__links">
                    <li><a href=record_href>{record_text}</a></li>
                    <li><a href=source_href>{source_text}</a></li>
                </ul>
            </article>
        </li>
    }
    .into_any()
}

/// The link to the card's full record and its text.
fn record_link(offer: &Offer, t: &'static Texts, lang: Lang) -> (String, String) {
    match &offer.record {
        Record::Unit { county, unit } => (
            href_at(&Route::county(county, lang), &unit_anchor(unit)),
            t.unit_full_card.to_string(),
        ),
        Record::Municipality { code, .. } => {
            let name = offer
                .municipalities
                .iter()
                .find(|p| &p.code == code)
                .map_or(code.as_str(), |p| p.name.as_str());
            (
                href(&Route::municipality(code, lang)),
                t.explore_card_municipality_record(name),
            )
        }
        Record::County { code } => (
            href(&Route::county(code, lang)),
            t.explore_card_county_record(&offer.county.name),
        ),
    }
}
