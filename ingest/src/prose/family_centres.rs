//! Family centres (familjecentraler) per municipality from the "Familjecentraler" section:
//! the summary ("Familjecentraler finns i A, B (x och y), …") and the lines with links
//! ("Huddinge Familjecentralerna Centrala Huddinge, Flemingsberg, … https://…"), reconciled,
//! with a warning wherever the two disagree. Nothing is invented: a municipality of the
//! summary without a line gets the centre(s) as the summary names them, without a link.

use crate::editorial::places::PlaceIndex;
use crate::prose::centre_names::{centre_names, same_name, split_names};
use crate::prose::statements::sentence_starts;
use crate::report::{Warning, WarningKind};
use catalog::model::{County, FamilyCentre, Paragraph};

/// How the summary paragraph starts ("… finns på Gotland").
const SUMMARY_PREFIXES: &[&str] = &["Familjecentraler finns i", "Familjecentraler finns på"];
/// What stands before the summary's list.
const LIST_LEADS: &[&str] = &["finns i ", "finns på "];
/// A municipality's entry in the summary.
struct Listed {
    written: String,
    code: String,
    names: Vec<String>,
    line: u32,
    quote: String,
}

/// Fills `family_centres` of the county's municipalities from its paragraphs in the
/// family-centres section (`paragraphs`, heading excluded).
pub fn build(county: &mut County, paragraphs: &[&Paragraph], places: &PlaceIndex) -> Vec<Warning> {
    let file = county.source_file.clone();
    let code = county.code.clone();
    let mut warnings = Vec::new();
    let mut warn = |line: u32, kind: WarningKind, msg: String, quote: &str| {
        warnings.push(Warning::new(&file, line, kind, msg, quote));
    };
    let own = |c: &str| county.municipalities.iter().any(|m| m.code == c);
    let mut listed: Vec<Listed> = Vec::new();
    let mut lines: Vec<(String, FamilyCentre, String)> = Vec::new();
    for p in paragraphs {
        let text = p.source.text.as_str();
        let first_line = text.lines().next().unwrap_or("").trim();
        if SUMMARY_PREFIXES.iter().any(|p| text.starts_with(p)) {
            listed.extend(read_summary(p, places, &code));
            continue;
        }
        let named = places.find(text, &code);
        let Some(lead) = named
            .places
            .first()
            .filter(|f| text[..f.start].trim().is_empty())
        else {
            warn(
                p.source.first_line,
                WarningKind::FamilyCentreUnread,
                "family-centre line does not start with a known place".into(),
                first_line,
            );
            continue;
        };
        if !own(&lead.municipality) {
            warn(
                p.source.first_line,
                WarningKind::FamilyCentreUnread,
                format!(
                    "family-centre line of a municipality ({}) not in this county",
                    lead.municipality
                ),
                first_line,
            );
            continue;
        }
        let written = &text[lead.start..lead.end];
        for name in centre_names(&text[lead.end..], written) {
            let centre = FamilyCentre {
                name: name.0,
                url: name.1,
                first_line: p.source.first_line,
                last_line: p.source.last_line,
            };
            lines.push((lead.municipality.clone(), centre, first_line.to_string()));
        }
    }
    // Reconcile, municipality by municipality, in the county's order.
    let codes: Vec<String> = county
        .municipalities
        .iter()
        .map(|m| m.code.clone())
        .collect();
    for l in listed.iter().filter(|l| !own(&l.code)) {
        warn(
            l.line,
            WarningKind::FamilyCentreUnread,
            format!(
                "the summary names {:?}, not a municipality of this county",
                l.written
            ),
            &l.quote,
        );
    }
    for (i, c) in codes.iter().enumerate() {
        let summary: Vec<&Listed> = listed.iter().filter(|l| &l.code == c).collect();
        let detail: Vec<FamilyCentre> = lines
            .iter()
            .filter(|(m, _, _)| m == c)
            .map(|(_, f, _)| f.clone())
            .collect();
        let quote = lines
            .iter()
            .find(|(m, _, _)| m == c)
            .map_or("", |(_, _, q)| q.as_str());
        let name = &county.municipalities[i].name;
        let centres = match (summary.is_empty(), detail.is_empty()) {
            (true, true) => Vec::new(),
            (true, false) => {
                warn(
                    detail[0].first_line,
                    WarningKind::FamilyCentreMismatch,
                    format!("{name} has a family-centre line but is not in the summary"),
                    quote,
                );
                detail
            }
            (false, true) => {
                let l = summary[0];
                warn(l.line, WarningKind::FamilyCentreMismatch, format!("the summary lists family centres in {:?} but no line gives them; kept without a link", l.written), &l.quote);
                summary
                    .iter()
                    .flat_map(|l| {
                        let names = if l.names.is_empty() {
                            vec![l.written.clone()]
                        } else {
                            l.names.clone()
                        };
                        names.into_iter().map(|n| FamilyCentre {
                            name: n,
                            url: None,
                            first_line: l.line,
                            last_line: l.line,
                        })
                    })
                    .collect()
            }
            (false, false) => {
                let names: Vec<&String> = summary.iter().flat_map(|l| &l.names).collect();
                let only_summary: Vec<&String> = names
                    .iter()
                    .copied()
                    .filter(|n| !detail.iter().any(|d| same_name(n, &d.name)))
                    .collect();
                let only_line: Vec<&String> = detail
                    .iter()
                    .map(|d| &d.name)
                    .filter(|d| !names.is_empty() && !names.iter().any(|n| same_name(n, d)))
                    .collect();
                let mut differences = Vec::new();
                if !only_summary.is_empty() {
                    differences.push(format!("only the summary names {only_summary:?}"));
                }
                if !only_line.is_empty() {
                    differences.push(format!("only this line names {only_line:?}"));
                }
                if !differences.is_empty() {
                    let line = summary[0].line;
                    let what = differences.join(", ");
                    warn(
                        detail[0].first_line,
                        WarningKind::FamilyCentreMismatch,
                        format!("family centres of {name} differ from the summary (line {line}): {what}; the line's centres are kept"),
                        quote,
                    );
                }
                detail
            }
        };
        county.municipalities[i].family_centres = centres;
    }
    warnings
}

