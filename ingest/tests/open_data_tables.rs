//! The open data's CSV files and manifest: the headers, the same bytes as the comparison
//! page's downloads (the same functions, plain format, own order) and as `export
//! municipalities`, facts followed from the county pages, the manifest's sizes and fields,
//! and the committed files under `public/data/open/` up to date.

mod common;

use catalog::compare::{
    csv, CountyTable, CsvFormat, Editorial, MethodsMatrix, MunicipalityTable, UnitsTable,
};
use catalog::index::Lexicon;
use catalog::open_data::{FileKind, Manifest};
use catalog::route::Lang;
use common::*;

fn header(name: &str) -> Vec<String> {
    let text = open_file(name);
    let line = text.lines().next().unwrap();
    line.split(',').map(str::to_string).collect()
}

/// The rows of a CSV file, header first.
fn records(name: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(open_file(name).as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn headers() {
    assert_eq!(
        header("kommuner.csv"),
        catalog::export::MUNICIPALITIES_HEADER
    );
    let lan = header("lan.csv");
    assert_eq!(
        lan[..4],
        ["county_code", "county", "children_0_5", "municipalities"]
    );
    assert!(lan.contains(&"access".to_string()));
    assert!(lan.contains(&"social_services_offers".to_string()));
    assert_eq!(lan.last().unwrap(), "cases_per_year_as_stated");
    let units = header("enheter.csv");
    assert_eq!(units[0], "field");
    assert_eq!(units.len(), 1 + 6, "one column per unit of the data set");
    assert!(units.contains(&"18-gryningen-karlskoga".to_string()));
    let methods = header("metoder.csv");
    assert_eq!(
        methods[..5],
        ["method_id", "method", "kind", "units", "municipalities"]
    );
    assert_eq!(
        methods[5..],
        [
            "units_01",
            "municipalities_01",
            "units_05",
            "municipalities_05",
            "units_06",
            "municipalities_06",
            "units_18",
            "municipalities_18",
            "units_22",
            "municipalities_22"
        ]
    );
}

#[test]
fn the_same_bytes_as_the_comparison_pages_downloads() {
    let (build, _) = open_data();
    let counties = &build.dataset.counties;
    let lexicon = Lexicon::of(&build.dataset);
    let all = |n: usize| (0..n).collect::<Vec<_>>();
    let county_table = CountyTable::new(counties, Editorial::shipped());
    assert_eq!(
        open_file("lan.csv"),
        csv(
            &county_table,
            &all(counties.len()),
            CsvFormat::PLAIN,
            Lang::Sv
        )
    );
    let municipalities = MunicipalityTable::new(counties, None);
    assert_eq!(
        open_file("kommuner.csv"),
        csv(&municipalities, &all(71), CsvFormat::PLAIN, Lang::Sv)
    );
    assert_eq!(
        open_file("kommuner.csv"),
        catalog::export::municipalities_csv(&build.dataset)
    );
    let matrix = MethodsMatrix::new(counties, &lexicon);
    assert_eq!(
        open_file("metoder.csv"),
        csv(&matrix, &all(matrix.rows.len()), CsvFormat::PLAIN, Lang::Sv)
    );
    let ids: Vec<String> = counties
        .iter()
        .flat_map(|c| c.units.iter().map(|u| u.id.clone()))
        .collect();
    let units = UnitsTable::new(counties, &ids, &lexicon, Editorial::shipped()).unwrap();
    assert_eq!(
        open_file("enheter.csv"),
        units.csv(&all(ids.len()), CsvFormat::PLAIN, Lang::Sv)
    );
    for name in ["lan.csv", "kommuner.csv", "enheter.csv", "metoder.csv"] {
        let text = open_file(name);
        assert!(
            !text.starts_with('\u{feff}') && !text.contains('\r'),
            "{name}"
        );
    }
}

#[test]
fn facts_followed_from_the_county_pages() {
    // Gryningen's catchment: "Karlskoga, Degerfors, Laxå kommuner."
    let units = records("enheter.csv");
    let col = units[0]
        .iter()
        .position(|h| h == "18-gryningen-karlskoga")
        .unwrap();
    let row = |label: &str| {
        units
            .iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("no row {label}"))[col]
            .clone()
    };
    assert_eq!(
        row("Upptagningsområde"),
        "Karlskoga, Degerfors, Laxå kommuner."
    );
    assert_eq!(row("catchment_municipalities"), "1860;1862;1883");
    assert_eq!(row("self_referral"), "yes");
    // Kumla's stance: "Kumla har Marte Meo och har börjat med PYC".
    let kumla = records("kommuner.csv")
        .into_iter()
        .find(|r| r[1] == "1881")
        .unwrap();
    assert_eq!(
        kumla,
        [
            "18",
            "1881",
            "Kumla",
            "no",
            "",
            "offers",
            "marte-meo;pyc",
            "1"
        ]
    );
    let karlskoga = records("kommuner.csv")
        .into_iter()
        .find(|r| r[1] == "1883")
        .unwrap();
    assert_eq!(karlskoga[4], "18-gryningen-karlskoga");
    // Örebro in the counties table: one unit, three municipalities with a team.
    let lan = records("lan.csv");
    let orebro = lan.iter().find(|r| r[0] == "18").unwrap();
    let at = |h: &str| lan[0].iter().position(|x| x == h).unwrap();
    assert_eq!(orebro[at("units")], "1");
    assert_eq!(orebro[at("municipalities_with_team")], "3");
    assert_eq!(orebro[at("access")], "partial");
    // Marte Meo in Örebro: Gryningen uses it, and Kumla is among the municipalities naming it.
    let methods = records("metoder.csv");
    let marte_meo = methods.iter().find(|r| r[0] == "marte-meo").unwrap();
    let at = |h: &str| methods[0].iter().position(|x| x == h).unwrap();
    assert_eq!(marte_meo[at("units_18")], "18-gryningen-karlskoga");
    assert!(marte_meo[at("municipalities_18")]
        .split(';')
        .any(|c| c == "1881"));
}

#[test]
fn the_manifest_describes_every_file() {
    let manifest = Manifest::parse(open_file("manifest.json")).unwrap();
    assert_eq!(
        manifest.files.iter().map(|f| f.kind).collect::<Vec<_>>(),
        FileKind::ALL
    );
    for f in &manifest.files {
        let name = f.kind.file_name();
        assert_eq!(f.bytes, open_file(name).len() as u64, "{name}");
        assert_eq!(f.path, format!("data/open/{name}"));
        assert_eq!(f.download, format!("samspelskartan-{name}"));
    }
    let m = |k| manifest.file(k).unwrap();
    assert_eq!(m(FileKind::MunicipalitiesGeojson).items, 290);
    assert_eq!(m(FileKind::CountiesGeojson).items, 21);
    assert_eq!(m(FileKind::MunicipalitiesCsv).items, 71);
    assert_eq!(m(FileKind::CountiesCsv).items, 5);
    assert!(m(FileKind::Hsds).services > 0);
    // The licence names the project's own (MIT, as Cargo.toml and LICENSE say) apart from
    // the pages' text and the boundaries.
    assert_eq!(manifest.licence.spdx, "MIT");
    let licence_file = std::fs::read_to_string(repo_root().join("LICENSE")).unwrap();
    assert!(licence_file.starts_with("MIT License"));
    for text in [&manifest.licence.sv, &manifest.licence.en] {
        assert!(text.contains("LICENSE") && text.contains("data/geo/PROVENANCE.md"));
    }
    assert!(manifest.mapping.ends_with("en kartläggning (2018)"));
    // A CSV file's fields are its header, with labels in both languages.
    for kind in [
        FileKind::CountiesCsv,
        FileKind::MunicipalitiesCsv,
        FileKind::UnitsCsv,
        FileKind::MethodsCsv,
    ] {
        let f = m(kind);
        let names: Vec<&str> = f.fields.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, header(kind.file_name()), "{kind:?}");
        assert!(f
            .fields
            .iter()
            .all(|d| !d.sv.is_empty() && !d.en.is_empty()));
    }
    assert_eq!(
        manifest
            .sources
            .iter()
            .map(|s| (s.code.as_str(), s.updated.as_deref()))
            .collect::<Vec<_>>(),
        [
            ("01", Some("2018-10-13")),
            ("05", Some("2018-10-13")),
            ("06", Some("2018-10-12")),
            ("18", Some("2021-02-03")),
            ("22", Some("2018-10-13"))
        ]
    );
}

#[test]
fn committed_open_data_is_up_to_date_and_reproducible() {
    let (build, files) = open_data();
    let again = ingest::open_data::site_files(build, &data_dir(), "data").unwrap();
    assert_eq!(&again, files, "the same input gives the same bytes");
    let site = repo_root().join(ingest::SITE_DATA_DIR);
    for f in files {
        let committed = std::fs::read_to_string(site.join(&f.path)).unwrap_or_default();
        assert!(
            committed == f.contents,
            "public/data/{} is stale: run `cargo run -p ingest`",
            f.path
        );
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(site.join(ingest::open_data::OPEN_DIR))
        .unwrap()
        .map(|e| format!("open/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    on_disk.sort();
    let written: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    assert_eq!(on_disk, written, "no stray file in public/data/open");
    assert!(ingest::GENERATED_DIRS.contains(&ingest::open_data::OPEN_DIR));
}

#[test]
fn no_first_load_asks_for_them() {
    // The app's first views load index.json and the files preload.js names; neither
    // mentions the open folder, nor does index.html.
    let root = repo_root();
    for file in [
        "index.html",
        "public/data/preload.js",
        "public/data/index.json",
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(!text.contains("open/"), "{file} mentions the open data");
    }
}
