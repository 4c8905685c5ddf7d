//! Units side by side (`?sida=jamfor&tabell=enheter&enheter=a,b`): pick two or more units
//! with checkboxes (the pick lives in the URL, in the order picked) and compare every field
//! aligned row by row, then what the data reads out of them. The units can be sorted by any
//! row (the button in the row's header); a field the unit's page does not give is "not
//! stated".

use super::export::ExportSection;
use super::load::Bundle;
use super::nav::use_go;
use super::sortable::{ScrollRegion, SortHeader};
use crate::components::external_link::ExternalLink;
use crate::components::layout::use_lang;
use crate::components::status_badge::StatusBadge;
use crate::links::{href, href_at, unit_anchor};
use crate::texts::use_texts;
use catalog::compare::labels::{counts, not_stated, status, yes_no};
use catalog::compare::{
    Column, CompareQuery, Editorial, Fact, RowLabel, UnitCell, UnitRow, UnitsTable,
};
use catalog::route::{Lang, Route};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn UnitsView(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let picked = Memo::new(move |_| query.with(|q| q.units.clone()));
    let table = {
        let bundle = bundle.clone();
        move || {
            let ids = picked.get();
            if ids.len() < 2 {
                return view! { <p class="notice">{t.compare_pick_hint}</p> }.into_any();
            }
            match UnitsTable::new(
                &bundle.counties,
                &ids,
                &bundle.lexicon,
                Editorial::shipped(),
            ) {
                Ok(table) => {
                    view! { <Comparison table=Arc::new(table) query bundle=bundle.clone() /> }
                        .into_any()
                }
                // The page checks the pick against the data before drawing this.
                Err(_) => ().into_any(),
            }
        }
    };
    view! {
        <p>{t.compare_units_intro}</p>
        <Picker bundle=bundle.clone() query />
        <p role="status" class="table-count">
            {move || t.compare_units_count(picked.with(Vec::len))}
        </p>
        {table}
    }
}

/// The checkboxes, county by county; checking adds a unit at the end of the pick,
/// unchecking removes it.
#[component]
fn Picker(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let go = use_go();
    let groups = bundle
        .counties
        .iter()
        .filter(|c| !c.units.is_empty())
        .map(|c| {
            let boxes = c
                .units
                .iter()
                .map(|u| {
                    let id = u.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || query.with(|q| q.units.contains(&id))
                    };
                    let bundle = bundle.clone();
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let mut q = query.get_untracked();
                        q.units.retain(|x| *x != id);
                        if on {
                            q.units.push(id.clone());
                        }
                        // The sort stays if the new pick still has its row.
                        let has_row = |key: &str| {
                            UnitsTable::new(
                                &bundle.counties,
                                &q.units,
                                &bundle.lexicon,
                                Editorial::shipped(),
                            )
                            .is_ok_and(|t| t.row(key).is_some())
                        };
                        if q.sort.as_ref().is_some_and(|s| !has_row(&s.column)) {
                            q.sort = None;
                        }
                        go.to(&q);
                    };
                    view! {
                        <li>
                            <label class="pick">
                                <input type="checkbox" prop:checked=checked on:change=toggle />
                                <span lang="sv">{u.name.clone()}</span>
                            </label>
                            <StatusBadge status=u.status />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="pick-county">
                    <legend lang="sv">{c.name.clone()}</legend>
                    <ul class="plain-list">{boxes}</ul>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <fieldset class="picker">
            <legend>{t.compare_pick_legend}</legend>
            {groups}
        </fieldset>
    }
}

/// The picked units as columns and their fields as rows.
#[component]
fn Comparison(table: Arc<UnitsTable>, query: Memo<CompareQuery>, bundle: Bundle) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let order = {
        let table = table.clone();
        Memo::new(move |_| query.with(|q| table.sorted_units(q.sort.as_ref())))
    };
    let heads = {
        let table = table.clone();
        move || {
            order
                .get()
                .into_iter()
                .map(|u| {
                    let h = &table.units[u];
                    let link = href_at(&Route::county(&h.county_code, lang), &unit_anchor(&h.id));
                    view! {
                        <th scope="col">
                            <a href=link lang="sv">{h.name.clone()}</a>
                            <span class="unit-head__county" lang="sv">{h.county_name.clone()}</span>
                            <StatusBadge status=h.status />
                        </th>
                    }
                })
                .collect_view()
        }
    };
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (label, verbatim) = match &row.label {
                RowLabel::Field(l) => (l.clone(), true),
                RowLabel::Fact(f) => (f.label(lang).to_string(), false),
            };
            let column = Column::new(&row.key, "", &label, &label, false);
            let table = table.clone();
            let cells = move || {
                let row = &table.rows[i];
                order
                    .get()
                    .into_iter()
                    .map(|u| view! { <td>{cell(row, &row.cells[u], lang)}</td> })
                    .collect_view()
            };
            view! {
                <tr>
                    <SortHeader column scope="row" query verbatim />
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let csv = Callback::new(move |format| table.csv(&order.get_untracked(), format, lang));
    view! {
        <ScrollRegion labelled_by="tabell-rubrik">
            <table aria-labelledby="tabell-rubrik" class="compare-table compare-table--units">
                <thead>
                    <tr>
                        <td class="corner">{t.compare_field}</td>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollRegion>
        <ExportSection query csv bundle />
    }
}

/// One unit's cell of a row.
fn cell(row: &UnitRow, cell: &UnitCell, lang: Lang) -> AnyView {
    let t = use_texts();
    match cell {
        UnitCell::NotStated => {
            view! { <span class="not-stated">{not_stated(lang)}</span> }.into_any()
        }
        UnitCell::Field { text, .. } => {
            view! { <span class="verbatim" lang="sv">{text.clone()}</span> }.into_any()
        }
        UnitCell::County(c) => view! { <span lang="sv">{c.name.clone()}</span> }.into_any(),
        UnitCell::Status(s) => status(*s, lang).into_any(),
        UnitCell::SelfReferral(b) => yes_no(*b, lang).into_any(),
        UnitCell::Municipalities { named, unnamed } => {
            let items = named
                .iter()
                .map(|m| {
                    let link = href(&Route::municipality(&m.code, lang));
                    view! { <li><a href=link lang="sv">{m.name.clone()}</a></li> }
                })
                .collect_view();
            let unnamed = (*unnamed > 0).then(|| view! { <li>{t.compare_unnamed(*unnamed)}</li> });
            view! { <ul class="plain-list">{items}{unnamed}</ul> }.into_any()
        }
        UnitCell::Methods(ms) => ms
            .iter()
            .map(|m| m.name.clone())
            .collect::<Vec<_>>()
            .join(", ")
            .into_any(),
        UnitCell::Texts(items) => {
            let web = matches!(row.label, RowLabel::Fact(Fact::Urls));
            let items = items
                .iter()
                .map(|s| {
                    if web {
                        view! { <li><ExternalLink href=s.clone() text=s.clone() /></li> }.into_any()
                    } else {
                        view! { <li>{s.clone()}</li> }.into_any()
                    }
                })
                .collect_view();
            view! { <ul class="plain-list">{items}</ul> }.into_any()
        }
        UnitCell::Counts(f) => {
            let caveat = f
                .note
                .as_ref()
                .and_then(|n| n.note(lang))
                .map(|n| view! { <span class="caveat">{n.to_string()}</span> });
            view! { {counts(f.counts, lang)}{caveat} }.into_any()
        }
    }
}
