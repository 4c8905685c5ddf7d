//! The editor's files the comparison reads, embedded at build time:
//! `data/editorial/count_words.csv` (the words that say what a unit's staff or cases figure
//! counts) and `data/editorial/unit_figures.csv` (decisions and caveats on single figures,
//! e.g. that BUP Stockholm's "totalt 4126" counts all of BUP's local outpatient care).
//! Every row has its reason; a bad row is an error naming the file and line.

use crate::compare::stated::Counts;
use serde::Deserialize;
use std::fmt;
use std::sync::OnceLock;

pub const COUNT_WORDS_FILE: &str = "data/editorial/count_words.csv";
pub const UNIT_FIGURES_FILE: &str = "data/editorial/unit_figures.csv";

const COUNT_WORDS_CSV: &str = include_str!("../../../data/editorial/count_words.csv");
const UNIT_FIGURES_CSV: &str = include_str!("../../../data/editorial/unit_figures.csv");

/// A word that, following a number, says what the number counts ("tjänster" → posts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountWord {
    /// Lower-case, matched as a whole word.
    pub word: String,
    pub counts: Counts,
}

/// Whether a unit's figure counts the unit or more than it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// What the unit does.
    Unit,
    /// More than the unit (a whole organisation's total): shown as stated with its note,
    /// never divided by children.
    Wider,
}

/// The editor's word on one figure of one unit: what it counts (overriding the rule) and/or
/// a caveat to show with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureNote {
    /// Line of the row in `unit_figures.csv`.
    pub line: u32,
    pub unit_id: String,
    /// The field's label ("Antal ärenden per år", "Personal").
    pub label: String,
    /// Words of the field the row is about; a test checks they still stand in the field.
    pub quote: String,
    /// What the figure counts, where the rule cannot tell.
    pub counts: Option<Counts>,
    pub scope: Scope,
    /// The caveat to show, Swedish and English; empty when the row only decides `counts`.
    pub note_sv: String,
    pub note_en: String,
    pub reason: String,
}

impl FigureNote {
    /// The caveat in this language, if the row has one.
    pub fn note(&self, lang: crate::route::Lang) -> Option<&str> {
        let text = match lang {
            crate::route::Lang::Sv => &self.note_sv,
            crate::route::Lang::En => &self.note_en,
        };
        (!text.is_empty()).then_some(text.as_str())
    }
}

/// Both files, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Editorial {
    pub words: Vec<CountWord>,
    pub notes: Vec<FigureNote>,
}

/// A bad row of an editorial file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorialError {
    pub file: &'static str,
    pub line: u32,
    pub message: String,
}

impl fmt::Display for EditorialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for EditorialError {}

#[derive(Deserialize)]
struct WordRow {
    word: String,
    counts: String,
    reason: String,
}

#[derive(Deserialize)]
struct NoteRow {
    unit_id: String,
    label: String,
    quote: String,
    counts: String,
    scope: String,
    note_sv: String,
    note_en: String,
    reason: String,
}

/// Rows of a CSV text with a header, each with the line it starts on.
fn rows<R: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
    errors: &mut Vec<EditorialError>,
) -> Vec<(u32, R)> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            errors.push(EditorialError {
                file,
                line: 1,
                message: format!("bad header: {e}"),
            });
            return out;
        }
    };
    for record in reader.records() {
        let result = record.and_then(|r| {
            let line = r.position().map_or(0, |p| p.line() as u32);
            r.deserialize::<R>(Some(&headers)).map(|row| (line, row))
        });
        match result {
            Ok(row) => out.push(row),
            Err(e) => errors.push(EditorialError {
                file,
                line: e.position().map_or(0, |p| p.line() as u32),
                message: format!("bad row: {e}"),
            }),
        }
    }
    out
}

