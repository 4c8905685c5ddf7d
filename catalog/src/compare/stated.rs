//! Staff and cases per year as each unit's page states them: the "Personal" and "Antal
//! ärenden per år" texts verbatim, with what they count (posts, employees, children,
//! families, patients, cases, referrals) where the text says so and `unclear` otherwise.
//! Never summed or divided: units count different things.
//!
//! The rule: a count word (`data/editorial/count_words.csv`) that follows a number within
//! three words, in the same sentence, says what the number counts ("Fyra tjänster", "ca 25 –
//! 30 medarbetare", "274 st unika patienter"). A year (1900–2099) is not a count. When the
//! words found agree the text counts that; when none is found or they disagree it is
//! `unclear`, unless the editor decides it in `data/editorial/unit_figures.csv`, which also
//! holds caveats (BUP Stockholm's "totalt 4126").

use crate::compare::editorial::{Editorial, FigureNote, Scope};
use crate::compare::figures::SourceRef;
use crate::model::{County, Unit};
use crate::text::{pieces, Piece};

/// The label of a unit's staff field.
pub const STAFF_LABEL: &str = "Personal";
/// The label of a unit's cases field.
pub const CASES_LABEL: &str = "Antal ärenden per år";

/// What a stated staff or cases figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Counts {
    /// Posts (tjänster), whole or part-time.
    Posts,
    /// People employed (anställda, medarbetare).
    Employees,
    Children,
    Families,
    /// Patients: parents or expecting mothers as well as children.
    Patients,
    /// Cases (ärenden).
    Cases,
    /// Referrals received (remisser).
    Referrals,
    /// The text does not say, or says several things.
    Unclear,
}

impl Counts {
    pub const ALL: [Counts; 8] = [
        Counts::Posts,
        Counts::Employees,
        Counts::Children,
        Counts::Families,
        Counts::Patients,
        Counts::Cases,
        Counts::Referrals,
        Counts::Unclear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Counts::Posts => "posts",
            Counts::Employees => "employees",
            Counts::Children => "children",
            Counts::Families => "families",
            Counts::Patients => "patients",
            Counts::Cases => "cases",
            Counts::Referrals => "referrals",
            Counts::Unclear => "unclear",
        }
    }

    pub fn parse(id: &str) -> Option<Counts> {
        Counts::ALL.into_iter().find(|c| c.as_str() == id.trim())
    }
}

/// What the rule reads in a text: the count words found after numbers, in order, and the
/// kind they agree on (`Unclear` when none or several kinds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    pub counts: Counts,
    pub words: Vec<String>,
}

/// Swedish number words a count may be written in.
const NUMBER_WORDS: &[&str] = &[
    "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
];

/// How far after a number its count word may stand (fillers such as "st unika", or the
/// second number of a range "25 – 30").
const WINDOW: usize = 3;

#[derive(Debug, PartialEq)]
enum Token {
    Number,
    Year,
    Word(String),
    /// The end of a sentence or clause (". ", "; ", ": ").
    Stop,
}

fn tokens(text: &str) -> Vec<Token> {
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            // A decimal fraction ("6,35") is a number, never a year.
            Piece::Number {
                fraction: Some(_), ..
            } => Some(Token::Number),
            Piece::Number { whole, .. } => {
                let year =
                    whole.len() == 4 && (1900..=2099).contains(&whole.parse::<u32>().unwrap_or(0));
                Some(if year { Token::Year } else { Token::Number })
            }
            Piece::Word(word) if NUMBER_WORDS.contains(&word.as_str()) => Some(Token::Number),
            Piece::Word(word) => Some(Token::Word(word)),
            Piece::Sign { sign, next } => (matches!(sign, '.' | ';' | ':' | '!' | '?')
                && next.is_none_or(char::is_whitespace))
            .then_some(Token::Stop),
        })
        .collect()
}

/// What a staff or cases text counts, by the rule above.
pub fn classify(text: &str, editorial: &Editorial) -> Classification {
    let tokens = tokens(text);
    let mut words: Vec<String> = Vec::new();
    let mut kinds: Vec<Counts> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if *t != Token::Number {
            continue;
        }
        for next in tokens.iter().skip(i + 1).take(WINDOW) {
            match next {
                Token::Stop => break,
                Token::Word(w) => {
                    if let Some(kind) = editorial.counts_of(w) {
                        if !words.contains(w) {
                            words.push(w.clone());
                        }
                        if !kinds.contains(&kind) {
                            kinds.push(kind);
                        }
                        break;
                    }
                }
                Token::Number | Token::Year => {}
            }
        }
    }
    let counts = match kinds.as_slice() {
        [one] => *one,
        _ => Counts::Unclear,
    };
    Classification { counts, words }
}

