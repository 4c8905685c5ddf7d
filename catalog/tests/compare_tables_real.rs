//! The methods matrix, the municipalities table and units side by side on the committed
//! data set, against what the county pages (data/counties/*.txt) say: MIM and COS-P by
//! county, the municipalities CSV byte for byte the data tool's export, Hagadal and
//! Gryningen field by field; the editor's rows and the URL state checked against the data.

use catalog::compare::*;
use catalog::index::Lexicon;
use catalog::route::Lang;
use catalog::{Dataset, Stance};

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

fn county_table(ds: &Dataset) -> CountyTable {
    CountyTable::new(&ds.counties, Editorial::shipped())
}

#[test]
fn editorial_rows_still_match_the_pages() {
    let ds = dataset();
    for note in &Editorial::shipped().notes {
        let unit = ds
            .counties
            .iter()
            .flat_map(|c| &c.units)
            .find(|u| u.id == note.unit_id)
            .unwrap_or_else(|| panic!("unit_figures.csv:{}: no unit {}", note.line, note.unit_id));
        let field = unit.field(&note.label).unwrap_or_else(|| {
            panic!(
                "unit_figures.csv:{}: {} has no {:?}",
                note.line, note.unit_id, note.label
            )
        });
        assert!(
            field.value.contains(&note.quote),
            "unit_figures.csv:{}: {:?} no longer stands in {}'s {}",
            note.line,
            note.quote,
            note.unit_id,
            note.label
        );
    }
}

#[test]
fn methods_matrix_for_mim_and_cos_p() {
    let ds = dataset();
    let lexicon = Lexicon::of(&ds);
    let m = MethodsMatrix::new(&ds.counties, &lexicon);
    let units = |method: &str, county: &str| -> Vec<String> {
        m.cell(method, county)
            .unwrap()
            .units
            .iter()
            .map(|u| u.id.clone())
            .collect()
    };
    let munis = |method: &str, county: &str| -> Vec<String> {
        m.cell(method, county)
            .unwrap()
            .municipalities
            .iter()
            .map(|u| u.name.clone())
            .collect()
    };
    assert_eq!(units("mim", "01"), ["01-bup-stockholm"]);
    assert_eq!(units("mim", "18"), ["18-gryningen-karlskoga"]);
    for c in ["05", "06", "22"] {
        assert!(m.cell("mim", c).unwrap().is_empty(), "{c}");
    }
    // Hägersten-Liljeholmen only intends to try MIM (planned): no municipality names it.
    assert_eq!(m.row("mim").unwrap().municipality_count(), 0);
    assert_eq!(m.row("mim").unwrap().unit_count(), 2);

    assert_eq!(units("cos-p", "01"), ["01-bup-stockholm"]);
    assert_eq!(
        units("cos-p", "05"),
        [
            "05-foraldrar-spadbarn-hagadal-linkoping",
            "05-spadbarnsverksamheten-norrkoping"
        ]
    );
    assert_eq!(units("cos-p", "18"), ["18-gryningen-karlskoga"]);
    assert!(units("cos-p", "06").is_empty() && units("cos-p", "22").is_empty());
    assert_eq!(munis("cos-p", "01"), ["Stockholm", "Täby", "Värmdö"]);
    assert!(munis("cos-p", "05").is_empty());
    assert_eq!(
        munis("cos-p", "06"),
        ["Aneby", "Eksjö", "Jönköping", "Nässjö", "Värnamo"]
    );
    assert_eq!(munis("cos-p", "18"), ["Hallsberg", "Lindesberg"]);
    assert!(munis("cos-p", "22").is_empty());
    let cos = m.row("cos-p").unwrap();
    assert_eq!((cos.unit_count(), cos.municipality_count()), (4, 10));

    // Sorted by Örebro's municipalities, Marte Meo (7 of Örebro's 12) comes first.
    let order = sorted_rows(
        &m,
        Some(&Sort {
            column: "kommuner-18".into(),
            order: Order::Descending,
        }),
    );
    assert_eq!(m.rows[order[0]].id, "marte-meo");
    // Every row lists something; methods nobody names are left out.
    assert!(m.rows.iter().all(|r| r.cells.iter().any(|c| !c.is_empty())));
    assert!(
        m.row("abc").is_none(),
        "ABC is named only in prevention examples"
    );
}

