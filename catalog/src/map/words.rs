//! The maps' words in Swedish and English, built from the data: each region's status in plain
//! words (its accessible name, tooltip and table row), the legends, the titles and the
//! source line of a downloaded map. The interface's own texts (buttons, headings) stay in
//! `locales/`.

use super::status::{Access, CountyAccess, Fill, StanceMark};
use crate::model::{Method, Stance};
use crate::route::Lang;

/// "A", "A och B", "A, B och C" (English: "A, B and C").
pub fn join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Sv => " och ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// The short name of a method for running text: its lexicon name up to an explanation in
/// brackets or after a dash ("PYC (Parenting Young Children)" → "PYC", "ICDP – Vägledande
/// samspel" → "ICDP").
pub fn short_method_name(name: &str) -> &str {
    let cut = [" (", " – "]
        .iter()
        .filter_map(|sep| name.find(sep))
        .min()
        .unwrap_or(name.len());
    &name[..cut]
}

/// The short names of these method ids, in the ids' order; ids the lexicon lacks (or an
/// empty lexicon, when it could not be loaded) are left out rather than guessed.
pub fn method_names(ids: &[String], lexicon: &[Method]) -> Vec<String> {
    crate::model::methods_named(lexicon, ids)
        .into_iter()
        .map(|m| short_method_name(&m.name).to_string())
        .collect()
}

/// A county's status: "alla 13 kommuner har ett späd- och småbarnsteam", "3 av 12 kommuner
/// har …", "ingen kommun har …", "finns inte i datamängden".
pub fn county_access(access: CountyAccess, covered: u32, total: u32, lang: Lang) -> String {
    match (access, lang) {
        (CountyAccess::Full, Lang::Sv) => {
            format!("alla {total} kommuner har ett späd- och småbarnsteam")
        }
        (CountyAccess::Full, Lang::En) => {
            format!("all {total} municipalities have a specialised team")
        }
        (CountyAccess::Partial, Lang::Sv) => {
            format!("{covered} av {total} kommuner har ett späd- och småbarnsteam")
        }
        (CountyAccess::Partial, Lang::En) => {
            format!("{covered} of {total} municipalities have a specialised team")
        }
        (CountyAccess::None, Lang::Sv) => "ingen kommun har ett späd- och småbarnsteam".into(),
        (CountyAccess::None, Lang::En) => "no municipality has a specialised team".into(),
        (CountyAccess::NotInData, _) => not_in_data(lang).into(),
    }
}

/// "finns inte i datamängden" / "not in the data set".
pub fn not_in_data(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "finns inte i datamängden",
        Lang::En => "not in the data set",
    }
}

/// A municipality's access: "specialiserat team: Gryningen, Karlskoga", "inget
/// specialiserat team", or that an unnamed part of a catchment may include it.
pub fn access(access: Access, units: &[String], lang: Lang) -> String {
    let units = join(units, lang);
    match (access, lang) {
        (Access::Team, Lang::Sv) => format!("specialiserat team: {units}"),
        (Access::Team, Lang::En) => format!("specialised team: {units}"),
        (Access::Unclear, Lang::Sv) => format!(
            "kanske specialiserat team: {units} tar emot familjer från kommuner som länssidan inte namnger"
        ),
        (Access::Unclear, Lang::En) => format!(
            "perhaps a specialised team: {units} takes families from municipalities the county page does not name"
        ),
        (Access::NoTeam, Lang::Sv) => "inget specialiserat team".into(),
        (Access::NoTeam, Lang::En) => "no specialised team".into(),
    }
}

/// What the social services say, in plain words, with the methods they name:
/// "socialtjänsten erbjuder Marte Meo och PYC", "kommunen har inte uppgett något om
/// socialtjänsten".
pub fn stance(stance: Stance, methods: &[String], lang: Lang) -> String {
    let named = join(methods, lang);
    let with = |text: &str| {
        if named.is_empty() {
            text.to_string()
        } else {
            format!("{text} ({named})")
        }
    };
    match (stance, lang) {
        (Stance::Offers, Lang::Sv) if !named.is_empty() => {
            format!("socialtjänsten erbjuder {named}")
        }
        (Stance::Offers, Lang::En) if !named.is_empty() => {
            format!("social services offer {named}")
        }
        (Stance::Offers, Lang::Sv) => "socialtjänsten erbjuder samspelsbehandling".into(),
        (Stance::Offers, Lang::En) => "social services offer interaction treatment".into(),
        (Stance::Limited, Lang::Sv) => with("socialtjänsten erbjuder något, men begränsat"),
        (Stance::Limited, Lang::En) => with("social services offer something limited"),
        (Stance::Buys, Lang::Sv) => "socialtjänsten köper in samspelsbehandling vid behov".into(),
        (Stance::Buys, Lang::En) => "social services buy interaction treatment when needed".into(),
        (Stance::ViaUnit, Lang::Sv) => "socialtjänsten hänvisar till länets team".into(),
        (Stance::ViaUnit, Lang::En) => "social services refer families to the county's team".into(),
        (Stance::Planned, Lang::Sv) => {
            "socialtjänsten planerar ett erbjudande men erbjuder inget ännu".into()
        }
        (Stance::Planned, Lang::En) => "social services plan an offer but offer nothing yet".into(),
        (Stance::Ended, Lang::Sv) => with("socialtjänstens erbjudande har upphört"),
        (Stance::Ended, Lang::En) => with("social services' offer has ended"),
        (Stance::None, Lang::Sv) => "socialtjänsten kan inte erbjuda samspelsbehandling".into(),
        (Stance::None, Lang::En) => "social services cannot offer interaction treatment".into(),
        (Stance::NotReported, Lang::Sv) => {
            "kommunen har inte uppgett något om socialtjänsten".into()
        }
        (Stance::NotReported, Lang::En) => {
            "the municipality has said nothing of its social services".into()
        }
    }
}

