//! The words of the comparison tables in Swedish and English: "not stated", what a staff or
//! cases figure counts, the social-services stances as column heads, access, statuses.

use crate::compare::stated::Counts;
use crate::model::{Coverage, Stance};
use crate::reading::OfferStatus;
use crate::route::Lang;

/// What a table shows for a figure the page does not give.
pub fn not_stated(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "uppgift saknas",
        Lang::En => "not stated",
    }
}

/// What a staff or cases figure counts, in words.
pub fn counts(c: Counts, lang: Lang) -> &'static str {
    match (c, lang) {
        (Counts::Posts, Lang::Sv) => "tjänster",
        (Counts::Posts, Lang::En) => "posts",
        (Counts::Employees, Lang::Sv) => "anställda",
        (Counts::Employees, Lang::En) => "employees",
        (Counts::Children, Lang::Sv) => "barn",
        (Counts::Children, Lang::En) => "children",
        (Counts::Families, Lang::Sv) => "familjer",
        (Counts::Families, Lang::En) => "families",
        (Counts::Patients, Lang::Sv) => "patienter",
        (Counts::Patients, Lang::En) => "patients",
        (Counts::Cases, Lang::Sv) => "ärenden",
        (Counts::Cases, Lang::En) => "cases",
        (Counts::Referrals, Lang::Sv) => "remisser",
        (Counts::Referrals, Lang::En) => "referrals",
        (Counts::Unclear, Lang::Sv) => "oklart vad som räknas",
        (Counts::Unclear, Lang::En) => "unclear what is counted",
    }
}

/// Municipalities of a stance, as a column head and in footnotes ("kommuner vars
/// socialtjänst erbjuder").
pub fn stance_count(s: Stance, lang: Lang) -> &'static str {
    match (s, lang) {
        (Stance::Offers, Lang::Sv) => "socialtjänsten erbjuder",
        (Stance::Offers, Lang::En) => "social services offer",
        (Stance::Limited, Lang::Sv) => "socialtjänsten erbjuder begränsat",
        (Stance::Limited, Lang::En) => "social services offer something limited",
        (Stance::Buys, Lang::Sv) => "socialtjänsten köper vid behov",
        (Stance::Buys, Lang::En) => "social services buy it when needed",
        (Stance::ViaUnit, Lang::Sv) => "socialtjänsten hänvisar till teamet",
        (Stance::ViaUnit, Lang::En) => "social services refer to the team",
        (Stance::Planned, Lang::Sv) => "socialtjänsten planerar",
        (Stance::Planned, Lang::En) => "social services plan an offer",
        (Stance::Ended, Lang::Sv) => "socialtjänstens erbjudande har upphört",
        (Stance::Ended, Lang::En) => "social services' offer has ended",
        (Stance::None, Lang::Sv) => "socialtjänsten kan inte erbjuda",
        (Stance::None, Lang::En) => "social services cannot offer it",
        (Stance::NotReported, Lang::Sv) => "inget rapporterat",
        (Stance::NotReported, Lang::En) => "nothing reported",
    }
}

/// Every stance, most favourable first: the order of the stance columns.
pub const STANCES: [Stance; 8] = [
    Stance::Offers,
    Stance::ViaUnit,
    Stance::Limited,
    Stance::Buys,
    Stance::Planned,
    Stance::Ended,
    Stance::None,
    Stance::NotReported,
];

/// Access to a team across a county, in words.
pub fn access(c: Coverage, lang: Lang) -> &'static str {
    match (c, lang) {
        (Coverage::Full, Lang::Sv) => "hela länet",
        (Coverage::Full, Lang::En) => "the whole county",
        (Coverage::Partial, Lang::Sv) => "delar av länet",
        (Coverage::Partial, Lang::En) => "part of the county",
        (Coverage::None, Lang::Sv) => "inget team",
        (Coverage::None, Lang::En) => "no team",
    }
}

/// A unit's status in words.
pub fn status(s: OfferStatus, lang: Lang) -> &'static str {
    match (s, lang) {
        (OfferStatus::Active, Lang::Sv) => "i drift",
        (OfferStatus::Active, Lang::En) => "running",
        (OfferStatus::UnderConstruction, Lang::Sv) => "under uppbyggnad",
        (OfferStatus::UnderConstruction, Lang::En) => "being built up",
        (OfferStatus::Planned, Lang::Sv) => "planerad",
        (OfferStatus::Planned, Lang::En) => "planned",
        (OfferStatus::Ended, Lang::Sv) => "avslutad",
        (OfferStatus::Ended, Lang::En) => "ended",
    }
}

/// "ja" / "yes", "nej" / "no".
pub fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::Sv) => "ja",
        (true, Lang::En) => "yes",
        (false, Lang::Sv) => "nej",
        (false, Lang::En) => "no",
    }
}
