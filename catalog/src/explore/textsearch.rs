//! The free-text filter: every word of the query must occur in a card's folded text (its
//! title, its methods with every name and alias of the lexicon, its places, its facts, its
//! verbatim text); the score ranks by where the words stand.
//!
//! # Rules
//! - The query and the cards are folded alike (`search::fold_key`: case, diacritics,
//!   hyphens and dashes aside), so "trygghetscirkeln", "TRYGGHETSCIRKELN" and NFD
//!   "vägledande samspel" match; a method's aliases are part of every card that names the
//!   method, so "trygghetscirkeln" finds the COS-P cards and "vagledande samspel" the
//!   ICDP ones.
//! - A word matches anywhere inside a word of the text ("behandling" in
//!   "samspelsbehandling"); all words must match (AND).
//! - Score: per word, the best of the fields it occurs in — title 16, methods 8, places 4,
//!   facts 2, text 1 — doubled where it begins a word; summed over the words; plus, for a
//!   query of several words, twice the weight of the best field holding the whole phrase.
//!
//! # How it is fast
//! The index holds every distinct word of all cards once, in one string, with the cards
//! (and the best field) each word stands in. A query word is looked for in that string of
//! distinct words, not in every card's text; only the cards of the words found are scored.

use crate::search::fold_key;
use std::collections::HashMap;

/// The weight of each field of a card's search text, best first: title, methods, places,
/// facts, text.
const WEIGHTS: [u32; 5] = [16, 8, 4, 2, 1];

/// A card's folded text, fields one after the other, each ended by a newline (which no
/// folded word contains, so no word or phrase matches across fields).
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchText {
    text: String,
    /// Where each field ends in `text`.
    ends: [usize; 5],
}

impl SearchText {
    /// Folds the fields' texts (each a list of pieces): title, methods, places, facts, text.
    pub fn new(fields: [Vec<&str>; 5]) -> SearchText {
        let mut text = String::new();
        let mut ends = [0; 5];
        for (i, pieces) in fields.iter().enumerate() {
            for p in pieces {
                let folded = fold_key(p);
                if !folded.is_empty() {
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push(' ');
                    }
                    text.push_str(&folded);
                }
            }
            text.push('\n');
            ends[i] = text.len();
        }
        SearchText { text, ends }
    }

    /// The field's index at a byte offset.
    fn field_at(&self, at: usize) -> usize {
        self.ends.iter().position(|&e| at < e).unwrap_or(4)
    }

    /// The words of each field, with the field's index.
    fn words(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text
            .split('\n')
            .take(5)
            .enumerate()
            .flat_map(|(f, field)| {
                field
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(move |w| (f, w))
            })
    }
}

/// The text index of all cards.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextIndex {
    cards: Vec<SearchText>,
    /// Every distinct word, each after a space: " gryningen karlskoga cos …".
    vocabulary: String,
    /// Where each word begins in `vocabulary`, ascending.
    starts: Vec<u32>,
    /// Per word, the cards it stands in (ascending) with its best field there.
    postings: Vec<Vec<(u32, u8)>>,
}

impl TextIndex {
    pub fn new(cards: Vec<SearchText>) -> TextIndex {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut vocabulary = String::new();
        let mut starts = Vec::new();
        let mut postings: Vec<Vec<(u32, u8)>> = Vec::new();
        for (c, card) in cards.iter().enumerate() {
            for (field, word) in card.words() {
                let id = match ids.get(word) {
                    Some(&id) => id,
                    None => {
                        vocabulary.push(' ');
                        starts.push(vocabulary.len() as u32);
                        vocabulary.push_str(word);
                        postings.push(Vec::new());
                        ids.insert(word.to_string(), postings.len() - 1);
                        postings.len() - 1
                    }
                };
                let list = &mut postings[id];
                // Fields come in order, so a card's first entry has its best field.
                if list.last().is_none_or(|&(last, _)| last != c as u32) {
                    list.push((c as u32, field as u8));
                }
            }
        }
        TextIndex {
            cards,
            vocabulary,
            starts,
            postings,
        }
    }

    /// How many distinct words it holds.
    #[cfg(test)]
    fn words(&self) -> usize {
        self.starts.len()
    }
}

