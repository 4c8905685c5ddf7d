//! The header (site name, language switch) and footer (sources, privacy) of every page.

use crate::frame::use_route;
use crate::links::href;
use crate::texts::use_texts;
use catalog::route::{Lang, Page, Route, ToolPage};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let home = move || href(&Route::home(route.get().lang));
    let other = move || route.get().lang.other();
    let switch = move || href(&route.get().with_lang(other()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href=home>{t.site_name}</a>
                <a
                    class="lang-switch"
                    href=switch
                    lang=move || other().code()
                    hreflang=move || other().code()
                    aria-label=t.switch_language_label.to_string()
                >
                    {t.switch_language}
                </a>
            </div>
            <p class="tagline">{t.tagline}</p>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let t = use_texts();
    let route = use_route();
    let glossary = move || href(&Route::of(Page::Glossary, route.get().lang));
    let open_data = move || {
        let page = Page::Tool {
            page: ToolPage::OpenData,
            params: Vec::new(),
        };
        href(&Route::of(page, route.get().lang))
    };
    view! {
        <footer class="site-footer">
            <nav aria-label=t.footer_nav_label>
                <ul class="inline-list">
                    <li><a href=glossary>{t.glossary_footer_link}</a></li>
                    <li><a href=open_data>{t.open_data_footer_link}</a></li>
                </ul>
            </nav>
            <p>{t.data_age_note}</p>
            <p>{t.footer_source}</p>
            <p>{t.footer_privacy}</p>
        </footer>
    }
}

/// The language the page is shown in, as the view is drawn (the frames draw the page anew
/// when it changes).
pub fn use_lang() -> Lang {
    expect_context::<Memo<Lang>>().get_untracked()
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
