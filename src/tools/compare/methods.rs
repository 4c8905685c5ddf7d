//! The methods matrix (`?sida=jamfor&tabell=metoder`): methods as rows, and for each county
//! how many running units use a method and how many municipalities' social services name
//! it. A count opens, as a disclosure, the list behind it: the units (linking to their
//! cards) and the municipalities (linking to their pages).

use super::export::ExportSection;
use super::load::Bundle;
use super::sortable::{ScrollRegion, SortHeader};
use crate::components::layout::use_lang;
use crate::links::{href, href_at, unit_anchor};
use crate::texts::{use_texts, Texts};
use catalog::compare::labels::status;
use catalog::compare::{
    csv, sorted_rows, CompareQuery, MethodCell, MethodColumn, MethodRow, MethodsMatrix, Table,
};
use catalog::format::count;
use catalog::route::{Lang, Route};
use catalog::MethodKind;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MethodsView(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let matrix = Arc::new(MethodsMatrix::new(bundle.counties.iter(), &bundle.lexicon));
    // The lexicon id is in the CSV; on screen the method's name heads its row.
    let shown: Arc<Vec<usize>> = Arc::new(
        (0..matrix.columns().len())
            .filter(|&i| matrix.kind(i) != MethodColumn::Id)
            .collect(),
    );
    let order = {
        let matrix = matrix.clone();
        Memo::new(move |_| query.with(|q| sorted_rows(&*matrix, q.sort.as_ref())))
    };
    let head = shown
        .iter()
        .map(|&i| view! { <SortHeader column=matrix.columns()[i].clone() scope="col" query /> })
        .collect_view();
    let body = {
        let (matrix, shown) = (matrix.clone(), shown.clone());
        move || {
            order
                .get()
                .into_iter()
                .map(|r| method_row(&matrix, &matrix.rows[r], &shown, lang))
                .collect_view()
        }
    };
    let csv = Callback::new(move |format| csv(&*matrix, &order.get_untracked(), format, lang));
    view! {
        <p>{t.compare_methods_intro}</p>
        <ScrollRegion labelled_by="tabell-rubrik">
            <table aria-labelledby="tabell-rubrik" class="compare-table compare-table--methods">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </ScrollRegion>
        <ExportSection query csv bundle />
    }
}

fn kind_word(t: &Texts, kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Treatment => t.method_kind_treatment,
        MethodKind::Assessment => t.method_kind_assessment,
        MethodKind::Diagnostic => t.method_kind_diagnostic,
        MethodKind::Prevention => t.method_kind_prevention,
    }
}

fn method_row(
    matrix: &MethodsMatrix,
    row: &MethodRow,
    shown: &[usize],
    lang: Lang,
) -> impl IntoView {
    let t = use_texts();
    let cells = shown
        .iter()
        .map(|&col| match matrix.kind(col) {
            MethodColumn::Id => view! { <td>{row.id.clone()}</td> }.into_any(),
            MethodColumn::Name => view! { <th scope="row">{row.name.clone()}</th> }.into_any(),
            MethodColumn::Kind => view! { <td>{kind_word(t, row.kind)}</td> }.into_any(),
            MethodColumn::Units => {
                view! { <td class="num">{count(row.unit_count() as u32, lang)}</td> }.into_any()
            }
            MethodColumn::Municipalities => view! {
                <td class="num">{count(row.municipality_count() as u32, lang)}</td>
            }
            .into_any(),
            MethodColumn::CountyUnits(i) => {
                units_cell(&row.cells[i], &matrix.counties[i].code, lang).into_any()
            }
            MethodColumn::CountyMunicipalities(i) => {
                municipalities_cell(&row.cells[i], lang).into_any()
            }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// A count that opens the list behind it; a plain 0 when the list is empty.
fn disclosure(n: usize, lang: Lang, list: AnyView) -> AnyView {
    let t = use_texts();
    view! {
        <details class="cell-list">
            <summary>
                {count(n as u32, lang)}
                <span class="visually-hidden">" "{t.compare_show_which}</span>
            </summary>
            {list}
        </details>
    }
    .into_any()
}

/// The running units of a county that use the method (and, apart, those not running).
fn units_cell(cell: &MethodCell, county: &str, lang: Lang) -> impl IntoView {
    let t = use_texts();
    let n = cell.units.len();
    if cell.units.is_empty() && cell.inactive_units.is_empty() {
        return view! { <td class="num">{count(0, lang)}</td> }.into_any();
    }
    let county_route = Route::county(county, lang);
    let items = cell
        .units
        .iter()
        .chain(&cell.inactive_units)
        .map(|u| {
            let link = href_at(&county_route, &unit_anchor(&u.id));
            let state = (!u.status.is_active()).then(|| {
                view! { " ("{t.compare_not_counted}": "{status(u.status, lang)}")" }
            });
            view! { <li><a href=link lang="sv">{u.name.clone()}</a>{state}</li> }
        })
        .collect_view();
    view! {
        <td class="num">{disclosure(n, lang, view! { <ul>{items}</ul> }.into_any())}</td>
    }
    .into_any()
}

/// The municipalities of a county whose social services name the method.
fn municipalities_cell(cell: &MethodCell, lang: Lang) -> impl IntoView {
    let n = cell.municipalities.len();
    if n == 0 {
        return view! { <td class="num">{count(0, lang)}</td> }.into_any();
    }
    let items = cell
        .municipalities
        .iter()
        .map(|m| {
            let link = href(&Route::municipality(&m.code, lang));
            view! { <li><a href=link lang="sv">{m.name.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <td class="num">{disclosure(n, lang, view! { <ul>{items}</ul> }.into_any())}</td>
    }
    .into_any()
}
