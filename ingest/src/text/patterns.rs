//! Patterns of words, matched regardless of case and Swedish letters: a text's words with
//! their places (`tokens`), the editor's phrases as patterns (`…` any words, `{area}` the
//! words a form gives, `{county}` the county's name, a final `*` any ending), and phrases
//! found anywhere in a text with `…` for any text between (`contains_in_order`).

use crate::text::numbers::parse_count;
use crate::text::words::fold;

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A folded word; `prefix` when written with a final `*`.
    Word { word: String, prefix: bool },
    /// `…`: any words.
    Gap,
    /// `{area}`: the words the pattern gives.
    Area,
    /// `{county}`: the county's name.
    County,
}

/// An opening phrase as a sequence of pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub pieces: Vec<Piece>,
    /// As written in the table.
    pub text: String,
}

/// A word of a text: folded, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub word: String,
    pub start: usize,
    pub end: usize,
    /// The word lower-cased but not folded ("två"), for numbers.
    pub plain: String,
}

impl Token {
    /// The number the word is ("två" → 2, "33" → 33).
    pub fn count(&self) -> Option<u32> {
        parse_count(&self.plain)
    }

    /// Whether the word is written with a capital letter in `text`.
    pub fn capitalised(&self, text: &str) -> bool {
        text[self.start..self.end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// The words of a text (runs of letters and digits; a hyphen inside a word joins it), folded
/// like `text::words::words`, with their byte ranges.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = fold(&text[s..i]).replace('-', "");
                if !word.is_empty() {
                    out.push(Token {
                        word,
                        start: s,
                        end: i,
                        plain: text[s..i].to_lowercase(),
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Where a pattern matched: token indices of the match and of the area it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub area: Option<std::ops::Range<usize>>,
}

impl Pattern {
    /// Reads a phrase as written in a table.
    pub fn parse(text: &str) -> Pattern {
        let mut pieces = Vec::new();
        for part in text.split_whitespace() {
            match part {
                "…" | "..." => pieces.push(Piece::Gap),
                "{area}" => pieces.push(Piece::Area),
                "{county}" => pieces.push(Piece::County),
                p => {
                    let (p, prefix) = match p.strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (p, false),
                    };
                    let mut words: Vec<String> = tokens(p).into_iter().map(|t| t.word).collect();
                    let last = words.pop();
                    for w in words {
                        pieces.push(Piece::Word {
                            word: w,
                            prefix: false,
                        });
                    }
                    if let Some(w) = last {
                        pieces.push(Piece::Word { word: w, prefix });
                    }
                }
            }
        }
        Pattern {
            pieces,
            text: text.to_string(),
        }
    }

    /// The first place (leftmost, then shortest) where the pattern stands in `toks`;
    /// `county` is the county's name as folded words.
    pub fn find(&self, toks: &[Token], county: &[String]) -> Option<Found> {
        (0..=toks.len()).find_map(|s| self.match_at(toks, county, 0, s, s, None))
    }

    /// Whether the pattern stands at the very start of `toks`.
    pub fn find_at_start(&self, toks: &[Token], county: &[String]) -> Option<Found> {
        self.match_at(toks, county, 0, 0, 0, None)
    }

    fn match_at(
        &self,
        toks: &[Token],
        county: &[String],
        p: usize,
        t: usize,
        start: usize,
        area: Option<std::ops::Range<usize>>,
    ) -> Option<Found> {
        let Some(piece) = self.pieces.get(p) else {
            return (t > start || self.pieces.is_empty()).then_some(Found {
                start,
                end: t,
                area,
            });
        };
        match piece {
            Piece::Word { word, prefix } => {
                let w = &toks.get(t)?.word;
                let ok = if *prefix {
                    w.starts_with(word.as_str())
                } else {
                    w == word
                };
                if ok {
                    self.match_at(toks, county, p + 1, t + 1, start, area)
                } else {
                    None
                }
            }
            Piece::County => {
                let n = county.len();
                let here = toks.get(t..t + n)?;
                let ok = n > 0
                    && here.iter().zip(county).enumerate().all(|(k, (tok, c))| {
                        // The last word may be in the genitive ("Gotlands").
                        tok.word == *c || (k + 1 == n && tok.word.strip_suffix('s') == Some(c))
                    });
                if ok {
                    self.match_at(toks, county, p + 1, t + n, start, area)
                } else {
                    None
                }
            }
            Piece::Gap => (t..=toks.len())
                .find_map(|u| self.match_at(toks, county, p + 1, u, start, area.clone())),
            Piece::Area => {
                if p + 1 == self.pieces.len() {
                    // The area runs to the end of the clause.
                    return (t < toks.len()).then_some(Found {
                        start,
                        end: toks.len(),
                        area: Some(t..toks.len()),
                    });
                }
                (t + 1..=toks.len())
                    .find_map(|u| self.match_at(toks, county, p + 1, u, start, Some(t..u)))
            }
        }
    }

    /// The pattern's only word, if it is one word.
    pub fn single_word(&self) -> Option<&str> {
        match &self.pieces[..] {
            [Piece::Word { word, .. }] => Some(word),
            _ => None,
        }
    }
}

/// A phrase's parts between `…`, lower-cased and trimmed.
pub fn gapped(phrase: &str) -> Vec<String> {
    phrase
        .split(['…'])
        .flat_map(|p| p.split("..."))
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether the parts stand in `lower` in this order, without overlapping.
pub fn contains_in_order(lower: &str, parts: &[String]) -> bool {
    let mut from = 0;
    for part in parts {
        match lower[from..].find(part.as_str()) {
            Some(i) => from += i + part.len(),
            None => return false,
        }
    }
    !parts.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn tokens_keep_their_places() {
        let text = "Den förstnämnda täcker Eskilstuna, BUP:s team.";
        let t = tokens(text);
        assert_eq!(
            words(text),
            [
                "den",
                "forstnamnda",
                "tacker",
                "eskilstuna",
                "bup",
                "s",
                "team"
            ]
        );
        assert_eq!(&text[t[3].start..t[3].end], "Eskilstuna");
        assert!(t[0].capitalised(text) && !t[1].capitalised(text));
        assert_eq!(
            words("Titt-Ut och Späd- och"),
            ["tittut", "och", "spad", "och"]
        );
    }

    #[test]
    fn patterns_with_gaps_areas_and_the_county() {
        let p = Pattern::parse("har {area} som upptagningsområde");
        let text = "Verksamheten i Kalmar har Kalmar och Nybro som upptagningsområde, medan";
        let t = tokens(text);
        let f = p.find(&t, &[]).unwrap();
        let area = f.area.unwrap();
        assert_eq!(
            &text[t[area.start].start..t[area.end - 1].end],
            "Kalmar och Nybro"
        );
        let p = Pattern::parse("emot … från {area}");
        let text = "De två tar båda emot familjer från Umeå och Vännäs";
        let t = tokens(text);
        let area = p.find(&t, &[]).unwrap().area.unwrap();
        assert_eq!((area.start, area.end), (7, 10));
        let p = Pattern::parse("hela {county}");
        let county = words("Gotland");
        assert!(p.find(&tokens("Hela Gotland"), &county).is_some());
        assert!(p.find(&tokens("Hela Gotlands län"), &county).is_some());
        assert!(p.find(&tokens("Hela länet"), &county).is_none());
        let p = Pattern::parse("planer*");
        assert!(p.find(&tokens("Gnesta planerar"), &[]).is_some());
        assert!(Pattern::parse("avser … att")
            .find(&tokens("avser man att"), &[])
            .is_some());
    }
}
