//! The data set the site ships is traceable to its county pages: every fact carries a
//! source file and lines, and the text it quotes stands at exactly those lines. Also, the
//! shipped file loads with the app's own loader, and every county has a working link.

use catalog::route::{Lang, Page, Route};
use catalog::{County, Dataset, SourceText};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Dataset {
    catalog::load::read_site_dataset(&root().join("public/data"))
        .expect("the shipped data files load with the app's loaders")
}

/// The page's lines `first..=last` (1-based), joined with "\n".
fn lines(page: &[&str], first: u32, last: u32) -> String {
    assert!(
        first >= 1 && first <= last && last as usize <= page.len(),
        "lines {first}–{last}"
    );
    page[first as usize - 1..last as usize].join("\n")
}

/// `text` stands within lines `first..=last` of the page, and they are not wider than it
/// needs: its first and last lines are among them.
fn check(page: &[&str], what: &str, first: u32, last: u32, text: &str) {
    let span = lines(page, first, last);
    assert!(
        span.contains(text.trim()),
        "{what} (lines {first}–{last}) is not in the page: {text:?}"
    );
    let first_line = text.trim().lines().next().unwrap_or("");
    assert!(
        page[first as usize - 1].contains(first_line.trim()),
        "{what} does not start on line {first}: {text:?}"
    );
}

fn source(page: &[&str], what: &str, s: &SourceText) {
    check(page, what, s.first_line, s.last_line, &s.text);
}

fn check_county(c: &County) {
    let text = std::fs::read_to_string(root().join(&c.source_file)).unwrap();
    let page: Vec<&str> = text.lines().collect();
    assert!(page[c.name_line as usize - 1].contains(&c.name));
    source(&page, "municipalities line", &c.municipalities_text);
    source(&page, "children line", &c.children_text);
    if let Some(s) = &c.no_units_statement {
        source(&page, "no-units statement", s);
    }
    if let Some(u) = &c.updated {
        source(&page, "Senast uppdaterad", &u.source);
    }
    for p in &c.paragraphs {
        source(&page, "paragraph", &p.source);
    }
    for u in &c.units {
        for f in &u.fields {
            let span = lines(&page, f.first_line, f.last_line);
            assert!(span.contains(&f.label), "{}: label {:?}", u.name, f.label);
            for part in f.value.lines() {
                assert!(
                    span.contains(part.trim()),
                    "{}: {} value {part:?}",
                    u.name,
                    f.label
                );
            }
        }
    }
    for s in &c.statements {
        check(&page, "statement", s.first_line, s.last_line, &s.text);
        for p in &s.places {
            assert!(
                s.text.contains(&p.name),
                "place {:?} not in {:?}",
                p.name,
                s.text
            );
        }
    }
    for m in &c.municipalities {
        for f in &m.family_centres {
            let span = lines(&page, f.first_line, f.last_line);
            if let Some(url) = &f.url {
                assert!(
                    span.contains(url.as_str()),
                    "{}: {url} not on lines {}–{}",
                    m.name,
                    f.first_line,
                    f.last_line
                );
            }
        }
        for &i in &m.social_services.evidence {
            let st = &c.statements[i];
            assert!(
                st.stance.is_some(),
                "{}: evidence without a stance: {:?}",
                m.name,
                st.text
            );
        }
    }
}

#[test]
fn every_fact_stands_at_its_source_lines() {
    let ds = shipped();
    assert_eq!(ds.counties.len(), 5);
    for c in &ds.counties {
        check_county(c);
    }
}

#[test]
fn every_county_has_a_link_that_leads_back_to_it() {
    let ds = shipped();
    for c in &ds.counties {
        for lang in [Lang::Sv, Lang::En] {
            let route = Route::county(&c.code, lang);
            let back = Route::parse("", &route.to_query());
            assert_eq!(back, route);
            match back.page {
                Page::County { code } => assert!(ds.county(&code).is_some()),
                other => panic!("{other:?}"),
            }
        }
    }
}

#[test]
fn the_shipped_files_are_what_the_ingest_writes_today() {
    // The same check as `cargo run -p ingest -- --check`, from the site's side.
    let built = ingest::build(&root().join("data"), "data").expect("the pages ingest");
    assert_eq!(
        built.dataset,
        shipped(),
        "the data files under public/data are stale: run `cargo run -p ingest`"
    );
}
