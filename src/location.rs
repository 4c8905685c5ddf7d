//! The browser's location as a signal, and in-app navigation. Every view lives in the query
//! string of the site's one page, so navigating is `history.pushState` plus a signal update.
//! One document-level click listener (the app's) turns clicks on the site's own links —
//! HTML `<a>` and SVG `<a>` alike (a map region is an SVG link) — into in-app navigation;
//! back and forward arrive as `popstate`. The app and the staff tools' module each keep a
//! location signal: every navigation announces itself with the window event `NAVIGATED`, so
//! both follow it. This replaces leptos_router, whose matching the app never used and whose
//! click handling skips SVG links.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// Where the browser is: the path, the query string (with its `?`) and the fragment (with
/// its `#`), as `window.location` gives them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Here {
    pub pathname: String,
    pub search: String,
    pub hash: String,
}

/// The location signal, provided to every component by the app's frame.
#[derive(Clone, Copy)]
pub struct Location(RwSignal<Here>);

/// The window event every in-app navigation dispatches, so that both modules' location
/// signals follow it.
pub const NAVIGATED: &str = "samspelskartan-navigated";

impl Location {
    /// Reads the current location and follows it (back/forward, and navigations by either
    /// module). With `links`, also turns clicks on the site's own links into in-app
    /// navigation: the app does; the staff tools' module, inside the app, does not.
    pub fn start(links: bool) -> Location {
        let here = RwSignal::new(read_here());
        let location = Location(here);
        let follow = move || {
            let now = read_here();
            if here.get_untracked() != now {
                here.set(now);
            }
        };
        window_event_listener(ev::popstate, move |_| follow());
        window_event_listener(ev::Custom::<ev::Event>::new(NAVIGATED), move |_| follow());
        if links {
            let _ = document().add_event_listener_with_callback("click", &click_listener(location));
        }
        location
    }

    pub fn get(&self) -> Here {
        self.0.get()
    }

    /// Goes to `url` (absolute or relative to the document's base) inside the app: a new
    /// history entry, the page at its top (or at its fragment).
    pub fn navigate(&self, url: &str) {
        self.go(url, false);
    }

    /// Goes to `url` without a new history entry (a change a person would not step back
    /// through one by one, such as each letter typed in a filter).
    pub fn replace(&self, url: &str) {
        self.go(url, true);
    }

    /// Goes to `url`, replacing the current history entry when `replace` is set.
    fn go(&self, url: &str, replace: bool) {
        let history = window().history().expect("a browser window has a history");
        let state = wasm_bindgen::JsValue::NULL;
        let done = if replace {
            history.replace_state_with_url(&state, "", Some(url))
        } else {
            history.push_state_with_url(&state, "", Some(url))
        };
        if done.is_err() {
            // Not same-origin after all: let the browser load it.
            let _ = window().location().set_href(url);
            return;
        }
        let here = read_here();
        let fragment = here.hash.trim_start_matches('#').to_string();
        self.0.set(here);
        if let Ok(event) = web_sys::Event::new(NAVIGATED) {
            let _ = window().dispatch_event(&event);
        }
        scroll_to(&fragment, replace);
    }
}

/// The location signal (see `Location`).
pub fn use_location() -> Location {
    expect_context::<Location>()
}

fn read_here() -> Here {
    let l = window().location();
    Here {
        pathname: l.pathname().unwrap_or_default(),
        search: l.search().unwrap_or_default(),
        hash: l.hash().unwrap_or_default(),
    }
}

/// After a navigation: the element the fragment names, else the top of the page (a
/// replaced entry keeps where the person was).
fn scroll_to(fragment: &str, replace: bool) {
    let target = (!fragment.is_empty())
        .then(|| document().get_element_by_id(fragment))
        .flatten();
    match target {
        Some(el) => el.scroll_into_view(),
        None if !replace => window().scroll_to_with_x_and_y(0.0, 0.0),
        None => {}
    }
}

/// The document's click listener, kept for the page's lifetime.
fn click_listener(location: Location) -> js_sys::Function {
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |ev: web_sys::MouseEvent| {
            if let Some(url) = in_app_target(&ev) {
                ev.prevent_default();
                location.navigate(&url);
            }
        },
    );
    let f = closure.as_ref().unchecked_ref::<js_sys::Function>().clone();
    closure.forget();
    f
}

/// The URL a click should open inside the app: a plain left click, not handled already, on
/// a link (HTML or SVG) to the site's own page, without `target`, `download` or
/// `rel="external"`.
fn in_app_target(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let link = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.has_attribute("target")
        || link.has_attribute("download")
        || link
            .get_attribute("rel")
            .is_some_and(|r| r.split_whitespace().any(|w| w == "external"))
    {
        return None;
    }
    let href = link.get_attribute("href")?;
    let base = document().base_uri().ok()??;
    let url = web_sys::Url::new_with_base(&href, &base).ok()?;
    let own = window().location();
    let same_site = url.origin() == own.origin().ok()?
        && url.pathname().starts_with(crate::links::base_path())
        && (url.pathname() == crate::links::base_path() || url.pathname().ends_with("/index.html"));
    same_site.then(|| url.href())
}
