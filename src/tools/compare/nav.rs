//! The comparison page's URL: the link of a state (`CompareQuery`), and going to a state
//! from a button (a sort, a pick, the chart's figure) as a new history entry that keeps the
//! reader where they were on the page: the table changes in place.

use crate::links::href;
use crate::location::{use_location, Location};
use catalog::compare::CompareQuery;
use catalog::route::{Lang, Page, Route, ToolPage};

/// The route of a state of the comparison page.
pub fn route(query: &CompareQuery, lang: Lang) -> Route {
    let params = query
        .to_pairs()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    Route::of(
        Page::Tool {
            page: ToolPage::Compare,
            params,
        },
        lang,
    )
}

/// The link to a state.
pub fn link(query: &CompareQuery, lang: Lang) -> String {
    href(&route(query, lang))
}

/// Goes to states of the comparison page; made when a view is drawn (it holds the
/// location), used in its event handlers.
#[derive(Clone, Copy)]
pub struct Go {
    location: Location,
    lang: Lang,
}

/// The `Go` of the view being drawn.
pub fn use_go() -> Go {
    Go {
        location: use_location(),
        lang: crate::components::layout::use_lang(),
    }
}

impl Go {
    /// Goes to `query`: a new history entry (back undoes a sort or a pick), the page left
    /// scrolled where it was.
    pub fn to(&self, query: &CompareQuery) {
        let window = leptos::prelude::window();
        let (x, y) = (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        );
        self.location.navigate(&link(query, self.lang));
        window.scroll_to_with_x_and_y(x, y);
    }
}
