//! The app's WebAssembly module: mounts the frame and the pages a family may open first
//! (see `samspelskartan::app`). The staff pages come as a module of their own
//! (`src/bin/tools.rs`), loaded on demand.

fn main() {
    samspelskartan::panic_view::install();
    leptos::mount::mount_to_body(samspelskartan::app::App);
}
