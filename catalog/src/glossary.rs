//! The glossary (`data/editorial/glossary.csv`): the organisations' abbreviations and domain
//! words of the county pages, explained in plain words; and marking them, together with the
//! methods of the lexicon, inside a verbatim text so a view can explain each one.

use crate::model::Method;
use crate::model::Segment;
use serde::{Deserialize, Serialize};

/// A word or abbreviation of the glossary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Stable id (`bup`, `familjecentral`).
    pub id: String,
    /// The term as shown: "BUP", "familjecentral".
    pub term: String,
    /// Spellings and forms the pages use ("BUP"; "familjecentralen", "familjecentraler").
    pub aliases: Vec<String>,
    /// What it stands for or means, in Swedish ("barn- och ungdomspsykiatri").
    pub name_sv: String,
    /// The same in English ("child and adolescent psychiatry").
    pub name_en: String,
    /// Plain explanation in Swedish, in the project's own words.
    pub explanation_sv: String,
    /// The same in English.
    pub explanation_en: String,
}

/// Which list a marked term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermSource {
    /// `Dataset::glossary`.
    Glossary,
    /// `Dataset::methods`.
    Method,
}

/// A run of a verbatim text: plain, or a term with the id of its glossary or lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermSegment<'a> {
    Text(&'a str),
    Term {
        text: &'a str,
        source: TermSource,
        id: &'a str,
    },
}

impl<'a> TermSegment<'a> {
    /// The text of the run, as written.
    pub fn text(&self) -> &'a str {
        match self {
            TermSegment::Text(t) | TermSegment::Term { text: t, .. } => t,
        }
    }
}

/// Splits `text` into plain runs and every occurrence of a glossary term or a lexicon
/// method. Joining the runs gives the text back unchanged.
///
/// - An alias matches a whole token only: no letter or digit right before or after it
///   ("BUP" in "BUP:s", "BUP-mottagning" and "MBHV/BHV" yes; in "BUPP" or "BUPs" no).
///   Letters are told without Unicode tables (see `is_word_char`), so the wasm stays small.
/// - Abbreviations are matched as written (case counts, "bup" is not "BUP"); an alias with
///   lower-case letters also matches with its first letter in the other case
///   ("Familjecentralen" for "familjecentralen").
/// - Where aliases overlap, the one that starts first wins, then the longest
///   ("DC:0–3R" over "DC:0–3"); a glossary term and a method of the same span: the method.
/// - Every occurrence is marked, not only the first, so that a sentence read on its own
///   explains its words; a view that wants to explain each term once keeps a set of the
///   ids it has shown.
/// - Web addresses are never searched: "bup" in a link is part of the address.
pub fn terms_in<'a>(
    text: &'a str,
    terms: &'a [Term],
    methods: &'a [Method],
) -> Vec<TermSegment<'a>> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut start = 0;
    for segment in crate::text::segments(text) {
        // The segments are consecutive slices of `text`.
        let run_start = start;
        let run = match segment {
            Segment::Text(t) | Segment::Url(t) => t,
        };
        start += run.len();
        if matches!(segment, Segment::Url(_)) {
            continue;
        }
        let start = run_start;
        for (s, e, source, id) in hits(run, terms, methods) {
            let (s, e) = (start + s, start + e);
            if from < s {
                out.push(TermSegment::Text(&text[from..s]));
            }
            out.push(TermSegment::Term {
                text: &text[s..e],
                source,
                id,
            });
            from = e;
        }
    }
    if from < text.len() {
        out.push(TermSegment::Text(&text[from..]));
    }
    out
}

/// The non-overlapping matches in `run`: leftmost first, then longest, method before term.
fn hits<'a>(
    run: &str,
    terms: &'a [Term],
    methods: &'a [Method],
) -> Vec<(usize, usize, TermSource, &'a str)> {
    let mut all = Vec::new();
    for m in methods {
        for alias in &m.aliases {
            for (s, e) in occurrences(run, alias) {
                all.push((s, e, TermSource::Method, m.id.as_str()));
            }
        }
    }
    for t in terms {
        for alias in &t.aliases {
            for (s, e) in occurrences(run, alias) {
                all.push((s, e, TermSource::Glossary, t.id.as_str()));
            }
        }
    }
    let source_order = |s: TermSource| matches!(s, TermSource::Glossary);
    all.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(source_order(a.2).cmp(&source_order(b.2)))
    });
    let mut kept: Vec<(usize, usize, TermSource, &str)> = Vec::new();
    for hit in all {
        if kept.last().is_none_or(|last| hit.0 >= last.1) {
            kept.push(hit);
        }
    }
    kept
}

