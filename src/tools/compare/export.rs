//! Taking a table away: its CSV downloaded in the browser (plain, and "för Excel" with
//! semicolons, decimal commas and a byte-order mark, both written by `catalog::compare`), and
//! a "cite this" text with the view's URL. Nothing leaves the browser: the file is a Blob
//! handed to an `<a download>`.

use super::load::Bundle;
use crate::components::layout::use_lang;
use crate::save_file::save_file;
use crate::texts::use_texts;
use catalog::compare::{cite, CompareQuery, CsvFormat, TableKind};
use catalog::County;
use leptos::prelude::*;

/// Today's date in the reader's time zone, `YYYY-MM-DD`: the "when" of a file name and of a
/// citation.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The two download buttons of a table and what the files hold. `csv` writes the table as
/// shown (its sort, its filter) in a format.
#[component]
pub fn Downloads(query: Memo<CompareQuery>, csv: Callback<CsvFormat, String>) -> impl IntoView {
    let t = use_texts();
    let save = move |format: CsvFormat| {
        let name = query.with_untracked(|q| q.file_name(&today(), format));
        let text = csv.run(format);
        if let Err(e) = save_file(&text, &name, "text/csv;charset=utf-8") {
            leptos::logging::error!("download failed: {e:?}");
        }
    };
    view! {
        <div class="downloads">
            <button type="button" on:click=move |_| save(CsvFormat::PLAIN)>
                {t.compare_download_csv}
            </button>
            <button type="button" on:click=move |_| save(CsvFormat::EXCEL)>
                {t.compare_download_excel}
            </button>
        </div>
        <p class="downloads__note">{t.compare_export_note}</p>
    }
}

/// The county pages a view draws on: every county, or the municipalities table's county
/// filter, or the counties of the picked units.
fn cited<'a>(query: &CompareQuery, bundle: &'a Bundle) -> Vec<&'a County> {
    bundle
        .counties
        .iter()
        .filter(|c| match query.table {
            TableKind::Counties | TableKind::Methods => true,
            TableKind::Municipalities => query.county.as_ref().is_none_or(|f| *f == c.code),
            TableKind::Units => c.units.iter().any(|u| query.units.contains(&u.id)),
        })
        .collect()
}

/// The "cite this" text of the view: its title, the county pages it draws on with their
/// dates, the view's URL and today's date.
#[component]
pub fn Citation(query: Memo<CompareQuery>, bundle: Bundle) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let text = move || {
        let q = query.get();
        // The URL of the view as it is now (read after the query changed with it).
        let url = window().location().href().unwrap_or_default();
        cite(
            q.table.title(lang),
            cited(&q, &bundle),
            &url,
            &today(),
            lang,
        )
    };
    view! {
        <h3>{t.compare_cite_heading}</h3>
        <p class="cite-text">{text}</p>
    }
}

/// The export part under a table: the downloads and the citation.
#[component]
pub fn ExportSection(
    query: Memo<CompareQuery>,
    csv: Callback<CsvFormat, String>,
    bundle: Bundle,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="page-section export" aria-labelledby="ta-med-rubrik">
            <h2 id="ta-med-rubrik">{t.compare_export_heading}</h2>
            <Downloads query csv />
            <Citation query bundle />
        </section>
    }
}