/// The words of a query, folded; empty when it has none.
pub(crate) fn words(query: &str) -> Vec<String> {
    fold_key(query)
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

    /// Every card's score, 0 where a word does not occur.
    pub fn scores(&self, index: &TextIndex) -> Vec<u32> {
        let n = index.cards.len();
        let mut total = vec![0u32; n];
        let mut best = vec![0u32; n];
        for (k, word) in self.words.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0);
            let mut last_word = usize::MAX;
            for (at, _) in index.vocabulary.match_indices(word.as_str()) {
                let id = index.starts.partition_point(|&s| s as usize <= at) - 1;
                if id == last_word {
                    continue;
                }
                last_word = id;
                // The first match in a word is its leftmost: at its start if any is.
                let begins = index.starts[id] as usize == at;
                let factor = if begins { 2 } else { 1 };
                for &(card, field) in &index.postings[id] {
                    let s = WEIGHTS[field as usize] * factor;
                    let b = &mut best[card as usize];
                    *b = (*b).max(s);
                }
            }
            for (t, &b) in total.iter_mut().zip(&best) {
                *t = if b == 0 || (k > 0 && *t == 0) {
                    0
                } else {
                    *t + b
                };
            }
        }
        if let Some(p) = &self.phrase {
            for (c, t) in total.iter_mut().enumerate() {
                if *t > 0 {
                    let card = &index.cards[c];
                    if let Some(at) = card.text.find(p.as_str()) {
                        *t += 2 * WEIGHTS[card.field_at(at)];
                    }
                }
            }
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> TextIndex {
        TextIndex::new(vec![
            SearchText::new([
                vec!["Gryningen, Karlskoga"],
                vec!["COS-P – Trygghetscirkeln", "ICDP", "Vägledande samspel"],
                vec!["Karlskoga", "Örebro"],
                vec!["Gravida och barn 0–6 år"],
                vec!["Samspelsbehandling in vivo"],
            ]),
            SearchText::new([
                vec!["Kumla"],
                vec![],
                vec!["Örebro"],
                vec![],
                vec!["Gryningen"],
            ]),
        ])
    }

    #[test]
    fn all_words_must_occur_and_fields_weigh() {
        let ix = index();
        let score = |q: &str| TextQuery::new(q).map(|q| q.scores(&ix));
        assert_eq!(score("gryningen"), Some(vec![32, 2]));
        assert_eq!(score("TRYGGHETSCIRKELN"), Some(vec![16, 0]));
        assert_eq!(
            score("karlskoga"),
            Some(vec![32, 0]),
            "the title's word, not the place's"
        );
        assert_eq!(score("ningen"), Some(vec![16, 1]));
        assert_eq!(score("behandling"), Some(vec![1, 0]));
        assert_eq!(score("vagledande samspel"), Some(vec![16 + 16 + 16, 0]));
        assert_eq!(score("gryningen mim"), Some(vec![0, 0]));
        assert_eq!(score("orebro"), Some(vec![8, 8]));
        assert_eq!(score("kumla gryningen"), Some(vec![0, 32 + 2]));
        assert!(TextQuery::new(" – ").is_none());
        // A word never spans two words or fields.
        assert_eq!(score("karlskoga cos"), Some(vec![32 + 16, 0]));
        assert_eq!(score("karlskogacos"), Some(vec![0, 0]));
        assert_eq!(
            score("a"),
            Some(vec![16, 16]),
            "inside 'karlskoga' and 'kumla', beating 'ar' (år) among the facts"
        );
        // Each distinct word once.
        assert!(ix.words() < 30, "{}", ix.words());
    }

    /// The score by scanning one card's text: every occurrence of every word.
    fn scanned(card: &SearchText, words: &[String]) -> u32 {
        let bytes = card.text.as_bytes();
        let mut total = 0;
        for w in words {
            let best = card
                .text
                .match_indices(w.as_str())
                .map(|(at, _)| {
                    let begins = at == 0 || matches!(bytes[at - 1], b' ' | b'\n');
                    WEIGHTS[card.field_at(at)] * if begins { 2 } else { 1 }
                })
                .max();
            match best {
                Some(b) => total += b,
                None => return 0,
            }
        }
        if words.len() > 1 {
            if let Some(at) = card.text.find(words.join(" ").as_str()) {
                total += 2 * WEIGHTS[card.field_at(at)];
            }
        }
        total
    }

    #[test]
    fn the_index_scores_as_a_scan_does() {
        let ix = index();
        let text: String = ix.cards.iter().map(|c| c.text.as_str()).collect();
        let chars: Vec<char> = text.chars().filter(|c| !matches!(c, ' ' | '\n')).collect();
        let mut queries: Vec<String> = Vec::new();
        for n in 1..=4 {
            for w in chars.windows(n) {
                queries.push(w.iter().collect());
            }
        }
        queries.extend(
            [
                "gryningen kumla",
                "orebro ar",
                "samspel vagledande",
                "in vivo",
            ]
            .map(String::from),
        );
        for q in queries {
            let tq = TextQuery::new(&q).unwrap();
            let expected: Vec<u32> = ix.cards.iter().map(|c| scanned(c, &tq.words)).collect();
            assert_eq!(tq.scores(&ix), expected, "{q:?}");
        }
    }
}