/// The marker after the name of the municipality a page is about.
pub fn marked(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "markerad",
        Lang::En => "highlighted",
    }
}

/// A region's accessible name: "Kumla — inget specialiserat team; socialtjänsten erbjuder
/// Marte Meo och PYC". `facts` are its status phrases, joined by semicolons.
pub fn accessible_name(name: &str, marked_here: bool, facts: &[String], lang: Lang) -> String {
    let name = if marked_here {
        format!("{name} ({})", marked(lang))
    } else {
        name.to_string()
    };
    if facts.is_empty() {
        name
    } else {
        format!("{name} — {}", facts.join("; "))
    }
}

/// The text with its first letter in upper case, for a table cell or a tooltip line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The access legend's title.
pub fn access_legend_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Späd- och småbarnsteam (färg)",
        Lang::En => "Specialised team (colour)",
    }
}

/// The legend's title on a map without colours of access.
pub fn plain_legend_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Kommunerna",
        Lang::En => "The municipalities",
    }
}

/// The stance legend's title.
pub fn stance_legend_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Socialtjänsten (mönster)",
        Lang::En => "Social services (pattern)",
    }
}

/// The units legend's title.
pub fn units_legend_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Teamens orter (enligt namnet)",
        Lang::En => "The teams' places (by their names)",
    }
}

/// The title of the list of units without a single place in their names.
pub fn unpinned_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Team utan en enda ort i namnet (inte utsatta)",
        Lang::En => "Teams without a single place in their names (not pinned)",
    }
}

/// "Gryningen, Karlskoga — i Karlskoga" for a pin's list entry.
pub fn pin_entry(units: &[String], place: &str, lang: Lang) -> String {
    let units = join(units, lang);
    match lang {
        Lang::Sv => format!("{units} — i {place}"),
        Lang::En => format!("{units} — in {place}"),
    }
}

/// A fill's legend label.
pub fn fill_label(fill: Fill, lang: Lang) -> &'static str {
    match (fill, lang) {
        (Fill::Full, Lang::Sv) => "Alla kommuner i länet har team",
        (Fill::Full, Lang::En) => "Every municipality of the county has a team",
        (Fill::Partial, Lang::Sv) => "Vissa kommuner i länet har team",
        (Fill::Partial, Lang::En) => "Some municipalities of the county have a team",
        (Fill::NoTeams, Lang::Sv) => "Ingen kommun i länet har team",
        (Fill::NoTeams, Lang::En) => "No municipality of the county has a team",
        (Fill::NotInData, Lang::Sv) => "Finns inte i datamängden",
        (Fill::NotInData, Lang::En) => "Not in the data set",
        (Fill::Team, Lang::Sv) => "Ett späd- och småbarnsteam tar emot familjer härifrån",
        (Fill::Team, Lang::En) => "A specialised team takes families from here",
        (Fill::Unclear, Lang::Sv) => {
            "Kanske: ett team tar emot familjer från kommuner som sidan inte namnger"
        }
        (Fill::Unclear, Lang::En) => {
            "Perhaps: a team takes families from municipalities the page does not name"
        }
        (Fill::NoTeam, Lang::Sv) => "Inget späd- och småbarnsteam",
        (Fill::NoTeam, Lang::En) => "No specialised team",
        (Fill::Plain, Lang::Sv) => "Länets andra kommuner",
        (Fill::Plain, Lang::En) => "The county's other municipalities",
        (Fill::Marked, Lang::Sv) => "Kommunen som sidan handlar om",
        (Fill::Marked, Lang::En) => "The municipality this page is about",
    }
}

