//! The open data page (`?sida=data`): every file the data tool writes for other tools
//! (`catalog::open_data`), with what it holds, its format, size, contents, columns or
//! properties, source and licence, and a download link; then the HSDS mapping, the sources,
//! the licences and a citation. The page reads the small manifest the data tool writes
//! beside the files; the files themselves are fetched only by their download links.

use crate::components::layout::{use_lang, use_title};
use crate::frame::use_route;
use crate::links::{base_path, href};
use crate::texts::use_texts;
use catalog::open_data::hsds::{MAPPING, UUID_NAMESPACE};
use catalog::open_data::words::{self, words};
use catalog::open_data::{cite, size, FieldDoc, FileKind, Manifest, OpenFile, MANIFEST_PATH};
use catalog::route::{Lang, Page, Route};
use gloo_net::http::Request;
use leptos::prelude::*;
use std::sync::Arc;

/// Why the manifest could not be read.
#[derive(Debug, Clone, PartialEq)]
enum ManifestError {
    Network(String),
    Http(u16),
    Malformed(String),
}

async fn fetch_manifest() -> Result<Arc<Manifest>, ManifestError> {
    let url = format!("{}{MANIFEST_PATH}", base_path());
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| ManifestError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(ManifestError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| ManifestError::Network(e.to_string()))?;
    Manifest::parse(&text)
        .map(Arc::new)
        .map_err(ManifestError::Malformed)
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let t = use_texts();
    let w = words(use_lang());
    use_title(move || Some(t.open_data_heading.to_string()));
    let manifest = LocalResource::new(fetch_manifest);
    view! {
        <article class="open-data">
            <h1 id="sidrubrik">{t.open_data_heading}</h1>
            <p class="intro">{w.intro}</p>
            <Suspense fallback=move || view! { <p class="loading" role="status">{t.loading}</p> }>
                {move || manifest.get().map(|loaded| match loaded {
                    Ok(m) => view! { <Contents manifest=m /> }.into_any(),
                    Err(e) => view! {
                        <ManifestProblem error=e retry=Callback::new(move |_| manifest.refetch()) />
                    }
                    .into_any(),
                })}
            </Suspense>
        </article>
    }
}

#[component]
fn ManifestProblem(error: ManifestError, retry: Callback<()>) -> impl IntoView {
    let t = use_texts();
    let w = words(use_lang());
    let detail = match error {
        ManifestError::Network(d) => t.load_error_network(d),
        ManifestError::Http(status) => t.load_error_http(status),
        ManifestError::Malformed(d) => format!("{} {d}", w.malformed),
    };
    view! {
        <section class="load-error" role="alert">
            <h2>{w.load_error}</h2>
            <p>{detail}</p>
            <button type="button" on:click=move |_| retry.run(())>{t.retry}</button>
        </section>
    }
}

#[component]
fn Contents(manifest: Arc<Manifest>) -> impl IntoView {
    let lang = use_lang();
    let w = words(lang);
    let files = manifest
        .files
        .iter()
        .map(|f| view! { <FileEntry file=f.clone() /> })
        .collect_view();
    view! {
        <section aria-labelledby="filer-rubrik">
            <h2 id="filer-rubrik">{w.files_heading}</h2>
            {files}
        </section>
        <HsdsMapping />
        <Sources manifest=manifest.clone() />
        <section aria-labelledby="licens-rubrik">
            <h2 id="licens-rubrik">{w.licence_heading}</h2>
            <p>{w.licence_code}</p>
            <p>{w.licence_pages}</p>
            <p>{w.licence_geo}</p>
            <p>{w.licence_hsds}</p>
        </section>
        <Citation manifest />
    }
}

/// The id of a file's heading.
fn file_anchor(kind: FileKind) -> String {
    format!("fil-{}", kind.file_name().replace('.', "-"))
}

