//! The comparison tables for staff and planners: counties side by side, the methods matrix,
//! every municipality, units side by side; sorting, the URL state, CSV downloads (plain and
//! "för Excel"), a citation text and a bar chart's data. Everything is computed here from the
//! county files and the lexicon the app has loaded (`&[County]`, `&Lexicon`), so it is tested
//! natively against figures worked out by hand from the pages; the views only render.
//!
//! # Contract
//! - Build a table: `CountyTable::new(&counties, Editorial::shipped())`,
//!   `MethodsMatrix::new(&counties, &lexicon)`, `MunicipalityTable::new(&counties,
//!   query.county.as_deref())`, `UnitsTable::new(&counties, &query.units, &lexicon,
//!   Editorial::shipped())`. Counties in the order given (the index's code order);
//!   municipalities in code order.
//! - Each table implements `Table`: `columns()` (URL key, CSV header, label in Swedish and
//!   English, numeric or not, the first click's direction) and typed `rows` for the view.
//!   `sorted_rows(&table, query.sort.as_ref())` gives the order to show (numbers
//!   numerically, text in Swedish order, "not stated" last both ways, ties in the table's
//!   order); `next_sort` is what a header click makes of the sort; `Order::aria` its
//!   `aria-sort`. The units table sorts its units: `UnitsTable::sorted_units`.
//! - Every figure is a `Figure`: `value` (`None`: "uppgift saknas" / "not stated", never
//!   0), `show(lang)` in the language's number format, `explain(lang)` the footnote
//!   (numerator, denominator, source lines). Staff and cases are `StatedFigure`s: verbatim,
//!   with what they count (`Counts`) and the editor's caveat, never summed or divided.
//! - Downloads: `csv(&table, &order, CsvFormat::PLAIN | CsvFormat::EXCEL, lang)` (the units
//!   table: `UnitsTable::csv`), `CompareQuery::file_name(date, format)`, `cite(title,
//!   counties, url, date, lang)`. The municipalities table's plain CSV, unfiltered and in
//!   its own order, is byte for byte `export::municipalities_csv`.
//! - URL: `CompareQuery::from_pairs` / `to_pairs` (Swedish parameters, see `query`), then
//!   `CompareQuery::check` against the data.
//! - Chart: `Chart::new(&county_table, figure)` for each of `ChartFigure::ALL`.

pub mod chart;
pub mod counties;
pub mod county_table;
pub mod download;
pub mod editorial;
pub mod figures;
pub mod labels;
pub mod methods;
pub mod municipalities;
pub mod query;
pub mod stated;
pub mod table;
pub mod unit_cells;
pub mod units;

pub use chart::{Bar, Chart, ChartFigure, Tick};
pub use counties::{CountyRow, MunicipalityRef, StanceCount, StatedTotal, UnitRef};
pub use county_table::{CountyColumn, CountyTable};
pub use download::{cite, csv, file_name, CsvFormat};
pub use editorial::{Editorial, EditorialError, FigureNote, Scope};
pub use figures::{Figure, FigureUnit, Quantity, SourceRef, Term};
pub use methods::{CountyHead, MethodCell, MethodColumn, MethodRow, MethodsMatrix};
pub use municipalities::{MunicipalityColumn, MunicipalityRow, MunicipalityTable};
pub use query::{CompareQuery, TableKind};
pub use stated::{classify, Classification, Counts, StatedFigure, CASES_LABEL, STAFF_LABEL};
pub use table::{next_sort, sorted_rows, Column, Order, Sort, SortKey, Table, Value};
pub use unit_cells::{Fact, MethodRef, RowLabel, UnitCell};
pub use units::{UnitHead, UnitRow, UnitsTable, UnknownUnits};
