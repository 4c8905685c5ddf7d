//! One specialised unit/team block of a county page: labelled fields ("Namn …",
//! "Remissväg …", …) kept verbatim, and the few values read out of them without guessing.

use crate::report::{Warning, WarningKind};
use catalog::model::{Field, ParsedUnit, Unit};
use catalog::text;

/// The labels of a unit block, as the catalogue writes them. A line starting with one of
/// them (followed by a space, or the whole line) starts a field; any other line of the block
/// continues the previous field. Matched longest first, so a label that is the start of
/// another never cuts it short. "DC:0–3R/DC:0–5" stands alone on its line, its value on the
/// next line.
pub const LABELS: &[&str] = &[
    "Namn",
    "Åldrar",
    "Huvudnamn",
    "Ärendetyp",
    "Upptagningsområde",
    "Remissväg",
    "Insatsens omfattning/intensitet",
    "Antal ärenden per år",
    "Ärendefördelning/ålder",
    "Ärendelängd",
    "Personal",
    "Bedömningsmetoder",
    "DC:0–3R/DC:0–5",
    "Behandlingsmetoder",
    "Gruppverksamhet",
    "Tillgång till barnpsykologisk bedömning",
    "Tillgång till barnpsykiatrisk bedömning",
    "Kontakt",
];

/// The label that starts a unit block.
pub const NAME_LABEL: &str = "Namn";

/// Identical values shorter than this ("Ja", "Nej", "Ingen uppgift") are normal; longer
/// identical values in two fields of one unit look like a copy-and-paste slip.
const MIN_DUPLICATE_CHARS: usize = 40;

/// Phrases of a "Remissväg" text (lower-cased) saying a family can contact the unit itself.
const SELF_REFERRAL_PHRASES: &[&str] = &[
    "söker själv",
    "söka själv",
    "själv (privat vårdbegäran)",
    "egenanmälan",
    "egen remiss",
    "egen vårdbegäran",
    "privat vårdbegäran",
];

/// Words (lower-cased) naming a referral.
const REFERRAL_WORDS: &[&str] = &["remiss", "remitt"];

/// Words that negate a sentence, which makes a self-referral phrase in it ambiguous.
const NEGATIONS: &[&str] = &["inte", "ej", "ingen", "icke"];

/// Splits a line into a known label and the rest after it (without the separating space).
pub fn split_label(line: &str) -> Option<(&'static str, &str)> {
    let mut labels: Vec<&'static str> = LABELS.to_vec();
    labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
    labels.into_iter().find_map(|label| {
        let rest = line.strip_prefix(label)?;
        if rest.is_empty() {
            Some((label, rest))
        } else {
            rest.strip_prefix(' ').map(|value| (label, value))
        }
    })
}

/// A unit's id: `<county code>-<slug of its name>` (`18-gryningen-karlskoga`), `unit` for
/// a name without letters or digits.
pub fn unit_id(county_code: &str, name: &str) -> String {
    let slug = crate::text::words::slug(name);
    let slug = if slug.is_empty() {
        "unit".to_string()
    } else {
        slug
    };
    format!("{county_code}-{slug}")
}

/// Whether this line starts a unit block.
pub fn starts_unit(line: &str) -> bool {
    matches!(split_label(line), Some((NAME_LABEL, _)))
}

/// Reads one block: `lines` are its consecutive non-blank lines with their 1-based numbers,
/// the first starting with "Namn".
pub fn parse_unit(file: &str, lines: &[(u32, &str)]) -> (Unit, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut fields: Vec<Field> = Vec::new();
    for &(number, line) in lines {
        match (split_label(line), fields.last_mut()) {
            (Some((label, value)), _) => {
                if fields.iter().any(|f| f.label == label) {
                    warnings.push(Warning::new(
                        file,
                        number,
                        WarningKind::RepeatedLabel,
                        format!("label \"{label}\" appears twice in one unit"),
                        line,
                    ));
                }
                fields.push(Field {
                    label: label.to_string(),
                    value: value.to_string(),
                    first_line: number,
                    last_line: number,
                });
            }
            (None, Some(field)) => {
                if !field.value.is_empty() {
                    field.value.push('\n');
                }
                field.value.push_str(line);
                field.last_line = number;
            }
            (None, None) => warnings.push(Warning::new(
                file,
                number,
                WarningKind::UnlabelledLine,
                "unit line without a label",
                line,
            )),
        }
    }
    for (i, a) in fields.iter().enumerate() {
        let twin = fields[..i].iter().find(|b| b.value == a.value);
        if let (Some(b), true) = (twin, a.value.chars().count() >= MIN_DUPLICATE_CHARS) {
            warnings.push(Warning::new(
                file,
                a.first_line,
                WarningKind::DuplicatedField,
                format!(
                    "duplicated field text: \"{}\" repeats \"{}\" (line {})",
                    a.label, b.label, b.first_line
                ),
                &a.value,
            ));
        }
    }
    let value = |label: &str| fields.iter().find(|f| f.label == label).map(|f| &f.value);
    let name = value(NAME_LABEL).cloned().unwrap_or_default();
    let first_line = lines.first().map_or(0, |l| l.0);
    if name.trim().is_empty() {
        let quote = lines.first().map_or("", |l| l.1);
        warnings.push(Warning::new(
            file,
            first_line,
            WarningKind::UnnamedUnit,
            "unit without a name",
            quote,
        ));
    }
    let contact = value("Kontakt").map_or("", String::as_str);
    let parsed = ParsedUnit {
        self_referral: value("Remissväg").and_then(|v| self_referral(v)),
        catchment: value("Upptagningsområde").cloned(),
        urls: text::urls(contact),
        phones: text::phones(contact),
        emails: text::emails(contact),
        methods: Vec::new(),
    };
    let unit = Unit {
        id: String::new(),
        status: Default::default(),
        opening_line: None,
        catchment: Default::default(),
        name,
        first_line,
        last_line: lines.last().map_or(0, |l| l.0),
        fields,
        parsed,
    };
    (unit, warnings)
}