#[test]
fn hagadal_and_gryningen_field_by_field() {
    let ds = dataset();
    let lexicon = Lexicon::of(&ds);
    let ids = [
        "05-foraldrar-spadbarn-hagadal-linkoping".to_string(),
        "18-gryningen-karlskoga".to_string(),
    ];
    let t = UnitsTable::new(&ds.counties, &ids, &lexicon, Editorial::shipped()).unwrap();
    let labels: Vec<&str> = t
        .rows
        .iter()
        .filter_map(|r| match &r.label {
            RowLabel::Field(l) => Some(l.as_str()),
            RowLabel::Fact(_) => None,
        })
        .collect();
    assert_eq!(
        labels,
        [
            "Namn",
            "Åldrar",
            "Huvudnamn",
            "Ärendetyp",
            "Upptagningsområde",
            "Remissväg",
            "Insatsens omfattning/intensitet",
            "Antal ärenden per år",
            "Ärendefördelning/ålder",
            "Ärendelängd",
            "Personal",
            "Bedömningsmetoder",
            "DC:0–3R/DC:0–5",
            "Behandlingsmetoder",
            "Gruppverksamhet",
            "Tillgång till barnpsykologisk bedömning",
            "Tillgång till barnpsykiatrisk bedömning",
            "Kontakt"
        ]
    );
    let text = |key: &str, unit: usize| match &t.row(key).unwrap().cells[unit] {
        UnitCell::Field { text, source } => (text.clone(), source.first_line),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        text("namn", 0),
        ("Föräldrar-spädbarn Hagadal, Linköping".to_string(), 10)
    );
    assert_eq!(text("namn", 1), ("Gryningen, Karlskoga".to_string(), 9));
    assert_eq!(text("aldrar", 0).0, "Graviditet. 0 – ca ett år");
    assert_eq!(text("aldrar", 1).0, "Gravida och barn 0–6 år");
    assert_eq!(
        text("upptagningsomrade", 1),
        ("Karlskoga, Degerfors, Laxå kommuner.".to_string(), 13)
    );
    assert_eq!(text("dc-0-3r-dc-0-5", 0).0, "Nej");
    assert_eq!(text("dc-0-3r-dc-0-5", 1).0, "Ja, DC:0–3R");
    assert_eq!(
        text("antal-arenden-per-ar", 1),
        (
            "2017: 96 ärenden. Det ligger ofta runt 95–100/år.".to_string(),
            16
        )
    );
    assert!(text("personal", 1).0.starts_with("Sex heltidstjänster;"));

    let fact = |key: &str| t.row(key).unwrap().cells.clone();
    assert_eq!(
        fact("soka-sjalv"),
        [UnitCell::SelfReferral(true), UnitCell::SelfReferral(true)]
    );
    match &fact("kommuner")[..] {
        [UnitCell::Municipalities { named: a, .. }, UnitCell::Municipalities {
            named: b,
            unnamed: 0,
        }] => {
            assert_eq!(a.len(), 13);
            let b: Vec<&str> = b.iter().map(|m| m.name.as_str()).collect();
            assert_eq!(b, ["Laxå", "Degerfors", "Karlskoga"]);
        }
        other => panic!("{other:?}"),
    }
    match &fact("personal-raknar")[..] {
        [UnitCell::Counts(a), UnitCell::Counts(b)] => {
            assert_eq!((a.counts, b.counts), (Counts::Employees, Counts::Posts))
        }
        other => panic!("{other:?}"),
    }
    match &fact("arenden-raknar")[..] {
        [UnitCell::Counts(a), UnitCell::Counts(b)] => {
            assert_eq!((a.counts, b.counts), (Counts::Referrals, Counts::Cases))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        fact("telefon")[0],
        UnitCell::Texts(vec!["010-1034745".into()])
    );
    assert_eq!(fact("telefon")[1], UnitCell::NotStated);
    match &fact("metoder")[1] {
        UnitCell::Methods(ms) => assert!(ms.iter().any(|m| m.id == "mim")),
        other => panic!("{other:?}"),
    }

    // The units sorted by their county's name: Örebro after Östergötland? No: Ö-r < Ö-s.
    let by_county = t.sorted_units(Some(&Sort {
        column: "lan".into(),
        order: Order::Ascending,
    }));
    assert_eq!(by_county, [1, 0]);
    assert_eq!(t.sorted_units(None), [0, 1]);

    // CSV: one line per row, the header names the units in the order shown.
    let csv = t.csv(&[1, 0], CsvFormat::PLAIN, Lang::Sv);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("field,18-gryningen-karlskoga,05-foraldrar-spadbarn-hagadal-linkoping")
    );
    assert_eq!(
        lines.next(),
        Some("Namn,\"Gryningen, Karlskoga\",\"Föräldrar-spädbarn Hagadal, Linköping\"")
    );
    assert!(csv.contains("\nself_referral,yes,yes\n"), "{csv}");
    assert!(csv.contains("\ncases_counts,cases,referrals\n"), "{csv}");

    let unknown = UnitsTable::new(
        &ds.counties,
        &["18-nowhere".to_string()],
        &lexicon,
        Editorial::shipped(),
    );
    assert_eq!(unknown, Err(UnknownUnits(vec!["18-nowhere".into()])));
}

