//! Street addresses a unit's "Kontakt" text states ("BUP Stockholm, Sachsgatan 10, 11861
//! Stockholm."): the only places the HSDS file gives as locations. Nothing is looked up or
//! completed: a text without such an address gives none.
//!
//! # Rule
//! Split at commas. A part that begins with a Swedish postal code (five digits, or three and
//! two with a space) followed by a capitalised word is the postal code and the city (up to
//! the next full stop, comma or line end); the part before it must end in a house number
//! ("Sachsgatan 10", "Storgatan 5B") and is the street, from its sentence's start; the part
//! before that, from its sentence's start and at most five words, is the place's name.

/// An address as the page writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedAddress {
    pub name: Option<String>,
    pub street: String,
    pub postal_code: String,
    pub city: String,
}

/// The text after the last sentence end (". ", "\n") in `part`, trimmed.
fn sentence_tail(part: &str) -> &str {
    let cut = [". ", ".\n", "\n", "; "]
        .iter()
        .filter_map(|sep| part.rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    part[cut..].trim()
}

/// The postal code and city a part begins with.
fn postal_and_city(part: &str) -> Option<(String, String)> {
    let part = part.trim_start();
    let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
    let (code, rest) = match digits.len() {
        5 => (digits.clone(), &part[5..]),
        3 => {
            let rest = part[3..].strip_prefix(' ')?;
            let two: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if two.len() != 2 {
                return None;
            }
            (format!("{digits} {two}"), &rest[2..])
        }
        _ => return None,
    };
    let rest = rest.strip_prefix(' ')?;
    let city: String = rest
        .chars()
        .take_while(|c| !matches!(c, '.' | ',' | '\n' | ';' | '('))
        .collect();
    let city = city.trim().to_string();
    let first = city.chars().next()?;
    (first.is_uppercase()
        && city
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-'))
    .then_some((code, city))
}

/// A street and house number: words, then a number with at most one letter after it.
fn is_street(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((number, street)) = words.split_last() else {
        return false;
    };
    let digits = number.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !street.is_empty()
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && number.len() - digits.len() <= 1
        && street
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
}

/// Every address the text states, in text order.
pub fn addresses(text: &str) -> Vec<StatedAddress> {
    let parts: Vec<&str> = text.split(',').collect();
    let mut out = Vec::new();
    for i in 1..parts.len() {
        let Some((postal_code, city)) = postal_and_city(parts[i]) else {
            continue;
        };
        let street = sentence_tail(parts[i - 1]);
        if !is_street(street) {
            continue;
        }
        let name = (i >= 2)
            .then(|| sentence_tail(parts[i - 2]))
            .filter(|n| !n.is_empty() && n.split_whitespace().count() <= 5)
            .map(str::to_string);
        out.push(StatedAddress {
            name,
            street: street.to_string(),
            postal_code,
            city,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_of_bup_stockholm() {
        let text = "4 MV i BUP Stockholm; 2 i Sektion Öst, MVNO i Danderyd, MVSO Gullmarsplan. 2 i Sektion Väst MVNV Kungsholmen samt MVSV Huddinge. På hemsidan \"BUP.se\" finns kontaktuppgifter till respektive enhet. BUP Stockholm, Sachsgatan 10, 11861 Stockholm.\nTel: 08-51452000, mail: bup.slso@sll.se";
        assert_eq!(
            addresses(text),
            [StatedAddress {
                name: Some("BUP Stockholm".into()),
                street: "Sachsgatan 10".into(),
                postal_code: "11861".into(),
                city: "Stockholm".into(),
            }]
        );
    }

    #[test]
    fn other_forms_and_no_address() {
        let a = addresses("Storgatan 5B, 702 10 Örebro");
        assert_eq!(a.len(), 1);
        assert_eq!(
            (
                a[0].name.as_deref(),
                a[0].postal_code.as_str(),
                a[0].city.as_str()
            ),
            (None, "702 10", "Örebro")
        );
        assert!(addresses("Tel 010-1034745 Webb: https://www.1177.se/Hitta-vard/").is_empty());
        assert!(addresses("Ring 2017, 96 ärenden").is_empty());
        assert!(addresses("Ärenden 2017, 11861 familjer").is_empty());
    }
}
