//! Counties side by side (`?sida=jamfor`): one row per county with its figures in the
//! language's number format, each derived figure with a footnote saying how it is computed,
//! staff and cases as each unit states them (never summed), then how every figure is
//! computed, the downloads and the chart.

use super::chart::ChartView;
use super::export::ExportSection;
use super::load::Bundle;
use super::nav;
use super::sortable::{ScrollRegion, SortHeader};
use crate::components::layout::use_lang;
use crate::links::{href, href_at};
use crate::texts::use_texts;
use catalog::compare::labels::{access, counts, not_stated};
use catalog::compare::{
    csv, sorted_rows, CompareQuery, CountyColumn, CountyRow, CountyTable, Editorial, Figure,
    StatedFigure, Table,
};
use catalog::format::count;
use catalog::route::{Lang, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// The columns with a derived figure (a ratio), which carry a footnote.
const DERIVED: [CountyColumn; 3] = [
    CountyColumn::WithTeamShare,
    CountyColumn::UnitsPer10000,
    CountyColumn::FamilyCentresPer1000,
];

/// The id of a county's footnote for a column.
fn note_id(code: &str, column: CountyColumn) -> String {
    format!("not-{code}-{}", column.column().key)
}

/// The number of a county's footnote for a derived column (1-based, counties in the
/// table's own order, then the columns of `DERIVED`).
fn note_number(county: usize, column: CountyColumn) -> Option<usize> {
    let k = DERIVED.iter().position(|&c| c == column)?;
    Some(county * DERIVED.len() + k + 1)
}

#[component]
pub fn CountiesView(bundle: Bundle, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let table = Arc::new(CountyTable::new(
        bundle.counties.iter(),
        Editorial::shipped(),
    ));
    // The code is in the CSV; on screen the county's name heads its row.
    let shown: Arc<Vec<usize>> = Arc::new(
        (0..table.columns().len())
            .filter(|&i| table.kind(i) != CountyColumn::Code)
            .collect(),
    );
    let order = {
        let table = table.clone();
        Memo::new(move |_| query.with(|q| sorted_rows(&*table, q.sort.as_ref())))
    };
    let head = shown
        .iter()
        .map(|&i| view! { <SortHeader column=table.columns()[i].clone() scope="col" query /> })
        .collect_view();
    let body = {
        let (table, shown) = (table.clone(), shown.clone());
        move || {
            order
                .get()
                .into_iter()
                .map(|r| county_row(&table, r, &shown, query, lang))
                .collect_view()
        }
    };
    let csv = {
        let table = table.clone();
        Callback::new(move |format| csv(&*table, &order.get_untracked(), format, lang))
    };
    view! {
        <p>{t.compare_counties_intro}</p>
        <p class="notice">{t.compare_stated_note}</p>
        <ScrollRegion labelled_by="tabell-rubrik">
            <table aria-labelledby="tabell-rubrik" class="compare-table compare-table--counties">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </ScrollRegion>
        <Footnotes table=table.clone() />
        <ExportSection query csv bundle />
        <ChartView table query />
    }
}

/// One county's row, its cells in the order of `shown`.
fn county_row(
    table: &CountyTable,
    index: usize,
    shown: &[usize],
    query: Memo<CompareQuery>,
    lang: Lang,
) -> impl IntoView {
    let t = use_texts();
    let r = &table.rows[index];
    let cells = shown
        .iter()
        .map(|&col| {
            let kind = table.kind(col);
            let figure = |f: &Figure| {
                view! { <td class="num">{f.show(lang)}</td> }.into_any()
            };
            match kind {
                CountyColumn::Name => {
                    let link = href(&Route::county(&r.code, lang));
                    view! { <th scope="row"><a href=link lang="sv">{r.name.clone()}</a></th> }
                        .into_any()
                }
                CountyColumn::Code => view! { <td>{r.code.clone()}</td> }.into_any(),
                CountyColumn::Children => figure(&r.children),
                CountyColumn::Municipalities => figure(&r.municipalities),
                CountyColumn::Units => figure(&r.units),
                CountyColumn::FamilyCentres => figure(&r.family_centres),
                CountyColumn::SocialServices(s) => figure(&r.stance(s).figure),
                CountyColumn::UnitsNotRunning => {
                    let n = count(r.inactive_units.len() as u32, lang);
                    view! { <td class="num">{n}</td> }.into_any()
                }
                CountyColumn::Unnamed => {
                    view! { <td class="num">{count(r.unnamed_municipalities, lang)}</td> }.into_any()
                }
                CountyColumn::WithTeam => view! {
                    <td class="num">{t.compare_of(r.with_team.show(lang), r.municipalities.show(lang))}</td>
                }
                .into_any(),
                CountyColumn::StatedWithTeam => {
                    let text = match &r.stated_with_team {
                        Some(s) => t.compare_of(s.covered, s.of),
                        None => not_stated(lang).to_string(),
                    };
                    view! { <td class="num">{text}</td> }.into_any()
                }
                CountyColumn::WithTeamShare
                | CountyColumn::UnitsPer10000
                | CountyColumn::FamilyCentresPer1000 => {
                    let f = match kind {
                        CountyColumn::WithTeamShare => &r.with_team_share,
                        CountyColumn::UnitsPer10000 => &r.units_per_10000,
                        _ => &r.family_centres_per_1000,
                    };
                    derived_cell(f, r, index, kind, query, lang)
                }
                CountyColumn::Access => view! { <td>{access(r.access, lang)}</td> }.into_any(),
                CountyColumn::Updated => {
                    let date = r.updated.clone().unwrap_or_else(|| not_stated(lang).into());
                    view! { <td class="nowrap">{date}</td> }.into_any()
                }
                CountyColumn::Staff => stated_cell(&r.staff, lang),
                CountyColumn::Cases => stated_cell(&r.cases, lang),
            }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// A derived figure with its footnote's number, linking to how it is computed.
fn derived_cell(
    f: &Figure,
    r: &CountyRow,
    county: usize,
    kind: CountyColumn,
    query: Memo<CompareQuery>,
    lang: Lang,
) -> AnyView {
    let t = use_texts();
    let n = note_number(county, kind).unwrap_or_default();
    let id = note_id(&r.code, kind);
    let link = move || href_at(&nav::route(&query.get(), lang), &id);
    view! {
        <td class="num">
            {f.show(lang)}
            <sup class="note-ref">
                <a href=link><span class="visually-hidden">{t.compare_footnote}" "</span>{n}</a>
            </sup>
        </td>
    }
    .into_any()
}

/// Staff or cases per year of each unit, as the unit states it, with what the figure
/// counts and the editor's caveat; never a sum.
fn stated_cell(figures: &[StatedFigure], lang: Lang) -> AnyView {
    if figures.is_empty() {
        return view! { <td>{not_stated(lang)}</td> }.into_any();
    }
    let items = figures
        .iter()
        .map(|f| {
            let said = match &f.text {
                None => view! { {not_stated(lang)} }.into_any(),
                Some(text) => view! {
                    <q lang="sv">{text.clone()}</q>
                    " ("{counts(f.counts, lang)}")"
                }
                .into_any(),
            };
            let caveat = f
                .note
                .as_ref()
                .and_then(|n| n.note(lang))
                .map(|n| view! { <span class="caveat">{n.to_string()}</span> });
            view! {
                <li><span lang="sv" class="stated__unit">{f.unit_name.clone()}</span>": "{said}{caveat}</li>
            }
        })
        .collect_view();
    view! { <td class="stated-cell"><ul class="stated">{items}</ul></td> }.into_any()
}

/// How every figure is computed: the derived figures' footnotes (numbered as in the table),
/// then, folded, the source lines of every count.
#[component]
fn Footnotes(table: Arc<CountyTable>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let notes = table
        .rows
        .iter()
        .flat_map(|r| {
            DERIVED.iter().map(move |&kind| {
                let f = match kind {
                    CountyColumn::WithTeamShare => &r.with_team_share,
                    CountyColumn::UnitsPer10000 => &r.units_per_10000,
                    _ => &r.family_centres_per_1000,
                };
                view! {
                    <li id=note_id(&r.code, kind)>
                        <span lang="sv">{r.name.clone()}</span>", "
                        {kind.column().label(lang).to_string()}": "
                        {f.explain(lang)}
                    </li>
                }
            })
        })
        .collect_view();
    let sources = table
        .rows
        .iter()
        .map(|r| {
            let mut figures: Vec<(String, &Figure)> = vec![
                (
                    CountyColumn::Children.column().label(lang).into(),
                    &r.children,
                ),
                (
                    CountyColumn::Municipalities.column().label(lang).into(),
                    &r.municipalities,
                ),
                (CountyColumn::Units.column().label(lang).into(), &r.units),
                (
                    CountyColumn::WithTeam.column().label(lang).into(),
                    &r.with_team,
                ),
                (
                    CountyColumn::FamilyCentres.column().label(lang).into(),
                    &r.family_centres,
                ),
            ];
            figures.extend(r.stances.iter().map(|s| {
                (
                    CountyColumn::SocialServices(s.stance)
                        .column()
                        .label(lang)
                        .to_string(),
                    &s.figure,
                )
            }));
            let items = figures
                .into_iter()
                .map(|(label, f)| view! { <li>{label}": "{f.explain(lang)}</li> })
                .collect_view();
            view! {
                <h3 lang="sv">{r.name.clone()}</h3>
                <ul class="count-sources">{items}</ul>
            }
        })
        .collect_view();
    view! {
        <section class="page-section" aria-labelledby="fotnoter-rubrik">
            <h2 id="fotnoter-rubrik">{t.compare_footnotes_heading}</h2>
            <ol class="footnotes">{notes}</ol>
            <details class="count-sources-all">
                <summary>{t.compare_sources_summary}</summary>
                {sources}
            </details>
        </section>
    }
}
