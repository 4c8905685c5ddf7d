//! One county page → a `catalog::County`: the header (county, municipalities, children),
//! the unit blocks, the "no units" statement, "Senast uppdaterad" and every other paragraph,
//! each with its line numbers, so no line of the page is lost.

use crate::editorial::gazetteer::Gazetteer;
use crate::page::completeness::{self, Problems};
use crate::page::header::{read_children, read_municipalities};
use crate::page::unit_block::{parse_unit, starts_unit};
use crate::report::{IngestError, Warning, WarningKind};
use catalog::model::{County, Paragraph, SourceText, Updated};

/// The statement a page makes when the county has no specialised units.
const NO_UNITS_PREFIX: &str = "Inga späd- och småbarnsverksamheter";
/// The line naming the last update and its editor.
const UPDATED_PREFIX: &str = "Senast uppdaterad";
/// Headings starting a section of prose (`true`: the whole line must match).
const HEADINGS: &[(&str, bool)] = &[
    ("Andra möjligheter", false),
    ("Familjecentraler", true),
    ("Prevention och promotion", false),
    ("Promotion och prevention", false),
    ("Övriga möjligheter", false),
];

/// Empty or whitespace only (no-break spaces included).
pub fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Whether the line is a section heading.
pub fn is_heading(line: &str) -> bool {
    HEADINGS.iter().any(|&(h, whole)| {
        if whole {
            line.trim_end() == h
        } else {
            line.starts_with(h)
        }
    })
}

/// The page's lines with 1-based numbers (a leading byte-order mark is dropped).
fn numbered(text: &str) -> Vec<(u32, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    (1..).zip(text.lines()).collect()
}

pub(crate) fn single(line: (u32, &str)) -> SourceText {
    SourceText {
        first_line: line.0,
        last_line: line.0,
        text: line.1.to_string(),
    }
}

