//! The editor's phrase tables for reading a page's opening and the status of an offer:
//! `data/editorial/opening_phrases.csv` (families of words and patterns: the forms that give
//! a catchment, the phrases of a whole county, vague words, the words that refer to units,
//! …) and `data/editorial/status_phrases.csv` (what says an offer is being built, planned
//! or ended). Each row has its reason; the code knows the families, not the wordings.
//!
//! An opening phrase is matched on whole words, folded (case and Swedish letters ignored):
//! `…` stands for any words between, `{area}` for the words a catchment form gives (up to
//! the next word of the pattern, or the end of the clause) and `{county}` for the county's
//! name. A word ending in `*` matches every word it starts. A status phrase (like a stance
//! phrase) is found anywhere in the lower-cased text, `…` standing for any text between.

use crate::editorial::rows::rows;
use crate::report::IngestError;
use crate::text::patterns::{contains_in_order, gapped, Found, Pattern, Piece, Token};
use catalog::OfferStatus;
use serde::Deserialize;

/// The opening table under the data directory.
pub const OPENING_FILE: &str = "editorial/opening_phrases.csv";
/// The status table under the data directory.
pub const STATUS_FILE: &str = "editorial/status_phrases.csv";

/// What an opening phrase is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// A form giving each unit it names the `{area}`.
    Each,
    /// A form giving the units it names the `{area}` together.
    Together,
    /// A word making a `together` form apply to each unit ("båda").
    EachMarker,
    /// The whole county.
    Whole,
    /// "övriga": the other municipalities.
    Others,
    /// "utom": all but the names after it.
    Except,
    /// Words around a count of municipalities not named ("fyra andra kommuner").
    Unnamed,
    /// Words that only introduce a part of a catchment ("det vill säga", "i").
    Lead,
    /// Words of an area that is not named as municipalities ("delar", "omnejd").
    Vague,
    /// Stems of nouns naming a unit ("team", "verksamhet").
    UnitNoun,
    /// "den", "det", "de" before a position or a place.
    Pronoun,
    /// The first units of the list ("förstnämnda").
    First,
    /// The last units of the list ("sistnämnda").
    Last,
    /// Every unit ("samtliga tre verksamheter"); with municipalities, a total.
    All,
    /// Both units ("båda").
    Both,
    /// Words of units' names that never identify one ("BUP", "kommun").
    NotAName,
    /// Words saying municipalities have access ("tillgång").
    Access,
    /// Words saying they have not ("inte", "saknas").
    Negation,
    /// "ingen av": none of the municipalities counted.
    NoneOf,
    /// "hälften av": half of them.
    Half,
    /// "invånarna i": the municipalities named after it.
    Inhabitants,
    /// "ett", "en": a unit that is not one of the list.
    Indefinite,
}

impl Family {
    fn parse(s: &str) -> Option<Family> {
        use Family::*;
        Some(match s {
            "each" => Each,
            "together" => Together,
            "each_marker" => EachMarker,
            "whole" => Whole,
            "others" => Others,
            "except" => Except,
            "unnamed" => Unnamed,
            "lead" => Lead,
            "vague" => Vague,
            "unit_noun" => UnitNoun,
            "pronoun" => Pronoun,
            "first" => First,
            "last" => Last,
            "all" => All,
            "both" => Both,
            "not_a_name" => NotAName,
            "access" => Access,
            "negation" => Negation,
            "none_of" => NoneOf,
            "half" => Half,
            "inhabitants" => Inhabitants,
            "indefinite" => Indefinite,
            _ => return None,
        })
    }
}

#[derive(Deserialize)]
struct OpeningRow {
    phrase: String,
    family: String,
    reason: String,
}

/// The opening table: patterns by family, in file order.
#[derive(Debug, Clone, Default)]
pub struct OpeningPhrases {
    rows: Vec<(Pattern, Family)>,
}

impl OpeningPhrases {
    /// Reads the table (`csv_text` of `file`; `None` gives no phrases).
    pub fn new(file: &str, csv_text: Option<&str>) -> Result<OpeningPhrases, Vec<IngestError>> {
        let mut out = OpeningPhrases::default();
        let Some(text) = csv_text else {
            return Ok(out);
        };
        let (rows, mut errors) = rows::<OpeningRow>(file, text);
        for (line, row) in rows {
            let Some(family) = Family::parse(row.family.trim()) else {
                let msg = format!("unknown family {:?}", row.family.trim());
                errors.push(IngestError::at(file, line, msg));
                continue;
            };
            let pattern = Pattern::parse(row.phrase.trim());
            if pattern.pieces.is_empty() || row.reason.trim().is_empty() {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs a phrase and a reason",
                ));
                continue;
            }
            let has_area = pattern.pieces.contains(&Piece::Area);
            if matches!(family, Family::Each | Family::Together) != has_area {
                let msg = "each and together phrases, and only they, hold {area}";
                errors.push(IngestError::at(file, line, msg));
                continue;
            }
            out.rules_push(pattern, family);
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    fn rules_push(&mut self, pattern: Pattern, family: Family) {
        self.rows.push((pattern, family));
    }

    /// The patterns of a family, in file order.
    pub fn patterns(&self, family: Family) -> impl Iterator<Item = &Pattern> {
        self.rows
            .iter()
            .filter(move |(_, f)| *f == family)
            .map(|(p, _)| p)
    }

    /// Whether `word` (folded) is a one-word phrase of the family (or starts with a stem
    /// written with `*`).
    pub fn is(&self, family: Family, word: &str) -> bool {
        self.patterns(family).any(|p| match &p.pieces[..] {
            [Piece::Word { word: w, prefix }] => {
                if *prefix {
                    word.starts_with(w.as_str())
                } else {
                    word == w
                }
            }
            _ => false,
        })
    }

