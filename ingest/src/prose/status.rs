//! The status of the offer a text speaks of: the first phrase of the editor's status table
//! (`data/editorial/status_phrases.csv`) found in it ("under uppbyggnad", "planerar",
//! "avslutat"), else a period of years that ended before the page's year ("2013–2016",
//! "åren 2012–2016") makes it ended.

use crate::editorial::phrases::StatusPhrases;
use catalog::model::County;
use catalog::OfferStatus;

/// The status a text gives, and why (the phrase or the period, as written).
pub fn status_of(
    text: &str,
    phrases: &StatusPhrases,
    reference_year: Option<u32>,
) -> Option<(OfferStatus, String)> {
    if let Some((status, phrase)) = phrases.read(text) {
        return Some((status, phrase.to_string()));
    }
    let year = reference_year?;
    periods(text)
        .into_iter()
        .find(|p| p.1 < year)
        .map(|p| (OfferStatus::Ended, p.2))
}

/// The year a page's periods are measured against: the year of its "Senast uppdaterad"
/// date, else the latest year (1990–2099) the page mentions.
pub fn reference_year(county: &County) -> Option<u32> {
    if let Some(u) = &county.updated {
        return u.date.get(..4)?.parse().ok();
    }
    let texts = county
        .paragraphs
        .iter()
        .map(|p| p.source.text.as_str())
        .chain(
            county
                .units
                .iter()
                .flat_map(|u| u.fields.iter().map(|f| f.value.as_str())),
        );
    texts.flat_map(years).max()
}

/// Four-digit years (1990–2099) standing alone in a text.
fn years(text: &str) -> Vec<u32> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len().saturating_sub(3) {
        let alone = (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        if alone && b[i..i + 4].iter().all(u8::is_ascii_digit) {
            let y: u32 = text[i..i + 4].parse().unwrap_or(0);
            if (1990..2100).contains(&y) {
                out.push(y);
            }
        }
    }
    out
}

/// Periods "YYYY–YYYY" (en dash, hyphen or em dash, spaces allowed around it): first
/// year, last year, as written.
fn periods(text: &str) -> Vec<(u32, u32, String)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let digits_at = |k: usize| -> Option<u32> {
        let s: String = chars.get(k..k + 4)?.iter().map(|c| c.1).collect();
        let before_ok = k == 0 || !chars[k - 1].1.is_ascii_digit();
        let after_ok = chars.get(k + 4).is_none_or(|c| !c.1.is_ascii_digit());
        (before_ok && after_ok && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    for k in 0..chars.len() {
        let Some(first) = digits_at(k) else { continue };
        let mut j = k + 4;
        while chars.get(j).is_some_and(|c| c.1 == ' ') {
            j += 1;
        }
        if !chars.get(j).is_some_and(|c| matches!(c.1, '–' | '-' | '—')) {
            continue;
        }
        j += 1;
        while chars.get(j).is_some_and(|c| c.1 == ' ') {
            j += 1;
        }
        let Some(last) = digits_at(j) else { continue };
        if (1990..2100).contains(&first) && first <= last && last < 2100 {
            let end = chars.get(j + 4).map_or(text.len(), |c| c.0);
            out.push((first, last, text[chars[k].0..end].to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases() -> StatusPhrases {
        let csv = "phrase,status,reason\nunder uppbyggnad,under_construction,r\nplanerar,planned,r\navslutat,ended,r\n";
        StatusPhrases::new("s.csv", Some(csv)).unwrap()
    }

    #[test]
    fn phrases_then_past_periods() {
        let p = phrases();
        let s = |t: &str| status_of(t, &p, Some(2018)).map(|r| r.0);
        assert_eq!(
            s("Teamet är under uppbyggnad."),
            Some(OfferStatus::UnderConstruction)
        );
        assert_eq!(s("Gnesta planerar att utbilda"), Some(OfferStatus::Planned));
        assert_eq!(
            status_of("Lycksele drev 2014–2017 ett projekt", &p, Some(2018)),
            Some((OfferStatus::Ended, "2014–2017".to_string()))
        );
        assert_eq!(s("under åren 2012 - 2016"), Some(OfferStatus::Ended));
        assert_eq!(s("ett fyraårigt projekt 2017–2021"), None);
        assert_eq!(s("Senast uppdaterad 2018-10-13"), None);
        assert_eq!(s("barn 0–5 år, 95–100/år"), None);
        assert_eq!(status_of("2013–2016", &p, None), None);
        assert_eq!(years("2017: 96 ärenden, 2018-10-13, 12345"), [2017, 2018]);
    }
}
