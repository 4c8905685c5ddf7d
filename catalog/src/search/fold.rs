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

/// The first letter of this table is U+00C0.
const TABLE_START: u32 = 0xC0;

/// The base letter of each character from U+00C0 to U+017F, or `*` where NFD leaves the
/// character whole (æ, ð, ø, þ, ß, ł, œ …: `fold_key` spells those) or it is no letter
/// (×, ÷) or only a compatibility form (ĳ, ŀ, ŉ, ſ). A test checks every row against NFD.
const BASE: &str = concat!(
    "AAAAAA*CEEEEIIII*NOOOOO**UUUUY**", // U+00C0–U+00DF
    "aaaaaa*ceeeeiiii*nooooo**uuuuy*y", // U+00E0–U+00FF
    "AaAaAaCcCcCcCcDd**EeEeEeEeEeGgGg", // U+0100–U+011F
    "GgGgHh**IiIiIiIiI***JjKk*LlLlLl*", // U+0120–U+013F
    "***NnNnNn***OoOoOo**RrRrRrSsSsSs", // U+0140–U+015F
    "SsTtTt**UuUuUuUuUuUuWwYyYZzZzZz*", // U+0160–U+017F
);

/// The base letter of `c`, if it is a precomposed letter of the table.
fn base_letter(c: char) -> Option<char> {
    let i = (c as u32).checked_sub(TABLE_START)? as usize;
    match BASE.as_bytes().get(i) {
        Some(b'*') | None => None,
        Some(&b) => Some(b as char),
    }
}

/// The search key of a text, whether in NFC (the data files) or in NFD (the browser's
/// `normalize("NFD")`): combining marks (U+0300–U+036F) dropped, the precomposed Latin
/// letters of U+00C0–U+017F spelled as their base letter, the letters of `UNDECOMPOSED`
/// spelled out, ASCII lower-cased, and every run of separators (spaces, hyphens, dashes,
/// punctuation) one space, none at either end. Other characters are kept as they are.
/// "Örebro" gives "orebro" in either form, "Rinkeby – Kista" gives "rinkeby kista". For a
/// text without diacritics (e.g. `deunicode`'s ASCII) it is the same folding, which is how
/// the ingest makes its keys. No Unicode tables: one string covers the Latin letters.
pub fn fold_key(text: &str) -> String {
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
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(b) = base_letter(c) {
            out.push(b.to_ascii_lowercase());
        } else {
            match UNDECOMPOSED.iter().find(|(u, _)| *u == c) {
                Some((_, spelled)) => out.push_str(spelled),
                None => out.push(c),
            }
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
        assert_eq!(fold_key("O\u{308}rebro"), "orebro");
        assert_eq!(fold_key("Ha\u{308}rno\u{308}sand"), "harnosand");
        assert_eq!(fold_key("  MALMO\u{308}  "), "malmo");
        assert_eq!(fold_key("Rinkeby \u{2013} Kista"), "rinkeby kista");
        assert_eq!(fold_key("Upplands-Bro"), "upplands bro");
        assert_eq!(fold_key("Ærøskøbing"), "aeroskobing");
        assert_eq!(fold_key("Straße"), "strasse");
        assert_eq!(fold_key("..."), "");
        assert_eq!(fold_key(""), "");
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

#[cfg(test)]
mod latin_tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn table_rows_are_full() {
        assert_eq!(BASE.len(), 0x180 - 0xC0);
    }

    #[test]
    fn agrees_with_nfd_for_every_latin_letter() {
        for code in 0xC0..0x180u32 {
            let c = char::from_u32(code).unwrap();
            let nfd: String = c.to_string().nfd().collect();
            assert_eq!(fold_key(&c.to_string()), fold_key(&nfd), "U+{code:04X} {c}");
        }
    }

    #[test]
    fn swedish_text() {
        assert_eq!(fold_key("Vägledande samspel"), "vagledande samspel");
        assert_eq!(fold_key("Örnsköldsvik – Ånge"), "ornskoldsvik ange");
        let nfd: String = "Trygghetscirkeln på Östernärke".nfd().collect();
        assert_eq!(fold_key(&nfd), fold_key("Trygghetscirkeln på Östernärke"));
        assert_eq!(fold_key("COS-P"), "cos p");
        assert_eq!(fold_key("  Ærø – ß…"), "aero ss");
        assert_eq!(fold_key("α"), "α");
    }
}
