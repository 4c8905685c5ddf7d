//! Diagnostics of the ingest: warnings (the page was understood, but something looks wrong)
//! and errors (the page cannot be turned into data), each naming the file and line.

use std::fmt;

/// Something on a page that looks wrong but does not stop the ingest (unless `--strict`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    pub message: String,
    /// The text the warning is about, as written on the page.
    pub quote: String,
}

impl Warning {
    pub fn new(file: &str, line: u32, message: impl Into<String>, quote: &str) -> Warning {
        Warning {
            file: file.to_string(),
            line,
            message: message.into(),
            quote: quote.to_string(),
        }
    }

    /// The same finding as an error, for `--strict`.
    pub fn into_error(self) -> IngestError {
        IngestError {
            file: self.file,
            line: Some(self.line),
            message: format!("{}: {:?}", self.message, self.quote),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: warning: {}: {:?}",
            self.file, self.line, self.message, self.quote
        )
    }
}

/// Something the report tells about how a page was read (a decision used, a sentence no rule
/// checks); never an error, not even with `--strict`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    pub message: String,
    /// The text it is about, as written.
    pub quote: String,
}

impl Info {
    pub fn new(file: &str, line: u32, message: impl Into<String>, quote: &str) -> Info {
        Info {
            file: file.to_string(),
            line,
            message: message.into(),
            quote: quote.to_string(),
        }
    }
}

impl fmt::Display for Info {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: info: {}: {:?}",
            self.file, self.line, self.message, self.quote
        )
    }
}

/// The warnings and infos of a step, in the order found.
#[derive(Debug, Clone, Default)]
pub struct Log {
    pub warnings: Vec<Warning>,
    pub infos: Vec<Info>,
}

impl Log {
    pub fn warn(&mut self, file: &str, line: u32, message: impl Into<String>, quote: &str) {
        self.warnings.push(Warning::new(file, line, message, quote));
    }

    pub fn info(&mut self, file: &str, line: u32, message: impl Into<String>, quote: &str) {
        self.infos.push(Info::new(file, line, message, quote));
    }
}

/// A problem that stops the ingest: nothing is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The file concerned (a page, a geo file, the output).
    pub file: String,
    /// 1-based line number, when the problem is on a line of a page.
    pub line: Option<u32>,
    pub message: String,
}

impl IngestError {
    pub fn at(file: &str, line: u32, message: impl Into<String>) -> IngestError {
        IngestError {
            file: file.to_string(),
            line: Some(line),
            message: message.into(),
        }
    }

    pub fn file(file: &str, message: impl Into<String>) -> IngestError {
        IngestError {
            file: file.to_string(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: error: {}", self.file, line, self.message),
            None => write!(f, "{}: error: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for IngestError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_name_file_and_line() {
        let w = Warning::new(
            "data/counties/x.txt",
            3,
            "count differs",
            "Tolv kommuner: A",
        );
        assert_eq!(
            w.to_string(),
            "data/counties/x.txt:3: warning: count differs: \"Tolv kommuner: A\""
        );
        assert_eq!(
            w.into_error().to_string(),
            "data/counties/x.txt:3: error: count differs: \"Tolv kommuner: A\""
        );
        assert_eq!(
            IngestError::file("a.geojson", "not JSON").to_string(),
            "a.geojson: error: not JSON"
        );
    }
}
