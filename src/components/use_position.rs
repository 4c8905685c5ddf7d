//! "Använd min position", beside the front page's search: the browser's geolocation, located
//! to a municipality on the device (`catalog::geometry::locate` over `data/geo/lookup.json`,
//! fetched only when the button is pressed), then that municipality's page. Nothing is sent
//! anywhere, and the page says so beside the button. Denied, unavailable, timed out, outside
//! Sweden or a lookup that cannot be fetched: a clear message, and focus back to the search
//! field. `PositionNote` on the municipality's page says how it was found, and whether the
//! match is only approximate (a position just outside every simplified shape).

use crate::components::layout::use_lang;
use crate::data::{use_data, LoadError};
use crate::frame::use_route;
use crate::links::href;
use crate::location::use_location;
use crate::texts::{use_texts, Texts};
use catalog::geometry::locate;
use catalog::map::words::kilometres;
use catalog::route::{Page, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::{closure::Closure, JsCast};

/// The id of the search field focus returns to (`place_search`).
const SEARCH_FIELD: &str = "var-bor-du";

/// Where the button has got to.
#[derive(Debug, Clone, PartialEq)]
enum Progress {
    Idle,
    Locating,
    Denied,
    Unavailable,
    TimedOut,
    Unsupported,
    Outside,
    LookupFailed(String),
}

#[component]
pub fn UsePosition() -> impl IntoView {
    let t = use_texts();
    let progress = RwSignal::new(Progress::Idle);
    let data = use_data();
    let location = use_location();
    let route = use_route();
    // A failure is said, and the person goes on where they can type their municipality.
    let fail = move |p: Progress| {
        progress.set(p);
        if let Some(field) = document()
            .get_element_by_id(SEARCH_FIELD)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    };
    let found = move |lon: f64, lat: f64| {
        // The lookup file is fetched now, the first time it is needed.
        let lookup = data.lookup();
        spawn_local(async move {
            match lookup.await {
                Err(e) => fail(Progress::LookupFailed(load_error_detail(&e))),
                Ok(lookup) => match locate(&lookup, lon, lat) {
                    None => fail(Progress::Outside),
                    Some(place) => {
                        let lang = route.get_untracked().lang;
                        let url = href(&Route::municipality(&place.code, lang));
                        data.located.set(Some(place));
                        progress.set(Progress::Idle);
                        location.navigate(&url);
                    }
                },
            }
        });
    };
    let press = move |_| {
        let Some(geolocation) = window().navigator().geolocation().ok() else {
            fail(Progress::Unsupported);
            return;
        };
        progress.set(Progress::Locating);
        let success = Closure::once_into_js(move |position: web_sys::Position| {
            let c = position.coords();
            found(c.longitude(), c.latitude());
        });
        let error = Closure::once_into_js(move |e: web_sys::PositionError| {
            fail(match e.code() {
                web_sys::PositionError::PERMISSION_DENIED => Progress::Denied,
                web_sys::PositionError::TIMEOUT => Progress::TimedOut,
                _ => Progress::Unavailable,
            })
        });
        let options = web_sys::PositionOptions::new();
        options.set_timeout(15_000);
        options.set_maximum_age(60_000);
        let asked = geolocation.get_current_position_with_error_callback_and_options(
            success.unchecked_ref(),
            Some(error.unchecked_ref()),
            &options,
        );
        if asked.is_err() {
            fail(Progress::Unavailable);
        }
    };
    let message = move || {
        let p = progress.get();
        let text = message(&p, t)?;
        Some(if p == Progress::Locating {
            view! { <p class="use-position__status" role="status">{text}</p> }.into_any()
        } else {
            view! { <p class="use-position__problem" role="alert">{text}</p> }.into_any()
        })
    };
    view! {
        <div class="use-position">
            <button
                type="button"
                class="use-position__button"
                aria-describedby="position-integritet"
                on:click=press
                disabled=move || progress.get() == Progress::Locating
            >
                {t.position_button}
            </button>
            <p id="position-integritet" class="use-position__privacy">{t.position_privacy}</p>
            {message}
        </div>
    }
}

/// What to say at a stage, if anything.
fn message(p: &Progress, t: &'static Texts) -> Option<String> {
    Some(match p {
        Progress::Idle => return None,
        Progress::Locating => t.position_locating.to_string(),
        Progress::Denied => t.position_denied.to_string(),
        Progress::Unavailable => t.position_unavailable.to_string(),
        Progress::TimedOut => t.position_timeout.to_string(),
        Progress::Unsupported => t.position_unsupported.to_string(),
        Progress::Outside => t.position_outside.to_string(),
        Progress::LookupFailed(detail) => t.position_lookup_failed(detail),
    })
}

/// A load error in a few words, for the message.
fn load_error_detail(e: &LoadError) -> String {
    match e {
        LoadError::Network(_, d) => d.clone(),
        LoadError::Http(_, status) => format!("HTTP {status}"),
        LoadError::Data(_, e) => e.to_string(),
    }
}

/// On the municipality's page "Använd min position" opened: that it was found by the
/// device's position, and when the position lay in no municipality's shape but near this
/// one, that the match is approximate.
#[component]
pub fn PositionNote(
    /// The page's municipality.
    code: String,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let data = use_data();
    let route = use_route();
    let page = code.clone();
    // Said once: leaving for another page forgets it (a change of language does not).
    on_cleanup(move || {
        let here =
            matches!(route.get_untracked().page, Page::Municipality { code } if code == page);
        if !here {
            data.located.set(None);
        }
    });
    data.located
        .get_untracked()
        .filter(|l| l.code == code)
        .map(|located| {
            let (text, class) = if located.approximate {
                let distance = kilometres(located.distance_m, lang);
                let text = t.position_approximate(&located.name, distance);
                (text, "position-note notice")
            } else {
                (t.position_found(&located.name), "position-note")
            };
            view! { <p class=class role="status">{text}</p> }
        })
}
