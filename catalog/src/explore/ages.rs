//! The child's ages a unit serves, read from its "Åldrar" text: pregnancy and the bands
//! 0–1, 1–3 and 3–6 years. What the text does not say in numbers is not read.
//!
//! # Rules
//! - A word for pregnancy ("gravid", "gravida", "graviditet", "blivande föräldrar",
//!   "ofödda") gives the pregnancy band.
//! - An age range "a–b år" (any dash, or "till"; digits, "½", "1,5" or the words "ett" to
//!   "sju"; "ca", "cirka", "ungefär" ignored; months as "mån"/"månader") is the ages from a
//!   up to b, b itself not included, as the bands are written: "0–1 år" is the first year,
//!   "1–3 år" the band 1–3, "0–2 år" the first and second year. When the end is a range
//!   itself ("till ca 1–1 ½ år") its larger figure counts.
//! - "Graviditet till b år" is pregnancy and the ages from birth up to b. "upp till b år" and
//!   "under b år" start at birth; "från a år" ends at 6. A lone "a år" is that year of age.
//! - A range gives every band it overlaps: [0, 1) 0–1, [1, 3) 1–3, [3, 6) 3–6.
//! - A text with nothing of the above (no text, "Ingen uppgift", "förskoleåldern") gives no
//!   band: not stated. Words such as "förskoleåldern" are not turned into years, so
//!   "0–2 år. Utsträckt åldersintervall (förskoleåldern) för barn med …" is 0–1 and 1–3.
//! - `age_span` gives the same statements as a youngest and an oldest age in years, for
//!   directories that hold a minimum and a maximum age (the open data's HSDS file).

use crate::text::{pieces, Piece};
use std::fmt;

/// A band of the child's age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    Pregnancy,
    /// The first year: from birth up to one.
    Y0To1,
    /// From one up to three.
    Y1To3,
    /// From three up to six.
    Y3To6,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [
        AgeBand::Pregnancy,
        AgeBand::Y0To1,
        AgeBand::Y1To3,
        AgeBand::Y3To6,
    ];

    /// The value in a URL (`alder=0-1`).
    pub fn param(self) -> &'static str {
        match self {
            AgeBand::Pregnancy => "gravid",
            AgeBand::Y0To1 => "0-1",
            AgeBand::Y1To3 => "1-3",
            AgeBand::Y3To6 => "3-6",
        }
    }

    /// The years it spans, birth at 0; pregnancy has none.
    fn years(self) -> Option<(f32, f32)> {
        match self {
            AgeBand::Pregnancy => None,
            AgeBand::Y0To1 => Some((0.0, 1.0)),
            AgeBand::Y1To3 => Some((1.0, 3.0)),
            AgeBand::Y3To6 => Some((3.0, 6.0)),
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The bands a unit serves; empty when the text states none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AgeBands(u8);

impl AgeBands {
    pub fn contains(self, band: AgeBand) -> bool {
        self.0 & band.bit() != 0
    }

    /// No band stated.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn insert(&mut self, band: AgeBand) {
        self.0 |= band.bit();
    }

    /// The bands, youngest first.
    pub fn iter(self) -> impl Iterator<Item = AgeBand> {
        AgeBand::ALL.into_iter().filter(move |b| self.contains(*b))
    }

    /// Adds the bands that the ages from `from` up to `to` (years) overlap.
    fn add_range(&mut self, from: f32, to: f32) {
        let to = if to <= from { from + 1.0 } else { to };
        for band in AgeBand::ALL {
            if let Some((start, end)) = band.years() {
                if from < end && to > start {
                    self.insert(band);
                }
            }
        }
    }
}

impl fmt::Display for AgeBands {
    /// "gravid, 0-1, 1-3", or "ej angivet".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("ej angivet");
        }
        let names: Vec<&str> = self.iter().map(AgeBand::param).collect();
        f.write_str(&names.join(", "))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(f32),
    Dash,
    Till,
    Years,
    Months,
    Pregnancy,
    /// "upp till", "under".
    UpTo,
    From,
    /// A word or sign that breaks a pattern.
    Other,
}

fn number_word(w: &str) -> Option<f32> {
    Some(match w {
        "ett" | "en" => 1.0,
        "två" => 2.0,
        "tre" => 3.0,
        "fyra" => 4.0,
        "fem" => 5.0,
        "sex" => 6.0,
        "sju" => 7.0,
        _ => return None,
    })
}

fn word_token(w: &str) -> Option<Token> {
    let t = match w {
        "år" | "års" | "åring" | "åringar" => Token::Years,
        "mån" | "månad" | "månader" | "månaders" => Token::Months,
        "till" => Token::Till,
        "under" => Token::UpTo,
        "från" => Token::From,
        "ca" | "c" | "a" | "cirka" | "ungefär" | "omkring" | "och" | "barn" => return None,
        w if w.starts_with("gravid") || w.starts_with("blivande") || w.starts_with("ofödd") => {
            Token::Pregnancy
        }
        w => number_word(w).map(Token::Num).unwrap_or(Token::Other),
    };
    Some(t)
}

