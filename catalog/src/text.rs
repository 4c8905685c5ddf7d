//! Small text helpers shared by the ingest and the views: finding web addresses, e-mail
//! addresses and telephone numbers inside verbatim text, and cutting a text into the
//! numbers, words and signs that the readers of stated figures (`compare::stated`,
//! `explore::ages`) interpret each in their own way.

use crate::model::Segment;

/// Characters that end a sentence rather than an address when they close one.
const TRAILING_PUNCTUATION: &[char] = &['.', ',', ';', ':', ')', '!', '?', '"', '\''];

/// Splits text into plain runs and `http(s)://` addresses. Joining the segments gives the
/// text back unchanged; punctuation right after an address stays text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find_url_start(rest) {
        let (before, from) = rest.split_at(start);
        let end = from.find(char::is_whitespace).unwrap_or(from.len());
        let url = from[..end].trim_end_matches(TRAILING_PUNCTUATION);
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        out.push(Segment::Url(url));
        rest = &from[url.len()..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn find_url_start(text: &str) -> Option<usize> {
    let http = text.find("http://");
    let https = text.find("https://");
    match (http, https) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The link a view may render for an address from the data: `http`, `https`, `tel` and
/// `mailto` only (case-insensitive scheme, no white space or control characters); anything
/// else — `javascript:`, `data:`, a relative path — is not a link.
pub fn safe_href(address: &str) -> Option<&str> {
    let (scheme, rest) = address.split_once(':')?;
    let allowed = ["http", "https", "tel", "mailto"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(scheme));
    let clean = !rest.is_empty() && !address.chars().any(|c| c.is_whitespace() || c.is_control());
    (allowed && clean).then_some(address)
}

/// Every web address in the text, in order.
pub fn urls(text: &str) -> Vec<String> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Url(u) => Some(u.to_string()),
            Segment::Text(_) => None,
        })
        .collect()
}

/// Every e-mail address in the text (a word with one `@` between a name and a dotted domain).
pub fn emails(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|w| w.trim_end_matches(TRAILING_PUNCTUATION))
        .filter(|w| !w.contains("://"))
        .filter(|w| match w.split_once('@') {
            Some((name, domain)) => {
                !name.is_empty() && domain.contains('.') && !domain.contains('@')
            }
            None => false,
        })
        .map(str::to_string)
        .collect()
}

/// Telephone numbers written after "Tel" ("Tel: 08-51452000", "Tel 010-1034745"). Only
/// numbers introduced this way are taken, so postal codes and counts are never mistaken
/// for one.
pub fn phones(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find("Tel") {
        let after = rest[pos + 3..].trim_start_matches([':', '.', ' ', '\u{a0}']);
        let number: String = after
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '\u{a0}'))
            .collect();
        let number = number.trim_end_matches(['-', ' ', '\u{a0}']);
        if number.chars().filter(char::is_ascii_digit).count() >= 6 {
            out.push(number.to_string());
        }
        rest = &rest[pos + 3..];
    }
    out
}

/// One piece of a text as the readers of stated figures see it; white space separates
/// pieces and is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// ASCII digits, with the decimal fraction after a ',' or '.' that digits follow
    /// ("6,35": `whole` "6", `fraction` "35").
    Number {
        whole: String,
        fraction: Option<String>,
    },
    /// A run of letters, lower-cased.
    Word(String),
    /// Any other character, with the character right after it (a full stop ends a
    /// sentence when white space or nothing follows).
    Sign { sign: char, next: Option<char> },
}

/// The text cut into `Piece`s, in order.
pub fn pieces(text: &str) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let run = |from: usize, test: fn(&char) -> bool| {
        let mut end = from;
        while chars.get(end).is_some_and(test) {
            end += 1;
        }
        end
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            let end = run(i, char::is_ascii_digit);
            let whole: String = chars[i..end].iter().collect();
            i = end;
            let mut fraction = None;
            if matches!(chars.get(i), Some(',' | '.'))
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            {
                let end = run(i + 1, char::is_ascii_digit);
                fraction = Some(chars[i + 1..end].iter().collect());
                i = end;
            }
            out.push(Piece::Number { whole, fraction });
        } else if c.is_alphabetic() {
            let end = run(i, |c| c.is_alphabetic());
            out.push(Piece::Word(
                chars[i..end].iter().collect::<String>().to_lowercase(),
            ));
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Piece::Sign {
                    sign: c,
                    next: chars.get(i + 1).copied(),
                });
            }
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod pieces_tests {
    use super::{pieces, Piece};

    fn number(whole: &str, fraction: Option<&str>) -> Piece {
        Piece::Number {
            whole: whole.into(),
            fraction: fraction.map(Into::into),
        }
    }

    #[test]
    fn numbers_words_and_signs() {
        assert_eq!(
            pieces("Ca 1,5 år–3. Två"),
            vec![
                Piece::Word("ca".into()),
                number("1", Some("5")),
                Piece::Word("år".into()),
                Piece::Sign {
                    sign: '–',
                    next: Some('3')
                },
                number("3", None),
                Piece::Sign {
                    sign: '.',
                    next: Some(' ')
                },
                Piece::Word("två".into()),
            ]
        );
        // A comma or full stop without digits after it is a sign of its own.
        assert_eq!(
            pieces("2018, 6."),
            vec![
                number("2018", None),
                Piece::Sign {
                    sign: ',',
                    next: Some(' ')
                },
                number("6", None),
                Piece::Sign {
                    sign: '.',
                    next: None
                },
            ]
        );
        assert!(pieces(" \t\n").is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_text_and_trim_punctuation() {
        let t = "Se http://a.se/x. och https://b.se/y";
        let s = segments(t);
        assert_eq!(
            s,
            vec![
                Segment::Text("Se "),
                Segment::Url("http://a.se/x"),
                Segment::Text(". och "),
                Segment::Url("https://b.se/y"),
            ]
        );
        let joined: String = s
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Url(t) => *t,
            })
            .collect();
        assert_eq!(joined, t);
    }

    #[test]
    fn contact_details() {
        let t = "BUP Stockholm, Sachsgatan 10, 11861 Stockholm.\nTel: 08-51452000, mail: bup.slso@sll.se";
        assert_eq!(phones(t), vec!["08-51452000"]);
        assert_eq!(emails(t), vec!["bup.slso@sll.se"]);
        assert!(urls(t).is_empty());
        assert_eq!(
            phones("Tel 070-3136800 Webb: https://x.se/"),
            vec!["070-3136800"]
        );
    }
}

#[cfg(test)]
mod safe_href_tests {
    use super::safe_href;

    #[test]
    fn only_web_phone_and_mail_links() {
        for ok in [
            "https://www.regionorebrolan.se/gryningen",
            "http://www.kumla.se/x.html",
            "tel:0586123456",
            "mailto:a@b.se",
            "HTTPS://X.SE",
        ] {
            assert_eq!(safe_href(ok), Some(ok));
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<b>",
            "vbscript:x",
            "//evil.example/x",
            "x.html",
            "https:",
            "https://a b.se",
            "https://a\nb",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