#[component]
fn FileEntry(file: OpenFile) -> impl IntoView {
    let lang = use_lang();
    let w = words(lang);
    let heading = file_anchor(file.kind);
    let labelled_by = heading.clone();
    let bytes = size(file.bytes, lang);
    let link = format!("{}{}", base_path(), file.path);
    let fields = (!file.fields.is_empty()).then(|| {
        let summary = match file.kind {
            FileKind::MunicipalitiesGeojson | FileKind::CountiesGeojson => w.properties,
            _ => w.columns,
        };
        view! {
            <details class="open-data__fields">
                <summary>{format!("{summary} ({})", file.fields.len())}</summary>
                <dl>{file.fields.iter().map(|f| field(f, lang)).collect_view()}</dl>
            </details>
        }
    });
    view! {
        <section class="open-data__file" aria-labelledby=labelled_by>
            <h3 id=heading>{words::title(file.kind, lang)}</h3>
            <p>{words::holds(file.kind, lang)}</p>
            <dl class="open-data__facts">
                <div><dt>{w.format}</dt><dd>{words::format(file.kind, lang)}</dd></div>
                <div><dt>{w.size}</dt><dd>{bytes.clone()}</dd></div>
                <div><dt>{w.contents}</dt><dd>{words::contents(&file, lang)}</dd></div>
                <div><dt>{w.source}</dt><dd>{words::source(file.kind, lang)}</dd></div>
                <div><dt>{w.licence}</dt><dd>{words::licence(file.kind, lang)}</dd></div>
            </dl>
            <p>
                <a class="open-data__download" href=link download=file.download.clone()
                    type=file.media_type.clone()>
                    {format!("{} {} ({bytes})", w.download, file.kind.file_name())}
                </a>
            </p>
            {fields}
        </section>
    }
}

/// A column or property: its name in the file and what it gives. A label that is the same
/// in both languages is the pages' own Swedish (a unit's name).
fn field(f: &FieldDoc, lang: Lang) -> impl IntoView {
    let swedish_data = lang == Lang::En && f.sv == f.en;
    view! {
        <div>
            <dt><code>{f.name.clone()}</code></dt>
            <dd lang=swedish_data.then_some("sv")>{f.label(lang).to_string()}</dd>
        </div>
    }
}

#[component]
fn HsdsMapping() -> impl IntoView {
    let lang = use_lang();
    let w = words(lang);
    let rows = MAPPING
        .iter()
        .map(|m| {
            let own = m.is_extension().then(|| {
                view! { <span class="open-data__own">{format!(" ({})", w.own_field)}</span> }
            });
            view! {
                <div>
                    <dt><code>{m.field}</code>{own}</dt>
                    <dd>{m.text(lang)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="hsds-rubrik">
            <h2 id="hsds-rubrik">{w.hsds_heading}</h2>
            <p>{w.hsds_intro}</p>
            <dl class="open-data__mapping">{rows}</dl>
            <p>{w.hsds_extensions}</p>
            <p>{w.hsds_namespace}" "<code>{UUID_NAMESPACE}</code></p>
        </section>
    }
}

#[component]
fn Sources(manifest: Arc<Manifest>) -> impl IntoView {
    let route = use_route();
    let lang = use_lang();
    let w = words(lang);
    let pages = manifest
        .sources
        .iter()
        .map(|s| {
            let county = href(&Route::of(
                Page::County {
                    code: s.code.clone(),
                },
                route.get_untracked().lang,
            ));
            let date = match &s.updated {
                Some(d) => format!("{} {d}", w.updated),
                None => w.no_date.to_string(),
            };
            view! {
                <li>
                    <a href=county>{s.county.clone()}</a>
                    {format!(", {date}: ")}
                    <code>{s.file.clone()}</code>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="kallor-rubrik">
            <h2 id="kallor-rubrik">{w.sources_heading}</h2>
            <p>{w.sources_intro}</p>
            <ul class="open-data__sources">{pages}</ul>
            <p>{w.boundaries}</p>
        </section>
    }
}

/// Today's date, `YYYY-MM-DD`.
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

#[component]
fn Citation(manifest: Arc<Manifest>) -> impl IntoView {
    let route = use_route();
    let lang = use_lang();
    let w = words(lang);
    let origin = window().location().origin().unwrap_or_default();
    let url = format!("{origin}{}", href(&route.get_untracked()));
    view! {
        <section aria-labelledby="citera-rubrik">
            <h2 id="citera-rubrik">{w.cite_heading}</h2>
            <p>{w.cite_intro}</p>
            <p class="open-data__cite">{cite(&manifest.sources, &url, &today(), lang)}</p>
        </section>
    }
}
