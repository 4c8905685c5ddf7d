//! What a county's figures need beside them: the municipalities a catchment counts without
//! naming them, the total the page itself states where it differs from the units'
//! catchments, and, for a damaged page, what is missing — each with its source line.

use crate::components::source_ref::SourceRef;
use crate::texts::use_texts;
use catalog::{County, PageProblem, ProblemKind};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CountyNotes(county: Arc<County>) -> impl IntoView {
    let t = use_texts();
    let file = county.source_file.clone();
    let figures = county.coverage_figures();
    let unnamed = (figures.unnamed > 0).then(|| {
        let n = figures.unnamed;
        view! { <p class="coverage-unnamed">{t.county_unnamed(n)}</p> }
    });
    let stated = county
        .stated_coverage
        .clone()
        .filter(|_| figures.differ)
        .map(|s| {
            let (stated, of, named) = (s.covered, s.of, figures.named);
            view! {
                <div class="notice notice--differs">
                    <p>
                        {t.county_stated_differs(stated, of, named)}
                    </p>
                    <blockquote lang="sv">{s.source.text.clone()}</blockquote>
                    <SourceRef file=file.clone() first=s.source.first_line last=s.source.last_line />
                </div>
            }
        });
    let problems = county.incomplete().then(|| {
        let items = county
            .problems
            .iter()
            .map(|p| {
                view! {
                    <li>
                        {problem_text(t, p)}
                        <SourceRef file=file.clone() first=p.line last=p.line />
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="notice notice--incomplete" aria-labelledby="ofullstandig-rubrik">
                <h2 id="ofullstandig-rubrik">{t.county_incomplete_heading}</h2>
                <p>{t.county_incomplete_intro}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { {unnamed} {stated} {problems} }
}

fn problem_text(t: &'static crate::texts::Texts, p: &PageProblem) -> AnyView {
    let detail = p.detail.clone();
    match p.kind {
        ProblemKind::TruncatedUnit => t.problem_truncated_unit(detail.clone()).into_any(),
        ProblemKind::MissingDate => t.problem_missing_date.into_any(),
        ProblemKind::MissingSection => t.problem_missing_section(detail.clone()).into_any(),
        ProblemKind::MunicipalityCountMismatch => t.problem_municipality_count.into_any(),
    }
}
