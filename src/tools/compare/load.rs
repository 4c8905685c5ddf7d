//! What the comparison needs before it can show anything: the index, every county of the
//! data set and the lexicon, loaded in parallel through the shared data store. While they
//! load, a status line; when one fails, which file and a retry.

use crate::components::load_error::LoadErrorView;
use crate::data::use_data;
use crate::texts::use_texts;
use catalog::index::Lexicon;
use catalog::County;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything loaded: the counties in the index's order (code order) and the lexicon.
#[derive(Clone)]
pub struct Bundle {
    pub counties: Arc<Vec<County>>,
    pub lexicon: Arc<Lexicon>,
}

impl Bundle {
    /// The codes of the data set's counties.
    pub fn county_codes(&self) -> Vec<&str> {
        self.counties.iter().map(|c| c.code.as_str()).collect()
    }

    /// Every unit's id, in county and page order.
    pub fn unit_ids(&self) -> Vec<&str> {
        self.counties
            .iter()
            .flat_map(|c| c.units.iter().map(|u| u.id.as_str()))
            .collect()
    }

    /// The county with this code.
    pub fn county(&self, code: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }
}

/// Shows `children` with the bundle once every file has arrived.
#[component]
pub fn WithEverything<F, V>(children: F) -> impl IntoView
where
    F: Fn(Bundle) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_texts();
    let data = use_data();
    let loading =
        move || view! { <p class="loading" role="status">{t.loading_compare}</p> }.into_any();
    move || {
        let index = match data.index.get() {
            None => return loading(),
            Some(Err(error)) => {
                let retry = Callback::new(move |_| data.index.refetch());
                return view! { <LoadErrorView error retry /> }.into_any();
            }
            Some(Ok(index)) => index,
        };
        // Start every file before waiting for any.
        let lexicon = data.lexicon();
        let resources: Vec<_> = index
            .counties
            .iter()
            .map(|c| data.county(&c.code))
            .collect();
        let mut counties = Vec::with_capacity(resources.len());
        let mut pending = false;
        for resource in resources {
            match resource.get() {
                None => pending = true,
                Some(Err(error)) => {
                    let retry = Callback::new(move |_| resource.refetch());
                    return view! { <LoadErrorView error retry /> }.into_any();
                }
                Some(Ok(county)) => counties.push(county),
            }
        }
        let lexicon = match lexicon.get() {
            None => return loading(),
            Some(Err(error)) => {
                let retry = Callback::new(move |_| lexicon.refetch());
                return view! { <LoadErrorView error retry /> }.into_any();
            }
            Some(Ok(lexicon)) => lexicon,
        };
        if pending {
            return loading();
        }
        let bundle = Bundle {
            counties: Arc::new(counties.iter().map(|c| (**c).clone()).collect()),
            lexicon,
        };
        children(bundle).into_any()
    }
}
