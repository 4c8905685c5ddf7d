//! The glossary page (`?sida=ordlista`): every abbreviation and domain word the county pages
//! use and every method of the lexicon, explained in plain words in the interface's
//! language, each linkable (`?sida=ordlista#term-bup`).

use crate::components::layout::{use_lang, use_title};
use crate::components::load_error::LoadErrorView;
use crate::data::use_data;
use crate::texts::use_texts;
use catalog::index::Lexicon;
use catalog::route::Lang;
use leptos::prelude::*;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let t = use_texts();
    use_title(move || Some(t.glossary_heading.to_string()));
    let lexicon = use_data().lexicon();
    let retry = Callback::new(move |_| lexicon.refetch());
    view! {
        <article class="glossary">
            <h1 id="sidrubrik">{t.glossary_heading}</h1>
            <p class="intro">{t.glossary_intro}</p>
            <Suspense fallback=move || view! { <p class="loading" role="status">{t.loading}</p> }>
                {move || lexicon.get().map(|loaded| match loaded {
                    Ok(lexicon) => entries(&lexicon).into_any(),
                    Err(error) => view! { <LoadErrorView error retry /> }.into_any(),
                })}
            </Suspense>
        </article>
    }
}

fn entries(lexicon: &Lexicon) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let mut terms: Vec<_> = lexicon.glossary.iter().collect();
    terms.sort_by(|a, b| catalog::search::swedish_cmp(&a.term, &b.term));
    let words = terms
        .into_iter()
        .map(|term| {
            let (name_sv, name_en) = (term.name_sv.clone(), term.name_en.clone());
            let (sv, en) = (term.explanation_sv.clone(), term.explanation_en.clone());
            view! {
                <div class="glossary__entry" id=format!("term-{}", term.id)>
                    <dt>
                        <span lang="sv">{term.term.clone()}</span>
                        " – "
                        {move || if lang == Lang::Sv { name_sv.clone() } else { name_en.clone() }}
                    </dt>
                    <dd>{move || if lang == Lang::Sv { sv.clone() } else { en.clone() }}</dd>
                </div>
            }
        })
        .collect_view();
    let mut methods: Vec<_> = lexicon.methods.iter().collect();
    methods.sort_by(|a, b| catalog::search::swedish_cmp(&a.name, &b.name));
    let methods = methods
        .into_iter()
        .map(|m| {
            let (sv, en) = (m.explanation_sv.clone(), m.explanation_en.clone());
            view! {
                <div class="glossary__entry" id=format!("term-{}", m.id)>
                    <dt lang="sv">{m.name.clone()}</dt>
                    <dd>{move || if lang == Lang::Sv { sv.clone() } else { en.clone() }}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="ord-rubrik">
            <h2 id="ord-rubrik">{t.glossary_words}</h2>
            <dl class="glossary__list">{words}</dl>
        </section>
        <section aria-labelledby="metoder-rubrik">
            <h2 id="metoder-rubrik">{t.glossary_methods}</h2>
            <dl class="glossary__list">{methods}</dl>
        </section>
    }
}
