//! Words of the pages compared regardless of case, Swedish letters and hyphens: folding
//! ("Kärnan" → "karnan"), word lists ("Titt-Ut" → "tittut") and slugs for ids.

/// Short function words that never identify a unit or a place.
pub const STOPWORDS: &[&str] = &[
    "och", "med", "samt", "for", "till", "vid", "inom", "vissa", "den", "det", "som", "har",
];

/// Lower-cases and folds letters to ASCII with the deunicode crate (å, ä → a; ö → o;
/// é → e).
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The folded words of a text: runs of letters and digits. A hyphen inside a word joins its
/// parts ("Titt-Ut" → "tittut"); one at its end is dropped ("Föräldra- " → "foraldra").
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.replace('-', ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The lower-cased words of a text, letters kept as written ("två", "övriga"): for number
/// words, which folding would spoil.
pub fn plain_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The words that can identify something: three letters or more, not a stopword.
pub fn significant(text: &str) -> Vec<String> {
    let mut out: Vec<String> = words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !STOPWORDS.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether `word` is `base` or its genitive (`base` + "s": "Kärnans", "Linköpings").
pub fn is_form_of(word: &str, base: &str) -> bool {
    word == base || word.strip_suffix('s') == Some(base)
}

/// Where the phrase `phrase` (folded words) stands in `words`, its last word possibly in the
/// genitive: the index of its first word.
pub fn find_phrase(words: &[String], phrase: &[String]) -> Option<usize> {
    let n = phrase.len();
    if n == 0 || words.len() < n {
        return None;
    }
    (0..=words.len() - n).find(|&i| {
        (0..n).all(|k| {
            if k + 1 == n {
                is_form_of(&words[i + k], &phrase[k])
            } else {
                words[i + k] == phrase[k]
            }
        })
    })
}

/// `slug("Gryningen, Karlskoga")` = `"gryningen-karlskoga"`: folded, every run of characters
/// other than ASCII letters and digits made one hyphen, none at the ends.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(text)
    }

    #[test]
    fn folds_joins_hyphens_and_slugs() {
        assert_eq!(fold("Kärnan Örebro Ålö é"), "karnan orebro alo e");
        assert_eq!(w("Titt-Ut (Habiliteringen)"), ["tittut", "habiliteringen"]);
        assert_eq!(
            w("Föräldra- spädbarn, BUP:s"),
            ["foraldra", "spadbarn", "bup", "s"]
        );
        assert_eq!(
            significant("Kärnan i Norrtälje och BUP"),
            ["bup", "karnan", "norrtalje"]
        );
        assert_eq!(slug("Gryningen, Karlskoga"), "gryningen-karlskoga");
        assert_eq!(slug("BUP, Stockholm"), "bup-stockholm");
        assert_eq!(
            slug(" Späd- och småbarnsteam på BUP:s enheter "),
            "spad-och-smabarnsteam-pa-bup-s-enheter"
        );
        assert_eq!(
            slug("Föräldrar-spädbarn Hagadal"),
            "foraldrar-spadbarn-hagadal"
        );
    }

    #[test]
    fn phrases_and_genitives() {
        let text = w("Linköpings kommun samt Upplands Väsby");
        assert_eq!(find_phrase(&text, &w("Linköping")), Some(0));
        assert_eq!(find_phrase(&text, &w("Upplands Väsby")), Some(3));
        assert_eq!(find_phrase(&text, &w("Väsby Upplands")), None);
        assert!(is_form_of("karnans", "karnan"));
        assert!(!is_form_of("karna", "karnan"));
    }
}