impl Editorial {
    /// The files as shipped, read once. They are checked by the tests, so reading them
    /// cannot fail in a build whose tests pass.
    pub fn shipped() -> &'static Editorial {
        static SHIPPED: OnceLock<Editorial> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            Editorial::parse(COUNT_WORDS_CSV, UNIT_FIGURES_CSV).expect(
                "data/editorial/count_words.csv and unit_figures.csv are checked by the tests",
            )
        })
    }

    /// Reads both files' texts; every bad row is an error naming its line.
    pub fn parse(count_words: &str, unit_figures: &str) -> Result<Editorial, Vec<EditorialError>> {
        let mut errors = Vec::new();
        let mut words: Vec<CountWord> = Vec::new();
        for (line, row) in rows::<WordRow>(COUNT_WORDS_FILE, count_words, &mut errors) {
            let mut bad = |message: String| {
                errors.push(EditorialError {
                    file: COUNT_WORDS_FILE,
                    line,
                    message,
                })
            };
            let word = row.word.trim().to_string();
            if word.is_empty() || word.chars().any(|c| !c.is_alphabetic() || c.is_uppercase()) {
                bad(format!("word {:?} is not one lower-case word", row.word));
                continue;
            }
            if row.reason.trim().is_empty() {
                bad(format!("word {word:?} has no reason"));
                continue;
            }
            let Some(counts) = Counts::parse(&row.counts).filter(|c| *c != Counts::Unclear) else {
                bad(format!("unknown kind {:?} (posts, employees, children, families, patients, cases, referrals)", row.counts));
                continue;
            };
            if words.iter().any(|w| w.word == word) {
                bad(format!("word {word:?} given twice"));
                continue;
            }
            words.push(CountWord { word, counts });
        }
        let mut notes: Vec<FigureNote> = Vec::new();
        for (line, row) in rows::<NoteRow>(UNIT_FIGURES_FILE, unit_figures, &mut errors) {
            let mut bad = |message: String| {
                errors.push(EditorialError {
                    file: UNIT_FIGURES_FILE,
                    line,
                    message,
                })
            };
            let counts = match row.counts.trim() {
                "" => None,
                id => match Counts::parse(id) {
                    Some(c) => Some(c),
                    None => {
                        bad(format!("unknown kind {id:?}"));
                        continue;
                    }
                },
            };
            let scope = match row.scope.trim() {
                "unit" => Scope::Unit,
                "wider" => Scope::Wider,
                other => {
                    bad(format!("scope {other:?} is neither \"unit\" nor \"wider\""));
                    continue;
                }
            };
            let (sv, en) = (row.note_sv.trim(), row.note_en.trim());
            if sv.is_empty() != en.is_empty() {
                bad("a note needs both its Swedish and its English text".to_string());
                continue;
            }
            if counts.is_none() && sv.is_empty() && scope == Scope::Unit {
                bad("the row decides nothing: no kind, no note, scope unit".to_string());
                continue;
            }
            if row.reason.trim().is_empty() || row.quote.trim().is_empty() {
                bad("a row needs the quote it is about and its reason".to_string());
                continue;
            }
            if notes
                .iter()
                .any(|n| n.unit_id == row.unit_id && n.label == row.label)
            {
                bad(format!("{} {:?} given twice", row.unit_id, row.label));
                continue;
            }
            notes.push(FigureNote {
                line,
                unit_id: row.unit_id,
                label: row.label,
                quote: row.quote,
                counts,
                scope,
                note_sv: sv.to_string(),
                note_en: en.to_string(),
                reason: row.reason,
            });
        }
        if errors.is_empty() {
            Ok(Editorial { words, notes })
        } else {
            Err(errors)
        }
    }

    /// The editor's row on this unit's field, if there is one.
    pub fn note(&self, unit_id: &str, label: &str) -> Option<&FigureNote> {
        self.notes
            .iter()
            .find(|n| n.unit_id == unit_id && n.label == label)
    }

    /// What this word, lower-cased, counts, if it is a count word.
    pub fn counts_of(&self, word: &str) -> Option<Counts> {
        self.words.iter().find(|w| w.word == word).map(|w| w.counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_read() {
        let e = Editorial::parse(COUNT_WORDS_CSV, UNIT_FIGURES_CSV).unwrap();
        assert_eq!(e.counts_of("tjänster"), Some(Counts::Posts));
        assert_eq!(e.counts_of("familjer"), Some(Counts::Families));
        assert_eq!(e.counts_of("psykologer"), None);
        let bup = e.note("01-bup-stockholm", "Antal ärenden per år").unwrap();
        assert_eq!(bup.scope, Scope::Wider);
        assert_eq!(bup.counts, None);
        assert!(bup
            .note(crate::route::Lang::En)
            .unwrap()
            .contains("outpatient"));
        assert_eq!(bup.line, 2);
        let hagadal = e
            .note(
                "05-foraldrar-spadbarn-hagadal-linkoping",
                "Antal ärenden per år",
            )
            .unwrap();
        assert_eq!(hagadal.counts, Some(Counts::Referrals));
        assert_eq!(hagadal.note(crate::route::Lang::Sv), None);
        assert_eq!(Editorial::shipped(), &e);
    }

    #[test]
    fn bad_rows_are_named_by_file_and_line() {
        let words = "word,counts,reason\ntjänster,posts,ok\nTjänst,posts,capital\nbarn,kids,x\nbarn,children,\n";
        let notes = "unit_id,label,quote,counts,scope,note_sv,note_en,reason\n\
                     u,Personal,q,,unit,,,nothing decided\n\
                     u,Personal,q,,everywhere,,,x\n\
                     u,Antal,q,,wider,bara svenska,,x\n";
        let errors = Editorial::parse(words, notes).unwrap_err();
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown.len(), 6, "{shown:#?}");
        assert!(shown[0].starts_with("data/editorial/count_words.csv:3: word \"Tjänst\""));
        assert!(shown[1].starts_with("data/editorial/count_words.csv:4: unknown kind \"kids\""));
        assert!(
            shown[2].starts_with("data/editorial/count_words.csv:5: word \"barn\" has no reason")
        );
        assert!(shown[3].starts_with("data/editorial/unit_figures.csv:2: the row decides nothing"));
        assert!(shown[4].starts_with("data/editorial/unit_figures.csv:3: scope \"everywhere\""));
        assert!(shown[5].starts_with("data/editorial/unit_figures.csv:4: a note needs both"));
    }
}
