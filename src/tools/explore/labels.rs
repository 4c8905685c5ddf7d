//! The explore page's filters and their values in the interface's language: a facet's
//! name, an option's name (fixed values translated; counties, municipalities and methods
//! named as the data names them, in Swedish), a kind of offer, a URL key.

use crate::texts::Texts;
use catalog::explore::cards::OFFER_STANCES;
use catalog::explore::facets::{stance_param, NOT_STATED};
use catalog::explore::{AgeBand, Answer, Facet, Filter, OfferKind, Principal};
use catalog::model::Stance;

pub fn facet_name(t: &'static Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::County => t.explore_facet_county,
        Facet::Municipality => t.explore_facet_municipality,
        Facet::Kind => t.explore_facet_kind,
        Facet::Age => t.explore_facet_age,
        Facet::Method => t.explore_facet_method,
        Facet::SelfReferral => t.explore_facet_self_referral,
        Facet::Principal => t.explore_facet_principal,
        Facet::Group => t.explore_facet_group,
        Facet::Dc => t.explore_facet_dc,
        Facet::Stance => t.explore_facet_stance,
        Facet::Status => t.explore_show_inactive,
    }
}

/// The name of a filter to loosen or remove.
pub fn filter_name(t: &'static Texts, filter: Filter) -> &'static str {
    match filter {
        Filter::Text => t.explore_text_filter,
        Filter::Facet(f) => facet_name(t, f),
    }
}

/// The name of a URL key of the page (for the notice of dropped values).
pub fn key_name(t: &'static Texts, key: &str) -> String {
    match Facet::from_key(key) {
        Some(f) => facet_name(t, f).to_string(),
        None if key == Filter::Text.key() => t.explore_text_filter.to_string(),
        None if key == "sort" => t.explore_sort_label.to_string(),
        None => key.to_string(),
    }
}

pub fn kind_name(t: &'static Texts, kind: OfferKind) -> &'static str {
    match kind {
        OfferKind::Unit => t.explore_kind_unit,
        OfferKind::SocialServices => t.explore_kind_social,
        OfferKind::FamilyCentre => t.explore_kind_centre,
        OfferKind::Prevention => t.explore_kind_prevention,
        OfferKind::OtherActor => t.explore_kind_other,
    }
}

fn answer_name(t: &'static Texts, a: Answer) -> &'static str {
    match a {
        Answer::Yes => t.explore_yes,
        Answer::No => t.explore_no,
        Answer::Unclear => t.explore_unclear,
        Answer::NotStated => t.explore_not_stated,
    }
}

fn principal_name(t: &'static Texts, p: Principal) -> &'static str {
    match p {
        Principal::Region => t.explore_principal_region,
        Principal::Municipality => t.explore_principal_municipality,
        Principal::Joint => t.explore_principal_joint,
        Principal::Unclear => t.explore_unclear,
        Principal::NotStated => t.explore_not_stated,
    }
}

fn age_name(t: &'static Texts, band: AgeBand) -> &'static str {
    match band {
        AgeBand::Pregnancy => t.explore_age_pregnancy,
        AgeBand::Y0To1 => t.explore_age_0_1,
        AgeBand::Y1To3 => t.explore_age_1_3,
        AgeBand::Y3To6 => t.explore_age_3_6,
    }
}

fn stance_name(t: &'static Texts, s: Stance) -> &'static str {
    match s {
        Stance::Offers => t.explore_stance_offers,
        Stance::Limited => t.explore_stance_limited,
        Stance::Buys => t.explore_stance_buys,
        Stance::ViaUnit => t.explore_stance_via_unit,
        Stance::Planned => t.explore_stance_planned,
        Stance::Ended => t.explore_stance_ended,
        // Not options of the facet (`OFFER_STANCES`); named for completeness.
        Stance::None => t.explore_no,
        Stance::NotReported => t.explore_not_stated,
    }
}

/// An option's name and whether it is the data's own (Swedish) word.
pub fn option_name(
    t: &'static Texts,
    facet: Facet,
    value: &str,
    data_name: Option<&str>,
) -> (String, bool) {
    let fixed = |name: Option<&'static str>| (name.unwrap_or(value).to_string(), false);
    match facet {
        Facet::County | Facet::Municipality | Facet::Method | Facet::Status => {
            (data_name.unwrap_or(value).to_string(), true)
        }
        Facet::Kind => fixed(
            OfferKind::ALL
                .into_iter()
                .find(|k| k.param() == value)
                .map(|k| kind_name(t, k)),
        ),
        Facet::Age if value == NOT_STATED => fixed(Some(t.explore_not_stated)),
        Facet::Age => fixed(
            AgeBand::ALL
                .into_iter()
                .find(|b| b.param() == value)
                .map(|b| age_name(t, b)),
        ),
        Facet::SelfReferral | Facet::Group | Facet::Dc => fixed(
            Answer::ALL
                .into_iter()
                .find(|a| a.param() == value)
                .map(|a| answer_name(t, a)),
        ),
        Facet::Principal => fixed(
            Principal::ALL
                .into_iter()
                .find(|p| p.param() == value)
                .map(|p| principal_name(t, p)),
        ),
        Facet::Stance => fixed(
            OFFER_STANCES
                .into_iter()
                .find(|s| stance_param(*s) == value)
                .map(|s| stance_name(t, s)),
        ),
    }
}
