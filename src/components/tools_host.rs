//! Where the app shows a staff page: it loads the staff tools' module on demand (the first
//! time only), mounts it into its element, and removes it again when the person leaves the
//! staff pages. A failed download says so, with a retry.

use crate::links::base_path;
use crate::texts::use_texts;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/assets/tools_loader.js")]
extern "C" {
    fn mount_tools(base: &str, root_id: &str) -> js_sys::Promise;
    fn unmount_tools();
}

/// The id of the element the staff pages are mounted into.
const ROOT: &str = "verktyg";

#[component]
pub fn ToolsHost() -> impl IntoView {
    let t = use_texts();
    let state = RwSignal::new(LoadState::Loading);
    let load = move || {
        state.set(LoadState::Loading);
        leptos::task::spawn_local(async move {
            match JsFuture::from(mount_tools(base_path(), ROOT)).await {
                Ok(_) => state.set(LoadState::Mounted),
                Err(e) => state.set(LoadState::Failed(
                    e.as_string()
                        .or_else(|| js_sys::Error::from(e).message().as_string())
                        .unwrap_or_default(),
                )),
            }
        });
    };
    // After the element exists.
    Effect::new(move |_| load());
    on_cleanup(unmount_tools);
    view! {
        {move || match state.get() {
            LoadState::Loading => view! {
                <p class="loading" role="status">{t.loading_tools}</p>
            }
            .into_any(),
            LoadState::Mounted => ().into_any(),
            LoadState::Failed(detail) => view! {
                <section class="load-error" role="alert">
                    <h1>{t.load_error_tools}</h1>
                    <p>{t.load_error_network(&detail)}</p>
                    <button type="button" on:click=move |_| load()>{t.retry}</button>
                </section>
            }
            .into_any(),
        }}
        <div id=ROOT class="tools-root"></div>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum LoadState {
    Loading,
    Mounted,
    Failed(String),
}
