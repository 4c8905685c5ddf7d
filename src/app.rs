//! The app's frame: language and URL state, the data index's loading and its errors, the
//! header and footer, and which page the URL asks for.

use crate::components::layout::{Footer, Header};
use crate::components::load_error::LoadErrorView;
use crate::data::Data;
use crate::links::route_for;
use crate::location::Location;
use crate::pages::county::CountyPage;
use crate::pages::glossary::GlossaryPage;
use crate::pages::home::HomePage;
use crate::pages::municipality::MunicipalityPage;
use crate::pages::not_found::{NotFound, NotFoundPage};
use crate::texts::use_texts;
use catalog::route::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell />
    }
}

/// The current route, derived from the browser's location; provided to every component.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Route>);

/// The route of the current URL.
pub fn use_route() -> Memo<Route> {
    expect_context::<CurrentRoute>().0
}

#[component]
fn Shell() -> impl IntoView {
    let location = Location::start();
    provide_context(location);
    let route = Memo::new(move |_| {
        let here = location.get();
        route_for(&here.pathname, &here.search)
    });
    provide_context(CurrentRoute(route));
    let lang = Memo::new(move |_| route.get().lang);
    provide_context(lang);
    crate::texts::provide_texts(lang);

    let t = use_texts();
    // The document's language follows the URL, for screen readers and hyphenation.
    Effect::new(move || {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", route.get().lang.code());
        }
    });

    let data = Data::new();
    provide_context(data);
    let retry = Callback::new(move |_| data.index.refetch());
    let page = move || {
        data.index.get().map(|loaded| match loaded {
            Err(error) => view! { <LoadErrorView error retry /> }.into_any(),
            Ok(index) => match route.get().page {
                Page::Home => view! { <HomePage index /> }.into_any(),
                Page::County { code } => view! { <CountyPage index code /> }.into_any(),
                Page::Municipality { code } => {
                    view! { <MunicipalityPage index code /> }.into_any()
                }
                Page::Glossary => view! { <GlossaryPage /> }.into_any(),
                // The staff pages are built next; until then their addresses say so.
                Page::Explore { .. } | Page::Compare(_) | Page::OpenData => view! {
                    <NotFoundPage reason=NotFound::Url(catalog::route::Problem::UnknownParameter("sida".into())) />
                }
                .into_any(),
                Page::Invalid(problem) => {
                    view! { <NotFoundPage reason=NotFound::Url(problem) /> }.into_any()
                }
            },
        })
    };

    // Move focus to the main content after each in-app navigation (not on the first
    // load), so keyboard and screen-reader users start on the new page. Pages set their
    // own document title (components::layout::use_title).
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            focus_main();
        }
    });

    view! {
        <a class="skip-link" href="#innehall" on:click=skip_to_main>
            {move || t.get().skip_to_content}
        </a>
        <Header />
        <main id="innehall" tabindex="-1">
            <Suspense fallback=move || {
                view! { <p class="loading" role="status">{move || t.get().loading}</p> }
            }>{page}</Suspense>
        </main>
        <Footer />
    }
}

/// The skip link: with `<base href>` set, a bare `#innehall` would resolve against the
/// base and drop the query string, so focus the main element directly instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

fn focus_main() {
    use leptos::wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("innehall")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