/// A stance mark's legend label.
pub fn mark_label(mark: StanceMark, lang: Lang) -> &'static str {
    match (mark, lang) {
        (StanceMark::Offers, Lang::Sv) => "Prickar: erbjuder samspelsbehandling",
        (StanceMark::Offers, Lang::En) => "Dots: offer interaction treatment",
        (StanceMark::Other, Lang::Sv) => {
            "Sneda linjer: erbjuder något begränsat, köper in eller hänvisar till teamet"
        }
        (StanceMark::Other, Lang::En) => {
            "Slanted lines: offer something limited, buy it in or refer to the team"
        }
        (StanceMark::NoOffer, Lang::Sv) => "Kryss: erbjuder inget i dag",
        (StanceMark::NoOffer, Lang::En) => "Crosses: offer nothing today",
        (StanceMark::NotReported, Lang::Sv) => "Inget mönster: kommunen har inte uppgett något",
        (StanceMark::NotReported, Lang::En) => "No pattern: the municipality has said nothing",
    }
}

/// The title of the map of Sweden.
pub fn sweden_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Tillgång till späd- och småbarnsteam, län för län",
        Lang::En => "Access to specialised teams, county by county",
    }
}

/// The title of a county's map: "Örebro län: tillgång till späd- och småbarnsteam, kommun
/// för kommun"; on a map without colours of access, only the county's name.
pub fn county_title(county: &str, coloured: bool, lang: Lang) -> String {
    match (coloured, lang) {
        (true, Lang::Sv) => {
            format!("{county}: tillgång till späd- och småbarnsteam, kommun för kommun")
        }
        (true, Lang::En) => {
            format!("{county}: access to specialised teams, municipality by municipality")
        }
        (false, Lang::Sv) => format!("{county}: länets kommuner"),
        (false, Lang::En) => format!("{county}: the county's municipalities"),
    }
}

/// A distance in kilometres with one decimal, in the language's format ("1,2 km",
/// "1.2 km", with a no-break space).
pub fn kilometres(metres: f64, lang: Lang) -> String {
    let tenths = (metres.max(0.0) / 100.0).round() as u64;
    let sep = match lang {
        Lang::Sv => ',',
        Lang::En => '.',
    };
    format!("{}{sep}{}\u{a0}km", tenths / 10, tenths % 10)
}

/// The source line of a downloaded map.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Källa: Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018, på uppdrag av Socialstyrelsen) och länens sidor i den nationella katalogen. Gränser: Valmyndigheten, förenklade av okfse/sweden-geojson. Karta: Samspelskartan.",
        Lang::En => "Source: Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018, commissioned by Socialstyrelsen) and the county pages of the national catalogue. Boundaries: the Swedish Election Authority, simplified by okfse/sweden-geojson. Map: Samspelskartan.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_the_languages_way() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&v(&[]), Lang::Sv), "");
        assert_eq!(join(&v(&["Marte Meo"]), Lang::Sv), "Marte Meo");
        assert_eq!(join(&v(&["A", "B", "C"]), Lang::Sv), "A, B och C");
        assert_eq!(join(&v(&["A", "B"]), Lang::En), "A and B");
    }

    #[test]
    fn short_method_names() {
        assert_eq!(short_method_name("PYC (Parenting Young Children)"), "PYC");
        assert_eq!(short_method_name("ICDP – Vägledande samspel"), "ICDP");
        assert_eq!(
            short_method_name("COS-P – Trygghetscirkeln (Circle of Security Parenting)"),
            "COS-P"
        );
        assert_eq!(short_method_name("Marte Meo"), "Marte Meo");
        assert_eq!(short_method_name("DC:0–3R / DC:0–5"), "DC:0–3R / DC:0–5");
    }

    #[test]
    fn the_issues_example_name() {
        let facts = vec![
            access(Access::NoTeam, &[], Lang::Sv),
            stance(Stance::Offers, &["Marte Meo".to_string()], Lang::Sv),
        ];
        assert_eq!(
            accessible_name("Kumla", false, &facts, Lang::Sv),
            "Kumla — inget specialiserat team; socialtjänsten erbjuder Marte Meo"
        );
        assert_eq!(
            accessible_name("Kumla", true, &facts[..1], Lang::En),
            "Kumla (highlighted) — inget specialiserat team"
        );
    }

    #[test]
    fn not_reported_never_reads_as_no() {
        let said_nothing = stance(Stance::NotReported, &[], Lang::Sv);
        let said_no = stance(Stance::None, &[], Lang::Sv);
        assert_ne!(said_nothing, said_no);
        assert!(said_nothing.contains("inte uppgett"), "{said_nothing}");
        assert!(!said_nothing.contains("kan inte"), "{said_nothing}");
    }

    #[test]
    fn kilometres_in_either_language() {
        assert_eq!(kilometres(1_234.0, Lang::Sv), "1,2\u{a0}km");
        assert_eq!(kilometres(960.0, Lang::En), "1.0\u{a0}km");
        assert_eq!(kilometres(4_950.0, Lang::Sv), "5,0\u{a0}km");
        assert_eq!(kilometres(40.0, Lang::Sv), "0,0\u{a0}km");
    }

    #[test]
    fn capitals() {
        assert_eq!(capitalised("inget team"), "Inget team");
        assert_eq!(capitalised("övrigt"), "Övrigt");
        assert_eq!(capitalised(""), "");
    }
}
