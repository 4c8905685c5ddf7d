//! What is missing from a damaged page: a unit block cut off before its last field, a
//! required section, the date line, municipalities the count line leaves out. Each is one
//! warning naming the line and one `catalog::PageProblem`, which marks the county's data as
//! incomplete; everything the page does contain is kept.

use crate::page::sections;
use crate::report::{Warning, WarningKind};
use catalog::model::{Section, Unit};
use catalog::{PageProblem, ProblemKind};

/// The field a whole unit block ends with.
pub const LAST_FIELD: &str = "Kontakt";

/// The sections every page has, in page order, with the names the problems give them.
pub const REQUIRED: [(Section, &str); 3] = [
    (Section::ChildHealthCare, "Andra möjligheter"),
    (Section::Prevention, "Prevention och promotion"),
    (Section::FamilyCentres, "Familjecentraler"),
];

/// A page's problems and their warnings, found as it is read.
#[derive(Debug, Default)]
pub struct Problems {
    pub problems: Vec<PageProblem>,
    pub warnings: Vec<Warning>,
}

impl Problems {
    /// One problem: the warning of its kind and the problem the county keeps.
    pub fn add(
        &mut self,
        file: &str,
        kind: ProblemKind,
        line: u32,
        detail: &str,
        message: String,
        quote: &str,
    ) {
        let warning_kind = match kind {
            ProblemKind::TruncatedUnit => WarningKind::TruncatedUnit,
            ProblemKind::MissingDate => WarningKind::MissingDate,
            ProblemKind::MissingSection => WarningKind::MissingSection,
            ProblemKind::MunicipalityCountMismatch => WarningKind::MunicipalityCountMismatch,
        };
        self.warnings
            .push(Warning::new(file, line, warning_kind, message, quote));
        self.problems.push(PageProblem {
            kind,
            line,
            detail: detail.to_string(),
        });
    }
}

/// A unit block that stops before its last field: the file ends, or the next section
/// starts, in the middle of it. The unit keeps the fields it has.
pub fn check_unit(file: &str, unit: &Unit, problems: &mut Problems) {
    if unit.field(LAST_FIELD).is_some() {
        return;
    }
    let last = unit.fields.last().map_or("Namn", |f| f.label.as_str());
    problems.add(
        file,
        ProblemKind::TruncatedUnit,
        unit.first_line,
        &unit.name,
        format!(
            "unit block cut off: it stops in its field \"{last}\", before \"{LAST_FIELD}\"; the fields it has are kept"
        ),
        &format!("Namn {}", unit.name),
    );
}

/// The required sections the page lacks, given its headings (line, text) and the line of
/// its date. Each is reported at the first heading or date line that follows where it
/// should stand, else at the last line of the page.
pub fn check_sections(
    file: &str,
    headings: &[(u32, String)],
    date_line: Option<u32>,
    last_line: (u32, &str),
    problems: &mut Problems,
) {
    // Where each part stands in the order of a page: the three required sections, the
    // optional "Övriga möjligheter", the date.
    let rank = |heading: &str| match sections::of_heading(heading) {
        Some(Section::Prevention) => Some(1),
        Some(Section::FamilyCentres) => Some(2),
        Some(Section::OtherActors) => Some(3),
        _ if heading.starts_with(sections::OTHER_OPTIONS) => Some(0),
        _ => None,
    };
    let mut present: Vec<(usize, u32, String)> = headings
        .iter()
        .filter_map(|(n, h)| rank(h).map(|r| (r, *n, h.clone())))
        .collect();
    if let Some(n) = date_line {
        present.push((4, n, "Senast uppdaterad".to_string()));
    }
    for (i, (_, name)) in REQUIRED.iter().enumerate() {
        if present.iter().any(|(r, _, _)| *r == i) {
            continue;
        }
        let after = present
            .iter()
            .filter(|(r, _, _)| *r > i)
            .min_by_key(|(_, n, _)| *n);
        let (line, quote, where_) = match after {
            Some((_, n, h)) => (*n, h.as_str(), "before this line"),
            None => (last_line.0, last_line.1, "the page ends without it"),
        };
        problems.add(
            file,
            ProblemKind::MissingSection,
            line,
            name,
            format!("section \"{name}\" is missing ({where_})"),
            quote,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_sections_stand_at_what_follows_the_gap() {
        let mut p = Problems::default();
        let headings = vec![
            (30, "Andra möjligheter till samspelsbehandling".to_string()),
            (67, "Familjecentraler".to_string()),
        ];
        check_sections("f", &headings, Some(79), (79, "Senast"), &mut p);
        assert_eq!(p.problems.len(), 1);
        assert_eq!(
            (p.problems[0].line, p.problems[0].detail.as_str()),
            (67, "Prevention och promotion")
        );
        let mut p = Problems::default();
        check_sections("f", &[], None, (69, "Behandlingsmetoder Marte"), &mut p);
        let got: Vec<(u32, &str)> = p
            .problems
            .iter()
            .map(|x| (x.line, x.detail.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (69, "Andra möjligheter"),
                (69, "Prevention och promotion"),
                (69, "Familjecentraler")
            ]
        );
        assert!(p
            .warnings
            .iter()
            .all(|w| w.kind == WarningKind::MissingSection));
        let mut p = Problems::default();
        let headings = vec![
            (8, "Andra möjligheter".to_string()),
            (21, "Promotion och prevention – några exempel".to_string()),
            (31, "Familjecentraler".to_string()),
        ];
        check_sections("f", &headings, Some(58), (58, "Senast"), &mut p);
        assert!(p.problems.is_empty());
    }
}
