//! Who runs a unit (huvudman), read from its "Huvudnamn" text: the region (landsting), the
//! municipality, or both together. Where the text names neither, "unclear"; never a guess.
//!
//! # Rules
//! Words of the folded text (case and diacritics aside):
//! - the region: a word beginning "region" or ending "regionen" ("Region Örebro län",
//!   "Västra Götalandsregionen"), beginning "landsting" ("Stockholms läns landsting"),
//!   beginning "sjukvardsomrade" or "SLSO" (Stockholms läns sjukvårdsområde), or "BUP" (child
//!   psychiatry is the region's);
//! - the municipality: a word beginning or ending "kommun" ("Norrtälje kommun",
//!   "Karlskoga kommuns"), beginning "socialtjanst" or "socialforvaltning", "stad"/"stads"
//!   ("Stockholms stad") or beginning "stadsdel";
//! - both named → joint; one → that one; none → unclear; no text → not stated.

use crate::search::fold_key;

/// Who runs an offer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Principal {
    Region,
    Municipality,
    /// The region and a municipality together, both named.
    Joint,
    /// The text names neither.
    Unclear,
    /// No "Huvudnamn" text (and every offer that is not a unit).
    #[default]
    NotStated,
}

impl Principal {
    pub const ALL: [Principal; 5] = [
        Principal::Region,
        Principal::Municipality,
        Principal::Joint,
        Principal::Unclear,
        Principal::NotStated,
    ];

    /// The value in a URL (`huvudman=region`).
    pub fn param(self) -> &'static str {
        match self {
            Principal::Region => "region",
            Principal::Municipality => "kommun",
            Principal::Joint => "gemensam",
            Principal::Unclear => "oklart",
            Principal::NotStated => "ej_angivet",
        }
    }
}

fn names_region(word: &str) -> bool {
    word.starts_with("region")
        || word.ends_with("regionen")
        || word.starts_with("landsting")
        || word.starts_with("sjukvardsomrade")
        || word == "slso"
        || word == "bup"
}

fn names_municipality(word: &str) -> bool {
    word.starts_with("kommun")
        || word.ends_with("kommun")
        || word.ends_with("kommuns")
        || word.starts_with("socialtjanst")
        || word.starts_with("socialforvaltning")
        || word == "stad"
        || word == "stads"
        || word.starts_with("stadsdel")
}

/// The principal a "Huvudnamn" text names (see the module's rules).
pub fn principal(text: Option<&str>) -> Principal {
    let Some(text) = text else {
        return Principal::NotStated;
    };
    let folded = fold_key(text);
    if folded.is_empty() {
        return Principal::NotStated;
    }
    let region = folded.split(' ').any(names_region);
    let municipality = folded.split(' ').any(names_municipality);
    match (region, municipality) {
        (true, true) => Principal::Joint,
        (true, false) => Principal::Region,
        (false, true) => Principal::Municipality,
        (false, false) => Principal::Unclear,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principals() {
        let p = |t: &str| principal(Some(t));
        assert_eq!(
            p("Stockholms läns landsting/habiliteringen"),
            Principal::Region
        );
        assert_eq!(
            p("Stockholms läns sjukvårdsområde (SLSO)"),
            Principal::Region
        );
        assert_eq!(p("Västra Götalandsregionen"), Principal::Region);
        assert_eq!(
            p("Norrtälje kommun & Stockholms läns landsting"),
            Principal::Joint
        );
        assert_eq!(
            p("BUP, Region Örebro län. Gryningen drivs i samverkan med Karlskoga kommuns socialtjänst"),
            Principal::Joint
        );
        assert_eq!(
            p("Stockholms stad, stadsdelsförvaltningen"),
            Principal::Municipality
        );
        assert_eq!(p("Umeå kommun"), Principal::Municipality);
        assert_eq!(p("Ericastiftelsen"), Principal::Unclear);
        assert_eq!(p("Kommunalförbundet"), Principal::Municipality);
        assert_eq!(p(""), Principal::NotStated);
        assert_eq!(principal(None), Principal::NotStated);
    }
}
