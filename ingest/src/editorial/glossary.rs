//! The glossary `data/editorial/glossary.csv` (abbreviations of organisations and domain
//! words, explained in plain Swedish and English) and its companion
//! `data/editorial/glossary_exempt.csv` (capitalised tokens of the pages that are not terms,
//! each with its reason). Methods stay in the methods lexicon: a glossary alias that is a
//! method's alias is an error.

use crate::editorial::methods::Lexicon;
use crate::report::IngestError;
use catalog::glossary::Term;
use serde::Deserialize;

/// The glossary file under the data directory.
pub const GLOSSARY_FILE: &str = "editorial/glossary.csv";
/// The tokens that are not glossary terms, under the data directory.
pub const EXEMPT_FILE: &str = "editorial/glossary_exempt.csv";

/// The glossary's terms and the tokens the editor decided are not terms.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
    pub exempt: Vec<Exempt>,
}

/// A token of the pages that is neither a term nor a method, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exempt {
    pub token: String,
    pub reason: String,
}

#[derive(Deserialize)]
struct Row {
    id: String,
    term: String,
    aliases: String,
    name_sv: String,
    name_en: String,
    explanation_sv: String,
    explanation_en: String,
    reason: String,
}

#[derive(Deserialize)]
struct ExemptRow {
    token: String,
    reason: String,
}

