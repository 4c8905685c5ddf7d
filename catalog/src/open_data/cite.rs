//! The data page's words that are computed: a file's size as each language writes it, and
//! the citation of the open data with the county pages it is built from.

use super::manifest::{SourcePage, MAPPING_NAME as MAPPING};
use crate::format::{decimal, Decimal};
use crate::route::Lang;

/// A size in bytes as a reader takes it in: "812 byte", "3,9 kB" (one decimal under 10 kB),
/// "547 kB", "1,2 MB" (kB = 1 000 bytes), in the language's number format.
pub fn size(bytes: u64, lang: Lang) -> String {
    let unit = |d: Option<Decimal>, name: &str| {
        let d = d.unwrap_or(Decimal::whole(0));
        format!("{}\u{a0}{name}", decimal(d, lang))
    };
    match bytes {
        0..=999 => format!("{bytes}\u{a0}byte"),
        1_000..=9_999 => unit(Decimal::ratio(bytes, 1_000, 1, 1), "kB"),
        10_000..=999_999 => unit(Decimal::ratio(bytes, 1_000, 1, 0), "kB"),
        _ => unit(Decimal::ratio(bytes, 1_000_000, 1, 1), "MB"),
    }
}

/// "Samspelskartan: Öppna data. Källor: länssidorna Stockholm (senast uppdaterad
/// 2018-10-13), … i katalogen som följde kartläggningen Späd- och småbarnsverksamheter/team
/// i Sverige – en kartläggning (2018). https://…/?sida=data (hämtad 2026-11-26)." — the same
/// form as the comparison tables' citation (`compare::cite`).
pub fn cite(sources: &[SourcePage], view_url: &str, date: &str, lang: Lang) -> String {
    let pages: Vec<String> = sources
        .iter()
        .map(|s| match (&s.updated, lang) {
            (Some(d), Lang::Sv) => format!("{} (senast uppdaterad {d})", s.county),
            (Some(d), Lang::En) => format!("{} (last updated {d})", s.county),
            (None, Lang::Sv) => format!("{} (datum saknas)", s.county),
            (None, Lang::En) => format!("{} (no date)", s.county),
        })
        .collect();
    let pages = pages.join(", ");
    match lang {
        Lang::Sv => format!(
            "Samspelskartan: Öppna data. Källor: länssidorna {pages} i katalogen som följde kartläggningen {MAPPING}. {view_url} (hämtad {date})."
        ),
        Lang::En => format!(
            "Samspelskartan: Open data. Sources: the county pages {pages} of the catalogue that followed the mapping {MAPPING}. {view_url} (retrieved {date})."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_as_read() {
        assert_eq!(size(812, Lang::Sv), "812\u{a0}byte");
        assert_eq!(size(3_919, Lang::Sv), "3,9\u{a0}kB");
        assert_eq!(size(3_919, Lang::En), "3.9\u{a0}kB");
        assert_eq!(size(547_338, Lang::Sv), "547\u{a0}kB");
        assert_eq!(size(1_475_032, Lang::En), "1.5\u{a0}MB");
    }

    #[test]
    fn citation_names_the_pages_and_their_dates() {
        let sources = vec![
            SourcePage {
                code: "18".into(),
                county: "Örebro".into(),
                file: "data/counties/18-orebro.txt".into(),
                updated: Some("2021-02-03".into()),
            },
            SourcePage {
                code: "99".into(),
                county: "Atlantis".into(),
                file: "data/counties/99-atlantis.txt".into(),
                updated: None,
            },
        ];
        assert_eq!(
            cite(&sources, "https://x.se/?sida=data", "2026-11-26", Lang::Sv),
            "Samspelskartan: Öppna data. Källor: länssidorna Örebro (senast uppdaterad 2021-02-03), Atlantis (datum saknas) i katalogen som följde kartläggningen Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018). https://x.se/?sida=data (hämtad 2026-11-26)."
        );
        assert!(cite(&sources, "u", "d", Lang::En).contains("Örebro (last updated 2021-02-03)"));
    }
}
