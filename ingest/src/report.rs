//! Diagnostics of the ingest: warnings (the page was understood, but something looks wrong)
//! and errors (the page cannot be turned into data), each naming the file and line.

use std::fmt;

/// What kind of doubt a warning reports: a stable, machine-readable id (`as_str`) that the
/// report prints and the editor's guide (`docs/editors-guide.md`) explains with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    // The page's structure.
    /// The count line's number disagrees with the names it lists.
    MunicipalityCountMismatch,
    /// The count line has an empty name between its separators.
    EmptyListItem,
    /// The count line names a municipality twice.
    RepeatedMunicipality,
    /// No "Senast uppdaterad" line.
    MissingDate,
    /// A second "Senast uppdaterad" line.
    RepeatedDate,
    /// A "Senast uppdaterad" line without a date or an editor.
    MalformedDate,
    /// A required section ("Andra möjligheter", "Prevention och promotion",
    /// "Familjecentraler") is absent.
    MissingSection,
    /// A heading the ingest does not know, or a paragraph before any part of a section.
    UnknownSection,
    /// The page says it has no units but has unit blocks.
    NoUnitsButBlocks,
    /// A second "no units" statement.
    RepeatedNoUnits,
    // Unit blocks.
    /// A unit block stops before its last field (`Kontakt`).
    TruncatedUnit,
    /// A label appears twice in one unit block.
    RepeatedLabel,
    /// A line of a unit block before any label.
    UnlabelledLine,
    /// Two fields of a unit hold the same long text.
    DuplicatedField,
    /// A unit block without a name.
    UnnamedUnit,
    /// Two units would get the same id.
    RepeatedUnitId,
    // The opening and the catchments.
    /// An item of the opening list has no unit block.
    ItemWithoutBlock,
    /// A unit block no item of the opening list names.
    BlockNotListed,
    /// An opening sentence refers to a unit that is not in the list, or to none it can
    /// identify.
    UnknownReference,
    /// A sentence or field about who a unit serves cannot be read with certainty.
    UnreadCatchment,
    /// A catchment counts municipalities it does not name.
    UnnamedMunicipalities,
    /// Nothing on the page says which municipalities a unit serves.
    MissingCatchment,
    /// An opening sentence gives a unit (or the units together) another catchment than
    /// the one resolved, or counts another number of units.
    CatchmentDisagreement,
    /// The page says a unit is in two different states (e.g. planned and ended).
    UnitStatusConflict,
    /// A total the page states disagrees with the active units' catchments.
    StatedTotalMismatch,
    // Editorial decisions.
    /// A decision names a unit block or municipality that is not there.
    BadDecision,
    /// A decision no page asks for.
    UnusedDecision,
    // The prose.
    /// A social-services statement the phrase table attaches to nobody.
    UnattributedStatement,
    /// A social-services statement from which no stance could be read.
    UnreadStance,
    /// A social-services statement that names no municipality of the county.
    StatementWithoutMunicipality,
    /// A municipality of another county named in the prose.
    OtherCountyMunicipality,
    /// Another county named as a whole.
    OtherCounty,
    /// A method spelled like a lexicon entry but not in the lexicon.
    DoubtfulMethod,
    /// A family centre with a link outside the Familjecentraler section.
    FamilyCentreOutsideSection,
    /// A family-centre line the ingest cannot read, or of another county.
    FamilyCentreUnread,
    /// The family-centre summary and the lines with links disagree.
    FamilyCentreMismatch,
    // Across pages.
    /// A page updated much earlier or later than the others.
    DateFarFromMedian,
}

impl WarningKind {
    /// Every kind, in the order above.
    pub const ALL: [WarningKind; 37] = [
        WarningKind::MunicipalityCountMismatch,
        WarningKind::EmptyListItem,
        WarningKind::RepeatedMunicipality,
        WarningKind::MissingDate,
        WarningKind::RepeatedDate,
        WarningKind::MalformedDate,
        WarningKind::MissingSection,
        WarningKind::UnknownSection,
        WarningKind::NoUnitsButBlocks,
        WarningKind::RepeatedNoUnits,
        WarningKind::TruncatedUnit,
        WarningKind::RepeatedLabel,
        WarningKind::UnlabelledLine,
        WarningKind::DuplicatedField,
        WarningKind::UnnamedUnit,
        WarningKind::RepeatedUnitId,
        WarningKind::ItemWithoutBlock,
        WarningKind::BlockNotListed,
        WarningKind::UnknownReference,
        WarningKind::UnreadCatchment,
        WarningKind::UnnamedMunicipalities,
        WarningKind::MissingCatchment,
        WarningKind::CatchmentDisagreement,
        WarningKind::UnitStatusConflict,
        WarningKind::StatedTotalMismatch,
        WarningKind::BadDecision,
        WarningKind::UnusedDecision,
        WarningKind::UnattributedStatement,
        WarningKind::UnreadStance,
        WarningKind::StatementWithoutMunicipality,
        WarningKind::OtherCountyMunicipality,
        WarningKind::OtherCounty,
        WarningKind::DoubtfulMethod,
        WarningKind::FamilyCentreOutsideSection,
        WarningKind::FamilyCentreUnread,
        WarningKind::FamilyCentreMismatch,
        WarningKind::DateFarFromMedian,
    ];

