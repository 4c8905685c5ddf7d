//! The explore page needs every county of the index and the lexicon before it can show a
//! card: this waits for them all (they download in parallel), says how many have arrived,
//! shows each file that failed with its own retry, and then draws the page once with the
//! cards built once (`Offers::build`).

use super::state::ParsedUrl;
use crate::components::load_error::LoadErrorView;
use crate::data::{use_data, Data, LoadError, Loaded};
use crate::texts::use_texts;
use catalog::index::Lexicon;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the downloads stand.
enum Progress {
    /// `done` of `total` files have arrived (the index not yet: 0 of 0).
    Loading { done: usize, total: usize },
    /// These files failed; each with the way to try it again.
    Failed(Vec<(LoadError, Callback<()>)>),
    Ready {
        counties: Vec<Arc<County>>,
        lexicon: Arc<Lexicon>,
    },
}

/// What one download gives: its value, its failure with a retry, or nothing yet.
fn take<T: 'static>(
    resource: LocalResource<Loaded<T>>,
    failed: &mut Vec<(LoadError, Callback<()>)>,
) -> Option<Arc<T>> {
    match resource.get()? {
        Ok(value) => Some(value),
        Err(error) => {
            failed.push((error, Callback::new(move |_| resource.refetch())));
            None
        }
    }
}

fn progress(data: Data) -> Progress {
    let mut failed = Vec::new();
    let Some(index) = take(data.index, &mut failed) else {
        return match failed.is_empty() {
            true => Progress::Loading { done: 0, total: 0 },
            false => Progress::Failed(failed),
        };
    };
    let lexicon = take(data.lexicon(), &mut failed);
    let counties: Vec<Option<Arc<County>>> = index
        .counties
        .iter()
        .map(|c| take(data.county(&c.code), &mut failed))
        .collect();
    if !failed.is_empty() {
        return Progress::Failed(failed);
    }
    let total = counties.len() + 1;
    let done = counties.iter().filter(|c| c.is_some()).count() + usize::from(lexicon.is_some());
    match (lexicon, counties.into_iter().collect::<Option<Vec<_>>>()) {
        (Some(lexicon), Some(counties)) => Progress::Ready { counties, lexicon },
        _ => Progress::Loading { done, total },
    }
}

#[component]
pub fn WithEveryCounty(parsed: ParsedUrl) -> impl IntoView {
    let t = use_texts();
    let data = use_data();
    move || match progress(data) {
        Progress::Loading { done, total } => view! {
            <p class="loading" role="status">{t.explore_loading(done, total)}</p>
        }
        .into_any(),
        Progress::Failed(failed) => failed
            .into_iter()
            .map(|(error, retry)| view! { <LoadErrorView error retry /> })
            .collect_view()
            .into_any(),
        Progress::Ready { counties, lexicon } => {
            view! { <super::state::ExploreView counties lexicon parsed /> }.into_any()
        }
    }
}
