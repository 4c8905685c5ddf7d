//! Every municipality (`?sida=jamfor&tabell=kommuner`, `&lan=18` for one county's): team
//! coverage, the teams that take families from it, what its social services say and the
//! methods they name, its family centres; each row links to the municipality's page. Its
//! plain CSV, unfiltered and unsorted, is byte for byte the data tool's `export
//! municipalities` (both come from `catalog::compare::MunicipalityTable`).

use super::export::ExportSection;
use super::load::Bundle;
use super::nav;
use super::sortable::{ScrollRegion, SortHeader};
use crate::components::layout::use_lang;
use crate::components::stance::StanceText;
use crate::links::href;
use crate::texts::use_texts;
use catalog::compare::labels::{not_stated, status};
use catalog::compare::{
    csv, sorted_rows, CompareQuery, MunicipalityColumn, MunicipalityRow, MunicipalityTable,
};
use catalog::format::count;
use catalog::index::Lexicon;
use catalog::route::{Lang, Route};
use leptos::prelude::*;

/// The columns in the order shown: the municipality's name first, heading its row.
const SHOWN: [MunicipalityColumn; 8] = [
    MunicipalityColumn::Name,
    MunicipalityColumn::County,
    MunicipalityColumn::Code,
    MunicipalityColumn::Team,
    MunicipalityColumn::Units,
    MunicipalityColumn::SocialServices,
    MunicipalityColumn::Methods,
    MunicipalityColumn::FamilyCentres,
];

#[component]
pub fn MunicipalitiesView(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let head = SHOWN
        .iter()
        .map(|c| view! { <SortHeader column=c.column() scope="col" query /> })
        .collect_view();
    let counties = bundle.counties.clone();
    // The table of the filter and its order, as the URL says.
    let view_of = std::sync::Arc::new(move |q: &CompareQuery| {
        let table = MunicipalityTable::new(counties.iter(), q.county.as_deref());
        let order = sorted_rows(&table, q.sort.as_ref());
        (table, order)
    });
    let body = {
        let (view_of, lexicon) = (view_of.clone(), bundle.lexicon.clone());
        move || {
            let (table, order) = query.with(|q| view_of(q));
            order
                .iter()
                .map(|&r| municipality_row(&table.rows[r], &lexicon, lang))
                .collect_view()
        }
    };
    let shown = {
        let counties = bundle.counties.clone();
        move || {
            let n: usize = query.with(|q| {
                counties
                    .iter()
                    .filter(|c| q.county.as_ref().is_none_or(|f| *f == c.code))
                    .map(|c| c.municipalities.len())
                    .sum()
            });
            t.compare_municipality_count(count(n as u32, lang))
        }
    };
    let csv = Callback::new(move |format| {
        let (table, order) = query.with_untracked(|q| view_of(q));
        csv(&table, &order, format, lang)
    });
    view! {
        <p>{t.compare_municipalities_intro}</p>
        <CountyFilter bundle=bundle.clone() query />
        <p role="status" class="table-count">{shown}</p>
        <ScrollRegion labelled_by="tabell-rubrik">
            <table aria-labelledby="tabell-rubrik" class="compare-table compare-table--municipalities">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </ScrollRegion>
        <ExportSection query csv bundle />
    }
}

/// Links to the table of one county's municipalities, or of all; the sort is kept.
#[component]
fn CountyFilter(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let option = move |code: Option<String>, name: String, verbatim: bool| {
        let current = {
            let code = code.clone();
            move || query.with(|q| q.county == code).then_some("true")
        };
        let link = move || {
            let q = query.get();
            nav::link(
                &CompareQuery {
                    county: code.clone(),
                    ..q
                },
                lang,
            )
        };
        view! {
            <li>
                <a class="filter-link" href=link aria-current=current lang=verbatim.then_some("sv")>
                    {name}
                </a>
            </li>
        }
    };
    let mut items = vec![option(None, t.compare_all_counties.to_string(), false)];
    items.extend(
        bundle
            .counties
            .iter()
            .map(|c| option(Some(c.code.clone()), c.name.clone(), true)),
    );
    view! {
        <nav class="filter" aria-labelledby="filter-rubrik">
            <p id="filter-rubrik" class="filter__label">{t.compare_filter_label}</p>
            <ul class="filter__list">{items}</ul>
        </nav>
    }
}

/// One municipality's row: its name links to its page.
fn municipality_row(r: &MunicipalityRow, lexicon: &Lexicon, lang: Lang) -> impl IntoView {
    let t = use_texts();
    let link = href(&Route::municipality(&r.code, lang));
    let team = if r.has_team() {
        view! { <span class="pill pill--yes">{t.team_yes}</span> }
    } else {
        view! { <span class="pill pill--no">{t.team_no}</span> }
    };
    let units = r
        .covering_units
        .iter()
        .map(|u| {
            let state = (!u.status.is_active()).then(|| format!(" ({})", status(u.status, lang)));
            view! { <li><span lang="sv">{u.name.clone()}</span>{state}</li> }
        })
        .collect_view();
    let methods = lexicon
        .methods_named(&r.methods)
        .into_iter()
        .map(|m| m.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let centres = r
        .family_centres
        .map_or_else(|| not_stated(lang).to_string(), |n| count(n, lang));
    view! {
        <tr>
            <th scope="row"><a href=link lang="sv">{r.name.clone()}</a></th>
            <td lang="sv">{r.county_name.clone()}</td>
            <td>{r.code.clone()}</td>
            <td>{team}</td>
            <td><ul class="plain-list">{units}</ul></td>
            <td class="wide"><StanceText stance=r.stance /></td>
            <td>{methods}</td>
            <td class="num">{centres}</td>
        </tr>
    }
}
