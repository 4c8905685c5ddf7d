//! Reading the editor's CSV files under `data/editorial/`: every row deserialised with the
//! line it starts on, and every bad row an error naming the file and that line.

use crate::report::IngestError;
use serde::de::DeserializeOwned;

/// The rows of a CSV text with a header line, each with its 1-based line number.
pub fn rows<R: DeserializeOwned>(file: &str, text: &str) -> (Vec<(u32, R)>, Vec<IngestError>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return (
                Vec::new(),
                vec![IngestError::at(file, 1, format!("bad header: {e}"))],
            )
        }
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let result = record.and_then(|r| {
            let line = r.position().map_or(0, |p| p.line() as u32);
            r.deserialize::<R>(Some(&headers)).map(|row| (line, row))
        });
        match result {
            Ok(row) => rows.push(row),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as u32);
                errors.push(IngestError::at(file, line, format!("bad row: {e}")));
            }
        }
    }
    (rows, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Row {
        place: String,
        code: u32,
    }

    #[test]
    fn rows_carry_their_lines_and_bad_rows_are_named() {
        let text = "place,code\nBromma,180\n\"Multi\nline\",1\nKista,notanumber\n";
        let (rows, errors) = rows::<Row>("places.csv", text);
        let got: Vec<_> = rows
            .iter()
            .map(|(l, r)| (*l, r.place.as_str(), r.code))
            .collect();
        assert_eq!(got, [(2, "Bromma", 180), (3, "Multi\nline", 1)]);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].to_string().contains("places.csv:5"),
            "{}",
            errors[0]
        );
    }
}