/// One unit's staff or cases text, as stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedFigure {
    pub unit_id: String,
    pub unit_name: String,
    /// `STAFF_LABEL` or `CASES_LABEL`.
    pub label: &'static str,
    /// The field's text verbatim; `None` when the unit has no such field (not stated).
    pub text: Option<String>,
    pub source: Option<SourceRef>,
    /// What it counts: the editor's decision if there is one, else the rule's.
    pub counts: Counts,
    /// The count words the rule found, in order (for "unclear: the text counts familjer and
    /// ärenden").
    pub words: Vec<String>,
    /// The editor's row on it: a decision on `counts` and/or a caveat to show.
    pub note: Option<FigureNote>,
}

impl StatedFigure {
    /// A unit's staff (`STAFF_LABEL`) or cases (`CASES_LABEL`) figure.
    pub fn of(
        county: &County,
        unit: &Unit,
        label: &'static str,
        editorial: &Editorial,
    ) -> StatedFigure {
        let field = unit.field(label);
        let note = editorial.note(&unit.id, label).cloned();
        let classification =
            field
                .map(|f| classify(&f.value, editorial))
                .unwrap_or(Classification {
                    counts: Counts::Unclear,
                    words: Vec::new(),
                });
        StatedFigure {
            unit_id: unit.id.clone(),
            unit_name: unit.name.clone(),
            label,
            text: field.map(|f| f.value.clone()),
            source: field.map(|f| SourceRef::lines(county, f.first_line, f.last_line)),
            counts: note
                .as_ref()
                .and_then(|n| n.counts)
                .unwrap_or(classification.counts),
            words: classification.words,
            note,
        }
    }

    /// Whether the figure counts more than the unit (the editor says so).
    pub fn wider_than_unit(&self) -> bool {
        self.note.as_ref().is_some_and(|n| n.scope == Scope::Wider)
    }

    /// "Gryningen, Karlskoga: 2017: 96 ärenden. … (ärenden)", with the caveat after it in
    /// brackets; "… uppgift saknas" when the unit does not state it.
    pub fn describe(&self, lang: crate::route::Lang) -> String {
        use crate::compare::labels;
        let mut out = format!("{}: ", self.unit_name);
        match &self.text {
            None => out.push_str(labels::not_stated(lang)),
            Some(text) => {
                out.push_str(text);
                out.push_str(&format!(" ({})", labels::counts(self.counts, lang)));
            }
        }
        if let Some(note) = self.note.as_ref().and_then(|n| n.note(lang)) {
            out.push_str(&format!(" [{note}]"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> (Counts, Vec<String>) {
        let c = classify(text, Editorial::shipped());
        (c.counts, c.words)
    }

    #[test]
    fn the_word_after_the_number_says_what_it_counts() {
        assert_eq!(
            kind("Fyra tjänster; 2 psykologer/leg psykoterapeuter och 2 specialpedagoger").0,
            Counts::Posts
        );
        assert_eq!(
            kind("Sex heltidstjänster; två socionomer, en beteendevetare").0,
            Counts::Posts
        );
        assert_eq!(kind("Totalt på MV ca 25 – 30 medarbetare varav en handfull specialiserat sig på behandling av späda- och små barn.").0, Counts::Employees);
        assert_eq!(kind("2017 var 93 barn aktuella").0, Counts::Children);
        assert_eq!(
            kind("2017 totalt 274 st unika patienter").0,
            Counts::Patients
        );
        assert_eq!(
            kind("Verksamheten har cirka 90 familjer/år").0,
            Counts::Families
        );
        assert_eq!(
            kind("2017: 96 ärenden. Det ligger ofta runt 95–100/år.").0,
            Counts::Cases
        );
    }

    #[test]
    fn no_word_or_disagreeing_words_are_unclear() {
        assert_eq!(
            kind("BUP local öppenvård: totalt 4126"),
            (Counts::Unclear, vec![])
        );
        let (c, words) = kind("Inkomna remisser: 2015 192 familjer, 2016 147 nya familjer. 122 aktuella ärenden januari 2018.");
        assert_eq!(c, Counts::Unclear);
        assert_eq!(words, ["familjer", "ärenden"]);
        // A year is not a count, and a count word in another sentence is not its word.
        assert_eq!(kind("Sedan 2017 barn."), (Counts::Unclear, vec![]));
        assert_eq!(kind("Hela 12. Barn kommer."), (Counts::Unclear, vec![]));
        // A word merely containing a count word is not one ("familjepedagoger").
        assert_eq!(kind("3,75 familjepedagoger").0, Counts::Unclear);
        assert_eq!(Counts::parse("referrals"), Some(Counts::Referrals));
        assert_eq!(Counts::parse("staff"), None);
    }
}
