//! Whatever the text, the parser answers with data or errors; it never panics.

mod common;

use common::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = ingest::parse_county("f.txt", &text, gazetteer());
    }

    #[test]
    fn page_like_text_never_panics(lines in proptest::collection::vec(
        prop_oneof![
            Just("Örebro".to_string()),
            Just("Tolv kommuner: Kumla & Örebro".to_string()),
            Just("20 920 invånare 0–5 år".to_string()),
            Just("Namn ".to_string()),
            Just("DC:0–3R/DC:0–5".to_string()),
            Just("Senast uppdaterad 2018-1".to_string()),
            Just("Senast uppdaterad 2018-10-13 av".to_string()),
            Just("\u{a0}".to_string()),
            "[A-Za-zÅÄÖåäö0-9 :,&–-]{0,30}",
        ],
        0..40,
    )) {
        let _ = ingest::parse_county("f.txt", &lines.join("\n"), gazetteer());
    }

    #[test]
    fn real_pages_with_lines_deleted_never_panic(
        which in 0..PAGES.len(),
        keep in proptest::collection::vec(any::<bool>(), 200),
    ) {
        let text = page(PAGES[which]);
        let kept: Vec<&str> = text
            .lines()
            .zip(keep.iter().cycle())
            .filter(|(_, k)| **k)
            .map(|(l, _)| l)
            .collect();
        let result = ingest::parse_county("f.txt", &kept.join("\n"), gazetteer());
        if let Err(errors) = result {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(e.line.is_some(), "{e}");
            }
        }
    }
}
