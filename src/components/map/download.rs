//! "Ladda ner kartan (SVG)": the shown map as a standalone SVG file with its title, legends,
//! the teams' places and the source line (`catalog::map::svg::standalone`), handed to the
//! browser as a Blob through an object URL and a link with `download` (which the app's
//! click listener leaves alone). Ready once the shapes have loaded.

use crate::components::layout::use_lang;
use crate::texts::use_texts;
use catalog::map::{svg, DrawnMap};
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use std::sync::Arc;
use std::time::Duration;

#[component]
pub fn DownloadButton(drawn: Memo<Arc<DrawnMap>>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let failed = RwSignal::new(false);
    let save = move |_| {
        let d = drawn.get_untracked();
        let text = svg::standalone(&d, lang);
        failed.set(save_file(&text, &format!("samspelskartan-{}.svg", d.id)).is_err());
    };
    view! {
        <p class="map-download">
            <button type="button" on:click=save disabled=move || !drawn.get().shapes>
                {t.map_download}
            </button>
        </p>
        <p class="map-download__failed" role="alert" hidden=move || !failed.get()>
            {t.map_download_failed}
        </p>
    }
}

/// Offers `text` as a file named `name` to the browser's downloads.
fn save_file(text: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    let body = document()
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled; free the URL a little later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Ok(())
}
