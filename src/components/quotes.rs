//! Statements of a county page quoted verbatim, each with its status when the offer it
//! speaks of is planned or ended, its terms explained, and where it stands on the page
//! (linked to that place on the county's page).

use crate::components::explained_text::ExplainedText;
use crate::components::source_ref::SourceRef;
use crate::components::status_badge::StatusBadge;
use catalog::Statement;
use leptos::prelude::*;

/// Where the statements come from: the county page's file and the county's code (for the
/// link to the place on its page).
#[derive(Clone)]
pub struct SourcePage {
    pub file: String,
    pub county: String,
}

#[component]
pub fn Quotes(statements: Vec<Statement>, source: SourcePage) -> impl IntoView {
    let items = statements
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <StatusBadge status=s.status />
                    <blockquote lang="sv"><ExplainedText text=s.text /></blockquote>
                    <SourceRef
                        file=source.file.clone()
                        first=s.first_line
                        last=s.last_line
                        county=source.county.clone()
                    />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="quotes">{items}</ul> }
}
