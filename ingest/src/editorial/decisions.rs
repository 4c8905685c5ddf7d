//! The editor's decisions (`data/editorial/decisions.csv`): what no rule can read from a
//! page — which unit block an item of the opening list names, which municipalities a
//! catchment text means — each with its reason. A decision no page asks for is a warning.

use crate::report::{IngestError, Warning, WarningKind};
use std::path::Path;

/// The decisions file under the data directory.
pub const DECISIONS_FILE: &str = "editorial/decisions.csv";

/// The columns of the file, in order.
pub const HEADER: [&str; 7] = [
    "id",
    "county_code",
    "unit",
    "question",
    "decision",
    "municipality_codes",
    "reason",
];

/// The `decision` of an `opening` question saying the item is a unit of its own.
pub const NO_BLOCK: &str = "no block";

/// What a decision settles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Which unit block an item of the opening list names: `decision` is the block's "Namn"
    /// exactly, or `no block`.
    Opening,
    /// Which municipalities a unit's catchment is: `municipality_codes`.
    Catchment,
}

impl Question {
    pub fn as_str(self) -> &'static str {
        match self {
            Question::Opening => "opening",
            Question::Catchment => "catchment",
        }
    }

    fn parse(s: &str) -> Option<Question> {
        match s {
            "opening" => Some(Question::Opening),
            "catchment" => Some(Question::Catchment),
            _ => None,
        }
    }
}

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: String,
    pub county_code: String,
    /// The unit as the page writes it: a block's "Namn", or an opening-list item without
    /// its "- ".
    pub unit: String,
    pub question: Question,
    /// The decision in a few words (for `opening`: the block's name).
    pub decision: String,
    /// For `catchment`: the municipality codes.
    pub municipality_codes: Vec<String>,
    pub reason: String,
    /// Its line in the file (the header is line 1).
    pub line: u32,
}

/// The decisions, and which of them the pages asked for.
#[derive(Debug, Clone, Default)]
pub struct Decisions {
    /// How the file is named in messages.
    pub file: String,
    pub entries: Vec<Decision>,
    used: Vec<bool>,
}

impl Decisions {
    /// Reads the file; a missing file means no decisions.
    pub fn load(path: &Path, shown: &str) -> Result<Decisions, Vec<IngestError>> {
        match std::fs::read_to_string(path) {
            Ok(text) => Decisions::parse(shown, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Decisions {
                file: shown.to_string(),
                ..Decisions::default()
            }),
            Err(e) => Err(vec![IngestError::file(shown, format!("cannot read: {e}"))]),
        }
    }

