//! The staff pages — explore every offer, compare counties and municipalities, the open data
//! files — as a module of their own (`src/bin/tools.rs` mounts them). The app hosts them in
//! its main area (`components::tools_host`); they follow the URL through their own frame
//! and change it with `Location::navigate`/`replace`, which the app follows too.

pub mod compare;
pub mod explore;
pub mod open_data;

use crate::frame::provide_frame;
use crate::pages::not_found::{NotFound, NotFoundPage};
use catalog::route::{Page, ToolPage};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::any::Any;
use std::cell::RefCell;

thread_local! {
    /// The mounted staff pages and the element they are in; dropping the handle removes
    /// them.
    static MOUNTED: RefCell<Option<(web_sys::HtmlElement, Box<dyn Any>)>> =
        const { RefCell::new(None) };
}

/// Mounts the staff pages into the element with this id (replacing any mounted before).
/// Asked again for the element they are already in, it keeps them as they are.
///
/// The app's host (`components::tools_host`) was seen, at the first navigation within a
/// staff page, to be cleaned up and to load again while its element stayed in the page:
/// mounting anew then redrew the page and lost the focus of the field being typed in. So
/// both calls keep the pages while their element is in the document.
pub fn mount(root_id: &str) {
    let Some(root) = document()
        .get_element_by_id(root_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        remove();
        return;
    };
    if MOUNTED.with(|m| m.borrow().as_ref().is_some_and(|(r, _)| *r == root)) {
        return;
    }
    remove();
    let handle = leptos::mount::mount_to(root.clone(), ToolsApp);
    MOUNTED.with(|m| *m.borrow_mut() = Some((root, Box::new(handle))));
}

/// Removes the staff pages once the app has removed their element (the app calls this when
/// the person leaves the staff pages, after its own view has gone).
pub fn unmount() {
    let gone = MOUNTED.with(|m| m.borrow().as_ref().is_some_and(|(r, _)| !r.is_connected()));
    if gone {
        remove();
    }
}

fn remove() {
    let handle = MOUNTED.with(|m| m.borrow_mut().take());
    drop(handle);
}

/// The staff pages' frame: the page the URL names, with its parameters.
#[component]
fn ToolsApp() -> impl IntoView {
    let route = provide_frame(false);
    // The language is part of what is shown: a change of language draws the page anew.
    let tool = Memo::new(move |_| match route.get().page {
        Page::Tool { page, .. } => Some((page, route.get().lang)),
        _ => None,
    });
    move || {
        match tool.get() {
            Some((ToolPage::Explore, _)) => view! { <explore::ExplorePage /> }.into_any(),
            Some((ToolPage::Compare, _)) => view! { <compare::ComparePage /> }.into_any(),
            Some((ToolPage::OpenData, _)) => view! { <open_data::OpenDataPage /> }.into_any(),
            // The app is leaving the staff pages and will remove this module's view.
            None => ().into_any(),
        }
        .into_view()
    }
}

/// The current staff page's parameters (`sida` and `lang` left out).
pub fn use_params() -> Memo<Vec<(String, String)>> {
    let route = crate::frame::use_route();
    Memo::new(move |_| match route.get().page {
        Page::Tool { params, .. } => params,
        _ => Vec::new(),
    })
}

/// A staff page's parameters that cannot be read: the same not-found page as the app's.
#[component]
pub fn ToolProblem(problem: catalog::route::Problem) -> impl IntoView {
    view! { <NotFoundPage reason=NotFound::Url(problem) /> }
}
