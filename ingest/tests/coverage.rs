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

/// The opening list is read as units too: each unit's list line is the page's line as
/// written, inside an opening paragraph that keeps it verbatim; a unit named only there
/// spans just that line and has no fields. These are references, not second copies.
#[test]
fn opening_list_lines_are_references_to_kept_lines() {
    let build = ingest::build(&data_dir(), "data").expect("the pages build");
    let mut seen = 0;
    for county in &build.dataset.counties {
        let file = county.source_file.rsplit('/').next().unwrap();
        let text = page(file);
        let lines: Vec<&str> = text.lines().collect();
        for unit in &county.units {
            let Some(o) = &unit.opening_line else {
                continue;
            };
            seen += 1;
            assert_eq!(o.first_line, o.last_line, "{file}: {}", unit.name);
            assert_eq!(
                o.text,
                lines[o.first_line as usize - 1],
                "{file}:{}",
                o.first_line
            );
            let kept = county.paragraphs.iter().any(|p| {
                p.section.is_empty()
                    && p.source.first_line <= o.first_line
                    && o.first_line <= p.source.last_line
            });
            assert!(kept, "{file}:{} is in no opening paragraph", o.first_line);
            if unit.fields.is_empty() {
                assert_eq!(
                    (unit.first_line, unit.last_line),
                    (o.first_line, o.last_line)
                );
                assert!(o.text.ends_with(&unit.name), "{file}: {}", unit.name);
            }
        }
    }
    assert_eq!(
        seen, 6,
        "every unit of the five pages is in its opening list"
    );
}
