//! The comparison tables on a damaged page: Örebro's page with its family centres and its
//! "Andra möjligheter" part missing, no date line, Gryningen only being built and without
//! its "Personal" field. What the page does not give is "not stated", never 0, and sorts
//! last; a unit that is not running is listed, not counted.

use catalog::compare::*;
use catalog::index::Lexicon;
use catalog::route::Lang;
use catalog::{County, Coverage, Dataset, OfferStatus, PageProblem, ProblemKind};

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

/// The data set with Örebro damaged as above.
fn damaged() -> Dataset {
    let mut ds = dataset();
    let orebro: &mut County = ds.counties.iter_mut().find(|c| c.code == "18").unwrap();
    for (line, section) in [(50, "Familjecentraler"), (30, "Andra möjligheter")] {
        orebro.problems.push(PageProblem {
            kind: ProblemKind::MissingSection,
            line,
            detail: section.to_string(),
        });
    }
    orebro.updated = None;
    let gryningen = &mut orebro.units[0];
    gryningen.status = OfferStatus::UnderConstruction;
    gryningen.fields.retain(|f| f.label != "Personal");
    // What the ingest makes of a unit that is not running: no coverage.
    for m in &mut orebro.municipalities {
        m.covering_units.clear();
    }
    orebro.coverage = Coverage::None;
    ds
}

#[test]
fn missing_figures_are_not_stated_and_sort_last() {
    let ds = damaged();
    let t = CountyTable::new(&ds.counties, Editorial::shipped());
    let r = t.row("18").unwrap();
    assert!(r.incomplete);
    assert_eq!(r.family_centres.value, None);
    assert_eq!(r.family_centres.show(Lang::Sv), "uppgift saknas");
    assert_eq!(r.family_centres_per_1000.value, None);
    assert_eq!(r.family_centres_per_1000.show(Lang::En), "not stated");
    assert!(r.stances.iter().all(|s| s.figure.value.is_none()));
    assert_eq!(r.updated, None);
    assert_eq!(r.units.value.unwrap().units, 0);
    assert_eq!(r.with_team.value.unwrap().units, 0);
    assert_eq!(
        r.inactive_units
            .iter()
            .map(|u| (u.id.as_str(), u.status))
            .collect::<Vec<_>>(),
        [("18-gryningen-karlskoga", OfferStatus::UnderConstruction)]
    );
    // Staff and cases are those of running units only.
    assert!(r.staff.is_empty() && r.cases.is_empty());

    for column in [
        "familjecentraler-per-1000",
        "familjecentraler",
        "datum",
        "socialtjanst-erbjuder",
    ] {
        for order in [Order::Ascending, Order::Descending] {
            let rows = sorted_rows(
                &t,
                Some(&Sort {
                    column: column.into(),
                    order,
                }),
            );
            assert_eq!(
                t.rows[*rows.last().unwrap()].code,
                "18",
                "{column} {order:?}"
            );
        }
    }
    let rows: Vec<usize> = (0..t.rows.len()).collect();
    let out = csv(&t, &rows, CsvFormat::PLAIN, Lang::Sv);
    assert!(
        out.contains("\n18,Örebro,20920,12,0,1,0,0,0,3,none,0.00,,,,,,,,,,,,,\n"),
        "{out}"
    );

    let chart = Chart::new(&t, ChartFigure::FamilyCentresPer1000);
    let bar = chart.bars.iter().find(|b| b.county_code == "18").unwrap();
    assert_eq!(bar.length, 0.0);
    assert!(chart
        .description(Lang::Sv)
        .contains("Örebro uppgift saknas"));

    let cited = cite(
        "Län sida vid sida",
        ds.counties.iter().filter(|c| c.code == "18"),
        "u",
        "2026-11-26",
        Lang::En,
    );
    assert!(
        cited.contains("the county pages Örebro (no date) of"),
        "{cited}"
    );
}

#[test]
fn municipalities_methods_and_units_of_the_damaged_page() {
    let ds = damaged();
    let m = MunicipalityTable::new(&ds.counties, Some("18"));
    assert!(m
        .rows
        .iter()
        .all(|r| r.family_centres.is_none() && !r.has_team()));
    let rows: Vec<usize> = (0..m.rows.len()).collect();
    let out = csv(&m, &rows, CsvFormat::PLAIN, Lang::Sv);
    assert!(
        out.contains("\n18,1883,Karlskoga,no,,via_unit,,\n"),
        "{out}"
    );
    assert_eq!(
        out,
        catalog::export::municipalities_csv(&Dataset {
            counties: ds
                .counties
                .iter()
                .filter(|c| c.code == "18")
                .cloned()
                .collect(),
            ..ds.clone()
        })
    );

    let lexicon = Lexicon::of(&ds);
    let matrix = MethodsMatrix::new(&ds.counties, &lexicon);
    let mim = matrix.cell("mim", "18").unwrap();
    assert!(mim.units.is_empty());
    assert_eq!(mim.inactive_units[0].id, "18-gryningen-karlskoga");
    assert_eq!(
        matrix.row("mim").unwrap().unit_count(),
        1,
        "only BUP Stockholm counts"
    );

    let ids = [
        "18-gryningen-karlskoga".to_string(),
        "01-bup-stockholm".to_string(),
    ];
    let u = UnitsTable::new(&ds.counties, &ids, &lexicon, Editorial::shipped()).unwrap();
    assert_eq!(u.row("personal").unwrap().cells[0], UnitCell::NotStated);
    assert_eq!(
        u.row("personal-raknar").unwrap().cells[0],
        UnitCell::NotStated
    );
    assert_eq!(
        u.row("status").unwrap().cells[0],
        UnitCell::Status(OfferStatus::UnderConstruction)
    );
    // Sorting the units by their staff: the one that states none comes last both ways.
    for order in [Order::Ascending, Order::Descending] {
        assert_eq!(
            u.sorted_units(Some(&Sort {
                column: "personal".into(),
                order
            })),
            [1, 0]
        );
    }
    let orebro = ds.counties.iter().find(|c| c.code == "18").unwrap();
    let staff = StatedFigure::of(orebro, &orebro.units[0], STAFF_LABEL, Editorial::shipped());
    assert_eq!((&staff.text, staff.counts), (&None, Counts::Unclear));
    assert_eq!(
        staff.describe(Lang::Sv),
        "Gryningen, Karlskoga: uppgift saknas"
    );
}
