//! A municipality's social-services stance in plain words. "Not reported" reads as "the
//! municipality has not said anything", never as a "no".

use crate::texts::use_texts;
use catalog::Stance;
use leptos::prelude::*;

#[component]
pub fn StanceText(stance: Stance) -> impl IntoView {
    let t = use_texts();
    {
        match stance {
            Stance::Offers => t.stance_offers,
            Stance::Limited => t.stance_limited,
            Stance::Buys => t.stance_buys,
            Stance::None => t.stance_none,
            Stance::ViaUnit => t.stance_via_unit,
            Stance::NotReported => t.stance_not_reported,
            Stance::Planned => t.stance_planned,
            Stance::Ended => t.stance_ended,
        }
    }
}
