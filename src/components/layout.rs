//! The header (site name, language switch) and footer (sources, privacy) of every page.

use crate::app::use_route;
use crate::i18n::*;
use crate::links::href;
use catalog::route::{Lang, Route};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let home = move || href(&Route::home(route.get().lang));
    let other = move || route.get().lang.other();
    let switch = move || href(&route.get().with_lang(other()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href=home>{t!(i18n, site_name)}</a>
                <a
                    class="lang-switch"
                    href=switch
                    lang=move || other().code()
                    hreflang=move || other().code()
                    aria-label=move || t_string!(i18n, switch_language_label).to_string()
                >
                    {t!(i18n, switch_language)}
                </a>
            </div>
            <p class="tagline">{t!(i18n, tagline)}</p>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, data_age_note)}</p>
            <p>{t!(i18n, footer_source)}</p>
            <p>{t!(i18n, footer_privacy)}</p>
        </footer>
    }
}

/// The language the page is shown in, for views that format numbers or pick texts.
pub fn use_lang() -> Memo<Lang> {
    let route = use_route();
    Memo::new(move |_| route.get().lang)
}

/// Keeps the document title in step with the page: "<page> – Samspelskartan".
pub fn use_title(page: impl Fn() -> Option<String> + 'static) {
    Effect::new(move || {
        let title = match page() {
            Some(p) => format!("{p} – Samspelskartan"),
            None => "Samspelskartan".to_string(),
        };
        document().set_title(&title);
    });
}
