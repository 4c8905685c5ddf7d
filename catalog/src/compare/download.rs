//! Taking a table away: its CSV (UTF-8, a header row of English snake_case column names),
//! the variant "för Excel" built by the same code, a file name saying what and when, and a
//! "cite this" text.
//!
//! Numbers in the CSV are plain digits, no thousands separator: `0.71` with a full stop in
//! the plain CSV; in the Excel variant `0,71`, because Swedish Excel (and LibreOffice,
//! Numbers) reads a file with the Swedish list separator `;` and the Swedish decimal
//! separator `,`: "0.71" would stay text or turn into a date there. The comma is safe
//! inside a `;`-separated file. So the Excel variant differs in exactly three settings:
//! `;` between fields, `,` before decimals, and a UTF-8 byte-order mark (without it Excel
//! reads UTF-8 as Windows-1252 and "Örebro" turns into "Ã–rebro"). Lines end in "\n" in
//! both; fields are quoted where CSV needs it. A figure that is not stated is an empty
//! field, never 0.

use crate::compare::table::Table;
use crate::model::County;
use crate::route::Lang;

/// How a CSV file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvFormat {
    pub delimiter: u8,
    /// The character before a number's decimals.
    pub decimal: char,
    /// Begin with the UTF-8 byte-order mark (U+FEFF).
    pub byte_order_mark: bool,
}

impl CsvFormat {
    /// The plain CSV: `,`, `.`, no byte-order mark (what `export municipalities` writes).
    pub const PLAIN: CsvFormat = CsvFormat {
        delimiter: b',',
        decimal: '.',
        byte_order_mark: false,
    };

    /// "För Excel": `;`, `,`, and a byte-order mark.
    pub const EXCEL: CsvFormat = CsvFormat {
        delimiter: b';',
        decimal: ',',
        byte_order_mark: true,
    };
}

/// The table as CSV: the header row (`Column::csv`), then `rows` (indices into the table's
/// own order, e.g. from `sorted_rows`) in that order.
pub fn csv(table: &impl Table, rows: &[usize], format: CsvFormat, lang: Lang) -> String {
    let header = table.columns().iter().map(|c| c.csv.clone()).collect();
    let records = rows.iter().map(|&row| {
        (0..table.columns().len())
            .map(|col| table.value(row, col, lang).csv(format.decimal))
            .collect()
    });
    write_records(std::iter::once(header).chain(records), format)
}

/// Records (the header first) as CSV text in this format: the one writer of every table.
pub fn write_records(records: impl IntoIterator<Item = Vec<String>>, format: CsvFormat) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(format.delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for record in records {
        w.write_record(&record).expect("writing to memory");
    }
    let bytes = w.into_inner().expect("writing to memory");
    let text = String::from_utf8(bytes).expect("the fields are UTF-8");
    if format.byte_order_mark {
        format!("\u{feff}{text}")
    } else {
        text
    }
}

/// The name of a downloaded file: `samspelskartan-<what>-<date>.csv`, with `-excel` before
/// the extension for the Excel variant. `what` is the table's key, with the county filter
/// if there is one (`kommuner-18`); `date` is the day of the download, `YYYY-MM-DD`.
pub fn file_name(what: &str, date: &str, format: CsvFormat) -> String {
    let variant = if format == CsvFormat::EXCEL {
        "-excel"
    } else {
        ""
    };
    format!("samspelskartan-{what}-{date}{variant}.csv")
}

/// The mapping the county pages follow.
const MAPPING: &str = "Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018)";

/// A "cite this" text: the app and the table's title, the county pages the table draws on
/// with their dates, the URL of the view and the day it was seen.
///
/// "Samspelskartan: Län sida vid sida. Källor: länssidorna Stockholm (senast uppdaterad
/// 2018-10-13), Örebro (senast uppdaterad 2021-02-03) i katalogen som följde kartläggningen
/// Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018).
/// https://…/?sida=jamfor (hämtad 2026-11-26)."
pub fn cite<'a>(
    title: &str,
    counties: impl IntoIterator<Item = &'a County>,
    view_url: &str,
    date: &str,
    lang: Lang,
) -> String {
    let pages: Vec<String> = counties
        .into_iter()
        .map(|c| match (&c.updated, lang) {
            (Some(u), Lang::Sv) => format!("{} (senast uppdaterad {})", c.name, u.date),
            (Some(u), Lang::En) => format!("{} (last updated {})", c.name, u.date),
            (None, Lang::Sv) => format!("{} (datum saknas)", c.name),
            (None, Lang::En) => format!("{} (no date)", c.name),
        })
        .collect();
    let pages = pages.join(", ");
    match lang {
        Lang::Sv => format!(
            "Samspelskartan: {title}. Källor: länssidorna {pages} i katalogen som följde kartläggningen {MAPPING}. {view_url} (hämtad {date})."
        ),
        Lang::En => format!(
            "Samspelskartan: {title}. Sources: the county pages {pages} of the catalogue that followed the mapping {MAPPING}. {view_url} (retrieved {date})."
        ),
    }
}
