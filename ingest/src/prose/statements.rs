//! Splitting a paragraph into statements, verbatim: sentences (after ". ", "? ", "! " before
//! an upper-case letter, never after an abbreviation), lines, and "Name: …" items (each item
//! runs to the next "Name:" of a known place). Every non-blank character of a paragraph,
//! except bare sub-heading lines ("Socialtjänst"), lies in exactly one statement.

use std::ops::Range;

/// Words after which a full stop does not end a sentence (lower-cased, without the final
/// full stop): "t ex.", "bl.a.", "fd.", "sk.", "tex.", "mm.", "osv.", …
pub const ABBREVIATIONS: &[&str] = &[
    "ex", "t.ex", "tex", "bl.a", "bla", "fd", "f.d", "sk", "s.k", "mm", "m.m", "osv", "o.s.v",
    "ca", "c:a", "leg", "st", "resp", "dvs", "d.v.s", "inkl", "etc", "jfr", "kl", "nr", "tel",
    "utbildn", "obs", "ev", "t.o.m", "fr.o.m", "p.g.a", "pga", "bl", "tim", "spec", "klin",
];

/// One statement of a paragraph: its byte range in the paragraph's text and the index of the
/// line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub line: usize,
}

/// The lines of a text with their byte offsets (split on `\n`).
pub fn lines_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        out.push((offset, line));
        offset += line.len() + 1;
    }
    out
}

/// Splits a paragraph into statements. `is_bare_heading(line)` tells the lines that only
/// name a part of the section and make no statement; `item_starts(line)` gives the byte
/// offsets in a line where a "Name:" item starts. A line holding only web addresses joins
/// the statement before it; a statement ending in ":" joins the one after it.
pub fn split_paragraph(
    text: &str,
    is_bare_heading: impl Fn(&str) -> bool,
    item_starts: impl Fn(&str) -> Vec<usize>,
) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (index, (offset, line)) in lines_with_offsets(text).into_iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_bare_heading(trimmed) {
            continue;
        }
        let spans = split_line(line, &item_starts(line));
        let joins_previous = pieces
            .last()
            .is_some_and(|p| urls_only(trimmed) || text[p.range.clone()].ends_with(':'));
        for (k, span) in spans.into_iter().enumerate() {
            let range = offset + span.start..offset + span.end;
            match pieces.last_mut() {
                Some(last) if k == 0 && joins_previous => last.range.end = range.end,
                _ => pieces.push(Piece { range, line: index }),
            }
        }
    }
    pieces
}

/// Whether a line is only web addresses (and the punctuation after them).
fn urls_only(line: &str) -> bool {
    let mut any = false;
    for word in line.split_whitespace() {
        if word.starts_with("http://") || word.starts_with("https://") {
            any = true;
        } else {
            return false;
        }
    }
    any
}

/// The statements of one line as byte ranges in it, trimmed. With item starts (the first at
/// the start of the line) the line is cut there only; otherwise into sentences.
pub fn split_line(line: &str, items: &[usize]) -> Vec<Range<usize>> {
    let first = line.len() - line.trim_start().len();
    let mut cuts: Vec<usize> = if items.first() == Some(&first) {
        items.to_vec()
    } else {
        let mut c = vec![first];
        c.extend(sentence_starts(line));
        c
    };
    cuts.retain(|&c| c <= line.len() && line.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for (i, &start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(line.len());
        let piece = &line[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let s = start + lead;
        let e = start + piece.trim_end().len();
        if s < e {
            out.push(s..e);
        }
    }
    out
}

/// Byte offsets where a new sentence starts: after ".", "?" or "!" and white space, before an
/// upper-case letter, unless the word before the full stop is an abbreviation or one letter.
pub fn sentence_starts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in line.char_indices() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let after = &line[i + c.len_utf8()..];
        let rest = after.trim_start();
        if rest.len() == after.len() || !rest.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if c == '.' && is_abbreviation(&line[..i]) {
            continue;
        }
        out.push(line.len() - rest.len());
    }
    out
}

/// Whether the word ending the text (before a full stop) is an abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace() && *c != '(')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.to_lowercase();
    if word.is_empty() {
        return true;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<&str> {
        split_line(line, &[])
            .into_iter()
            .map(|r| &line[r])
            .collect()
    }

    #[test]
    fn sentences_not_after_abbreviations() {
        assert_eq!(
            texts("Se t ex. Parental Stress Scale. Sedan bl.a. BVC. Klart! Ja? Nej"),
            [
                "Se t ex. Parental Stress Scale.",
                "Sedan bl.a. BVC.",
                "Klart!",
                "Ja?",
                "Nej"
            ]
        );
        assert_eq!(
            texts("Föräldramottagningen, fd. Resursteamet, finns. 5 år."),
            ["Föräldramottagningen, fd. Resursteamet, finns. 5 år."]
        );
        assert_eq!(texts("  "), Vec::<&str>::new());
    }

    #[test]
    fn items_and_joined_lines() {
        let line = "Botkyrka: Ingen. Mer. Danderyd: erbjuder Marte Meo.";
        let r = split_line(line, &[0, line.find("Danderyd").unwrap()]);
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["Botkyrka: Ingen. Mer.", "Danderyd: erbjuder Marte Meo."]
        );
        let text = "Socialtjänst\nÖrebro kommun:\nA, B http://x.se\n\nText här.\nhttp://y.se";
        let pieces = split_paragraph(text, |l| l == "Socialtjänst", |_| Vec::new());
        let got: Vec<&str> = pieces.iter().map(|p| &text[p.range.clone()]).collect();
        assert_eq!(
            got,
            ["Örebro kommun:\nA, B http://x.se", "Text här.\nhttp://y.se"]
        );
        assert_eq!(pieces[0].line, 1);
        assert_eq!(pieces[1].line, 4);
    }
}
