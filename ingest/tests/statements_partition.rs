//! Nothing lost, nothing invented: the statements of every paragraph of the five pages are
//! verbatim pieces of it, in order, and together cover every character of it except white
//! space between them, the heading line and bare sub-heading lines ("Socialtjänst").

mod common;

use catalog::model::{Paragraph, Statement};
use common::*;

/// The lines of a paragraph that make no statement.
fn is_heading_line(p: &Paragraph, line: &str) -> bool {
    let t = line.trim();
    t == p.section.trim() || matches!(t, "Socialtjänst" | "BHV" | "BUP")
}

fn check(p: &Paragraph, statements: &[&Statement]) -> Result<(), String> {
    let text = &p.source.text;
    let mut at = 0;
    let mut gaps = String::new();
    for s in statements {
        let Some(pos) = text[at..].find(&s.text) else {
            return Err(format!("{:?} is not in the rest of {text:?}", s.text));
        };
        gaps.push_str(&text[at..at + pos]);
        gaps.push('\n');
        at += pos + s.text.len();
        let first = p.source.first_line + text[..at - s.text.len()].matches('\n').count() as u32;
        let last = p.source.first_line + text[..at].matches('\n').count() as u32;
        if (s.first_line, s.last_line) != (first, last) {
            return Err(format!(
                "{:?}: lines {}–{}, expected {first}–{last}",
                s.text, s.first_line, s.last_line
            ));
        }
    }
    gaps.push_str(&text[at..]);
    for line in gaps.lines() {
        if !line.trim().is_empty() && !is_heading_line(p, line) {
            return Err(format!("{line:?} of {text:?} is in no statement"));
        }
    }
    Ok(())
}

#[test]
fn every_paragraph_is_covered_by_its_statements() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    for c in &build.dataset.counties {
        let mut used = 0;
        for p in &c.paragraphs {
            let mine: Vec<&Statement> = c
                .statements
                .iter()
                .filter(|s| {
                    s.first_line >= p.source.first_line && s.last_line <= p.source.last_line
                })
                .collect();
            used += mine.len();
            if let Err(e) = check(p, &mine) {
                panic!("{}:{}: {e}", c.source_file, p.source.first_line);
            }
            let heading_only = p.source.text.trim() == p.section.trim();
            assert_eq!(
                mine.is_empty(),
                heading_only,
                "{}:{}",
                c.source_file,
                p.source.first_line
            );
        }
        assert_eq!(
            used,
            c.statements.len(),
            "{}: every statement belongs to a paragraph",
            c.name
        );
    }
}

#[test]
fn a_bare_sub_heading_is_no_statement_but_a_joined_one_is_kept() {
    let build = ingest::build(&data_dir(), "data").unwrap();
    let s = build.dataset.county("01").unwrap();
    assert!(s.statements.iter().all(|st| st.text != "Socialtjänst"));
    let j = build.dataset.county("06").unwrap();
    assert!(j
        .statements
        .iter()
        .any(|st| st.text.starts_with("Socialtjänst Trygghetscirkeln används")));
}
