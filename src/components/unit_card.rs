//! A specialised unit as a card: its name, its status when it is not running (being built,
//! planned, ended: then it is not counted as a team), whether families can contact it
//! themselves, and every labelled field of its block, verbatim, with links clickable, and
//! the methods it uses explained.

use crate::components::explained_text::ExplainedText;
use crate::components::layout::use_lang;
use crate::components::method_list::MethodList;
use crate::components::source_ref::SourceRef;
use crate::components::status_badge::StatusBadge;
use crate::links::{line_anchor, unit_anchor};
use crate::texts::use_texts;
use catalog::fields::explain;
use catalog::Unit;
use leptos::prelude::*;

#[component]
pub fn UnitCard(unit: Unit, source_file: String) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let self_referral = unit.parsed.self_referral;
    let status = unit.status;
    let status_line = (!status.is_active()).then(|| {
        view! {
            <p class="unit-status">
                <StatusBadge status />
                " "
                {t.unit_not_counted}
            </p>
        }
    });
    let badge = move || match self_referral {
        Some(true) => view! { <p class="badge badge--yes">{t.self_referral_yes}</p> }.into_any(),
        Some(false) => view! { <p class="badge badge--no">{t.self_referral_no}</p> }.into_any(),
        None => view! { <p class="badge badge--unknown">{t.self_referral_unknown}</p> }.into_any(),
    };
    let fields = unit
        .fields
        .into_iter()
        .map(|f| {
            let label = f.label.clone();
            let explanation = move || explain(&label, lang);
            view! {
                <div class="field">
                    <dt>
                        {f.label.clone()}
                        <span class="field__explain">{explanation}</span>
                    </dt>
                    <dd lang="sv"><ExplainedText text=f.value /></dd>
                </div>
            }
        })
        .collect_view();
    let methods = unit.parsed.methods.clone();
    let heading = format!("{}-rubrik", unit_anchor(&unit.id));
    let labelled_by = heading.clone();
    view! {
        <article class="unit-card" id=unit_anchor(&unit.id) aria-labelledby=labelled_by>
            <span id=line_anchor(unit.first_line)></span>
            <h3 id=heading lang="sv">{unit.name}</h3>
            {status_line}
            {badge}
            <dl class="fields">{fields}</dl>
            {(!methods.is_empty()).then(|| {
                let n = methods.len();
                view! {
                    <details class="unit-methods">
                        <summary>{t.unit_methods(n)}</summary>
                        <MethodList ids=methods />
                    </details>
                }
            })}
            <SourceRef file=source_file first=unit.first_line last=unit.last_line />
        </article>
    }
}
