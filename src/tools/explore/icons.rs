//! The icon of each kind of offer, drawn beside its name on every card (the name carries
//! the meaning; the icon and the card's edge help the eye, never alone). Simple strokes in
//! the text's colour, hidden from screen readers.

use catalog::explore::OfferKind;
use leptos::prelude::*;

/// The strokes of a kind's icon on a 24×24 grid.
fn path(kind: OfferKind) -> &'static str {
    match kind {
        // Two people: a team.
        OfferKind::Unit => {
            "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 11a3 3 0 1 0 0-6M18 14c2.3.7 4 3 4 6"
        }
        // A public building with columns: the municipality's social services.
        OfferKind::SocialServices => "M3 9l9-5 9 5M5 9v9M9.7 9v9M14.3 9v9M19 9v9M3 20h18",
        // A house with a heart: a family centre.
        OfferKind::FamilyCentre => {
            "M3 11l9-7 9 7v9H3zM12 17.5l-2.6-2.5a1.7 1.7 0 0 1 2.6-2.2 1.7 1.7 0 0 1 2.6 2.2z"
        }
        // A sprout: prevention and promotion.
        OfferKind::Prevention => "M12 21v-9M12 12c0-4 3-7 8-7 0 4-3 7-8 7zM12 15c0-3-2.5-5-7-5 0 3 2.5 5 7 5z",
        // A star: another actor.
        OfferKind::OtherActor => "M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z",
    }
}

#[component]
pub fn KindIcon(kind: OfferKind) -> impl IntoView {
    view! {
        <svg
            class="offer__icon"
            viewBox="0 0 24 24"
            width="24"
            height="24"
            aria-hidden="true"
            focusable="false"
        >
            <path d=path(kind) />
        </svg>
    }
}
