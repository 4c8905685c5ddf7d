//! Offers text made in the page (a map's SVG, a table's CSV) to the browser's downloads,
//! through a Blob and a temporary `<a download>`: nothing is sent anywhere.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

/// Saves `text` as a file named `name` of the media type `media_type`
/// (e.g. `"text/csv;charset=utf-8"`).
pub fn save_file(text: &str, name: &str, media_type: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The browser has started reading the file once the click is handled; free the URL later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}
