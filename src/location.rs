//! The browser's location as a signal, and in-app navigation. Every view lives in the query
//! string of the site's one page, so navigating is `history.pushState` plus a signal update.
//! One document-level click listener (the app's) turns clicks on the site's own links —
//! HTML `<a>` and SVG `<a>` alike (a map region is an SVG link) — into in-app navigation;
//! back and forward arrive as `popstate`. The app and the staff tools' module each keep a
//! location signal: every navigation announces itself with the window event `NAVIGATED`, so
//! both follow it. This replaces leptos_router, whose matching the app never used and whose
//! click handling skips SVG links.
//!
//! A change a person makes many of in a row (a filter, a letter typed) can write the history
//! after the page has been drawn (`push_soon`, `replace_soon`): the signal changes at once,
//! the browser's `pushState`/`replaceState` — which alone took 1–18 ms per call in headless
//! Chromium, more than drawing the change — follows after the next frame.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::cell::RefCell;
use std::time::Duration;

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
            // Back, forward or the other module's navigation: the history is where the
            // person is now, and this module's writes not yet made no longer apply.
            PENDING.with_borrow_mut(|p| *p = None);
            let now = read_here();
            if here.get_untracked() != now {
                here.set(now);
            }
        };
        window_event_listener(ev::popstate, move |_| follow());
        window_event_listener(ev::Custom::<ev::Event>::new(NAVIGATED), move |_| follow());
        // Leaving or reloading the page: the history gets the last state first.
        window_event_listener(ev::Custom::<ev::Event>::new("pagehide"), move |_| flush());
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

    /// Like `navigate`, but the history entry is written after the page has drawn the
    /// change (see the module's documentation); Back steps back through these entries as
    /// through any other.
    pub fn push_soon(&self, url: &str) {
        self.go_soon(url, false);
    }

    /// Like `replace`, with the history written after the page has drawn the change.
    pub fn replace_soon(&self, url: &str) {
        self.go_soon(url, true);
    }

    /// Goes to `url`, replacing the current history entry when `replace` is set.
    fn go(&self, url: &str, replace: bool) {
        // The writes still to make come first, so the entries keep their order.
        flush();
        if !write(url, replace) {
            return;
        }
        let here = read_here();
        let fragment = here.hash.trim_start_matches('#').to_string();
        self.0.set(here);
        announce();
        scroll_to(&fragment, replace);
    }

    /// Goes to `url` now and writes the history after the next frame: a replacing write
    /// following another one not made yet takes its place (the entry ends up with the last
    /// URL, new if the first one was).
    fn go_soon(&self, url: &str, replace: bool) {
        let Some((href, here)) = resolve(url) else {
            return self.go(url, replace);
        };
        let first = PENDING.with_borrow_mut(|p| {
            let first = p.is_none();
            let pending = p.get_or_insert_with(|| Pending {
                from: window().location().href().unwrap_or_default(),
                writes: Vec::new(),
            });
            match pending.writes.last_mut() {
                Some(last) if replace => last.0 = href,
                _ => pending.writes.push((href, replace)),
            }
            first
        });
        if first {
            // After the frame that shows the change has been drawn.
            request_animation_frame(|| set_timeout(flush, Duration::ZERO));
        }
        let fragment = here.hash.trim_start_matches('#').to_string();
        self.0.set(here);
        scroll_to(&fragment, replace);
    }
}

/// The history writes of `push_soon` and `replace_soon` not made yet, in order.
struct Pending {
    /// The page's URL when the first of them was asked for; if it is another by the time
    /// they are made, the person or the other module has moved on and they are dropped.
    from: String,
    /// Each URL (absolute) and whether it replaces the current entry.
    writes: Vec<(String, bool)>,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// Makes the history writes not made yet, and tells the other module.
fn flush() {
    let Some(pending) = PENDING.with_borrow_mut(Option::take) else {
        return;
    };
    if window().location().href().ok().as_deref() != Some(pending.from.as_str()) {
        return;
    }
    for (url, replace) in &pending.writes {
        if !write(url, *replace) {
            return;
        }
    }
    announce();
}

/// Writes a history entry; `false` when the URL is not the page's origin and the browser
/// was sent there instead.
fn write(url: &str, replace: bool) -> bool {
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
    }
    done.is_ok()
}

/// Tells both modules' location signals that the history has changed.
fn announce() {
    if let Ok(event) = web_sys::Event::new(NAVIGATED) {
        let _ = window().dispatch_event(&event);
    }
}

/// `url` resolved against the document's base, as the location would read after going
/// there; `None` when it is not of the page's origin.
fn resolve(url: &str) -> Option<(String, Here)> {
    let base = document().base_uri().ok()??;
    let u = web_sys::Url::new_with_base(url, &base).ok()?;
    (u.origin() == web_sys::Url::new(&base).ok()?.origin()).then(|| {
        let here = Here {
            pathname: u.pathname(),
            search: u.search(),
            hash: u.hash(),
        };
        (u.href(), here)
    })
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
