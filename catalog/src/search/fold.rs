//! Search keys: folding a text to lower-case ASCII-like letters without diacritics, and
//! ordering names the Swedish way (å, ä, ö after z). No Unicode tables: the browser hands
//! over text already decomposed (`String.prototype.normalize('NFD')`), so stripping the
//! combining marks and mapping the few letters NFD leaves whole is all that is left to do.

use std::cmp::Ordering;

/// Letters that NFD does not decompose, with what they fold to. The ingest's keys come from
/// `deunicode`, which spells them the same way (its tests check every row).
pub const UNDECOMPOSED: &[(char, &str)] = &[
    ('ø', "o"),
    ('Ø', "o"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('ß', "ss"),
    ('ð', "d"),
    ('Ð', "d"),
    ('þ', "th"),
    ('Þ', "th"),
    ('đ', "d"),
    ('Đ', "d"),
    ('ł', "l"),
    ('Ł', "l"),
    ('ı', "i"),
    ('ħ', "h"),
    ('Ħ', "h"),
];

/// Whether `c` separates words in a key: ASCII other than letters and digits, and the
/// spaces, dashes and quotation marks of Unicode's punctuation blocks.
pub(crate) fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    matches!(
        c,
        '\u{a0}' | '\u{ab}' | '\u{b7}' | '\u{bb}' | '\u{2000}'
            ..='\u{206f}' | '\u{2212}' | '\u{3000}'
    )
}

/// The search key of a text in NFD: combining marks (U+0300–U+036F) dropped, the letters of
/// `UNDECOMPOSED` spelled out, ASCII lower-cased, and every run of separators (spaces,
/// hyphens, dashes, punctuation) one space, none at either end. Other characters are kept as
/// they are. "Örebro" in NFD gives "orebro", "Rinkeby – Kista" gives "rinkeby kista".
///
/// For a text without combining marks (e.g. `deunicode`'s ASCII) it is the same folding,
/// which is how the ingest makes its keys.
pub fn fold_nfd(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if is_separator(c) {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        match UNDECOMPOSED.iter().find(|(u, _)| *u == c) {
            Some((_, spelled)) => out.push_str(spelled),
            None => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// Primary weight of a character in Swedish order: separators, then digits, then a–z with
/// å, ä, ö last (æ with ä, ø with ö, é with e, ü with y, as Swedish dictionaries do); any
/// other character after those, by code point. Case does not count.
fn weight(c: char) -> u32 {
    match c {
        'a'..='z' => 100 + (c as u32 - 'a' as u32),
        'A'..='Z' => 100 + (c as u32 - 'A' as u32),
        '0'..='9' => 50 + (c as u32 - '0' as u32),
        'å' | 'Å' => 126,
        'ä' | 'Ä' | 'æ' | 'Æ' => 127,
        'ö' | 'Ö' | 'ø' | 'Ø' => 128,
        'é' | 'É' | 'è' | 'È' | 'ê' | 'ë' => 104,
        'á' | 'à' | 'â' => 100,
        'ü' | 'Ü' => 124,
        c if is_separator(c) => 0,
        c => 1000 + c as u32,
    }
}

/// The Swedish letters of a text, case aside, as weights (see `swedish_cmp`), for telling
/// names apart that fold to the same key ("Håbo" and "Habo"). A base letter followed by
/// the combining ring or diaeresis counts as å, ä, ö (so NFD and precomposed text agree
/// on them); other combining marks are skipped.
pub fn swedish_letters(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    for c in text.chars() {
        let composed = match (out.last().copied(), c) {
            (Some(a), '\u{30a}') if a == weight('a') => Some(weight('å')),
            (Some(a), '\u{308}') if a == weight('a') => Some(weight('ä')),
            (Some(o), '\u{308}') if o == weight('o') => Some(weight('ö')),
            (Some(u), '\u{308}') if u == weight('u') => Some(weight('ü')),
            _ => None,
        };
        match composed {
            Some(w) => *out.last_mut().expect("a letter before the mark") = w,
            None if ('\u{300}'..='\u{36f}').contains(&c) => {}
            None => out.push(weight(c)),
        }
    }
    out
}

/// Orders names as a Swedish reader expects: "Zinkgruvan" < "Åre" < "Älmhult" < "Örebro",
/// case and separators aside ("Upplands-Bro" < "Upplands Väsby" because b < v). Names of
/// equal weight are ordered by their characters, so the order is total.
pub fn swedish_cmp(a: &str, b: &str) -> Ordering {
    a.chars()
        .map(weight)
        .cmp(b.chars().map(weight))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_decomposed_text() {
        // "Örebro", "Härnösand", "Malmö" in NFD: base letter, then the combining mark.
        assert_eq!(fold_nfd("O\u{308}rebro"), "orebro");
        assert_eq!(fold_nfd("Ha\u{308}rno\u{308}sand"), "harnosand");
        assert_eq!(fold_nfd("  MALMO\u{308}  "), "malmo");
        assert_eq!(fold_nfd("Rinkeby \u{2013} Kista"), "rinkeby kista");
        assert_eq!(fold_nfd("Upplands-Bro"), "upplands bro");
        assert_eq!(fold_nfd("Ærøskøbing"), "aeroskobing");
        assert_eq!(fold_nfd("Straße"), "strasse");
        assert_eq!(fold_nfd("..."), "");
        assert_eq!(fold_nfd(""), "");
    }

    #[test]
    fn swedish_order() {
        let mut names = vec![
            "Örebro",
            "Östersund",
            "Ale",
            "Åre",
            "Älmhult",
            "Zinkgruvan",
            "Upplands-Bro",
            "Upplands Väsby",
            "Vänersborg",
            "Västerås",
        ];
        names.sort_by(|a, b| swedish_cmp(a, b));
        assert_eq!(
            names,
            [
                "Ale",
                "Upplands-Bro",
                "Upplands Väsby",
                "Vänersborg",
                "Västerås",
                "Zinkgruvan",
                "Åre",
                "Älmhult",
                "Örebro",
                "Östersund"
            ]
        );
        assert_eq!(swedish_cmp("kumla", "Kumla"), "kumla".cmp("Kumla"));
        assert_eq!(swedish_letters("ha\u{30a}bo"), swedish_letters("Håbo"));
        assert_ne!(swedish_letters("Habo"), swedish_letters("Håbo"));
        assert_eq!(swedish_letters("O\u{308}rebro"), swedish_letters("örebro"));
        assert_eq!(swedish_cmp("Åby", "Zinkgruvan"), Ordering::Greater);
    }
}
