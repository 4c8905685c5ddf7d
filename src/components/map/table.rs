//! The same facts as the map, as a table visible to everyone (the map's text alternative):
//! one row per county or municipality in Swedish alphabetical order, its name linking to its
//! page, its status in words.

use super::figure::Regions;
use super::region::region_href;
use crate::frame::use_route;
use crate::texts::use_texts;
use catalog::map::{words::capitalised, DrawnMap};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MapTable(drawn: Memo<Arc<DrawnMap>>, regions: Regions) -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    move || {
        let d = drawn.get();
        let columns = d.regions.first().map_or(0, |r| r.facts.len());
        let first = match regions {
            Regions::Counties => t.map_col_county,
            Regions::Municipalities => t.map_col_municipality,
        };
        let heads = match columns {
            2 => vec![t.map_col_team, t.map_col_social],
            _ if regions == Regions::Counties => vec![t.map_col_team],
            _ => vec![t.map_col_facts],
        };
        let heads = heads
            .into_iter()
            .map(|h| view! { <th scope="col">{h}</th> })
            .collect_view();
        let rows = d
            .alphabetical()
            .into_iter()
            .map(|r| {
                let link = region_href(&r.code, regions, route);
                let marked = r
                    .marked
                    .then(|| view! { " "<span class="map-table__marked">{t.map_marked}</span> });
                let cells = r
                    .facts
                    .iter()
                    .map(|f| view! { <td>{capitalised(f)}</td> })
                    .collect_view();
                view! {
                    <tr class:is-marked=r.marked>
                        <th scope="row"><a href=link lang="sv">{r.name.clone()}</a>{marked}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="map-table">
                <caption>{t.map_table_caption(&d.title)}</caption>
                <thead>
                    <tr><th scope="col">{first}</th>{heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
