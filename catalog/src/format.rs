//! Numbers and dates as the interface writes them in each language: counts with thousands
//! grouped, decimals and percentages held exactly and rounded once, the same way everywhere.

use crate::route::Lang;

/// A count with thousands grouped the way each language writes them: `20 920` in Swedish
/// (no-break space), `20,920` in English.
pub fn count(n: u32, lang: Lang) -> String {
    group(&n.to_string(), thousands_separator(lang))
}

fn thousands_separator(lang: Lang) -> char {
    match lang {
        Lang::Sv => '\u{a0}',
        Lang::En => ',',
    }
}

fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::Sv => ',',
        Lang::En => '.',
    }
}

/// Digits grouped by three from the right with `sep` between the groups.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A non-negative decimal number held exactly: `units / 10^decimals` (`Decimal { units: 71,
/// decimals: 2 }` is 0.71). Rounded once, when it is made, so a table, its CSV, its chart
/// labels and its citation all show the same digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    pub units: u64,
    pub decimals: u8,
}

impl Decimal {
    /// A whole number.
    pub fn whole(n: u64) -> Decimal {
        Decimal {
            units: n,
            decimals: 0,
        }
    }

    /// `numerator × per / denominator`, rounded to `decimals` places, half away from zero
    /// (0.125 → 0.13, 0.124 → 0.12), computed in integers so no binary fraction creeps in.
    /// `None` when the denominator is 0: the figure cannot be computed.
    pub fn ratio(numerator: u64, denominator: u64, per: u64, decimals: u8) -> Option<Decimal> {
        if denominator == 0 {
            return None;
        }
        let n = u128::from(numerator) * u128::from(per) * 10u128.pow(u32::from(decimals));
        let d = u128::from(denominator);
        let units = (2 * n + d) / (2 * d);
        Some(Decimal {
            units: u64::try_from(units).ok()?,
            decimals,
        })
    }

    /// The value as a float (for drawing, never for showing).
    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(i32::from(self.decimals))
    }

    /// Whole part and fraction digits (the fraction zero-padded to `decimals`).
    fn parts(self) -> (String, String) {
        let scale = 10u64.pow(u32::from(self.decimals));
        let whole = (self.units / scale).to_string();
        let fraction = if self.decimals == 0 {
            String::new()
        } else {
            format!(
                "{:0width$}",
                self.units % scale,
                width = usize::from(self.decimals)
            )
        };
        (whole, fraction)
    }

    /// Plain digits for a data file: no grouping, `separator` before the fraction ("0.71"
    /// with `.`, "0,71" with `,`, "177367").
    pub fn plain(self, separator: char) -> String {
        let (whole, fraction) = self.parts();
        if fraction.is_empty() {
            whole
        } else {
            format!("{whole}{separator}{fraction}")
        }
    }
}

/// A decimal number as each language writes it: Swedish "2,4" and "1 234,56" (no-break
/// space between thousands), English "2.4" and "1,234.56". Every decimal place the number
/// holds is shown, trailing zeros too ("0,10"), so a column of figures lines up.
pub fn decimal(d: Decimal, lang: Lang) -> String {
    let (whole, fraction) = d.parts();
    let whole = group(&whole, thousands_separator(lang));
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{}{fraction}", decimal_separator(lang))
    }
}

/// A percentage: Swedish "25 %" (a no-break space before the sign, as Swedish style
/// writes it), English "25%".
pub fn percent(d: Decimal, lang: Lang) -> String {
    let number = decimal(d, lang);
    match lang {
        Lang::Sv => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
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

    #[test]
    fn ratios_round_half_away_from_zero_exactly() {
        // 1/8 = 0.125: half, up. 0.1 + 0.2 style float errors cannot occur.
        assert_eq!(Decimal::ratio(1, 8, 1, 2).unwrap().plain('.'), "0.13");
        assert_eq!(Decimal::ratio(124, 1000, 1, 2).unwrap().plain('.'), "0.12");
        assert_eq!(Decimal::ratio(3, 12, 100, 0).unwrap().plain('.'), "25");
        assert_eq!(Decimal::ratio(1, 3, 100, 0).unwrap().plain('.'), "33");
        assert_eq!(Decimal::ratio(2, 3, 100, 0).unwrap().plain('.'), "67");
        // 17 family centres per 20 920 children, per 1 000: 0.8126… → 0.81.
        assert_eq!(
            Decimal::ratio(17, 20_920, 1000, 2).unwrap().plain(','),
            "0,81"
        );
        assert_eq!(Decimal::ratio(1, 10, 1, 2).unwrap().plain('.'), "0.10");
        assert_eq!(Decimal::ratio(5, 0, 1000, 2), None);
        assert_eq!(Decimal::ratio(0, 7, 100, 0), Some(Decimal::whole(0)));
    }

    #[test]
    fn decimals_and_percent_in_each_language() {
        let d = Decimal {
            units: 24,
            decimals: 1,
        };
        assert_eq!(decimal(d, Lang::Sv), "2,4");
        assert_eq!(decimal(d, Lang::En), "2.4");
        let big = Decimal {
            units: 123_456_789,
            decimals: 2,
        };
        assert_eq!(decimal(big, Lang::Sv), "1\u{a0}234\u{a0}567,89");
        assert_eq!(decimal(big, Lang::En), "1,234,567.89");
        assert_eq!(big.plain('.'), "1234567.89");
        assert_eq!(decimal(Decimal::whole(177_367), Lang::Sv), "177\u{a0}367");
        assert_eq!(percent(Decimal::whole(25), Lang::Sv), "25\u{a0}%");
        assert_eq!(percent(Decimal::whole(25), Lang::En), "25%");
        assert!((d.to_f64() - 2.4).abs() < 1e-12);
    }
}

/// A municipality's name as Swedish writes it before "kommun": "Nacka kommun", "Kinda
/// kommun", "Linköpings kommun", "Stockholms kommun", "Vännäs kommun". The rule: a name
/// that ends in a consonant other than s, x or z takes the genitive -s; one that ends in a
/// vowel or in s, x or z stays as it is.
pub fn kommun_name(name: &str) -> String {
    let last = name
        .chars()
        .last()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    let genitive = matches!(last, Some(c) if c.is_alphabetic() && !"aeiouyåäösxz".contains(c));
    if genitive {
        format!("{name}s kommun")
    } else {
        format!("{name} kommun")
    }
}

#[cfg(test)]
mod kommun_tests {
    use super::kommun_name;

    #[test]
    fn genitive_where_swedish_writes_it() {
        for (name, want) in [
            ("Nacka", "Nacka kommun"),
            ("Kinda", "Kinda kommun"),
            ("Linköping", "Linköpings kommun"),
            ("Stockholm", "Stockholms kommun"),
            ("Gislaved", "Gislaveds kommun"),
            ("Vännäs", "Vännäs kommun"),
            ("Haninge", "Haninge kommun"),
            ("Örebro", "Örebro kommun"),
        ] {
            assert_eq!(kommun_name(name), want);
        }
    }
}
