//! Samspelskartan in the browser: mounts the app. Everything it shows comes from the data
//! files under `public/data/` (an index at start, a county's file when it is shown).

mod app;
mod components;
mod data;
mod links;
mod location;
mod pages;
mod texts;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