/// Reads a "Remissväg" text: `Some(true)` when it says families can contact the unit
/// themselves, `Some(false)` when it names a referral and no such way, `None` when it says
/// neither or says it in a negated sentence.
pub fn self_referral(remissvag: &str) -> Option<bool> {
    let lower = remissvag.to_lowercase();
    let mut says_self = false;
    for sentence in lower.split(['.', '!', '?', '\n']) {
        let phrase =
            SELF_REFERRAL_PHRASES.iter().any(|p| sentence.contains(p)) || seek_then_self(sentence);
        if phrase {
            let negated = sentence
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| NEGATIONS.contains(&w));
            if negated {
                return None;
            }
            says_self = true;
        }
    }
    if says_self {
        Some(true)
    } else if REFERRAL_WORDS.iter().any(|w| lower.contains(w)) {
        Some(false)
    } else {
        None
    }
}

/// "söka … själv" in one sentence ("kan söka till Spädbarnsverksamheten själv").
fn seek_then_self(sentence: &str) -> bool {
    sentence
        .find("söka")
        .is_some_and(|i| sentence[i..].contains("själv"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_ids() {
        assert_eq!(
            unit_id("18", "Gryningen, Karlskoga"),
            "18-gryningen-karlskoga"
        );
        assert_eq!(
            unit_id("05", "Föräldrar-spädbarn Hagadal, Linköping"),
            "05-foraldrar-spadbarn-hagadal-linkoping"
        );
        assert_eq!(unit_id("01", " – "), "01-unit");
    }

    #[test]
    fn labels_match_longest_first_and_need_a_space() {
        assert_eq!(split_label("Namn Gryningen"), Some(("Namn", "Gryningen")));
        assert_eq!(split_label("DC:0–3R/DC:0–5"), Some(("DC:0–3R/DC:0–5", "")));
        assert_eq!(split_label("Namnet är"), None);
        assert_eq!(split_label("Personalen"), None);
        assert_eq!(split_label("Kontakt"), Some(("Kontakt", "")));
    }

    #[test]
    fn self_referral_phrases() {
        assert_eq!(self_referral("Föräldrarna söker själva"), Some(true));
        assert_eq!(self_referral("Remiss via BUP öppenvård"), Some(false));
        assert_eq!(
            self_referral("Familjerna kommer på remiss och även genom egenanmälan."),
            Some(true)
        );
        assert_eq!(self_referral("Egen remiss och aktualisering"), Some(true));
        assert_eq!(
            self_referral("Familjer kan söka till verksamheten själv eller via remiss."),
            Some(true)
        );
        assert_eq!(
            self_referral("Man kan inte söka själv. Remiss krävs."),
            None
        );
        assert_eq!(self_referral("Ingen uppgift"), None);
        assert_eq!(
            self_referral("Familjerna remitteras från MBHV"),
            Some(false)
        );
    }

    #[test]
    fn dc_value_on_next_line_and_continuations() {
        let lines = [
            (10, "Namn X"),
            (11, "Personal Två"),
            (12, "Vidare: Marte Meo"),
            (13, "DC:0–3R/DC:0–5"),
            (14, "Nej"),
            (15, "Kontakt Tel: 08-123456 http://x.se"),
        ];
        let (u, w) = parse_unit("f", &lines);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(u.name, "X");
        assert_eq!(u.field("Personal").unwrap().value, "Två\nVidare: Marte Meo");
        let dc = u.field("DC:0–3R/DC:0–5").unwrap();
        assert_eq!(
            (dc.value.as_str(), dc.first_line, dc.last_line),
            ("Nej", 13, 14)
        );
        assert_eq!(u.parsed.urls, vec!["http://x.se"]);
        assert_eq!(u.parsed.phones, vec!["08-123456"]);
        assert_eq!((u.first_line, u.last_line), (10, 15));
    }

    #[test]
    fn warns_on_twice_labels_and_duplicated_text() {
        let long = "Genomsnittlig längd cirka 1 år, de flesta avslutas vid 18 mån.";
        let a = format!("Ärendefördelning/ålder {long}");
        let b = format!("Ärendelängd {long}");
        let lines = [
            (1, "Namn X"),
            (2, a.as_str()),
            (3, b.as_str()),
            (4, "Namn Y"),
        ];
        let (_, w) = parse_unit("f", &lines);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].message.contains("appears twice"));
        assert_eq!(w[0].line, 4);
        assert!(w[1].message.starts_with("duplicated field text"));
        assert_eq!((w[1].line, w[1].quote.as_str()), (3, long));
    }
}
