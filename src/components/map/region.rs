//! One region of a map: an SVG link to its county's or municipality's page, named by its
//! status in words. Hover and focus show its tooltip, Escape closes it (`canvas`); on touch
//! the first tap shows the tooltip with its link instead of leaving the page. The click
//! itself is the app's: its document listener opens SVG links inside the app
//! (`crate::location`); Enter is handled here, since Chromium does not activate SVG links
//! from the keyboard.

use super::figure::{By, MapState, Regions, Tip};
use crate::frame::use_route;
use crate::links::href;
use crate::location::use_location;
use catalog::map::{DrawnRegion, StanceMark};
use catalog::route::Route;
use leptos::prelude::*;

/// The page a region links to.
pub fn region_href(code: &str, regions: Regions, route: Memo<Route>) -> String {
    let lang = route.get_untracked().lang;
    match regions {
        Regions::Counties => href(&Route::county(code, lang)),
        Regions::Municipalities => href(&Route::municipality(code, lang)),
    }
}

#[component]
pub fn RegionLink(
    region: DrawnRegion,
    /// Its place in `DrawnMap::regions`.
    index: usize,
    /// Prefix of the map's pattern ids.
    prefix: String,
    regions: Regions,
    state: MapState,
) -> impl IntoView {
    let route = use_route();
    let location = use_location();
    let link = region_href(&region.code, regions, route);
    // Chromium does not follow an SVG link on Enter as it does an HTML one: Enter opens
    // the page here, inside the app.
    let enter_link = link.clone();
    let fill = region.fill.attr(&prefix);
    let mark = region.mark.and_then(StanceMark::pattern).map(|id| {
        view! { <path class="map__mark" d=region.d.clone() fill=format!("url(#{prefix}-{id})") /> }
    });
    let highlighted = {
        let region = region.clone();
        move || state.highlight().is_some_and(|k| region.has(k))
    };
    let class = format!("map__region {}", region.fill.class());
    // Whether the pointer that is about to click is a finger: its first tap shows the
    // tooltip, the link in the tooltip (or a second tap) opens the page.
    let touch = StoredValue::new(false);
    // Blur and mouseleave also fire while a click's navigation removes the map, after its
    // state is gone: hence the `try_` forms, which then do nothing.
    let show = move |by: By| {
        state.tip.try_set(Some(Tip { index, by }));
    };
    let hide = move |by: By| {
        if state.tip.try_get_untracked() == Some(Some(Tip { index, by })) {
            // A region that still has focus shows its tooltip again.
            let back = state
                .focused
                .try_get_untracked()
                .flatten()
                .map(|index| Tip {
                    index,
                    by: By::Focus,
                });
            state.tip.try_set(back);
        }
    };
    // Before the page changes: no tooltip, no focus, so that the map's own redraws do not
    // run while it is being removed.
    let quiet = move || {
        state.tip.try_set(None);
        state.focused.try_set(None);
    };
    view! {
        <g class=class class:is-highlighted=highlighted>
            <a
                href=link
                tabindex="0"
                aria-label=region.accessible_name.clone()
                data-code=region.code.clone()
                on:mouseenter=move |_| show(By::Hover)
                on:mouseleave=move |_| hide(By::Hover)
                on:focus=move |_| {
                    state.focused.try_set(Some(index));
                    show(By::Focus);
                }
                on:blur=move |_| {
                    if state.focused.try_get_untracked().flatten().is_some() {
                        state.focused.try_set(None);
                    }
                    hide(By::Focus);
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && !ev.default_prevented() {
                        ev.prevent_default();
                        quiet();
                        location.navigate(&enter_link);
                    }
                }
                on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                    touch.set_value(ev.pointer_type() == "touch");
                }
                on:click=move |ev: leptos::ev::MouseEvent| {
                    let tapped = state.tip.try_get_untracked() == Some(Some(Tip { index, by: By::Tap }));
                    if touch.get_value() && !tapped {
                        ev.prevent_default();
                        show(By::Tap);
                    } else {
                        // The app's document listener opens the page next.
                        quiet();
                    }
                    touch.set_value(false);
                }
            >
                <path class="map__area" d=region.d.clone() fill=fill />
                {mark}
            </a>
        </g>
    }
}
