//! Whatever the text, statement extraction and its enrichment never panic, and the pieces are
//! always verbatim, ordered and non-overlapping.

mod common;

use common::*;
use ingest::prose::enrich::enrich;
use ingest::prose::statements::{split_line, split_paragraph};
use ingest::Editorial;
use proptest::prelude::*;
use std::sync::OnceLock;

fn editorial() -> &'static Editorial {
    static E: OnceLock<Editorial> = OnceLock::new();
    E.get_or_init(|| Editorial::load(&data_dir(), "data", gazetteer()).expect("editorial files"))
}

fn pieces_are_ordered_and_verbatim(text: &str, ranges: &[std::ops::Range<usize>]) -> bool {
    let mut end = 0;
    ranges.iter().all(|r| {
        let ok = r.start >= end && r.start < r.end && text.get(r.clone()).is_some();
        end = r.end;
        ok
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn splitting_arbitrary_text_never_panics(text in any::<String>(), cut in any::<usize>()) {
        let items = [cut % (text.len() + 1)];
        let ranges = split_line(&text, &items);
        prop_assert!(ranges.iter().all(|r| text.get(r.clone()).is_some()));
        let pieces = split_paragraph(&text, |l| l == "Socialtjänst", |_| vec![0]);
        let ranges: Vec<_> = pieces.into_iter().map(|p| p.range).collect();
        prop_assert!(pieces_are_ordered_and_verbatim(&text, &ranges));
    }

    #[test]
    fn enriching_pages_with_arbitrary_paragraphs_never_panics(
        which in 0..PAGES.len(),
        texts in proptest::collection::vec(
            prop_oneof![
                any::<String>(),
                "[A-ZÅÄÖa-zåäö:.,;()–\\- \n]{0,80}",
                Just("Socialtjänst\nBotkyrka: Marte Meo. Nacka: köper vid behov.".to_string()),
                Just("Familjecentraler finns i Kumla (A och B), Nora.".to_string()),
                Just("Nora http://x.se och Kumla https://y.se".to_string()),
            ],
            1..12,
        ),
    ) {
        let (mut county, _) = ingest::parse_county("f.txt", &page(PAGES[which]), gazetteer())
            .expect("a real page parses");
        let n = county.paragraphs.len();
        for (i, t) in texts.into_iter().enumerate() {
            let p = &mut county.paragraphs[i % n];
            p.source.text = t;
        }
        let _ = enrich(&mut county, editorial());
        for s in &county.statements {
            prop_assert!(!s.text.trim().is_empty());
        }
    }
}
