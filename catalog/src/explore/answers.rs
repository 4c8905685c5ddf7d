//! Yes/no facts of a unit read from its fields: whether a family can refer itself
//! ("Remissväg"), whether it has group activity ("Gruppverksamhet") and whether it uses
//! DC:0–3R/DC:0–5 (its own field). "Not stated" (nothing, or "Ingen uppgift") is kept apart
//! from "unclear" (a text that says neither yes nor no) and from "no".

use crate::model::Unit;
use crate::search::fold_key;

/// An answer read from a field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    Yes,
    No,
    /// The field says something that is neither a yes nor a no.
    Unclear,
    /// The record has no such field, or it says "Ingen uppgift".
    #[default]
    NotStated,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unclear, Answer::NotStated];

    /// The value in a URL (`egen_remiss=ja`).
    pub fn param(self) -> &'static str {
        match self {
            Answer::Yes => "ja",
            Answer::No => "nej",
            Answer::Unclear => "oklart",
            Answer::NotStated => "ej_angivet",
        }
    }
}

/// The label of the DC field as the pages write it.
pub const DC_LABEL: &str = "DC:0–3R/DC:0–5";

/// Texts that state nothing, folded.
const NOTHING_STATED: [&str; 6] = [
    "ingen uppgift",
    "uppgift saknas",
    "ej angivet",
    "inte angivet",
    "okant",
    "vet ej",
];

/// The folded text, or `None` when it states nothing.
fn stated(text: Option<&str>) -> Option<String> {
    let folded = fold_key(text?);
    let nothing = folded.is_empty()
        || NOTHING_STATED
            .iter()
            .any(|n| folded == *n || folded.starts_with(&format!("{n} ")));
    (!nothing).then_some(folded)
}

/// Whether the text opens with a yes or a no ("Ja", "Ja, DC:0–3R", "Ja (…)", "Nej").
fn opening_answer(folded: &str) -> Option<Answer> {
    match folded.split(' ').next() {
        Some("ja") => Some(Answer::Yes),
        Some("nej") => Some(Answer::No),
        _ => None,
    }
}

/// Self-referral from the ingest's reading of "Remissväg" (`ParsedUnit::self_referral`):
/// yes or no as read; a "Remissväg" the ingest could not read is unclear; none, not stated.
pub fn self_referral(unit: &Unit) -> Answer {
    match unit.parsed.self_referral {
        Some(true) => Answer::Yes,
        Some(false) => Answer::No,
        None if stated(unit.field("Remissväg").map(|f| f.value.as_str())).is_some() => {
            Answer::Unclear
        }
        None => Answer::NotStated,
    }
}

/// Group activity from the "Gruppverksamhet" text. Rules, in order: nothing stated → not
/// stated; opening "Ja"/"Nej" (whatever follows: "Ja i viss mån", "Ja, COS-P grupper") → yes
/// / no; opening "Ingen"/"Inga"/"Saknas" → no; a negation anywhere ("inte", "ej") →
/// unclear; a word naming a group ("grupp", "i grupp", "föräldragrupper") → yes; else unclear.
pub fn group_activity(text: Option<&str>) -> Answer {
    let Some(folded) = stated(text) else {
        return Answer::NotStated;
    };
    if let Some(a) = opening_answer(&folded) {
        return a;
    }
    let words: Vec<&str> = folded.split(' ').collect();
    if matches!(words.first(), Some(&("ingen" | "inga" | "saknas"))) {
        return Answer::No;
    }
    if words
        .iter()
        .any(|w| matches!(*w, "inte" | "ej" | "ingen" | "inga"))
    {
        return Answer::Unclear;
    }
    if words.iter().any(|w| w.contains("grupp")) {
        return Answer::Yes;
    }
    Answer::Unclear
}

/// DC:0–3R/DC:0–5 used, from its field: opening "Ja" → yes, "Nej" → no, nothing stated →
/// not stated, any other text ("Kompetensen finns men används inte regelbundet") → unclear.
pub fn dc_used(text: Option<&str>) -> Answer {
    match stated(text) {
        None => Answer::NotStated,
        Some(folded) => opening_answer(&folded).unwrap_or(Answer::Unclear),
    }
}

/// The DC field of a unit: the label as the pages write it, or any label that folds to
/// "dc 0 3r …" (a page that writes a hyphen).
pub fn dc_field(unit: &Unit) -> Option<&str> {
    unit.fields
        .iter()
        .find(|f| f.label == DC_LABEL || fold_key(&f.label).starts_with("dc 0 3"))
        .map(|f| f.value.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_answers() {
        let g = |t: &str| group_activity(Some(t));
        assert_eq!(g("Ja"), Answer::Yes);
        assert_eq!(g("Ja i viss mån"), Answer::Yes);
        assert_eq!(g("Ja (varje familj har egen behandlare)"), Answer::Yes);
        assert_eq!(g("Nej"), Answer::No);
        assert_eq!(g("Ingen gruppverksamhet"), Answer::No);
        assert_eq!(g("Ingen uppgift"), Answer::NotStated);
        assert_eq!(
            g("Anknytningsbaserad relationsbehandling i grupp med barn och föräldrar."),
            Answer::Yes
        );
        assert_eq!(g("Föräldragrupper startar hösten"), Answer::Yes);
        assert_eq!(g("Grupper erbjuds inte längre"), Answer::Unclear);
        assert_eq!(g("Individuellt"), Answer::Unclear);
        assert_eq!(group_activity(None), Answer::NotStated);
        assert_eq!(g("  "), Answer::NotStated);
    }

    #[test]
    fn dc_answers() {
        let d = |t: &str| dc_used(Some(t));
        assert_eq!(d("Ja, DC:0–3R"), Answer::Yes);
        assert_eq!(d("Ja"), Answer::Yes);
        assert_eq!(d("Nej"), Answer::No);
        assert_eq!(
            d("Kompetensen finns men används inte regelbundet i verksamheten."),
            Answer::Unclear
        );
        assert_eq!(d("Ingen uppgift"), Answer::NotStated);
        assert_eq!(dc_used(None), Answer::NotStated);
        // "Jag" is not "Ja".
        assert_eq!(d("Jag vet inte"), Answer::Unclear);
    }
}
