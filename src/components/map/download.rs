//! "Ladda ner kartan (SVG)": the shown map as a standalone SVG file with its title, legends,
//! the teams' places and the source line (`catalog::map::svg::standalone`), handed to the
//! browser as a Blob through an object URL and a link with `download` (which the app's
//! click listener leaves alone). Ready once the shapes have loaded.

use crate::components::layout::use_lang;
use crate::save_file::save_file;
use crate::texts::use_texts;
use catalog::map::{svg, DrawnMap};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DownloadButton(drawn: Memo<Arc<DrawnMap>>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let failed = RwSignal::new(false);
    let save = move |_| {
        let d = drawn.get_untracked();
        let text = svg::standalone(&d, lang);
        failed.set(
            save_file(
                &text,
                &format!("samspelskartan-{}.svg", d.id),
                "image/svg+xml;charset=utf-8",
            )
            .is_err(),
        );
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
