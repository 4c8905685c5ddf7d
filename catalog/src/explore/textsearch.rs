//! The free-text filter: every word of the query must occur in a card's folded text (its
//! title, its methods with every name and alias of the lexicon, its places, its facts, its
//! verbatim text); the score ranks by where the words stand.
//!
//! # Rules
//! - The query and the cards are folded alike (`fold::fold_text`: case, diacritics,
//!   hyphens and dashes aside), so "trygghetscirkeln", "TRYGGHETSCIRKELN" and NFD
//!   "vägledande samspel" match; a method's aliases are part of every card that names the
//!   method, so "trygghetscirkeln" finds the COS-P cards and "vagledande samspel" the
//!   ICDP ones.
//! - A word matches anywhere inside a word of the text ("behandling" in
//!   "samspelsbehandling"); all words must match (AND).
//! - Score: per word, the best of the fields it occurs in — title 16, methods 8, places 4,
//!   facts 2, text 1 — doubled where it begins a word; summed over the words; plus, for a
//!   query of several words, twice the weight of the best field holding the whole phrase.

use super::fold::fold_text;

/// The fields of a card's search text, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Methods,
    Places,
    Facts,
    Text,
}

const FIELDS: [Field; 5] = [
    Field::Title,
    Field::Methods,
    Field::Places,
    Field::Facts,
    Field::Text,
];

fn weight(f: Field) -> u32 {
    match f {
        Field::Title => 16,
        Field::Methods => 8,
        Field::Places => 4,
        Field::Facts => 2,
        Field::Text => 1,
    }
}

/// A card's folded text, fields one after the other, each ended by a newline (which no
/// folded word contains, so no word matches across fields).
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchText {
    text: String,
    /// Where each field ends in `text`.
    ends: [usize; 5],
}

impl SearchText {
    /// Folds the fields' texts (each a list of pieces).
    pub fn new(fields: [Vec<&str>; 5]) -> SearchText {
        let mut text = String::new();
        let mut ends = [0; 5];
        for (i, pieces) in fields.iter().enumerate() {
            for p in pieces {
                let folded = fold_text(p);
                if !folded.is_empty() {
                    text.push_str(&folded);
                    text.push(' ');
                }
            }
            text.push('\n');
            ends[i] = text.len();
        }
        SearchText { text, ends }
    }

    fn field_at(&self, at: usize) -> Field {
        let i = self.ends.iter().position(|&e| at < e).unwrap_or(4);
        FIELDS[i]
    }

    /// The best score of `word` in the text: field weight, doubled at a word's start.
    fn best(&self, word: &str) -> Option<u32> {
        let bytes = self.text.as_bytes();
        let mut best = None;
        for (at, _) in self.text.match_indices(word) {
            let starts = at == 0 || matches!(bytes[at - 1], b' ' | b'\n');
            let s = weight(self.field_at(at)) * if starts { 2 } else { 1 };
            if best.is_none_or(|b| s > b) {
                best = Some(s);
            }
            if s == 2 * weight(Field::Title) {
                break;
            }
        }
        best
    }
}

/// The words of a query, folded; empty when it has none.
pub(crate) fn words(query: &str) -> Vec<String> {
    fold_text(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A query, folded once per keystroke.
#[derive(Debug, Clone)]
pub(crate) struct TextQuery {
    words: Vec<String>,
    phrase: Option<String>,
}

impl TextQuery {
    /// `None` for a query without words.
    pub fn new(query: &str) -> Option<TextQuery> {
        let words = words(query);
        let phrase = (words.len() > 1).then(|| words.join(" "));
        (!words.is_empty()).then_some(TextQuery { words, phrase })
    }

    /// The card's score, or `None` when a word does not occur.
    pub fn score(&self, s: &SearchText) -> Option<u32> {
        let mut total = 0;
        for w in &self.words {
            total += s.best(w)?;
        }
        if let Some(p) = &self.phrase {
            if let Some(at) = s.text.find(p.as_str()) {
                total += 2 * weight(s.field_at(at));
            }
        }
        Some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> SearchText {
        SearchText::new([
            vec!["Gryningen, Karlskoga"],
            vec!["COS-P – Trygghetscirkeln", "ICDP", "Vägledande samspel"],
            vec!["Karlskoga", "Örebro"],
            vec!["Gravida och barn 0–6 år"],
            vec!["Samspelsbehandling in vivo"],
        ])
    }

    #[test]
    fn all_words_must_occur_and_fields_weigh() {
        let t = text();
        let score = |q: &str| TextQuery::new(q).and_then(|q| q.score(&t));
        assert_eq!(score("gryningen"), Some(32));
        assert_eq!(score("TRYGGHETSCIRKELN"), Some(16));
        assert_eq!(
            score("karlskoga"),
            Some(32),
            "the title's word, not the place's"
        );
        assert_eq!(score("ningen"), Some(16));
        assert_eq!(score("behandling"), Some(1));
        assert_eq!(score("vagledande samspel"), Some(16 + 16 + 16));
        assert_eq!(score("gryningen mim"), None);
        assert_eq!(score("orebro"), Some(8));
        assert!(TextQuery::new(" – ").is_none());
        // A word never spans two fields.
        assert_eq!(score("karlskoga cos"), Some(32 + 16));
        assert_eq!(score("karlskogacos"), None);
    }
}