#[test]
fn municipalities_csv_is_the_export_byte_for_byte() {
    let ds = dataset();
    let t = MunicipalityTable::new(&ds.counties, None);
    assert_eq!(t.rows.len(), 26 + 13 + 13 + 12 + 7);
    let rows: Vec<usize> = (0..t.rows.len()).collect();
    let download = csv(&t, &rows, CsvFormat::PLAIN, Lang::En);
    assert_eq!(download, catalog::export::municipalities_csv(&ds));
    assert!(download.starts_with(
        "county_code,municipality_code,municipality,team_coverage,covering_units,social_services,social_services_methods,family_centres\n\
         01,0114,Upplands Väsby,yes,01-spadbarnsverksamheten-tittut-stockholm;01-bup-stockholm,offers,marte-meo;www,1\n"
    ));
    assert!(download.contains("\n18,1860,Laxå,yes,18-gryningen-karlskoga,offers,marte-meo,1\n"));
    assert!(download.contains("\n22,2283,Sollefteå,no,,none,,0\n"));

    // Filtered to Örebro, sorted by family centres, largest first: Örebro's 7 first.
    let orebro = MunicipalityTable::new(&ds.counties, Some("18"));
    assert_eq!(orebro.rows.len(), 12);
    let order = sorted_rows(
        &orebro,
        Some(&Sort {
            column: "familjecentraler".into(),
            order: Order::Descending,
        }),
    );
    assert_eq!(orebro.rows[order[0]].name, "Örebro");
    let excel = csv(&orebro, &order, CsvFormat::EXCEL, Lang::Sv);
    assert!(excel.starts_with("\u{feff}county_code;municipality_code;municipality;team_coverage;covering_units;social_services;social_services_methods;family_centres\n18;1880;Örebro;no;;offers;marte-meo;7\n"));
    // The stance column sorts offers first.
    let by_stance = sorted_rows(
        &orebro,
        Some(&Sort {
            column: "socialtjanst".into(),
            order: Order::Descending,
        }),
    );
    assert_eq!(orebro.rows[by_stance[0]].stance, Stance::Offers);
    assert_eq!(orebro.rows[*by_stance.last().unwrap()].name, "Askersund");
}

#[test]
fn methods_csv_lists_the_items_behind_each_cell() {
    let ds = dataset();
    let m = MethodsMatrix::new(&ds.counties, &Lexicon::of(&ds));
    let rows: Vec<usize> = (0..m.rows.len()).collect();
    let out = csv(&m, &rows, CsvFormat::PLAIN, Lang::Sv);
    assert_eq!(
        out.lines().next().unwrap(),
        "method_id,method,kind,units,municipalities,units_01,municipalities_01,units_05,municipalities_05,\
         units_06,municipalities_06,units_18,municipalities_18,units_22,municipalities_22"
    );
    assert!(out.contains(
        "\nmim,MIM (Marschak Interaction Method),assessment,2,0,01-bup-stockholm,,,,,,18-gryningen-karlskoga,,,\n"
    ), "{out}");
    assert!(out.contains(
        "\ncos-p,COS-P – Trygghetscirkeln (Circle of Security Parenting),treatment,4,10,01-bup-stockholm,0180;0160;0120,\
         05-foraldrar-spadbarn-hagadal-linkoping;05-spadbarnsverksamheten-norrkoping,,,0604;0686;0680;0682;0683,\
         18-gryningen-karlskoga,1861;1885,,\n"
    ), "{out}");
}

#[test]
fn the_query_checks_against_the_data() {
    let ds = dataset();
    let t = county_table(&ds);
    let q = CompareQuery::from_pairs([("sort", "barn"), ("ordning", "fallande")]).unwrap();
    let codes: Vec<&str> = ds.counties.iter().map(|c| c.code.as_str()).collect();
    let ids: Vec<&str> = ds
        .counties
        .iter()
        .flat_map(|c| &c.units)
        .map(|u| u.id.as_str())
        .collect();
    let keys = || t.columns().iter().map(|c| c.key.as_str());
    assert_eq!(q.check(keys(), &codes, &ids), Ok(()));
    let first = sorted_rows(&t, q.sort.as_ref())[0];
    assert_eq!(t.rows[first].name, "Stockholm");
    let unknown = CompareQuery::from_pairs([("sort", "kakor")]).unwrap();
    assert!(unknown.check(keys(), &codes, &ids).is_err());
    // Every column key of every table is a valid `sort` value.
    let m = MethodsMatrix::new(&ds.counties, &Lexicon::of(&ds));
    let mt = MunicipalityTable::new(&ds.counties, None);
    for key in t
        .columns()
        .iter()
        .chain(m.columns())
        .chain(mt.columns())
        .map(|c| &c.key)
    {
        assert!(
            CompareQuery::from_pairs([("sort", key.as_str())]).is_ok(),
            "{key}"
        );
    }
}
