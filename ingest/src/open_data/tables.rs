//! The comparison tables as CSV files: built by the same functions as the comparison page's
//! downloads (`catalog::compare`), in each table's own order, in the plain format (`,`, `.`,
//! no byte-order mark) and with the words of the Swedish page — so each file is byte for
//! byte what that page's download gives. The units table has every unit picked, in the
//! data's order (counties by code, units in page order).

use super::OpenData;
use catalog::compare::{
    csv, sorted_rows, CountyTable, CsvFormat, Editorial, MethodsMatrix, MunicipalityTable, Table,
    UnitsTable,
};
use catalog::index::Lexicon;
use catalog::model::Dataset;
use catalog::open_data::{FieldDoc, FileKind};
use catalog::route::Lang;

/// The language of the words the app writes into a few cells (staff and cases, caveats).
pub const LANG: Lang = Lang::Sv;

fn table_file(kind: FileKind, table: &impl Table) -> OpenData {
    let rows = sorted_rows(table, None);
    OpenData {
        kind,
        contents: csv(table, &rows, CsvFormat::PLAIN, LANG),
        items: rows.len() as u32,
        services: 0,
        fields: FieldDoc::columns(table),
    }
}

/// The counties, municipalities, units and methods tables, in that order.
pub fn files(dataset: &Dataset) -> Vec<OpenData> {
    let counties = &dataset.counties;
    let lexicon = Lexicon::of(dataset);
    let mut out = vec![
        table_file(
            FileKind::CountiesCsv,
            &CountyTable::new(counties, Editorial::shipped()),
        ),
        table_file(
            FileKind::MunicipalitiesCsv,
            &MunicipalityTable::new(counties, None),
        ),
    ];
    let ids: Vec<String> = counties
        .iter()
        .flat_map(|c| c.units.iter().map(|u| u.id.clone()))
        .collect();
    let units = UnitsTable::new(counties, &ids, &lexicon, Editorial::shipped())
        .expect("every unit id is the data set's own");
    let order = units.sorted_units(None);
    let mut fields = vec![FieldDoc::new(
        "field",
        "Fältets etikett som sidan skriver den, eller en uppgift som datan läser ut",
        "The field's label as the page writes it, or a fact the data reads out",
    )];
    fields.extend(order.iter().map(|&i| {
        let u = &units.units[i];
        FieldDoc::new(&u.id, &u.name, &u.name)
    }));
    out.push(OpenData {
        kind: FileKind::UnitsCsv,
        contents: units.csv(&order, CsvFormat::PLAIN, LANG),
        items: units.rows.len() as u32,
        services: 0,
        fields,
    });
    out.push(table_file(
        FileKind::MethodsCsv,
        &MethodsMatrix::new(counties, &lexicon),
    ));
    out
}