    /// The one-word phrases of a family.
    pub fn words(&self, family: Family) -> Vec<&str> {
        self.patterns(family)
            .filter_map(Pattern::single_word)
            .collect()
    }

    /// The first pattern of the family standing in `toks`, and where.
    pub fn find(
        &self,
        family: Family,
        toks: &[Token],
        county: &[String],
    ) -> Option<(&Pattern, Found)> {
        self.patterns(family)
            .filter_map(|p| p.find(toks, county).map(|f| (p, f)))
            .min_by_key(|(_, f)| f.start)
    }

    /// Whether `word` is a unit noun: it ends with a stem of the `unit_noun` family, in
    /// any form ("Teamet", "Spädbarnsteamet", "verksamheterna", "mottagning").
    pub fn is_unit_noun(&self, word: &str) -> bool {
        unit_noun_stem(self, word).is_some()
    }

    /// Whether `word` is only a unit noun, not a compound ("teamet", "verksamheten").
    pub fn is_bare_unit_noun(&self, word: &str) -> bool {
        unit_noun_stem(self, word).is_some_and(|(at, _)| at == 0)
    }
}

/// Endings of a noun after its stem: definite, plural, genitive.
const NOUN_ENDINGS: &[&str] = &[
    "", "s", "en", "et", "n", "ens", "ets", "ns", "er", "erna", "ar", "arna", "ernas", "arnas",
    "na", "nas",
];

/// Where a unit-noun stem stands in `word` (its byte offset) and the stem.
fn unit_noun_stem<'a>(phrases: &'a OpeningPhrases, word: &str) -> Option<(usize, &'a str)> {
    phrases
        .words(Family::UnitNoun)
        .into_iter()
        .find_map(|stem| {
            NOUN_ENDINGS.iter().find_map(|ending| {
                let stem_end = word.strip_suffix(ending)?;
                stem_end
                    .ends_with(stem)
                    .then(|| (stem_end.len() - stem.len(), stem))
            })
        })
}

#[derive(Deserialize)]
struct StatusRow {
    phrase: String,
    status: String,
    reason: String,
}

/// The status table: (the phrase's parts between `…`, lower-cased; status), in file order.
#[derive(Debug, Clone, Default)]
pub struct StatusPhrases {
    pub rows: Vec<(Vec<String>, OfferStatus, String)>,
}

impl StatusPhrases {
    /// Reads the table (`csv_text` of `file`; `None` gives no phrases).
    pub fn new(file: &str, csv_text: Option<&str>) -> Result<StatusPhrases, Vec<IngestError>> {
        let mut out = StatusPhrases::default();
        let Some(text) = csv_text else {
            return Ok(out);
        };
        let (rows, mut errors) = rows::<StatusRow>(file, text);
        for (line, row) in rows {
            let Some(status) = OfferStatus::parse(row.status.trim()) else {
                let msg = format!("unknown status {:?}", row.status.trim());
                errors.push(IngestError::at(file, line, msg));
                continue;
            };
            let parts = gapped(&row.phrase);
            if parts.is_empty() || row.reason.trim().is_empty() {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs a phrase and a reason",
                ));
                continue;
            }
            out.rows
                .push((parts, status, row.phrase.trim().to_string()));
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// The status of the first phrase (file order) in `text`, with the phrase.
    pub fn read(&self, text: &str) -> Option<(OfferStatus, &str)> {
        let lower = text.to_lowercase();
        self.rows
            .iter()
            .find(|(parts, _, _)| contains_in_order(&lower, parts))
            .map(|(_, s, p)| (*s, p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::patterns::tokens;

    #[test]
    fn tables_read_with_their_families() {
        let csv =
            "phrase,family,reason\ntäcker {area},together,r\nteam,unit_noun,r\nbup,not_a_name,r\n";
        let p = OpeningPhrases::new("o.csv", Some(csv)).unwrap();
        assert!(p.is(Family::NotAName, "bup"));
        assert!(p.is_unit_noun("spadbarnsteamet") && p.is_unit_noun("teamen"));
        assert!(p.is_bare_unit_noun("teamet") && !p.is_bare_unit_noun("spadbarnsteamet"));
        assert!(!p.is_unit_noun("kotten"));
        let (pat, f) = p
            .find(Family::Together, &tokens("X täcker Y"), &[])
            .unwrap();
        assert_eq!((pat.text.as_str(), f.area), ("täcker {area}", Some(2..3)));
        let bad = OpeningPhrases::new(
            "o.csv",
            Some("phrase,family,reason\nx,nonsense,r\ntäcker,together,r\n"),
        )
        .unwrap_err();
        let e: Vec<String> = bad.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            e,
            [
                "o.csv:2: error: unknown family \"nonsense\"",
                "o.csv:3: error: each and together phrases, and only they, hold {area}"
            ]
        );
        let s = StatusPhrases::new(
            "s.csv",
            Some("phrase,status,reason\navser … att,planned,r\navslutat,ended,r\n"),
        )
        .unwrap();
        assert_eq!(
            s.read("Hägersten avser socialtjänsten att pröva MIM")
                .map(|r| r.0),
            Some(OfferStatus::Planned)
        );
        assert_eq!(
            s.read("Arbetet är nu avslutat").map(|r| r.0),
            Some(OfferStatus::Ended)
        );
        assert_eq!(s.read("avslutas när barnet är 18 mån"), None);
        assert!(StatusPhrases::new("s.csv", Some("phrase,status,reason\nx,running,r\n")).is_err());
    }
}
