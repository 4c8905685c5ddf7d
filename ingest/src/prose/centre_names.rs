//! The names of family centres in a line of the "Familjecentraler" section: lists ("A, B
//! och C", "Familjecentralerna A och B"), one group of names per web address, and whether a
//! name of the summary and a name of a line mean the same centre.

use crate::prose::statements::sentence_starts;
use catalog::model::Segment;

/// Plural openings of a line's list of centres, dropped from the names.
const LIST_PREFIXES: &[&str] = &[
    "Familjecentralerna i ",
    "Familjecentralerna ",
    "Familjecentraler i ",
];
/// Separators of a list of names, longest first.
const SEPARATORS: &[&str] = &[", och ", ", ", "; ", " och ", " samt "];

/// The centres of one line after its municipality: one per name, each with the address
/// that follows its group of names. Without any address, one centre named after the
/// municipality as written (the rest is a description, not names).
pub fn centre_names(rest: &str, written: &str) -> Vec<(String, Option<String>)> {
    let segments = catalog::text::segments(rest);
    if !segments.iter().any(|s| matches!(s, Segment::Url(_))) {
        return vec![(written.to_string(), None)];
    }
    let mut out = Vec::new();
    let mut pending = String::new();
    for s in segments {
        match s {
            Segment::Text(t) => pending.push_str(t),
            Segment::Url(u) => {
                let names = names_of(&pending);
                if names.is_empty() {
                    out.push((written.to_string(), Some(u.to_string())));
                }
                for n in names {
                    out.push((n, Some(u.to_string())));
                }
                pending.clear();
            }
        }
    }
    out
}

/// The names in a group of text before an address: first sentence only, list prefixes and
/// separators dropped.
fn names_of(text: &str) -> Vec<String> {
    let t = text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | ';' | '–' | '-' | ',')
    });
    let t = t
        .strip_prefix("och ")
        .or_else(|| t.strip_prefix("samt "))
        .unwrap_or(t);
    let t = match sentence_starts(t).first() {
        Some(&cut) => &t[..cut],
        None => t,
    };
    let mut t = t.trim().trim_end_matches(['.', ',']).trim();
    for prefix in LIST_PREFIXES {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
        }
    }
    split_names(t).into_iter().map(str::to_string).collect()
}

/// Splits a list on ", ", " och ", " samt ", "; " outside parentheses.
pub fn split_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut i) = (0i32, 0, 0);
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            if let Some(sep) = SEPARATORS.iter().find(|s| rest.starts_with(**s)) {
                out.push(text[start..i].trim());
                i += sep.len();
                start = i;
                continue;
            }
        }
        i += c.len_utf8();
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Whether a summary name and a line's name mean the same centre: the summary's words stand
/// together among the line's, ignoring case and a genitive "s" ("Vikbolandet" and
/// "Vikbolandets", "Ringdansen" and "familjecentralen i Ringdansen").
pub fn same_name(summary: &str, line: &str) -> bool {
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_lowercase).collect() };
    let (a, b) = (words(summary), words(line));
    let eq = |x: &String, y: &String| {
        x == y || x.strip_suffix('s') == Some(y) || y.strip_suffix('s') == Some(x)
    };
    !a.is_empty()
        && b.windows(a.len())
            .any(|w| w.iter().zip(&a).all(|(y, x)| eq(x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lists_and_matching() {
        assert_eq!(
            split_names("A, B (x, y och z), C och D"),
            ["A", "B (x, y och z)", "C", "D"]
        );
        assert_eq!(
            names_of(" Familjecentralerna Centrala Huddinge, Flemingsberg, Skogås, och Vårby "),
            ["Centrala Huddinge", "Flemingsberg", "Skogås", "Vårby"]
        );
        assert_eq!(
            names_of(": A, B samt C/D. Samtliga kan nås från följande hemsida "),
            ["A", "B", "C/D"]
        );
        assert_eq!(names_of(" – Killevippen\n"), ["Killevippen"]);
        let two = centre_names(
            " Brandbergen https://a.se/ och Jordbro https://b.se/",
            "Haninge",
        );
        assert_eq!(
            two,
            [
                ("Brandbergen".into(), Some("https://a.se/".into())),
                ("Jordbro".into(), Some("https://b.se/".into()))
            ]
        );
        assert_eq!(
            centre_names("\u{a0} http://h.se/", "Habo"),
            [("Habo".into(), Some("http://h.se/".into()))]
        );
        assert_eq!(
            centre_names("\nFamiljecentralen i Eksjö är en samverkan.", "Eksjö"),
            [("Eksjö".into(), None)]
        );
        assert!(same_name("Vikbolandet", "Vikbolandets"));
        assert!(same_name("St Olofs", "St Olofs familjecentraler"));
        assert!(!same_name("Kalhäll", "Kallhälls familjecentral"));
    }
}