impl Glossary {
    /// Reads the glossary (`glossary_csv` of `glossary_file`) and the exempt tokens
    /// (`exempt_csv` of `exempt_file`); `None` for a missing file gives an empty list. Every
    /// bad row is an error naming its file and line.
    pub fn new(
        glossary_file: &str,
        glossary_csv: Option<&str>,
        exempt_file: &str,
        exempt_csv: Option<&str>,
        lexicon: &Lexicon,
    ) -> Result<Glossary, Vec<IngestError>> {
        let mut glossary = Glossary::default();
        let mut errors = Vec::new();
        let method_of = |alias: &str| {
            lexicon
                .methods
                .iter()
                .find(|m| m.aliases.iter().any(|a| a == alias) || m.id == alias)
                .map(|m| m.id.clone())
        };
        if let Some(text) = glossary_csv {
            let (rows, bad) = crate::editorial::rows::rows::<Row>(glossary_file, text);
            errors.extend(bad);
            for (line, row) in rows {
                let mut error = |m: String| errors.push(IngestError::at(glossary_file, line, m));
                let id = row.id.trim().to_string();
                let aliases: Vec<String> = row
                    .aliases
                    .split('|')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_string)
                    .collect();
                let required = [
                    ("id", &row.id),
                    ("term", &row.term),
                    ("name_sv", &row.name_sv),
                    ("name_en", &row.name_en),
                    ("explanation_sv", &row.explanation_sv),
                    ("explanation_en", &row.explanation_en),
                    ("reason", &row.reason),
                ];
                if let Some((column, _)) = required.iter().find(|(_, v)| v.trim().is_empty()) {
                    error(format!("a row needs {column}"));
                    continue;
                }
                if aliases.is_empty() {
                    error("a row needs at least one alias".to_string());
                    continue;
                }
                if glossary.terms.iter().any(|t| t.id == id) {
                    error(format!("id {id:?} given twice"));
                    continue;
                }
                if let Some(m) = method_of(&id) {
                    error(format!("id {id:?} is a method of the lexicon ({m})"));
                    continue;
                }
                let taken = aliases.iter().find_map(|a| {
                    if let Some(m) = method_of(a) {
                        return Some(format!(
                            "alias {a:?} is explained by the methods lexicon ({m})"
                        ));
                    }
                    glossary
                        .terms
                        .iter()
                        .find(|t| t.aliases.contains(a))
                        .map(|t| format!("alias {a:?} is already a term's ({})", t.id))
                });
                if let Some(problem) = taken {
                    error(problem);
                    continue;
                }
                glossary.terms.push(Term {
                    id,
                    term: row.term.trim().to_string(),
                    aliases,
                    name_sv: row.name_sv.trim().to_string(),
                    name_en: row.name_en.trim().to_string(),
                    explanation_sv: row.explanation_sv.trim().to_string(),
                    explanation_en: row.explanation_en.trim().to_string(),
                });
            }
        }
        if let Some(text) = exempt_csv {
            let (rows, bad) = crate::editorial::rows::rows::<ExemptRow>(exempt_file, text);
            errors.extend(bad);
            for (line, row) in rows {
                let token = row.token.trim().to_string();
                let problem = if token.is_empty() || row.reason.trim().is_empty() {
                    Some("a row needs a token and a reason".to_string())
                } else if let Some(t) = glossary.terms.iter().find(|t| t.aliases.contains(&token)) {
                    Some(format!("{token:?} is a glossary term ({})", t.id))
                } else if let Some(m) = method_of(&token) {
                    Some(format!("{token:?} is a method of the lexicon ({m})"))
                } else if glossary.exempt.iter().any(|e| e.token == token) {
                    Some(format!("{token:?} given twice"))
                } else {
                    None
                };
                match problem {
                    Some(p) => errors.push(IngestError::at(exempt_file, line, p)),
                    None => glossary.exempt.push(Exempt {
                        token,
                        reason: row.reason.trim().to_string(),
                    }),
                }
            }
        }
        if errors.is_empty() {
            Ok(glossary)
        } else {
            Err(errors)
        }
    }

    /// Why `token` is not a term, if the editor said so.
    pub fn exempt_reason(&self, token: &str) -> Option<&str> {
        self.exempt
            .iter()
            .find(|e| e.token == token)
            .map(|e| e.reason.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id,term,aliases,name_sv,name_en,explanation_sv,explanation_en,reason\n";

    fn lexicon() -> Lexicon {
        let csv = "id,name,aliases,kind,interaction,doubtful,explanation_sv,explanation_en\nmim,MIM,MIM,assessment,yes,,sv,en\n";
        Lexicon::new("m.csv", Some(csv)).unwrap()
    }

    #[test]
    fn reads_terms_and_exempt_tokens() {
        let g =
            format!("{HEAD}bup,BUP,BUP,barn- och ungdomspsykiatri,child psychiatry,sv,en,pages\n");
        let e = "token,reason\nAB,company form in a name\n";
        let glossary = Glossary::new("g.csv", Some(&g), "e.csv", Some(e), &lexicon()).unwrap();
        assert_eq!(glossary.terms[0].aliases, ["BUP"]);
        assert_eq!(glossary.exempt_reason("AB"), Some("company form in a name"));
        assert_eq!(glossary.exempt_reason("BUP"), None);
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let g = format!(
            "{HEAD}bup,BUP,BUP,a,b,c,d,e\nbup2,BUP,BUP,a,b,c,d,e\nmim,MIM,MIM,a,b,c,d,e\nx,X,MIM,a,b,c,d,e\ny,Y,Y,a,b,c,,e\n"
        );
        let e = "token,reason\nBUP,x\nMIM,y\nZZ,\n";
        let errors: Vec<String> = Glossary::new("g.csv", Some(&g), "e.csv", Some(e), &lexicon())
            .unwrap_err()
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(
            errors,
            [
                "g.csv:3: error: alias \"BUP\" is already a term's (bup)",
                "g.csv:4: error: id \"mim\" is a method of the lexicon (mim)",
                "g.csv:5: error: alias \"MIM\" is explained by the methods lexicon (mim)",
                "g.csv:6: error: a row needs explanation_en",
                "e.csv:2: error: \"BUP\" is a glossary term (bup)",
                "e.csv:3: error: \"MIM\" is a method of the lexicon (mim)",
                "e.csv:4: error: a row needs a token and a reason",
            ]
        );
    }
}
