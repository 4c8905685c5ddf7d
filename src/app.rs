//! The app's frame: the data index's loading and its errors, the header and footer, and
//! which page the URL asks for. The staff pages are not in this module: for them the frame
//! hosts the staff tools' module (`components::tools_host`).

use crate::components::layout::{Footer, Header};
use crate::components::load_error::LoadErrorView;
use crate::components::tools_host::ToolsHost;
use crate::data::use_data;
use crate::frame::{focus_main, provide_frame};
use crate::pages::county::CountyPage;
use crate::pages::glossary::GlossaryPage;
use crate::pages::home::HomePage;
use crate::pages::municipality::MunicipalityPage;
use crate::pages::not_found::{NotFound, NotFoundPage};
use crate::texts::use_texts;
use catalog::route::Page;
use leptos::prelude::*;

/// What the frame shows: one of its own pages, or the staff tools' module (which follows
/// the URL within its pages by itself, so the frame does not redraw when only their
/// parameters change).
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Own(Page),
    Tools,
}

#[component]
pub fn App() -> impl IntoView {
    let route = provide_frame(true);
    // The language is part of what is shown: a change of language draws the page anew
    // (texts are plain strings, see `texts`).
    let lang = Memo::new(move |_| route.get().lang);
    // The document's language follows the URL, for screen readers and hyphenation. Only
    // when it changes: setting the root's `lang` restyles the whole page (~7 ms on the
    // explore page, once per filter or letter when it followed every route).
    Effect::new(move || {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });
    let shown = Memo::new(move |_| match route.get().page {
        Page::Tool { .. } => Shown::Tools,
        page => Shown::Own(page),
    });

    let data = use_data();
    let retry = Callback::new(move |_| data.index.refetch());
    let page = move || {
        lang.track();
        data.index.get().map(|loaded| match loaded {
            Err(error) => view! { <LoadErrorView error retry /> }.into_any(),
            Ok(index) => match shown.get() {
                Shown::Tools | Shown::Own(Page::Tool { .. }) => view! { <ToolsHost /> }.into_any(),
                Shown::Own(Page::Home) => view! { <HomePage index /> }.into_any(),
                Shown::Own(Page::County { code }) => view! { <CountyPage index code /> }.into_any(),
                Shown::Own(Page::Municipality { code }) => {
                    view! { <MunicipalityPage index code /> }.into_any()
                }
                Shown::Own(Page::Glossary) => view! { <GlossaryPage /> }.into_any(),
                Shown::Own(Page::Invalid(problem)) => {
                    view! { <NotFoundPage reason=NotFound::Url(problem) /> }.into_any()
                }
            },
        })
    };

    // Move focus to the main content after each in-app navigation to another page (not on
    // the first load, not when a staff page only changes its filters), so keyboard and
    // screen-reader users start on the new page. Pages set their own document title
    // (components::layout::use_title).
    Effect::new(move |previous: Option<Shown>| {
        let now = shown.get();
        if previous.is_some_and(|p| p != now) {
            focus_main();
        }
        now
    });

    let header = move || {
        lang.track();
        view! {
            <a class="skip-link" href="#innehall" on:click=skip_to_main>
                {use_texts().skip_to_content}
            </a>
            <Header />
        }
    };
    let footer = move || {
        lang.track();
        view! { <Footer /> }
    };
    view! {
        {header}
        <main id="innehall" tabindex="-1">
            <Suspense fallback=move || {
                view! { <p class="loading" role="status">{use_texts().loading}</p> }
            }>{page}</Suspense>
        </main>
        {footer}
    }
}

/// The skip link: with `<base href>` set, a bare `#innehall` would resolve against the
/// base and drop the query string, so focus the main element directly instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}
