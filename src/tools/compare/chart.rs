//! The county table's chart: one figure per county as horizontal SVG bars (names above the
//! bars, so it reads on a phone), switchable between the figures of `ChartFigure::ALL`
//! (`diagram=` in the URL). It is an image with a title and a description that give every
//! value, and beside it a table with the same values and how each is computed.

use super::nav::use_go;
use crate::components::layout::use_lang;
use crate::texts::use_texts;
use catalog::compare::{Chart, ChartFigure, CompareQuery, CountyColumn, CountyTable};
use leptos::prelude::*;
use std::sync::Arc;

/// The drawing's width (about a phone's, so that its text keeps its size there) and each
/// county's height, in SVG units (whole units: an attribute
/// written from an `f64` would pull the float formatting code into the module).
const WIDTH: i32 = 360;
const ROW: i32 = 46;
/// Room below the bars for the axis's values.
const AXIS: i32 = 28;

/// A fraction of the width, in whole SVG units.
fn along(fraction: f64) -> i32 {
    (fraction * f64::from(WIDTH)).round() as i32
}

#[component]
pub fn ChartView(table: Arc<CountyTable>, query: Memo<CompareQuery>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let go = use_go();
    let figure = Memo::new(move |_| query.with(|q| q.chart.unwrap_or(ChartFigure::ALL[0])));
    let switch = ChartFigure::ALL
        .into_iter()
        .map(|f| {
            let pick = move |_| {
                let q = query.get_untracked();
                // The default figure is left out of the URL.
                let chart = (f != ChartFigure::ALL[0]).then_some(f);
                go.to(&CompareQuery { chart, ..q });
            };
            view! {
                <button
                    type="button"
                    class="chart-switch__button"
                    aria-pressed=move || (figure.get() == f).to_string()
                    on:click=pick
                >
                    {f.label(lang)}
                </button>
            }
        })
        .collect_view();
    let drawing = move || {
        let chart = Chart::new(&table, figure.get());
        view! {
            <div class="chart">
                <Bars chart=chart.clone() />
                <ChartTable chart />
            </div>
        }
    };
    view! {
        <section class="page-section" aria-labelledby="diagram-rubrik">
            <h2 id="diagram-rubrik">{t.compare_chart_heading}</h2>
            <div class="chart-switch" role="group" aria-labelledby="diagram-val">
                <p id="diagram-val" class="chart-switch__label">{t.compare_chart_pick}</p>
                {switch}
            </div>
            {drawing}
        </section>
    }
}

/// The bars, with the axis's round values as grid lines.
#[component]
fn Bars(chart: Chart) -> impl IntoView {
    let lang = use_lang();
    let bars_height = chart.bars.len() as i32 * ROW;
    let height = bars_height + AXIS;
    let last = chart.ticks.len().saturating_sub(1);
    let ticks = chart
        .ticks
        .iter()
        .enumerate()
        .map(|(i, tick)| {
            let x = along(tick.position);
            let anchor = match i {
                0 => "start",
                i if i == last => "end",
                _ => "middle",
            };
            let mut label = tick.label(lang);
            if i == last {
                label = format!("{label} {}", chart.figure.unit(lang));
            }
            view! {
                <line class="chart__grid" x1=x x2=x y1="0" y2=bars_height + 4 />
                <text class="chart__tick" x=x y=bars_height + 22 text-anchor=anchor>{label}</text>
            }
        })
        .collect_view();
    let bars = chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = i as i32 * ROW;
            let width = along(bar.length);
            view! {
                <g class="chart__bar">
                    <text x="0" y=y + 16>{bar.county_name.clone()}</text>
                    <text x=WIDTH y=y + 16 text-anchor="end" class="chart__value">{bar.figure.show(lang)}</text>
                    <rect x="0" y=y + 22 width=width height="16" />
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart__svg"
            viewBox=format!("-2 0 {} {height}", WIDTH + 4)
            role="img"
            aria-labelledby="diagram-titel"
            aria-describedby="diagram-beskrivning"
        >
            <title id="diagram-titel">{chart.title(lang)}</title>
            <desc id="diagram-beskrivning">{chart.description(lang)}</desc>
            {ticks}
            {bars}
        </svg>
    }
}

/// The chart's values as a table, with how each is computed.
#[component]
fn ChartTable(chart: Chart) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let rows = chart
        .bars
        .iter()
        .map(|bar| {
            view! {
                <tr>
                    <th scope="row" lang="sv">{bar.county_name.clone()}</th>
                    <td class="num nowrap">{bar.figure.show(lang)}</td>
                    <td class="explain">{bar.figure.explain(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="chart-table">
            <caption>{chart.title(lang)}</caption>
            <thead>
                <tr>
                    <th scope="col">{CountyColumn::Name.column().label(lang).to_string()}</th>
                    <th scope="col">{chart.figure.unit(lang)}</th>
                    <th scope="col">{t.compare_how_computed}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
