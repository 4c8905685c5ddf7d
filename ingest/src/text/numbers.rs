//! Numbers as the county pages write them: digits with spaces as thousands separators
//! ("177 367"), or Swedish number words ("Tolv", "tjugosex") up to 99.

/// Words for 1–19, in order.
const ONES_AND_TEENS: &[&str] = &[
    "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
];

/// Words for the tens 20–90, in order.
const TENS: &[&str] = &[
    "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio",
];

/// Reads a count written in digits ("26") or in Swedish words ("Tolv", "tjugosex",
/// "trettioen"), case-insensitively. Returns `None` for anything else.
pub fn parse_count(word: &str) -> Option<u32> {
    let word = word.trim();
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    let lower = word.to_lowercase();
    if let Some(n) = unit_word(&lower) {
        return Some(n);
    }
    for (i, tens) in TENS.iter().enumerate() {
        if let Some(rest) = lower.strip_prefix(tens) {
            let base = 20 + 10 * i as u32;
            if rest.is_empty() {
                return Some(base);
            }
            return unit_word(rest).filter(|&n| n < 10).map(|n| base + n);
        }
    }
    None
}

/// 1–19 ("en" and "ett" both mean one).
fn unit_word(word: &str) -> Option<u32> {
    if word == "en" {
        return Some(1);
    }
    ONES_AND_TEENS
        .iter()
        .position(|w| *w == word)
        .map(|i| i as u32 + 1)
}

/// Reads a number written with digits and optional thousands separators (space or
/// no-break space between groups of three digits): "177 367", "15\u{a0}718", "20920".
pub fn parse_grouped(text: &str) -> Option<u32> {
    let groups: Vec<&str> = text.split([' ', '\u{a0}', '\u{202f}']).collect();
    let well_formed = groups.iter().enumerate().all(|(i, g)| {
        !g.is_empty()
            && g.bytes().all(|b| b.is_ascii_digit())
            && (i == 0 || g.len() == 3)
            && (groups.len() == 1 || i > 0 || g.len() <= 3)
    });
    if !well_formed {
        return None;
    }
    groups.concat().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_digits_and_words() {
        assert_eq!(parse_count("26"), Some(26));
        assert_eq!(parse_count("Tolv"), Some(12));
        assert_eq!(parse_count("Sju"), Some(7));
        assert_eq!(parse_count("en"), Some(1));
        assert_eq!(parse_count("Ett"), Some(1));
        assert_eq!(parse_count("tjugo"), Some(20));
        assert_eq!(parse_count("Tjugosex"), Some(26));
        assert_eq!(parse_count("trettioett"), Some(31));
        assert_eq!(parse_count("trettioen"), Some(31));
        assert_eq!(parse_count("nittionio"), Some(99));
        assert_eq!(parse_count("tjugotolv"), None);
        assert_eq!(parse_count("många"), None);
        assert_eq!(parse_count(""), None);
    }

    #[test]
    fn grouped_numbers() {
        assert_eq!(parse_grouped("177 367"), Some(177_367));
        assert_eq!(parse_grouped("15\u{a0}718"), Some(15_718));
        assert_eq!(parse_grouped("20920"), Some(20_920));
        assert_eq!(parse_grouped("1 234 567"), Some(1_234_567));
        assert_eq!(parse_grouped("17 73"), None);
        assert_eq!(parse_grouped("1773 670"), None);
        assert_eq!(parse_grouped("12a"), None);
        assert_eq!(parse_grouped(""), None);
    }
}