/// The text as tokens; fillers ("ca", "och", "barn") are left out, "upp till" is one token.
fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    // The word of the piece right before, if that piece was a word.
    let mut word_before: Option<String> = None;
    for piece in pieces(text) {
        let word = match &piece {
            Piece::Word(w) => Some(w.clone()),
            _ => None,
        };
        match piece {
            Piece::Number { whole, fraction } => {
                let digits = match fraction {
                    Some(f) => format!("{whole}.{f}"),
                    None => whole,
                };
                out.push(Token::Num(digits.parse().unwrap_or(0.0)));
            }
            Piece::Sign { sign: '½', .. } => match out.last_mut() {
                Some(Token::Num(n)) => *n += 0.5,
                _ => out.push(Token::Num(0.5)),
            },
            Piece::Sign {
                sign: '-' | '–' | '—' | '‑',
                ..
            } => out.push(Token::Dash),
            Piece::Sign { sign: ':', .. } => {}
            Piece::Sign { .. } => out.push(Token::Other),
            Piece::Word(w) => match word_token(&w) {
                Some(Token::Till)
                    if out.last() == Some(&Token::Other)
                        && word_before.as_deref() == Some("upp") =>
                {
                    *out.last_mut().expect("checked") = Token::UpTo;
                }
                Some(t) => out.push(t),
                None => {}
            },
        }
        word_before = word;
    }
    out
}

/// What an "Åldrar" text states, in the order it states it (see the module's rules).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stated {
    Pregnancy,
    /// The ages from `from` up to `to` years ("0–3 år", "upp till 1,5 år", "graviditet
    /// till 3 år" from birth).
    Span {
        from: f32,
        to: f32,
    },
    /// "från a år": no end is stated.
    From(f32),
    /// A lone "a år" (`len` 1) or "a mån" (`len` 1/12).
    Age {
        at: f32,
        len: f32,
    },
}

/// Everything an "Åldrar" text states that the rules read.
fn stated(text: &str) -> Vec<Stated> {
    let mut out = Vec::new();
    let t = tokens(text);
    let num = |i: usize| match t.get(i) {
        Some(Token::Num(n)) => Some(*n),
        _ => None,
    };
    // An end: a figure, or a range of figures (its larger counts), then its unit.
    let end = |i: usize| -> Option<(f32, usize)> {
        let mut n = num(i)?;
        let mut j = i + 1;
        if matches!(t.get(j), Some(Token::Dash)) {
            if let Some(m) = num(j + 1) {
                n = n.max(m);
                j += 2;
            }
        }
        match t.get(j) {
            Some(Token::Years) => Some((n, j + 1)),
            Some(Token::Months) => Some((n / 12.0, j + 1)),
            _ => None,
        }
    };
    let mut i = 0;
    while i < t.len() {
        match t[i] {
            Token::Pregnancy => {
                out.push(Stated::Pregnancy);
                if matches!(t.get(i + 1), Some(Token::Till | Token::Dash)) {
                    if let Some((to, next)) = end(i + 2) {
                        out.push(Stated::Span { from: 0.0, to });
                        i = next;
                        continue;
                    }
                }
                i += 1;
            }
            Token::UpTo => match end(i + 1) {
                Some((to, next)) => {
                    out.push(Stated::Span { from: 0.0, to });
                    i = next;
                }
                None => i += 1,
            },
            Token::From => match end(i + 1) {
                Some((from, next)) => {
                    out.push(Stated::From(from));
                    i = next;
                }
                None => i += 1,
            },
            Token::Num(from) => {
                // "a – b år", "a år – b år", or a lone "a år".
                let (from, after) = match t.get(i + 1) {
                    Some(Token::Years) => (from, i + 2),
                    Some(Token::Months) => (from / 12.0, i + 2),
                    _ => (from, i + 1),
                };
                let unit_given = after == i + 2;
                if matches!(t.get(after), Some(Token::Dash | Token::Till)) {
                    if let Some((to, next)) = end(after + 1) {
                        let from = if unit_given || !matches!(t.get(next - 1), Some(Token::Months))
                        {
                            from
                        } else {
                            from / 12.0
                        };
                        out.push(Stated::Span { from, to });
                        i = next;
                        continue;
                    }
                }
                if unit_given {
                    let len = if t[i + 1] == Token::Months {
                        1.0 / 12.0
                    } else {
                        1.0
                    };
                    out.push(Stated::Age { at: from, len });
                }
                i = after;
            }
            _ => i += 1,
        }
    }
    out
}

