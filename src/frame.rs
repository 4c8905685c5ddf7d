//! What every page can count on, in both modules: the location and the route it gives, the
//! language and its texts, the data store. Each module's frame provides them once
//! (`provide_frame`), so no view makes signals of its own that could outlive it.

use crate::data::Data;
use crate::links::route_for;
use crate::location::Location;
use catalog::route::Route;
use leptos::prelude::*;

/// The current route, derived from the browser's location; provided to every component.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Route>);

/// The route of the current URL.
pub fn use_route() -> Memo<Route> {
    expect_context::<CurrentRoute>().0
}

/// Provides the location (with `links`: handling clicks on the site's links), the route, the
/// language, the texts and the data store; returns the route.
pub fn provide_frame(links: bool) -> Memo<Route> {
    let location = Location::start(links);
    provide_context(location);
    let route = Memo::new(move |_| {
        let here = location.get();
        route_for(&here.pathname, &here.search)
    });
    provide_context(CurrentRoute(route));
    let lang = Memo::new(move |_| route.get().lang);
    provide_context(lang);
    provide_context(Data::start());
    route
}

/// Moves focus to the main content (after a navigation, or from the skip link), so
/// keyboard and screen-reader users start on the new page.
pub fn focus_main() {
    use leptos::wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("innehall")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