/// Whether `c` continues a word: a letter or a digit. Without Unicode tables (this runs in
/// the browser): ASCII letters and digits, and any other character that is not a space,
/// dash, quotation mark or other punctuation of `search::fold`'s separators.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !crate::search::is_separator(c))
}

/// Lower and upper case of ASCII and Latin-1 letters (å, ä, ö, é, ü …), without tables:
/// in Latin-1 the two cases lie 0x20 apart, except × and ÷.
fn lower_latin1(c: char) -> Option<char> {
    match c {
        'a'..='z' | 'ß'..='ÿ' if c != '÷' => Some(c),
        _ => None,
    }
}

fn flip_case_latin1(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20),
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20),
        _ => None,
    }
}

/// Byte ranges of `alias` in `text` as a whole token, as written or with its first letter
/// in the other case when the alias has lower-case letters.
fn occurrences(text: &str, alias: &str) -> Vec<(usize, usize)> {
    let mut out = whole_tokens(text, alias);
    if alias.chars().any(|c| lower_latin1(c).is_some()) {
        let mut chars = alias.chars();
        if let Some(flipped) = chars.next().and_then(flip_case_latin1) {
            let flipped: String = std::iter::once(flipped).chain(chars).collect();
            out.extend(whole_tokens(text, &flipped));
        }
    }
    out
}

fn whole_tokens(text: &str, alias: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(first) = alias.chars().next() else {
        return out;
    };
    let mut from = 0;
    while let Some(pos) = text[from..].find(alias) {
        let s = from + pos;
        let e = s + alias.len();
        from = s + first.len_utf8();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if before.is_none_or(|c| !is_word_char(c)) && after.is_none_or(|c| !is_word_char(c)) {
            out.push((s, e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, aliases: &[&str]) -> Term {
        Term {
            id: id.into(),
            term: aliases[0].into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Term::default()
        }
    }

    fn method(id: &str, aliases: &[&str]) -> Method {
        Method {
            id: id.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Method::default()
        }
    }

    fn marked<'a>(segments: &[TermSegment<'a>]) -> Vec<(&'a str, &'a str)> {
        segments
            .iter()
            .filter_map(|s| match s {
                TermSegment::Term { text, id, .. } => Some((*text, *id)),
                TermSegment::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn whole_tokens_only_and_text_kept() {
        let terms = [
            term("bup", &["BUP"]),
            term("bhv", &["BHV"]),
            term("familjecentral", &["familjecentralen"]),
        ];
        let methods = [method("dc", &["DC:0–3R", "DC:0–3"])];
        let text = "BUP:s team, BUPP och bup. MBHV/BHV. Familjecentralen har DC:0–3R, se http://bup.se/BUP";
        let s = terms_in(text, &terms, &methods);
        assert_eq!(s.iter().map(TermSegment::text).collect::<String>(), text);
        assert_eq!(
            marked(&s),
            [
                ("BUP", "bup"),
                ("BHV", "bhv"),
                ("Familjecentralen", "familjecentral"),
                ("DC:0–3R", "dc")
            ]
        );
        assert!(terms_in("", &terms, &methods).is_empty());
        // Swedish letters and typographic punctuation, without Unicode tables.
        let terms = [term("oppen", &["öppen förskola"]), term("bup", &["BUP"])];
        let text = "Öppen förskola, åBUP, BUPä, ”BUP” och BUP–mottagning";
        assert_eq!(
            marked(&terms_in(text, &terms, &[])),
            [("Öppen förskola", "oppen"), ("BUP", "bup"), ("BUP", "bup")]
        );
    }

    #[test]
    fn every_occurrence_and_methods_win_a_tie() {
        let terms = [term("bup", &["BUP"]), term("x", &["MIM"])];
        let methods = [method("mim", &["MIM"])];
        let s = terms_in("BUP och BUP: MIM", &terms, &methods);
        assert_eq!(marked(&s), [("BUP", "bup"), ("BUP", "bup"), ("MIM", "mim")]);
        assert!(matches!(
            s.last(),
            Some(TermSegment::Term {
                source: TermSource::Method,
                ..
            })
        ));
    }
}
