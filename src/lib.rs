//! Samspelskartan in the browser. Two WebAssembly modules share this library:
//! - the app (`src/main.rs`): the frame, the front page with its search, counties,
//!   municipalities and the glossary — every page a family may open first;
//! - the staff tools (`src/bin/tools.rs`): the explore, comparison and open-data pages,
//!   loaded only when one of them is opened, so that their code never weighs on a family's
//!   first visit. The app mounts them into its main area and they share the URL.
//!
//! Everything shown comes from the data files under `public/data/`.

pub mod app;
pub mod components;
pub mod data;
pub mod frame;
pub mod links;
pub mod location;
pub mod pages;
pub mod panic_view;
pub mod save_file;
pub mod texts;
pub mod tools;
