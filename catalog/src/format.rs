//! Numbers and dates as the interface writes them in each language.

use crate::route::Lang;

/// A count with thousands grouped the way each language writes them: `20 920` in Swedish
/// (no-break space), `20,920` in English.
pub fn count(n: u32, lang: Lang) -> String {
    let sep = match lang {
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(count(177_367, Lang::Sv), "177\u{a0}367");
        assert_eq!(count(177_367, Lang::En), "177,367");
        assert_eq!(count(999, Lang::Sv), "999");
        assert_eq!(count(1_000_000, Lang::En), "1,000,000");
        assert_eq!(count(0, Lang::En), "0");
    }
}
