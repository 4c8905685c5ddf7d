//! The comparison tables (`?sida=jamfor&tabell=…`): counties, methods, municipalities and
//! units side by side, sortable, exportable, with a chart. The figures, sorting, CSV and
//! citation come from `catalog::compare`; this page loads every county and the lexicon,
//! reads the URL's `CompareQuery`, checks it against the data and draws the table it
//! names. The view follows the URL: links and buttons only change the URL.

mod chart;
mod counties;
mod export;
mod load;
mod methods;
mod municipalities;
mod nav;
mod sortable;
mod units;

use crate::components::layout::{use_lang, use_title};
use crate::texts::use_texts;
use crate::tools::{use_params, ToolProblem};
use catalog::compare::{
    CompareQuery, CountyColumn, Editorial, MethodsMatrix, MunicipalityColumn, Table, TableKind,
    UnitsTable,
};
use catalog::route::Problem;
use leptos::prelude::*;
use load::{Bundle, WithEverything};

#[component]
pub fn ComparePage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.compare_heading.to_string()));
    view! {
        <h1 id="sidrubrik">{t.compare_heading}</h1>
        <p class="intro">{t.compare_intro}</p>
        <WithEverything let:bundle>
            <CompareView bundle />
        </WithEverything>
    }
}

/// Why the URL's state cannot be shown with this data: a parameter it cannot read, or a
/// county, unit or column the data does not have.
fn problem_of(params: &[(String, String)], bundle: &Bundle) -> Result<CompareQuery, Problem> {
    let query = CompareQuery::from_pairs(params.iter().map(|(k, v)| (k, v)))?;
    let columns: Vec<String> = match query.table {
        TableKind::Counties => CountyColumn::all()
            .into_iter()
            .map(|c| c.column().key)
            .collect(),
        TableKind::Methods => MethodsMatrix::new(bundle.counties.iter(), &bundle.lexicon)
            .columns()
            .iter()
            .map(|c| c.key.clone())
            .collect(),
        TableKind::Municipalities => MunicipalityColumn::ALL
            .into_iter()
            .map(|c| c.column().key)
            .collect(),
        TableKind::Units => UnitsTable::new(
            &bundle.counties,
            &query.units,
            &bundle.lexicon,
            Editorial::shipped(),
        )
        .map(|t| t.rows.into_iter().map(|r| r.key).collect())
        .unwrap_or_default(),
    };
    query.check(
        columns.iter().map(String::as_str),
        &bundle.county_codes(),
        &bundle.unit_ids(),
    )?;
    Ok(query)
}

#[component]
fn CompareView(bundle: Bundle) -> impl IntoView {
    let params = use_params();
    let checked = {
        let bundle = bundle.clone();
        Memo::new(move |_| params.with(|p| problem_of(p, &bundle)))
    };
    // The last state that can be shown: the tables follow it.
    let query = Memo::new(move |previous: Option<&CompareQuery>| match checked.get() {
        Ok(q) => q,
        Err(_) => previous.cloned().unwrap_or_default(),
    });
    let problem = Memo::new(move |_| checked.get().err());
    let kind = Memo::new(move |_| query.with(|q| q.table));
    let lang = use_lang();
    let tables = move || {
        let bundle = bundle.clone();
        let table = match kind.get() {
            TableKind::Counties => view! { <counties::CountiesView bundle query /> }.into_any(),
            TableKind::Methods => view! { <methods::MethodsView bundle query /> }.into_any(),
            TableKind::Municipalities => {
                view! { <municipalities::MunicipalitiesView bundle query /> }.into_any()
            }
            TableKind::Units => view! { <units::UnitsView bundle query /> }.into_any(),
        };
        view! {
            <Tabs query />
            <h2 id="tabell-rubrik">{kind.get().title(lang)}</h2>
            {table}
        }
    };
    move || match problem.get() {
        Some(problem) => view! { <ToolProblem problem /> }.into_any(),
        None => tables().into_any(),
    }
}

/// Links between the four tables; the current one is marked.
#[component]
fn Tabs(query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let links = TableKind::ALL
        .into_iter()
        .map(|kind| {
            let link = nav::link(
                &CompareQuery {
                    table: kind,
                    ..Default::default()
                },
                lang,
            );
            let current = move || query.with(|q| q.table == kind).then_some("page");
            view! { <li><a class="tab" href=link aria-current=current>{kind.title(lang)}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="tabs" aria-label=t.compare_tables_label>
            <ul>{links}</ul>
        </nav>
    }
}
