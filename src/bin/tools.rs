//! The staff tools' WebAssembly module (explore, compare, open data): loaded by the app only
//! when one of those pages is opened, and mounted into the element the app gives it. Its
//! two exports are the whole interface between the modules; the URL is their shared state.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Mounts the staff pages into the element with this id.
#[wasm_bindgen]
pub fn mount(root_id: &str) {
    samspelskartan::panic_view::install();
    samspelskartan::tools::mount(root_id);
}

/// Removes them again (the app is leaving the staff pages).
#[wasm_bindgen]
pub fn unmount() {
    samspelskartan::tools::unmount();
}
