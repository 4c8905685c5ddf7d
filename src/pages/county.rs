//! A county's page: its figures, its map, every specialised unit as a card, and every other
//! paragraph of the county page, verbatim, by section.

use crate::components::county_notes::CountyNotes;
use crate::components::layout::{use_lang, use_title};
use crate::components::linked_text::LinkedText;
use crate::components::map::county::CountyMap;
use crate::components::municipality_list::MunicipalityList;
use crate::components::source_ref::SourceRef;
use crate::components::unit_card::UnitCard;
use crate::components::with_county::WithCounty;
use crate::data::use_data;
use crate::links::line_anchor;
use crate::pages::no_page::CountyWithoutPage;
use crate::pages::not_found::{NotFound, NotFoundPage};
use crate::texts::use_texts;
use catalog::format::count;
use catalog::index::DataIndex;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CountyPage(index: Arc<DataIndex>, code: String) -> impl IntoView {
    if index.county(&code).is_none() {
        return match index.sweden_county(&code) {
            Some(_) => view! { <CountyWithoutPage index code /> }.into_any(),
            None => view! { <NotFoundPage reason=NotFound::County(code) /> }.into_any(),
        };
    }
    // The county's map file loads beside its detail, not after it.
    let _ = use_data().county_map(&code);
    view! {
        <WithCounty code let:detail>
            <CountyView county=detail.county.clone() index=index.clone() />
            <MunicipalityList county=detail.county />
        </WithCounty>
    }
    .into_any()
}

#[component]
fn CountyView(county: Arc<County>, index: Arc<DataIndex>) -> impl IntoView {
    let t = use_texts();
    let title = county.name.clone();
    use_title(move || Some(title.clone()));
    let lang = use_lang();
    let file = county.source_file.clone();
    let children = county.children_0_5;
    let n_municipalities = county.municipalities.len();
    let covered = county.covered_municipalities();
    let municipalities = county
        .municipalities
        .iter()
        .map(|m| view! { <li>{m.name.clone()}</li> })
        .collect_view();
    let updated = match county.updated.clone() {
        Some(u) => {
            let (date, editor) = (u.date, u.editor);
            view! {
                <p class="updated">
                    {t.updated_by(date.clone(), editor.clone())}
                </p>
            }
            .into_any()
        }
        None => view! { <p class="updated">{t.updated_missing}</p> }.into_any(),
    };
    let no_units = county.no_units_statement.clone().map(|s| {
        view! {
            <p>{t.county_no_units}</p>
            <blockquote lang="sv">{s.text}</blockquote>
            <SourceRef file=file.clone() first=s.first_line last=s.last_line />
        }
    });
    let units = county
        .units
        .iter()
        .map(|u| view! { <UnitCard unit=u.clone() source_file=file.clone() /> })
        .collect_view();
    let sections = county
        .sections()
        .into_iter()
        .map(|(name, paragraphs)| {
            let heading = if name.is_empty() {
                t.section_opening.into_any()
            } else {
                view! { <span lang="sv">{name.to_string()}</span> }.into_any()
            };
            // The heading line is itself a paragraph of its section: show it as the
            // heading, with its source line, rather than twice.
            let (heading_line, paragraphs): (Vec<_>, Vec<_>) = paragraphs
                .into_iter()
                .partition(|p| !name.is_empty() && p.source.text.trim_end() == name);
            let heading_ref = heading_line.first().map(|p| {
                view! { <SourceRef file=file.clone() first=p.source.first_line last=p.source.last_line /> }
            });
            let paragraphs = paragraphs
                .into_iter()
                .map(|p| {
                    // Every line of the paragraph can be linked to (`#rad-37`): the first
                    // names the paragraph, the others are anchors inside it.
                    let (first, last) = (p.source.first_line, p.source.last_line);
                    let anchors = (first + 1..=last)
                        .map(|line| view! { <span id=line_anchor(line)></span> })
                        .collect_view();
                    view! {
                        <div class="paragraph" id=line_anchor(first)>
                            {anchors}
                            <p lang="sv"><LinkedText text=p.source.text.clone() /></p>
                            <SourceRef file=file.clone() first=p.source.first_line last=p.source.last_line />
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="page-section">
                    <h3>{heading}</h3>
                    {heading_ref}
                    {paragraphs}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="county">
            <h1 id="sidrubrik" lang="sv">{county.name.clone()}</h1>
            <p class="county-children">
                {t.county_children(count(children, lang))}
            </p>
            <p class="coverage-line">
                {t.coverage_line(covered, n_municipalities)}
            </p>
            <CountyNotes county=county.clone() />
            {updated}
            <p class="data-age">{t.data_age_note}</p>
            <details class="municipalities">
                <summary>{t.county_municipalities(n_municipalities)}</summary>
                <ul class="inline-list" lang="sv">{municipalities}</ul>
            </details>
            <CountyMap index code=county.code.clone() county=Some(county.clone()) />
            <section class="units" aria-labelledby="team-rubrik">
                <h2 id="team-rubrik">{t.county_units_heading}</h2>
                {no_units}
                {units}
            </section>
            <section class="other" aria-labelledby="ovrigt-rubrik">
                <h2 id="ovrigt-rubrik">{t.county_other_heading}</h2>
                <p>{t.county_other_intro}</p>
                {sections}
            </section>
        </article>
    }
}
