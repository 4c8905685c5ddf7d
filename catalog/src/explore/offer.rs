//! The card model of the explore page: one `Offer` per specialised unit, per
//! municipality's social-services statement of an offer, per family centre, per prevention
//! example and per other actor, with the facts a card shows, what the filters read and
//! where its full record and source lines are.

use super::ages::AgeBands;
use super::answers::Answer;
use super::principal::Principal;
use crate::model::{Field, SourceText, Stance};
use crate::reading::OfferStatus;

/// What kind of offer a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OfferKind {
    /// A specialised unit or team (späd- och småbarnsverksamhet).
    Unit,
    /// A municipality's social services (socialtjänst) stating an offer.
    SocialServices,
    /// A family centre (familjecentral).
    FamilyCentre,
    /// An example of the prevention and promotion section.
    Prevention,
    /// An actor of "Övriga möjligheter" (foundations, private and institutional actors).
    OtherActor,
}

impl OfferKind {
    pub const ALL: [OfferKind; 5] = [
        OfferKind::Unit,
        OfferKind::SocialServices,
        OfferKind::FamilyCentre,
        OfferKind::Prevention,
        OfferKind::OtherActor,
    ];

    /// The value in a URL (`typ=enhet`).
    pub fn param(self) -> &'static str {
        match self {
            OfferKind::Unit => "enhet",
            OfferKind::SocialServices => "socialtjanst",
            OfferKind::FamilyCentre => "familjecentral",
            OfferKind::Prevention => "forebyggande",
            OfferKind::OtherActor => "ovriga",
        }
    }

    /// Swedish words a text search finds the kind by (the page is Swedish first).
    pub(crate) fn search_words(self) -> &'static str {
        match self {
            OfferKind::Unit => "späd- och småbarnsverksamhet team",
            OfferKind::SocialServices => "socialtjänst",
            OfferKind::FamilyCentre => "familjecentral",
            OfferKind::Prevention => "prevention förebyggande",
            OfferKind::OtherActor => "övriga möjligheter",
        }
    }
}

/// A county or municipality: its official code and its name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Place {
    pub code: String,
    pub name: String,
}

/// Where a card's text stands: the county page and its lines (1-based, inclusive).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceLines {
    /// The page's path in the repository (`data/counties/18-orebro.txt`).
    pub file: String,
    pub first_line: u32,
    pub last_line: u32,
}

/// The full record a card links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The unit's card on its county page (`Unit::id`).
    Unit { county: String, unit: String },
    /// A municipality's page: the card concerns one municipality of the county.
    Municipality { county: String, code: String },
    /// The county page: the card concerns the whole county, several of its
    /// municipalities, or one of another county.
    County { code: String },
}

/// What the filters read of a unit; for every other card the ages, self-referral, group
/// activity, DC and principal are not stated (only units' records state them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Traits {
    /// From "Åldrar" (`ages::age_bands`); empty = not stated.
    pub ages: AgeBands,
    /// From "Remissväg" (`answers::self_referral`).
    pub self_referral: Answer,
    /// From "Huvudnamn" (`principal::principal`).
    pub principal: Principal,
    /// From "Gruppverksamhet" (`answers::group_activity`).
    pub group: Answer,
    /// From "DC:0–3R/DC:0–5" (`answers::dc_used`).
    pub dc: Answer,
}

/// One card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// Unique and the same for the same data: `unit-<unit id>`,
    /// `social-<municipality>-l<line>-<n>`, `centre-<municipality>-<n>`,
    /// `prevention-<county>-l<line>-<n>`, `other-<county>-l<line>-<n>` (a statement's
    /// first line and its place among the statements beginning there; a family centre's
    /// place in its municipality's list).
    pub id: String,
    pub kind: OfferKind,
    /// Running, being built, planned or ended. Only active cards are shown by default.
    pub status: OfferStatus,
    /// What the card is called: a unit's or family centre's name; for a social-services
    /// card the municipality's name; for a prevention example or other actor the places it
    /// names ("Askersund, Kumla"), or the county's name when it names none.
    pub title: String,
    pub county: Place,
    /// The municipalities it concerns: a unit's catchment, the social services' or family
    /// centre's municipality, the places a statement names (of any county), in order; a
    /// unit's by name.
    pub municipalities: Vec<Place>,
    /// It concerns the whole county (a unit whose catchment is every municipality, a
    /// statement that says so): it counts for each of the county's municipalities.
    pub county_wide: bool,
    /// A social-services card's stance (offers, limited, buys, via_unit, planned, ended).
    pub stance: Option<Stance>,
    /// A unit's key fields, verbatim, in page order: "Åldrar", "Huvudnamn",
    /// "Upptagningsområde", "Remissväg", "Gruppverksamhet", "DC:0–3R/DC:0–5".
    pub facts: Vec<Field>,
    /// A statement card's statements, verbatim: the statement and those that go on from
    /// it (`Statement::continues`).
    pub statements: Vec<SourceText>,
    /// Web addresses: a unit's contact addresses, a family centre's link, a statement's.
    pub urls: Vec<String>,
    /// Lexicon ids of the methods it names.
    pub methods: Vec<String>,
    pub traits: Traits,
    pub source: SourceLines,
    pub record: Record,
}
