//! The status of a unit, or of the offer a statement speaks of, as a badge: nothing for a
//! running one; "Under uppbyggnad", "Planerad" or "Avslutad" otherwise, with what that means
//! for a family (it takes no families now).

use crate::texts::use_texts;
use catalog::OfferStatus;
use leptos::prelude::*;

#[component]
pub fn StatusBadge(status: OfferStatus) -> impl IntoView {
    let t = use_texts();
    let text = match status {
        OfferStatus::Active => return ().into_any(),
        OfferStatus::UnderConstruction => t.status_under_construction.into_any(),
        OfferStatus::Planned => t.status_planned.into_any(),
        OfferStatus::Ended => t.status_ended.into_any(),
    };
    view! { <span class="badge badge--status" data-status=status.as_str()>{text}</span> }.into_any()
}
