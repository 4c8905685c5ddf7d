//! The icon of each kind of offer, drawn beside its name on every card (the name carries
//! the meaning; the icon and the card's edge help the eye, never alone). Simple strokes in
//! the text's colour, hidden from screen readers.

use catalog::explore::OfferKind;
use leptos::prelude::*;

/// A kind's icon: strokes on a 24×24 grid. Each is written out whole, so its view is static
/// and Leptos clones one made once instead of building the element and setting its
/// attributes on every card.
#[component]
pub fn KindIcon(kind: OfferKind) -> impl IntoView {
    match kind {
        // Two people: a team.
        OfferKind::Unit => view! {
            <svg class="offer__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 11a3 3 0 1 0 0-6M18 14c2.3.7 4 3 4 6" />
            </svg>
        }
        .into_any(),
        // A public building with columns: the municipality's social services.
        OfferKind::SocialServices => view! {
            <svg class="offer__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M3 9l9-5 9 5M5 9v9M9.7 9v9M14.3 9v9M19 9v9M3 20h18" />
            </svg>
        }
        .into_any(),
        // A house with a heart: a family centre.
        OfferKind::FamilyCentre => view! {
            <svg class="offer__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M3 11l9-7 9 7v9H3zM12 17.5l-2.6-2.5a1.7 1.7 0 0 1 2.6-2.2 1.7 1.7 0 0 1 2.6 2.2z" />
            </svg>
        }
        .into_any(),
        // A sprout: prevention and promotion.
        OfferKind::Prevention => view! {
            <svg class="offer__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M12 21v-9M12 12c0-4 3-7 8-7 0 4-3 7-8 7zM12 15c0-3-2.5-5-7-5 0 3 2.5 5 7 5z" />
            </svg>
        }
        .into_any(),
        // A star: another actor.
        OfferKind::OtherActor => view! {
            <svg class="offer__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z" />
            </svg>
        }
        .into_any(),
    }
}
