//! The one place that turns routes into links and the browser's location into routes. The
//! site may be served from any sub-path, so every link is built from the document's base
//! URL (`<base href>` written by Trunk's `--public-url`), never from `/`.

use catalog::route::Route;

/// The path the site is served from, ending in `/` (e.g. `/samspelskartan/`). Read once:
/// the base does not change while the page lives.
pub fn base_path() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(read_base_path)
}

fn read_base_path() -> String {
    let base = leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_string());
    if base.ends_with('/') {
        base
    } else {
        // A base without a trailing slash names a file; its folder is the base.
        base.rsplit_once('/')
            .map(|(dir, _)| format!("{dir}/"))
            .unwrap_or_else(|| "/".to_string())
    }
}

/// The link to a route, absolute from the server root and under the base path.
pub fn href(route: &Route) -> String {
    format!("{}{}", base_path(), route.to_query())
}

/// The link to a place inside a route's page (`#fragment`). With `<base href>` set, a bare
/// `#fragment` would resolve against the base and lose the query string, so the fragment
/// always follows the whole link.
pub fn href_at(route: &Route, fragment: &str) -> String {
    format!("{}#{fragment}", href(route))
}

/// The id of the element that shows line `line` of a county page on the county's page.
pub fn line_anchor(line: u32) -> String {
    format!("rad-{line}")
}

/// The id of a unit's card on its county's page.
pub fn unit_anchor(unit_id: &str) -> String {
    format!("enhet-{unit_id}")
}

/// The route for a location's path and query string.
pub fn route_for(pathname: &str, search: &str) -> Route {
    let base = base_path();
    let relative = pathname
        .strip_prefix(base)
        .or_else(|| (format!("{pathname}/") == base).then_some(""))
        .unwrap_or(pathname);
    Route::parse(relative, search)
}