/// A unit's age bands from its "Åldrar" text (see the module's rules); `None` gives none.
pub fn age_bands(text: Option<&str>) -> AgeBands {
    let mut bands = AgeBands::default();
    for s in stated(text.unwrap_or_default()) {
        match s {
            Stated::Pregnancy => bands.insert(AgeBand::Pregnancy),
            Stated::Span { from, to } => bands.add_range(from, to),
            Stated::From(from) => bands.add_range(from, 6.0),
            Stated::Age { at, len } => bands.add_range(at, at + len),
        }
    }
    bands
}

/// The youngest and oldest age in years an "Åldrar" text states in figures, for a
/// directory's minimum and maximum age: the smallest start and the largest end of its
/// ranges, a lone "a år" being both. Pregnancy is not an age (a text that states only
/// pregnancy has none); "från a år" states no end, so the maximum is `None` then. `None`
/// when the text states no age in figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgeSpan {
    pub min: f32,
    pub max: Option<f32>,
}

/// The `AgeSpan` of an "Åldrar" text (see `AgeSpan`).
pub fn age_span(text: Option<&str>) -> Option<AgeSpan> {
    let mut span: Option<AgeSpan> = None;
    for s in stated(text.unwrap_or_default()) {
        let (from, to) = match s {
            Stated::Pregnancy => continue,
            Stated::Span { from, to } => (from, Some(to)),
            Stated::From(from) => (from, None),
            Stated::Age { at, .. } => (at, Some(at)),
        };
        span = Some(match span {
            None => AgeSpan { min: from, max: to },
            Some(s) => AgeSpan {
                min: s.min.min(from),
                max: s.max.zip(to).map(|(a, b)| a.max(b)),
            },
        });
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> String {
        age_bands(Some(text)).to_string()
    }

    #[test]
    fn ranges_and_pregnancy() {
        assert_eq!(read("Gravida och barn 0–6 år"), "gravid, 0-1, 1-3, 3-6");
        assert_eq!(read("0–3 år"), "0-1, 1-3");
        assert_eq!(read("Graviditet till 3 år"), "gravid, 0-1, 1-3");
        assert_eq!(read("Graviditet. 0 – ca ett år"), "gravid, 0-1");
        assert_eq!(read("Graviditet till ca 1– 1 ½ år"), "gravid, 0-1, 1-3");
        assert_eq!(read("0-6 år"), "0-1, 1-3, 3-6");
        assert_eq!(read("3–5 år"), "3-6");
        assert_eq!(read("1 år till 3 år"), "1-3");
        assert_eq!(read("0–18 månader"), "0-1, 1-3");
        assert_eq!(read("0-6 mån"), "0-1");
        assert_eq!(read("upp till 1,5 år"), "0-1, 1-3");
        assert_eq!(read("under 1 år"), "0-1");
        assert_eq!(read("från 4 år"), "3-6");
        assert_eq!(read("Barn 2 år"), "1-3");
        assert_eq!(read("Blivande föräldrar"), "gravid");
    }

    #[test]
    fn words_without_figures_are_not_read() {
        assert_eq!(
            read("0–2 år. Utsträckt åldersintervall (förskoleåldern) för barn med flerfunktionsnedsättning"),
            "0-1, 1-3"
        );
        assert_eq!(read("Förskoleåldern"), "ej angivet");
        assert_eq!(read("Ingen uppgift"), "ej angivet");
        assert_eq!(read(""), "ej angivet");
        assert!(age_bands(None).is_empty());
        assert_eq!(read("6 år"), "ej angivet");
    }

    #[test]
    fn spans_for_a_directory() {
        let span = |t: &str| age_span(Some(t)).map(|s| (s.min, s.max));
        assert_eq!(span("Gravida och barn 0–6 år"), Some((0.0, Some(6.0))));
        assert_eq!(
            span("0–2 år. Utsträckt åldersintervall (förskoleåldern) för barn med flerfunktionsnedsättning"),
            Some((0.0, Some(2.0)))
        );
        assert_eq!(span("Graviditet. 0 – ca ett år"), Some((0.0, Some(1.0))));
        assert_eq!(span("Graviditet till ca 1– 1 ½ år"), Some((0.0, Some(1.5))));
        assert_eq!(span("0–18 månader"), Some((0.0, Some(1.5))));
        assert_eq!(span("3–5 år"), Some((3.0, Some(5.0))));
        assert_eq!(span("Barn 2 år"), Some((2.0, Some(2.0))));
        assert_eq!(span("från 4 år"), Some((4.0, None)));
        assert_eq!(span("Blivande föräldrar"), None);
        assert_eq!(span("Ingen uppgift"), None);
        assert_eq!(age_span(None), None);
    }
}
