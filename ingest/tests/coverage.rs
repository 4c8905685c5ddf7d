//! Nothing of a page is lost: every non-blank line lands in exactly one place of the
//! county, and the text kept there is the line as written.

mod common;

use catalog::model::{County, SourceText};
use common::*;

/// Every piece of the county with its line range and its text as the page would show it.
fn pieces(c: &County) -> Vec<(u32, u32, String)> {
    let src = |s: &SourceText| (s.first_line, s.last_line, s.text.clone());
    let mut out = vec![
        (c.name_line, c.name_line, c.name.clone()),
        src(&c.municipalities_text),
        src(&c.children_text),
    ];
    out.extend(c.no_units_statement.iter().map(src));
    out.extend(c.updated.iter().map(|u| src(&u.source)));
    out.extend(c.paragraphs.iter().map(|p| src(&p.source)));
    for u in &c.units {
        for f in &u.fields {
            out.push((
                f.first_line,
                f.last_line,
                format!("{}\u{0}{}", f.label, f.value),
            ));
        }
    }
    out
}

#[test]
fn every_non_blank_line_is_kept_exactly_once() {
    let g = gazetteer();
    for file in PAGES {
        let text = page(file);
        let (county, _) = ingest::parse_county(&source_file(file), &text, g).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut seen = vec![0u32; lines.len() + 1];
        for (first, last, kept) in pieces(&county) {
            assert!(
                first >= 1 && first <= last && last as usize <= lines.len(),
                "{file}: {first}-{last}"
            );
            for n in first..=last {
                seen[n as usize] += 1;
            }
            let written = lines[first as usize - 1..last as usize].join("\n");
            match kept.split_once('\u{0}') {
                // A field: its label, one space or line break, then the value.
                Some((label, value)) => {
                    let rest = written
                        .strip_prefix(label)
                        .unwrap_or_else(|| panic!("{file}:{first}: {label}"));
                    let rest = rest.strip_prefix([' ', '\n']).unwrap_or(rest);
                    assert_eq!(rest, value, "{file}:{first}");
                }
                None if first == county.name_line => assert_eq!(written.trim(), kept),
                None => assert_eq!(written, kept, "{file}:{first}"),
            }
        }
        for (i, line) in lines.iter().enumerate() {
            let n = i + 1;
            let blank = line.chars().all(char::is_whitespace);
            let expected = if blank { 0 } else { 1 };
            assert_eq!(
                seen[n], expected,
                "{file}:{n} kept {} times: {line:?}",
                seen[n]
            );
        }
    }
}