/// Reads one county page. `source_file` names it in the data set and in diagnostics.
pub fn parse_county(
    source_file: &str,
    text: &str,
    gazetteer: &Gazetteer,
) -> Result<(County, Vec<Warning>), Vec<IngestError>> {
    let lines = numbered(text);
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut rest = lines.iter().copied().filter(|l| !is_blank(l.1));
    let last_number = lines.last().map_or(1, |l| l.0);
    let mut header = |what: &str, errors: &mut Vec<IngestError>| {
        let line = rest.next();
        if line.is_none() {
            errors.push(IngestError::at(
                source_file,
                last_number,
                format!("page ends before the {what} line"),
            ));
        }
        line
    };
    let name_line = header("county name", &mut errors);
    let munis_line = header("municipalities", &mut errors);
    let children_line = header("children", &mut errors);
    let (Some(name_line), Some(munis_line), Some(children_line)) =
        (name_line, munis_line, children_line)
    else {
        return Err(errors);
    };

    let name = name_line.1.trim().to_string();
    let code = match gazetteer.county(&name) {
        Some(c) => Some(c.code.clone()),
        None => {
            errors.push(IngestError::at(
                source_file,
                name_line.0,
                format!("unknown county {name:?} (not a name in swedish_regions.geojson)"),
            ));
            None
        }
    };
    let mut problems = Problems::default();
    let (stated, municipalities) = read_municipalities(
        source_file,
        munis_line,
        code.as_deref(),
        gazetteer,
        &mut errors,
        &mut warnings,
        &mut problems,
    );
    let children = read_children(children_line.1);
    if children.is_none() {
        errors.push(IngestError::at(
            source_file,
            children_line.0,
            format!(
                "expected the children line \"<number> invånare 0–5 år\", found {:?}",
                children_line.1
            ),
        ));
    }

    let body_start = lines
        .iter()
        .position(|l| l.0 == children_line.0)
        .map_or(lines.len(), |i| i + 1);
    let body = read_body(
        source_file,
        &lines[body_start..],
        &mut warnings,
        &mut problems,
    );
    let last = lines.iter().rev().find(|l| !is_blank(l.1)).copied();
    let last = last.unwrap_or((last_number, ""));
    completeness::check_sections(
        source_file,
        &body.headings,
        body.date_line,
        last,
        &mut problems,
    );
    if body.updated.is_none() {
        problems.add(
            source_file,
            catalog::ProblemKind::MissingDate,
            last.0,
            "",
            "no 'Senast uppdaterad' line".to_string(),
            last.1,
        );
    }
    if let (Some(s), false) = (&body.no_units, body.units.is_empty()) {
        warnings.push(Warning::new(
            source_file,
            s.first_line,
            WarningKind::NoUnitsButBlocks,
            format!(
                "page says it has no units but has {} unit blocks",
                body.units.len()
            ),
            &s.text,
        ));
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    warnings.extend(problems.warnings);
    warnings.sort_by_key(|w| w.line);
    let county = County {
        code: code.unwrap_or_default(),
        name,
        source_file: source_file.to_string(),
        name_line: name_line.0,
        municipalities_text: single(munis_line),
        stated_municipality_count: stated.unwrap_or_default(),
        municipalities,
        children_0_5: children.unwrap_or_default(),
        children_text: single(children_line),
        no_units_statement: body.no_units,
        units: body.units,
        updated: body.updated,
        paragraphs: body.paragraphs,
        statements: Vec::new(),
        coverage: Default::default(),
        stated_coverage: None,
        unnamed_municipalities: 0,
        problems: problems.problems,
    };
    Ok((county, warnings))
}

/// Everything after the header.
#[derive(Default)]
struct Body {
    no_units: Option<SourceText>,
    units: Vec<catalog::model::Unit>,
    updated: Option<Updated>,
    paragraphs: Vec<Paragraph>,
    /// The section headings: line and text.
    headings: Vec<(u32, String)>,
    /// The first "Senast uppdaterad" line, read or not.
    date_line: Option<u32>,
}

/// Whether a line ends the paragraph or unit block before it.
fn is_boundary(line: &str) -> bool {
    starts_unit(line)
        || is_heading(line)
        || line.starts_with(UPDATED_PREFIX)
        || line.starts_with(NO_UNITS_PREFIX)
}

fn read_body(
    file: &str,
    lines: &[(u32, &str)],
    warnings: &mut Vec<Warning>,
    problems: &mut Problems,
) -> Body {
    let mut body = Body::default();
    let mut section = String::new();
    let mut i = 0;
    while i < lines.len() {
        let (number, line) = lines[i];
        // The run of consecutive non-blank lines from here, up to the next boundary.
        let run_end = (i + 1..lines.len())
            .find(|&j| is_blank(lines[j].1) || is_boundary(lines[j].1))
            .unwrap_or(lines.len());
        if is_blank(line) {
            i += 1;
            continue;
        }
        let mut as_paragraph = |section: &str, end: usize| {
            let run = &lines[i..end];
            body.paragraphs.push(Paragraph {
                section: section.to_string(),
                source: SourceText {
                    first_line: number,
                    last_line: run[run.len() - 1].0,
                    text: run.iter().map(|l| l.1).collect::<Vec<_>>().join("\n"),
                },
            });
        };
        if starts_unit(line) {
            let (unit, w) = parse_unit(file, &lines[i..run_end]);
            warnings.extend(w);
            completeness::check_unit(file, &unit, problems);
            body.units.push(unit);
            i = run_end;
        } else if is_heading(line) {
            section = line.to_string();
            body.headings.push((number, line.to_string()));
            as_paragraph(&section, i + 1);
            i += 1;
        } else if line.starts_with(NO_UNITS_PREFIX) && body.no_units.is_none() {
            body.no_units = Some(single((number, line)));
            i += 1;
        } else if line.starts_with(UPDATED_PREFIX) {
            body.date_line.get_or_insert(number);
            match (read_updated((number, line)), &body.updated) {
                (Ok(u), None) => body.updated = Some(u),
                (Ok(_), Some(_)) => {
                    warnings.push(Warning::new(
                        file,
                        number,
                        WarningKind::RepeatedDate,
                        "second 'Senast uppdaterad' line",
                        line,
                    ));
                    as_paragraph(&section, i + 1);
                }
                (Err(why), _) => {
                    warnings.push(Warning::new(
                        file,
                        number,
                        WarningKind::MalformedDate,
                        why,
                        line,
                    ));
                    as_paragraph(&section, i + 1);
                }
            }
            i += 1;
        } else {
            if line.starts_with(NO_UNITS_PREFIX) {
                warnings.push(Warning::new(
                    file,
                    number,
                    WarningKind::RepeatedNoUnits,
                    "second 'no units' statement",
                    line,
                ));
            }
            as_paragraph(&section, run_end);
            i = run_end;
        }
    }
    body
}

/// "Senast uppdaterad 2018-10-13 av Paul Svensson, ansvarig utgivare …".
fn read_updated((number, line): (u32, &str)) -> Result<Updated, String> {
    let rest = line[UPDATED_PREFIX.len()..].trim_start();
    let date: String = rest.chars().take(10).collect();
    if !is_iso_date(&date) {
        return Err("'Senast uppdaterad' without a date YYYY-MM-DD".to_string());
    }
    let after = rest[date.len()..].trim_start();
    let Some(by) = after.strip_prefix("av ") else {
        return Err("'Senast uppdaterad' without 'av <name>'".to_string());
    };
    let editor = by.split(',').next().unwrap_or_default().trim().to_string();
    if editor.is_empty() {
        return Err("'Senast uppdaterad' without 'av <name>'".to_string());
    }
    Ok(Updated {
        date,
        editor,
        source: single((number, line)),
    })
}

fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else { return false };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (
        y.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        d.parse().unwrap_or(0),
    );
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
