//! Verbatim text from a county page with its web addresses as links and its abbreviations
//! and methods explained where they stand: each term (its first time in the text) is a
//! small button that opens its plain-language explanation right after it — by tap, click
//! or keyboard, closed again by the button or Escape — with a link to the glossary. Until
//! the lexicon has loaded, the text shows with links only.

use crate::components::external_link::ExternalLink;
use crate::components::layout::use_lang;
use crate::components::linked_text::LinkedText;
use crate::data::use_data;
use crate::frame::use_route;
use crate::links::href_at;
use crate::texts::use_texts;
use catalog::glossary::{terms_in, TermSegment, TermSource};
use catalog::index::Lexicon;
use catalog::model::Segment;
use catalog::route::{Lang, Page, Route};
use catalog::text::segments;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};

#[component]
pub fn ExplainedText(text: String) -> impl IntoView {
    let lexicon = use_data().lexicon();
    move || match lexicon.get() {
        Some(Ok(lexicon)) => explained(&text, &lexicon).into_any(),
        _ => view! { <LinkedText text=text.clone() /> }.into_any(),
    }
}

fn explained(text: &str, lexicon: &Lexicon) -> impl IntoView {
    let mut shown = BTreeSet::new();
    let mut views = Vec::new();
    for segment in segments(text) {
        match segment {
            Segment::Url(u) => views
                .push(view! { <ExternalLink href=u.to_string() text=u.to_string() /> }.into_any()),
            Segment::Text(run) => {
                for part in terms_in(run, &lexicon.glossary, &lexicon.methods) {
                    match part {
                        TermSegment::Term { text, source, id } if shown.insert(id) => {
                            views.push(term_tip(text, source, id, lexicon).into_any())
                        }
                        other => views.push(other.text().to_string().into_any()),
                    }
                }
            }
        }
    }
    views
}

/// What a term means, in both languages: (heading, explanation) per language.
struct Meaning {
    sv: (String, String),
    en: (String, String),
}

fn meaning(source: TermSource, id: &str, lexicon: &Lexicon) -> Option<Meaning> {
    match source {
        TermSource::Glossary => lexicon
            .glossary
            .iter()
            .find(|t| t.id == id)
            .map(|t| Meaning {
                sv: (
                    format!("{} – {}", t.term, t.name_sv),
                    t.explanation_sv.clone(),
                ),
                en: (
                    format!("{} – {}", t.term, t.name_en),
                    t.explanation_en.clone(),
                ),
            }),
        TermSource::Method => lexicon
            .methods
            .iter()
            .find(|m| m.id == id)
            .map(|m| Meaning {
                sv: (m.name.clone(), m.explanation_sv.clone()),
                en: (m.name.clone(), m.explanation_en.clone()),
            }),
    }
}

/// A term as a disclosure button with its explanation after it.
fn term_tip(text: &str, source: TermSource, id: &str, lexicon: &Lexicon) -> impl IntoView {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let Some(meaning) = meaning(source, id, lexicon) else {
        return text.to_string().into_any();
    };
    let t = use_texts();
    let lang = use_lang();
    let route = use_route();
    let tip_id = format!("forklaring-{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let open = RwSignal::new(false);
    let glossary = {
        let id = id.to_string();
        move || {
            href_at(
                &Route::of(Page::Glossary, route.get().lang),
                &format!("term-{id}"),
            )
        }
    };
    let heading = {
        let (sv, en) = (meaning.sv.0.clone(), meaning.en.0.clone());
        move || {
            if lang == Lang::Sv {
                sv.clone()
            } else {
                en.clone()
            }
        }
    };
    let body = move || match lang {
        Lang::Sv => meaning.sv.1.clone(),
        Lang::En => meaning.en.1.clone(),
    };
    view! {
        <span class="term">
            <button
                type="button"
                class="term__button"
                lang="sv"
                aria-expanded=move || open.get().to_string()
                aria-controls=tip_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(false);
                    }
                }
            >
                {text.to_string()}
            </button>
            <span id=tip_id class="term__tip" hidden=move || !open.get()>
                <strong>{heading}</strong>
                ": "
                {body}
                " "
                <a href=glossary>{t.glossary_link}</a>
            </span>
        </span>
    }
    .into_any()
}
