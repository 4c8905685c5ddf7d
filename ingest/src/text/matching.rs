//! Finding names in text on word boundaries: a hyphen joins words ("Upplands-Bro" is one
//! word, so "Bro" is not found in it), a genitive "s" may follow a name ("Motalas"), and
//! " kommun"/" stad" after a name belong to it ("Jönköpings kommun").

/// Words that may follow a name and belong to it ("Jönköpings kommun", "Stockholms stad").
const NAME_SUFFIXES: &[&str] = &[" kommuns", " kommun", " stads", " stad"];

/// The word with its first letter in upper case.
pub fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A character that continues a word (a hyphen joins words into one).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Byte ranges where `name` stands in `text` as a whole word, optionally followed by a
/// genitive "s" (included in the range).
pub fn occurrences(text: &str, name: &str, genitive: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if name.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(pos) = text[from..].find(name) {
        let s = from + pos;
        let mut end = s + name.len();
        from = s + name.chars().next().map_or(1, char::len_utf8);
        let before_ok = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        if !before_ok {
            continue;
        }
        let mut after = text[end..].chars();
        let next = after.next();
        let ok = match next {
            None => true,
            Some('s') if genitive && !name.ends_with('s') => {
                if after.next().is_none_or(|c| !is_word_char(c)) {
                    end += 1;
                    true
                } else {
                    false
                }
            }
            Some(c) => !is_word_char(c),
        };
        if ok {
            out.push((s, end));
        }
    }
    out
}

/// Extends a name's range over a following " kommun"/" stad" (and their genitives).
pub fn extend_suffix(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    for suffix in NAME_SUFFIXES {
        if let Some(after) = rest.strip_prefix(suffix) {
            if after.chars().next().is_none_or(|c| !is_word_char(c)) {
                return end + suffix.len();
            }
        }
    }
    end
}

/// From hits `(start, end, what)` sorted by start and, at one start, best first (longest,
/// then any tie-break of the caller's), keeps the ones that do not overlap a hit kept
/// before them: leftmost-longest matching.
pub fn non_overlapping<T>(hits: Vec<(usize, usize, T)>) -> Vec<(usize, usize, T)> {
    let mut taken_to = 0;
    hits.into_iter()
        .filter(|&(s, end, _)| {
            let free = s >= taken_to;
            if free {
                taken_to = end;
            }
            free
        })
        .collect()
}
