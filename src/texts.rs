//! The interface's texts, Swedish first and English second, from `locales/sv.json` and
//! `locales/en.json`. `build.rs` turns them into the `Texts` table (one field per text, one
//! method per text with `{{ placeholders }}`) and fails the build if the two languages
//! differ in keys or placeholders. No run-time locale machinery: a view takes the table of
//! the URL's language when it is drawn, and the frames draw the page anew when the language
//! changes — so texts are plain strings, not one reactive closure each (which cost the wasm
//! tens of kilobytes).

use catalog::route::Lang;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The table of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The table of the page's language, as the view is drawn.
pub fn use_texts() -> &'static Texts {
    texts(crate::components::layout::use_lang())
}

/// A text with its `{{ name }}` placeholders filled in.
fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{{ {name} }}}}"), value);
    }
    out
}
