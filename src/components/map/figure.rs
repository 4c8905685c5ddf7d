//! One map with everything beside it: the drawing (its box reserved from the start), the
//! legend that highlights, the teams' places, the download, and the same facts as a table.
//! The state the parts share (which region shows its tooltip, which has focus, which legend
//! entry is highlighted) lives here.

use super::canvas::MapCanvas;
use super::download::DownloadButton;
use super::legend::{LegendView, PinList};
use super::table::MapTable;
use crate::data::LoadError;
use crate::texts::use_texts;
use catalog::map::{DrawnMap, LegendKey};
use leptos::prelude::*;
use std::sync::Arc;

/// How a tooltip was opened: it closes the same way (a hover when the pointer leaves, a focus
/// on blur), and a tap's tooltip holds the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Hover,
    Focus,
    Tap,
}

/// The region whose tooltip shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip {
    /// Index into `DrawnMap::regions`.
    pub index: usize,
    pub by: By,
}

/// What the parts of one map share.
#[derive(Clone, Copy)]
pub struct MapState {
    pub tip: RwSignal<Option<Tip>>,
    /// The region with keyboard focus.
    pub focused: RwSignal<Option<usize>>,
    /// The legend entry under the pointer or focus.
    pub preview: RwSignal<Option<LegendKey>>,
    /// The legend entry pressed (it stays highlighted).
    pub pinned: RwSignal<Option<LegendKey>>,
}

impl MapState {
    fn new() -> MapState {
        MapState {
            tip: RwSignal::new(None),
            focused: RwSignal::new(None),
            preview: RwSignal::new(None),
            pinned: RwSignal::new(None),
        }
    }

    /// The legend entry whose regions are highlighted.
    pub fn highlight(&self) -> Option<LegendKey> {
        self.preview.get().or_else(|| self.pinned.get())
    }
}

/// What a map's regions link to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regions {
    Counties,
    Municipalities,
}

#[component]
pub fn MapFigure(
    /// The map; its shapes arrive with its file.
    drawn: Memo<Arc<DrawnMap>>,
    /// Its file's name (`"sweden"`, `"18"`), for the box reserved before it arrives.
    file: String,
    regions: Regions,
    /// The map file's failure, if it failed.
    error: Signal<Option<LoadError>>,
    retry: Callback<()>,
    /// The small map of a municipality's page: its table folded away under the map.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    let t = use_texts();
    let state = MapState::new();
    let table = if small {
        view! {
            <details class="map-figure__table">
                <summary>{t.map_as_table}</summary>
                <MapTable drawn regions />
            </details>
        }
        .into_any()
    } else {
        view! {
            <div class="map-figure__table">
                <MapTable drawn regions />
            </div>
        }
        .into_any()
    };
    let hint = (!small).then(|| {
        let text = match regions {
            Regions::Counties => t.map_keys_counties,
            Regions::Municipalities => t.map_keys_municipalities,
        };
        view! { <p class="map-figure__hint">{text}</p> }
    });
    view! {
        <div class=if small { "map-figure map-figure--small" } else { "map-figure" }>
            <div class="map-figure__map">
                <MapCanvas drawn file regions state error retry small />
                {hint}
            </div>
            <div class="map-figure__side">
                <LegendView drawn state />
                <PinList drawn />
                <DownloadButton drawn />
            </div>
            {table}
        </div>
    }
}
