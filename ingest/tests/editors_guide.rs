//! The editor's guide (`docs/editors-guide.md`) explains every kind of warning with an
//! example, and the examples it quotes from unchanged pages (the real pages, and corpus
//! pages "as it is") are what the ingest says today.

mod common;

use common::*;
use ingest::WarningKind;
use std::path::PathBuf;

fn guide() -> String {
    std::fs::read_to_string(repo_root().join("docs/editors-guide.md")).expect("the guide")
}

/// The guide's examples: (kind, what it says of the page, the quoted line).
fn examples(guide: &str) -> Vec<(String, String, String)> {
    let lines: Vec<&str> = guide.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("**`") else {
            continue;
        };
        let Some((kind, what)) = rest.split_once("`** — ") else {
            continue;
        };
        // The example is the line after the opening fence that follows.
        if let (Some(&"```"), Some(quoted)) = (lines.get(i + 2), lines.get(i + 3)) {
            out.push((kind.to_string(), what.to_string(), quoted.to_string()));
        }
    }
    out
}

/// The report's lines for one corpus page read alone.
fn corpus_warnings(page: &str) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("ingest-guide-{page}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["geo", "editorial"] {
        copy_dir(&data_dir().join(sub), &dir.join(sub));
    }
    std::fs::create_dir_all(dir.join("counties")).unwrap();
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    std::fs::copy(corpus.join(page), dir.join("counties").join(page)).unwrap();
    let b = ingest::build(&dir, "data").expect("the page builds");
    std::fs::remove_dir_all(&dir).unwrap();
    b.warnings.iter().map(|w| w.to_string()).collect()
}

#[test]
fn every_kind_has_an_example_that_is_of_that_kind() {
    let guide = guide();
    let examples = examples(&guide);
    for kind in WarningKind::ALL {
        let id = kind.as_str();
        if kind == WarningKind::UnlabelledLine {
            // No page gives it; the guide says why.
            assert!(guide.contains(&format!("`{id}` (a line of a unit block")));
            continue;
        }
        let found: Vec<_> = examples.iter().filter(|e| e.0 == id).collect();
        assert_eq!(found.len(), 1, "one example of {id}");
        assert!(found[0].2.ends_with(&format!("[{id}]")), "{:?}", found[0]);
    }
    assert_eq!(examples.len(), WarningKind::ALL.len() - 1);
}

#[test]
fn the_examples_from_unchanged_pages_are_what_the_ingest_says() {
    let guide = guide();
    let real: Vec<String> = ingest::build(&data_dir(), "data")
        .unwrap()
        .warnings
        .iter()
        .map(|w| w.to_string())
        .collect();
    let mut checked = 0;
    for (kind, what, quoted) in examples(&guide) {
        if what.starts_with("the real page") {
            assert!(real.contains(&quoted), "{kind}: {quoted}");
            checked += 1;
        } else if let Some(page) = what
            .strip_prefix("corpus page ")
            .and_then(|p| p.strip_suffix(", as it is:"))
        {
            assert!(corpus_warnings(page).contains(&quoted), "{kind}: {quoted}");
            checked += 1;
        }
    }
    assert!(checked >= 15, "{checked} examples checked");
}
