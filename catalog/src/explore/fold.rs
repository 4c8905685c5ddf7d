//! Search keys of the data's own text (NFC, as the county files hold it) that agree with
//! `search::fold_nfd` of what the browser hands over (NFD): the precomposed Latin letters
//! are spelled as their base letter, then the text is folded as `fold_nfd` does. No Unicode
//! tables: one string covers U+00C0–U+017F, the letters Swedish and its neighbours write.

use crate::search::{is_separator, UNDECOMPOSED};

/// The first letter of this table is U+00C0.
const TABLE_START: u32 = 0xC0;

/// The base letter of each character from U+00C0 to U+017F, or `*` where NFD leaves the
/// character whole (æ, ð, ø, þ, ß, ł, œ …: `fold_nfd` spells those) or it is no letter
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

/// The search key of a text, whether it is in NFC (the data files) or NFD (the browser's
/// `normalize("NFD")`): "Vägledande samspel" and its NFD both give "vagledande samspel".
/// The same folding as `fold_nfd` of the text's NFD, in one pass.
pub fn fold_text(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold_nfd;
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
            assert_eq!(
                fold_text(&c.to_string()),
                fold_nfd(&nfd),
                "U+{code:04X} {c}"
            );
        }
    }

    #[test]
    fn swedish_text() {
        assert_eq!(fold_text("Vägledande samspel"), "vagledande samspel");
        assert_eq!(fold_text("Örnsköldsvik – Ånge"), "ornskoldsvik ange");
        let nfd: String = "Trygghetscirkeln på Östernärke".nfd().collect();
        assert_eq!(fold_text(&nfd), fold_text("Trygghetscirkeln på Östernärke"));
        assert_eq!(fold_text("COS-P"), "cos p");
        assert_eq!(fold_text("  Ærø – ß…"), "aero ss");
        assert_eq!(fold_text("α"), "α");
    }
}
