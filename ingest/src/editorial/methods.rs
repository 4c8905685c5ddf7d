//! The methods lexicon `data/editorial/methods.csv`: every method, instrument and
//! abbreviation the pages name, with plain explanations, and finding them in a text. A
//! token the editor marked as doubtful (e.g. "BOFF", perhaps a typo of "BOF") is reported,
//! never mapped.

use crate::report::IngestError;
use catalog::model::{Method, MethodKind};
use serde::Deserialize;

/// The lexicon file under the data directory.
pub const METHODS_FILE: &str = "editorial/methods.csv";

/// The lexicon and, per method, what the ingest needs beyond the exported fields.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub methods: Vec<Method>,
    /// Ids of the methods that work on the parent–child interaction itself, so that naming
    /// one counts as offering interaction treatment.
    pub interaction: Vec<String>,
    /// (token, id of the method it looks like): spellings not accepted as the method.
    pub doubtful: Vec<(String, String)>,
}

/// What a text names from the lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MethodsFound {
    /// Method ids in order of first mention, without repeats.
    pub ids: Vec<String>,
    /// Doubtful tokens found, with the id they resemble.
    pub doubtful: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Row {
    id: String,
    name: String,
    aliases: String,
    kind: String,
    interaction: String,
    doubtful: String,
    explanation_sv: String,
    explanation_en: String,
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    /// Reads the lexicon (`csv_text` of `file`; `None` gives an empty lexicon).
    pub fn new(file: &str, csv_text: Option<&str>) -> Result<Lexicon, Vec<IngestError>> {
        let mut lexicon = Lexicon::default();
        let Some(text) = csv_text else {
            return Ok(lexicon);
        };
        let (rows, mut errors) = crate::editorial::rows::rows::<Row>(file, text);
        for (line, row) in rows {
            let kind = match row.kind.trim() {
                "treatment" => MethodKind::Treatment,
                "assessment" => MethodKind::Assessment,
                "diagnostic" => MethodKind::Diagnostic,
                "prevention" => MethodKind::Prevention,
                other => {
                    errors.push(IngestError::at(
                        file,
                        line,
                        format!("unknown kind {other:?} (treatment, assessment, diagnostic or prevention)"),
                    ));
                    continue;
                }
            };
            let id = row.id.trim().to_string();
            if id.is_empty()
                || row.explanation_sv.trim().is_empty()
                || row.explanation_en.trim().is_empty()
            {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs an id and both explanations",
                ));
                continue;
            }
            if lexicon.methods.iter().any(|m| m.id == id) {
                errors.push(IngestError::at(
                    file,
                    line,
                    format!("id {id:?} given twice"),
                ));
                continue;
            }
            match row.interaction.trim() {
                "yes" => lexicon.interaction.push(id.clone()),
                "" | "no" => {}
                other => errors.push(IngestError::at(
                    file,
                    line,
                    format!("interaction must be yes or no, not {other:?}"),
                )),
            }
            for token in split_list(&row.doubtful) {
                lexicon.doubtful.push((token, id.clone()));
            }
            let aliases = split_list(&row.aliases);
            if aliases.is_empty() {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs at least one alias",
                ));
                continue;
            }
            lexicon.methods.push(Method {
                id,
                name: row.name.trim().to_string(),
                aliases,
                kind,
                explanation_sv: row.explanation_sv.trim().to_string(),
                explanation_en: row.explanation_en.trim().to_string(),
            });
        }
        if errors.is_empty() {
            Ok(lexicon)
        } else {
            Err(errors)
        }
    }

    /// The methods and doubtful tokens `text` names. An alias matches on word boundaries
    /// (letters and digits around it end the match; "BOF" is not in "BOFF"), exactly as
    /// written, except that an alias with lower-case letters may also start with the other
    /// case ("Trygghetscirkeln"/"trygghetscirkeln"). Abbreviations are thus case-sensitive.
    pub fn find(&self, text: &str) -> MethodsFound {
        let mut hits: Vec<(usize, usize, Hit)> = Vec::new();
        for m in &self.methods {
            for alias in &m.aliases {
                for (s, e) in alias_occurrences(text, alias) {
                    hits.push((s, e, Ok(&m.id)));
                }
            }
        }
        for (token, id) in &self.doubtful {
            for (s, e) in alias_occurrences(text, token) {
                hits.push((s, e, Err((token, id))));
            }
        }
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut found = MethodsFound::default();
        for (_, _, what) in crate::text::matching::non_overlapping(hits) {
            match what {
                Ok(id) if !found.ids.iter().any(|i| i == id) => found.ids.push(id.to_string()),
                Ok(_) => {}
                Err((t, id)) => found.doubtful.push((t.to_string(), id.to_string())),
            }
        }
        found
    }

    /// Whether the method works on the interaction itself.
    pub fn is_interaction(&self, id: &str) -> bool {
        self.interaction.iter().any(|i| i == id)
    }
}

/// What a match in `Lexicon::find` is: a method id, or a doubtful token and the id it
/// resembles.
type Hit<'a> = Result<&'a str, (&'a str, &'a str)>;

fn alias_occurrences(text: &str, alias: &str) -> Vec<(usize, usize)> {
    let mut out = exact(text, alias);
    if alias.chars().any(char::is_lowercase) {
        let mut chars = alias.chars();
        if let Some(first) = chars.next() {
            let flipped: String = if first.is_uppercase() {
                first.to_lowercase().chain(chars).collect()
            } else {
                first.to_uppercase().chain(chars).collect()
            };
            if flipped != alias {
                out.extend(exact(text, &flipped));
            }
        }
    }
    out
}

fn exact(text: &str, alias: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if alias.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(pos) = text[from..].find(alias) {
        let s = from + pos;
        let e = s + alias.len();
        from = s + alias.chars().next().map_or(1, char::len_utf8);
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        {
            out.push((s, e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "id,name,aliases,kind,interaction,doubtful,explanation_sv,explanation_en
marte-meo,Marte Meo,Marte Meo|Marte meo,treatment,yes,,sv,en
bof,BOF,BOF,treatment,yes,BOFF,sv,en
mim,MIM,MIM,assessment,yes,,sv,en
theraplay,Theraplay,Theraplay,treatment,yes,,sv,en
cos-p,COS-P,COS-P|Trygghetscirkeln,treatment,yes,,sv,en
";

    #[test]
    fn finds_aliases_on_word_boundaries() {
        let l = Lexicon::new("m.csv", Some(CSV)).unwrap();
        let f = l.find("Marte meo-inspirerad, MIM/Theraplay, trygghetscirkeln och BOFF. BOF.");
        assert_eq!(f.ids, ["marte-meo", "mim", "theraplay", "cos-p", "bof"]);
        assert_eq!(f.doubtful, [("BOFF".to_string(), "bof".to_string())]);
        assert!(l.find("mimik, Bof, MIMER").ids.is_empty());
    }

    #[test]
    fn bad_rows_are_errors() {
        let bad = "id,name,aliases,kind,interaction,doubtful,explanation_sv,explanation_en\nx,X,X,magic,,,a,b\n";
        let e = Lexicon::new("m.csv", Some(bad)).unwrap_err();
        assert!(
            e[0].to_string().starts_with("m.csv:2: error: unknown kind"),
            "{}",
            e[0]
        );
    }
}
