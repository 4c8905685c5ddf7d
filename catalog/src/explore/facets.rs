//! The filters of the explore page that choose among values (facets), their URL keys and
//! the values each card has for each of them.

use super::ages::AgeBand;
use super::answers::Answer;
use super::offer::{Offer, OfferKind};
use super::principal::Principal;
use crate::model::Stance;
use crate::reading::OfferStatus;

/// A filter with options: each card has zero or more values of it; a card passes when the
/// filter has no value chosen or the card has one of those chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    County,
    Municipality,
    Kind,
    Age,
    Method,
    SelfReferral,
    Principal,
    Group,
    Dc,
    Stance,
    /// Active, being built, planned, ended. Not chosen value by value: by default only
    /// active cards pass; `ExploreQuery::include_inactive` lets every status pass.
    Status,
}

impl Facet {
    /// Every facet, in the order of the page's filter panel.
    pub const ALL: [Facet; 11] = [
        Facet::County,
        Facet::Municipality,
        Facet::Kind,
        Facet::Age,
        Facet::Method,
        Facet::SelfReferral,
        Facet::Principal,
        Facet::Group,
        Facet::Dc,
        Facet::Stance,
        Facet::Status,
    ];

    /// The facets chosen value by value in the URL (all but `Status`).
    pub const CHOSEN: [Facet; 10] = [
        Facet::County,
        Facet::Municipality,
        Facet::Kind,
        Facet::Age,
        Facet::Method,
        Facet::SelfReferral,
        Facet::Principal,
        Facet::Group,
        Facet::Dc,
        Facet::Stance,
    ];

    /// Its URL key.
    pub fn key(self) -> &'static str {
        match self {
            Facet::County => "lan",
            Facet::Municipality => "kommun",
            Facet::Kind => "typ",
            Facet::Age => "alder",
            Facet::Method => "metod",
            Facet::SelfReferral => "egen_remiss",
            Facet::Principal => "huvudman",
            Facet::Group => "grupp",
            Facet::Dc => "dc",
            Facet::Stance => "hallning",
            Facet::Status => "visa_avslutade",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Its place in `Facet::ALL` (and in `ExploreResult::counts`).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The values a facet of fixed values can take, in display order; `None` for the
    /// facets whose values come from the data (county, municipality, method).
    pub fn fixed_values(self) -> Option<Vec<&'static str>> {
        let v = match self {
            Facet::County | Facet::Municipality | Facet::Method => return None,
            Facet::Kind => OfferKind::ALL.iter().map(|k| k.param()).collect(),
            Facet::Age => AgeBand::ALL
                .iter()
                .map(|b| b.param())
                .chain([NOT_STATED])
                .collect(),
            Facet::SelfReferral | Facet::Group | Facet::Dc => {
                Answer::ALL.iter().map(|a| a.param()).collect()
            }
            Facet::Principal => Principal::ALL.iter().map(|p| p.param()).collect(),
            Facet::Stance => super::cards::OFFER_STANCES
                .iter()
                .map(|s| stance_param(*s))
                .collect(),
            Facet::Status => STATUSES.iter().map(|s| status_param(*s)).collect(),
        };
        Some(v)
    }

    /// Whether `value` has the shape of one of this facet's values: one of the fixed
    /// values, a two-digit county code, a four-digit municipality code, or a lexicon id
    /// (lower-case letters, digits and hyphens).
    pub fn valid_shape(self, value: &str) -> bool {
        let digits = |n: usize| value.len() == n && value.bytes().all(|b| b.is_ascii_digit());
        match self {
            Facet::County => digits(2),
            Facet::Municipality => digits(4),
            Facet::Method => {
                (1..=40).contains(&value.len())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            }
            f => f.fixed_values().is_some_and(|v| v.contains(&value)),
        }
    }
}

/// The age value of a card whose record states no age.
pub const NOT_STATED: &str = "ej_angivet";

/// Every status, in the order of the facet.
pub const STATUSES: [OfferStatus; 4] = [
    OfferStatus::Active,
    OfferStatus::UnderConstruction,
    OfferStatus::Planned,
    OfferStatus::Ended,
];

/// The URL value of a social-services stance (`hallning=erbjuder`).
pub fn stance_param(s: Stance) -> &'static str {
    match s {
        Stance::Offers => "erbjuder",
        Stance::Limited => "begransat",
        Stance::Buys => "koper",
        Stance::ViaUnit => "via_enhet",
        Stance::Planned => "planerad",
        Stance::Ended => "avslutad",
        Stance::None => "inget",
        Stance::NotReported => "ej_rapporterat",
    }
}

/// The value of a status in the status facet.
pub fn status_param(s: OfferStatus) -> &'static str {
    match s {
        OfferStatus::Active => "aktiv",
        OfferStatus::UnderConstruction => "under_uppbyggnad",
        OfferStatus::Planned => "planerad",
        OfferStatus::Ended => "avslutad",
    }
}

/// The values a card has for a facet, as URL values (data facets: codes and ids).
/// A county-wide card has every municipality of its county (`county_municipalities`).
pub(crate) fn card_values<'a>(
    offer: &'a Offer,
    facet: Facet,
    county_municipalities: &'a [String],
) -> Vec<&'a str> {
    let t = &offer.traits;
    match facet {
        Facet::County => vec![offer.county.code.as_str()],
        Facet::Municipality => {
            let mut v: Vec<&str> = offer
                .municipalities
                .iter()
                .map(|p| p.code.as_str())
                .collect();
            if offer.county_wide {
                for code in county_municipalities {
                    if !v.contains(&code.as_str()) {
                        v.push(code);
                    }
                }
            }
            v
        }
        Facet::Kind => vec![offer.kind.param()],
        Facet::Age if t.ages.is_empty() => vec![NOT_STATED],
        Facet::Age => t.ages.iter().map(AgeBand::param).collect(),
        Facet::Method => offer.methods.iter().map(String::as_str).collect(),
        Facet::SelfReferral => vec![t.self_referral.param()],
        Facet::Principal => vec![t.principal.param()],
        Facet::Group => vec![t.group.param()],
        Facet::Dc => vec![t.dc.param()],
        Facet::Stance => offer.stance.map(stance_param).into_iter().collect(),
        Facet::Status => vec![status_param(offer.status)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_shapes() {
        for f in Facet::ALL {
            assert_eq!(Facet::from_key(f.key()), Some(f));
            assert_eq!(f.index(), Facet::ALL.iter().position(|g| *g == f).unwrap());
            if let Some(values) = f.fixed_values() {
                assert!(values.iter().all(|v| f.valid_shape(v)), "{f:?}");
                assert!(!f.valid_shape("nonsense"));
            }
        }
        assert!(Facet::County.valid_shape("18") && !Facet::County.valid_shape("1"));
        assert!(
            Facet::Municipality.valid_shape("1881") && !Facet::Municipality.valid_shape("18a1")
        );
        assert!(Facet::Method.valid_shape("cos-p") && !Facet::Method.valid_shape("COS-P"));
        assert_eq!(Facet::from_key("sort"), None);
    }
}
