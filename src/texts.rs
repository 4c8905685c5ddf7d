//! The interface's texts, Swedish first and English second, from `locales/sv.json` and
//! `locales/en.json`. `build.rs` turns them into the `Texts` table (one field per text, one
//! method per text with `{{ placeholders }}`) and fails the build if the two languages
//! differ in keys or placeholders. No run-time locale machinery: a page picks its table by
//! the `lang` of its URL.

use catalog::route::Lang;
use leptos::prelude::*;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The table of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The table of the current page's language, following the URL. One signal for the whole
/// app, made by its frame (`provide_texts`), so no view holds one that outlives it.
pub fn use_texts() -> Signal<&'static Texts> {
    expect_context::<Signal<&'static Texts>>()
}

/// Makes the app's text signal from the page's language; call once, in the app's frame.
pub fn provide_texts(lang: Memo<Lang>) {
    provide_context(Signal::derive(move || texts(lang.get())));
}

/// A text with its `{{ name }}` placeholders filled in.
fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{{ {name} }}}}"), value);
    }
    out
}