/// The municipalities of the summary paragraph: "Familjecentraler finns i A, B (x och y)
/// och C." and "I Örebro kommun finns familjecentralerna x, y och z."
fn read_summary(p: &Paragraph, places: &PlaceIndex, county: &str) -> Vec<Listed> {
    let mut out = Vec::new();
    for (k, line) in p.source.text.lines().enumerate() {
        let number = p.source.first_line + k as u32;
        let mut starts = vec![0];
        starts.extend(sentence_starts(line));
        for (j, &s) in starts.iter().enumerate() {
            let end = starts.get(j + 1).copied().unwrap_or(line.len());
            let sentence = line[s..end].trim().trim_end_matches('.');
            let list = LIST_LEADS
                .iter()
                .find_map(|lead| sentence.split_once(lead).map(|x| x.1));
            if let Some(list) = list {
                for item in split_names(list) {
                    let (head, inner) = match item.split_once('(') {
                        Some((h, rest)) => (h.trim(), split_names(rest.trim_end_matches(')'))),
                        None => (item, Vec::new()),
                    };
                    if let Some(f) = places.find(head, county).places.first() {
                        out.push(Listed {
                            written: head.to_string(),
                            code: f.municipality.clone(),
                            names: inner.into_iter().map(str::to_string).collect(),
                            line: number,
                            quote: line.to_string(),
                        });
                    }
                }
            } else if let Some((before, list)) = sentence.split_once("familjecentralerna ") {
                if let Some(f) = places.find(before, county).places.first() {
                    out.push(Listed {
                        written: before[f.start..f.end].to_string(),
                        code: f.municipality.clone(),
                        names: split_names(list).into_iter().map(str::to_string).collect(),
                        line: number,
                        quote: line.to_string(),
                    });
                }
            }
        }
    }
    out
}