    /// The kind's id, as the report prints it and the corpus tests name it.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningKind::MunicipalityCountMismatch => "municipality_count_mismatch",
            WarningKind::EmptyListItem => "empty_list_item",
            WarningKind::RepeatedMunicipality => "repeated_municipality",
            WarningKind::MissingDate => "missing_date",
            WarningKind::RepeatedDate => "repeated_date",
            WarningKind::MalformedDate => "malformed_date",
            WarningKind::MissingSection => "missing_section",
            WarningKind::UnknownSection => "unknown_section",
            WarningKind::NoUnitsButBlocks => "no_units_but_blocks",
            WarningKind::RepeatedNoUnits => "repeated_no_units",
            WarningKind::TruncatedUnit => "truncated_unit",
            WarningKind::RepeatedLabel => "repeated_label",
            WarningKind::UnlabelledLine => "unlabelled_line",
            WarningKind::DuplicatedField => "duplicated_field",
            WarningKind::UnnamedUnit => "unnamed_unit",
            WarningKind::RepeatedUnitId => "repeated_unit_id",
            WarningKind::ItemWithoutBlock => "item_without_block",
            WarningKind::BlockNotListed => "block_not_listed",
            WarningKind::UnknownReference => "unknown_reference",
            WarningKind::UnreadCatchment => "unread_catchment",
            WarningKind::UnnamedMunicipalities => "unnamed_municipalities",
            WarningKind::MissingCatchment => "missing_catchment",
            WarningKind::CatchmentDisagreement => "catchment_disagreement",
            WarningKind::UnitStatusConflict => "unit_status_conflict",
            WarningKind::StatedTotalMismatch => "stated_total_mismatch",
            WarningKind::BadDecision => "bad_decision",
            WarningKind::UnusedDecision => "unused_decision",
            WarningKind::UnattributedStatement => "unattributed_statement",
            WarningKind::UnreadStance => "unread_stance",
            WarningKind::StatementWithoutMunicipality => "statement_without_municipality",
            WarningKind::OtherCountyMunicipality => "other_county_municipality",
            WarningKind::OtherCounty => "other_county",
            WarningKind::DoubtfulMethod => "doubtful_method",
            WarningKind::FamilyCentreOutsideSection => "family_centre_outside_section",
            WarningKind::FamilyCentreUnread => "family_centre_unread",
            WarningKind::FamilyCentreMismatch => "family_centre_mismatch",
            WarningKind::DateFarFromMedian => "date_far_from_median",
        }
    }

    /// The kind with this id.
    pub fn parse(id: &str) -> Option<WarningKind> {
        WarningKind::ALL.into_iter().find(|k| k.as_str() == id)
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something on a page that looks wrong but does not stop the ingest (unless `--strict`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    pub kind: WarningKind,
    pub message: String,
    /// The text the warning is about, as written on the page.
    pub quote: String,
}

impl Warning {
    pub fn new(
        file: &str,
        line: u32,
        kind: WarningKind,
        message: impl Into<String>,
        quote: &str,
    ) -> Warning {
        Warning {
            file: file.to_string(),
            line,
            kind,
            message: message.into(),
            quote: quote.to_string(),
        }
    }

    /// The same finding as an error, for `--strict`.
    pub fn into_error(self) -> IngestError {
        IngestError {
            file: self.file,
            line: Some(self.line),
            message: format!("{}: {:?} [{}]", self.message, self.quote, self.kind),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: warning: {}: {:?} [{}]",
            self.file, self.line, self.message, self.quote, self.kind
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
    pub fn warn(
        &mut self,
        file: &str,
        line: u32,
        kind: WarningKind,
        message: impl Into<String>,
        quote: &str,
    ) {
        self.warnings
            .push(Warning::new(file, line, kind, message, quote));
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
            WarningKind::MunicipalityCountMismatch,
            "count differs",
            "Tolv kommuner: A",
        );
        assert_eq!(
            w.to_string(),
            "data/counties/x.txt:3: warning: count differs: \"Tolv kommuner: A\" [municipality_count_mismatch]"
        );
        assert_eq!(
            w.into_error().to_string(),
            "data/counties/x.txt:3: error: count differs: \"Tolv kommuner: A\" [municipality_count_mismatch]"
        );
        assert_eq!(
            IngestError::file("a.geojson", "not JSON").to_string(),
            "a.geojson: error: not JSON"
        );
    }

    #[test]
    fn kinds_have_distinct_ids_that_parse_back() {
        let mut ids: Vec<&str> = WarningKind::ALL.iter().map(|k| k.as_str()).collect();
        for k in WarningKind::ALL {
            assert_eq!(WarningKind::parse(k.as_str()), Some(k));
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), WarningKind::ALL.len());
        assert_eq!(WarningKind::parse("no_such_kind"), None);
    }
}