    /// Reads the text of the file; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Decisions, Vec<IngestError>> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        let header_ok = reader
            .headers()
            .map(|h| h.iter().map(str::trim).eq(HEADER))
            .unwrap_or(false);
        if !header_ok {
            let msg = format!("expected the header line {:?}", HEADER.join(","));
            return Err(vec![IngestError::at(file, 1, msg)]);
        }
        let mut errors = Vec::new();
        let mut entries: Vec<Decision> = Vec::new();
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as u32);
                    errors.push(IngestError::at(file, line, format!("not CSV: {e}")));
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line() as u32);
            let get = |i: usize| record.get(i).unwrap_or("").trim().to_string();
            let mut err = |m: String| errors.push(IngestError::at(file, line, m));
            let codes: Vec<String> = get(5)
                .split(';')
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
            let question = Question::parse(&get(3));
            let d = Decision {
                id: get(0),
                county_code: get(1),
                unit: get(2),
                question: question.unwrap_or(Question::Opening),
                decision: get(4),
                municipality_codes: codes,
                reason: get(6),
                line,
            };
            if question.is_none() {
                err(format!("question {:?} is not opening or catchment", get(3)));
            }
            for (what, value) in [
                ("id", &d.id),
                ("county_code", &d.county_code),
                ("unit", &d.unit),
                ("decision", &d.decision),
                ("reason", &d.reason),
            ] {
                if value.is_empty() {
                    err(format!("decision without {what}"));
                }
            }
            let four_digits = |c: &String| c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit());
            if let Some(bad) = d.municipality_codes.iter().find(|c| !four_digits(c)) {
                err(format!("{bad:?} is not a municipality code"));
            }
            if question == Some(Question::Catchment) && d.municipality_codes.is_empty() {
                err("a catchment decision without municipality_codes".to_string());
            }
            if let Some(twin) = entries.iter().find(|e| e.id == d.id) {
                err(format!(
                    "id {:?} is already used on line {}",
                    d.id, twin.line
                ));
            }
            let same = |e: &&Decision| {
                (&e.county_code, &e.unit, e.question) == (&d.county_code, &d.unit, d.question)
            };
            if let Some(twin) = entries.iter().find(same) {
                err(format!(
                    "the same question is decided on line {}",
                    twin.line
                ));
            }
            entries.push(d);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Decisions {
            file: file.to_string(),
            used: vec![false; entries.len()],
            entries,
        })
    }

    /// The decision on this question about this unit, marking it used.
    pub fn take(&mut self, county_code: &str, unit: &str, question: Question) -> Option<Decision> {
        let i = self.entries.iter().position(|d| {
            d.county_code == county_code && d.unit == unit.trim() && d.question == question
        })?;
        self.used[i] = true;
        Some(self.entries[i].clone())
    }

    /// The decisions the pages asked for, in file order.
    pub fn used(&self) -> impl Iterator<Item = &Decision> {
        self.entries
            .iter()
            .zip(&self.used)
            .filter(|(_, u)| **u)
            .map(|(d, _)| d)
    }

    /// A warning for each decision no page asked for.
    pub fn unused(&self) -> Vec<Warning> {
        self.entries
            .iter()
            .zip(&self.used)
            .filter(|(_, u)| !**u)
            .map(|(d, _)| {
                Warning::new(
                    &self.file,
                    d.line,
                    WarningKind::UnusedDecision,
                    format!(
                        "decision {} is not used: no unit {:?} with this question in county {}",
                        d.id, d.unit, d.county_code
                    ),
                    &d.decision,
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id,county_code,unit,question,decision,municipality_codes,reason\n";

    #[test]
    fn reads_rows_and_marks_use() {
        let text = format!(
            "{HEAD}a,05,\"Spädbarn, Norrköping\",catchment,Norrköping only,0581,the text\nb,01,X,opening,\"BUP, Stockholm\",,why\n"
        );
        let mut d = Decisions::parse("d.csv", &text).unwrap();
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[1].line, 3);
        let a = d
            .take("05", "Spädbarn, Norrköping", Question::Catchment)
            .unwrap();
        assert_eq!(a.municipality_codes, ["0581"]);
        assert!(d
            .take("05", "Spädbarn, Norrköping", Question::Opening)
            .is_none());
        let unused = d.unused();
        assert_eq!(unused.len(), 1);
        assert_eq!(unused[0].line, 3);
        assert!(unused[0].message.starts_with("decision b is not used"));
        assert_eq!(d.used().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    fn bad_files_are_errors_with_lines() {
        let e = Decisions::parse("d.csv", "id,unit\n").unwrap_err();
        assert!(e[0]
            .to_string()
            .starts_with("d.csv:1: error: expected the header"));
        let e = Decisions::parse(
            "d.csv",
            &format!("{HEAD}a,05,U,catchment,x,058,r\na,05,V,maybe,x,,\n"),
        )
        .unwrap_err();
        let e: Vec<String> = e.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            e,
            [
                "d.csv:2: error: \"058\" is not a municipality code",
                "d.csv:3: error: question \"maybe\" is not opening or catchment",
                "d.csv:3: error: decision without reason",
                "d.csv:3: error: id \"a\" is already used on line 2",
            ]
        );
    }

    #[test]
    fn a_missing_file_is_no_decisions() {
        let d = Decisions::load(Path::new("/nonexistent/decisions.csv"), "x.csv").unwrap();
        assert!(d.entries.is_empty() && d.unused().is_empty());
    }
}
