//! The county table on the committed data set, against figures worked out by hand from the
//! county pages (data/counties/*.txt): children, coverage, units, family centres and their
//! rates, every social-services stance count, staff and cases as stated, footnotes,
//! sorting, its CSV files, the chart and the citation.

use catalog::compare::*;
use catalog::route::Lang;
use catalog::{Coverage, Dataset, Stance};

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

fn county_table(ds: &Dataset) -> CountyTable {
    CountyTable::new(&ds.counties, Editorial::shipped())
}

fn shown(f: &Figure) -> String {
    f.show(Lang::Sv)
}

#[test]
fn county_figures_as_worked_out_by_hand() {
    let ds = dataset();
    let t = county_table(&ds);
    // (code, children, municipalities, units, with team, share, access, units/10 000,
    //  family centres, family centres/1 000, page date)
    let expected = [
        (
            "01",
            "177\u{a0}367",
            "26",
            "3",
            "26",
            "100\u{a0}%",
            Coverage::Full,
            "0,17",
            "21",
            "0,12",
            "2018-10-13",
        ),
        (
            "05",
            "32\u{a0}339",
            "13",
            "2",
            "13",
            "100\u{a0}%",
            Coverage::Full,
            "0,62",
            "23",
            "0,71",
            "2018-10-13",
        ),
        (
            "06",
            "26\u{a0}055",
            "13",
            "0",
            "0",
            "0\u{a0}%",
            Coverage::None,
            "0,00",
            "21",
            "0,81",
            "2018-10-12",
        ),
        (
            "18",
            "20\u{a0}920",
            "12",
            "1",
            "3",
            "25\u{a0}%",
            Coverage::Partial,
            "0,48",
            "17",
            "0,81",
            "2021-02-03",
        ),
        (
            "22",
            "15\u{a0}718",
            "7",
            "0",
            "0",
            "0\u{a0}%",
            Coverage::None,
            "0,00",
            "3",
            "0,19",
            "2018-10-13",
        ),
    ];
    assert_eq!(t.rows.len(), expected.len());
    for (code, children, munis, units, with_team, share, access, per_10k, centres, per_1k, date) in
        expected
    {
        let r = t.row(code).unwrap();
        let got = (
            shown(&r.children),
            shown(&r.municipalities),
            shown(&r.units),
            shown(&r.with_team),
            shown(&r.with_team_share),
            r.access,
            shown(&r.units_per_10000),
            shown(&r.family_centres),
            shown(&r.family_centres_per_1000),
            r.updated.as_deref(),
        );
        assert_eq!(
            got,
            (
                children.to_string(),
                munis.to_string(),
                units.to_string(),
                with_team.to_string(),
                share.to_string(),
                access,
                per_10k.to_string(),
                centres.to_string(),
                per_1k.to_string(),
                Some(date)
            ),
            "county {code}"
        );
        assert!(r.inactive_units.is_empty() && r.unnamed_municipalities == 0 && !r.incomplete);
    }
    // English formats.
    let stockholm = t.row("01").unwrap();
    assert_eq!(stockholm.children.show(Lang::En), "177,367");
    assert_eq!(t.row("18").unwrap().with_team_share.show(Lang::En), "25%");
    assert_eq!(
        t.row("05").unwrap().family_centres_per_1000.show(Lang::En),
        "0.71"
    );
}

#[test]
fn orebro_states_three_of_twelve_and_it_agrees() {
    let ds = dataset();
    let t = county_table(&ds);
    let orebro = t.row("18").unwrap();
    let stated = orebro.stated_with_team.as_ref().unwrap();
    assert_eq!((stated.covered, stated.of, stated.agrees), (3, 12, true));
    assert_eq!(stated.source.first_line, 7);
    assert_eq!(orebro.with_team.value.unwrap().units, 3);
    assert_eq!(orebro.municipalities.value.unwrap().units, 12);
    // No other page states a total.
    assert!(t
        .rows
        .iter()
        .filter(|r| r.code != "18")
        .all(|r| r.stated_with_team.is_none()));
}

#[test]
fn footnotes_name_numerator_denominator_and_lines() {
    let ds = dataset();
    let t = county_table(&ds);
    let orebro = t.row("18").unwrap();
    assert_eq!(
        orebro.with_team_share.explain(Lang::Sv),
        "3 kommuner med ett team / 12 kommuner × 100 = 25\u{a0}%. \
         Källa: 18-orebro.txt rader 13, 3."
    );
    let per_1k = orebro.family_centres_per_1000.explain(Lang::En);
    assert!(
        per_1k.starts_with("17 family centres / 20,920 children 0–5 × 1,000 = 0.81. Source: 18-orebro.txt lines 52, 54–55, 57–58,"),
        "{per_1k}"
    );
    assert!(per_1k.ends_with("75–76, 78–79, 5."), "{per_1k}");
    let ostergotland = t
        .row("05")
        .unwrap()
        .family_centres_per_1000
        .explain(Lang::Sv);
    assert!(
        ostergotland
            .starts_with("23 familjecentraler / 32\u{a0}339 barn 0–5 år × 1\u{a0}000 = 0,71."),
        "{ostergotland}"
    );
    // Jönköping has no units: the count rests on the page's own statement.
    let jkp = &t.row("06").unwrap().units;
    assert_eq!(jkp.numerator.sources[0].first_line, 6);
    assert_eq!(
        jkp.explain(Lang::Sv),
        "0 specialiserade enheter i drift. Källa: 06-jonkoping.txt rad 6."
    );
}

#[test]
fn every_stance_count() {
    let ds = dataset();
    let t = county_table(&ds);
    // offers, via_unit, limited, buys, planned, ended, none, not_reported — counted by hand
    // from each page's Socialtjänst part.
    let expected = [
        ("01", [10, 0, 4, 3, 0, 0, 1, 8]),
        ("05", [2, 2, 1, 0, 0, 0, 2, 6]),
        ("06", [6, 0, 0, 0, 0, 0, 1, 6]),
        ("18", [7, 2, 0, 0, 0, 0, 2, 1]),
        ("22", [2, 0, 0, 0, 0, 0, 3, 2]),
    ];
    for (code, counts) in expected {
        let r = t.row(code).unwrap();
        let got: Vec<u64> = labels::STANCES
            .iter()
            .map(|&s| r.stance(s).figure.value.unwrap().units)
            .collect();
        assert_eq!(got, counts, "county {code}");
        let total: usize = r.stances.iter().map(|s| s.municipalities.len()).sum();
        assert_eq!(total as u64, r.municipalities.value.unwrap().units);
    }
    let none_18: Vec<&str> = t
        .row("18")
        .unwrap()
        .stance(Stance::None)
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(none_18, ["Hällefors", "Ljusnarsberg"]);
    let buys_01: Vec<&str> = t
        .row("01")
        .unwrap()
        .stance(Stance::Buys)
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(buys_01, ["Lidingö", "Vallentuna", "Vaxholm"]);
}

#[test]
fn staff_and_cases_as_stated_with_what_they_count() {
    let ds = dataset();
    let t = county_table(&ds);
    let counts = |code: &str| -> Vec<(String, Counts, Counts)> {
        let r = t.row(code).unwrap();
        r.staff
            .iter()
            .zip(&r.cases)
            .map(|(s, c)| (s.unit_id.clone(), s.counts, c.counts))
            .collect()
    };
    assert_eq!(
        counts("01"),
        [
            (
                "01-spadbarnsverksamheten-tittut-stockholm".to_string(),
                Counts::Posts,
                Counts::Children
            ),
            (
                "01-bup-stockholm".to_string(),
                Counts::Employees,
                Counts::Unclear
            ),
            (
                "01-barn-och-foraldraverksamheten-karnan-norrtalje".to_string(),
                Counts::Posts,
                Counts::Patients
            ),
        ]
    );
    assert_eq!(
        counts("05"),
        [
            (
                "05-foraldrar-spadbarn-hagadal-linkoping".to_string(),
                Counts::Employees,
                Counts::Referrals
            ),
            (
                "05-spadbarnsverksamheten-norrkoping".to_string(),
                Counts::Posts,
                Counts::Families
            ),
        ]
    );
    assert_eq!(
        counts("18"),
        [(
            "18-gryningen-karlskoga".to_string(),
            Counts::Posts,
            Counts::Cases
        )]
    );
    assert!(counts("06").is_empty() && counts("22").is_empty());

    // BUP Stockholm's total: verbatim, with its caveat as data, wider than the unit.
    let bup = &t.row("01").unwrap().cases[1];
    assert_eq!(
        bup.text.as_deref(),
        Some("BUP local öppenvård: totalt 4126")
    );
    assert!(bup.wider_than_unit());
    assert_eq!(bup.source.as_ref().map(|s| s.first_line), Some(41));
    assert_eq!(
        bup.describe(Lang::En),
        "BUP, Stockholm: BUP local öppenvård: totalt 4126 (unclear what is counted) \
         [The figure counts all of BUP's local outpatient care in Stockholm County, not the infant and toddler teams.]"
    );
    // Out of every per-child figure: no figure of any county rests on the line it stands on.
    for r in &t.rows {
        let mut figures = vec![
            &r.children,
            &r.units,
            &r.with_team,
            &r.with_team_share,
            &r.units_per_10000,
            &r.family_centres,
            &r.family_centres_per_1000,
        ];
        figures.extend(r.stances.iter().map(|s| &s.figure));
        for f in figures {
            assert!(
                f.sources()
                    .iter()
                    .all(|s| !(s.file.ends_with("01-stockholm.txt")
                        && s.first_line <= 41
                        && 41 <= s.last_line)),
                "{}",
                f.explain(Lang::En)
            );
        }
    }
    // Hagadal's kind is the editor's decision; the rule alone finds two kinds.
    let hagadal = &t.row("05").unwrap().cases[0];
    assert_eq!(hagadal.words, ["familjer", "ärenden"]);
    assert_eq!(hagadal.note.as_ref().map(|n| n.line), Some(4));
}

#[test]
fn sorting_counties() {
    let ds = dataset();
    let t = county_table(&ds);
    let order = |column: &str, order: Order| -> Vec<String> {
        sorted_rows(
            &t,
            Some(&Sort {
                column: column.into(),
                order,
            }),
        )
        .into_iter()
        .map(|r| t.rows[r].name.clone())
        .collect()
    };
    assert_eq!(
        order("barn", Order::Descending),
        [
            "Stockholm",
            "Östergötland",
            "Jönköping",
            "Örebro",
            "Västernorrland"
        ]
    );
    assert_eq!(order("barn", Order::Ascending)[0], "Västernorrland");
    assert_eq!(
        order("lan", Order::Ascending),
        [
            "Jönköping",
            "Stockholm",
            "Västernorrland",
            "Örebro",
            "Östergötland"
        ]
    );
    // Örebro (0.8126) before Jönköping (0.8060), though both show 0,81.
    assert_eq!(
        &order("familjecentraler-per-1000", Order::Descending)[..2],
        ["Örebro", "Jönköping"]
    );
    // Only Örebro's page states a total: first both ways, the rest not stated, last.
    assert_eq!(order("enligt-sidan", Order::Ascending)[0], "Örebro");
    assert_eq!(order("enligt-sidan", Order::Descending)[0], "Örebro");
    // Counties without units state no staff: last in both directions.
    for o in [Order::Ascending, Order::Descending] {
        assert_eq!(&order("personal", o)[3..], ["Jönköping", "Västernorrland"]);
    }
    assert_eq!(
        order("tillgang", Order::Descending),
        [
            "Stockholm",
            "Östergötland",
            "Örebro",
            "Jönköping",
            "Västernorrland"
        ]
    );
    let children = &t.columns()[t.column_index("barn").unwrap()];
    assert_eq!(
        next_sort(None, children),
        Sort {
            column: "barn".into(),
            order: Order::Descending
        }
    );
}

#[test]
fn county_csv_plain_and_for_excel() {
    let ds = dataset();
    let t = county_table(&ds);
    let rows: Vec<usize> = (0..t.rows.len()).collect();
    let plain = csv(&t, &rows, CsvFormat::PLAIN, Lang::Sv);
    let header = plain.lines().next().unwrap();
    assert_eq!(
        header,
        "county_code,county,children_0_5,municipalities,units,units_not_running,municipalities_with_team,\
         municipalities_with_team_pct,municipalities_counted_unnamed,municipalities_with_team_stated,access,\
         units_per_10000_children,family_centres,family_centres_per_1000_children,social_services_offers,\
         social_services_via_unit,social_services_limited,social_services_buys,social_services_planned,\
         social_services_ended,social_services_none,social_services_not_reported,updated,staff_as_stated,\
         cases_per_year_as_stated"
    );
    let mut reader = ::csv::ReaderBuilder::new().from_reader(plain.as_bytes());
    let records: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let orebro = records.iter().find(|r| &r[0] == "18").unwrap();
    let fields: Vec<&str> = orebro.iter().collect();
    assert_eq!(
        fields[1..14],
        ["Örebro", "20920", "12", "1", "0", "3", "25", "0", "3", "partial", "0.48", "17", "0.81"]
    );
    let vn = records.iter().find(|r| &r[0] == "22").unwrap();
    assert_eq!(
        (&vn[9], &vn[23], &vn[24]),
        ("", "", ""),
        "not stated is empty, never 0"
    );
    assert!(records[0][24].contains("BUP, Stockholm: BUP local öppenvård: totalt 4126 (oklart vad som räknas) [Siffran gäller hela BUP:s lokala öppenvård"));

    let excel = csv(&t, &rows, CsvFormat::EXCEL, Lang::Sv);
    assert_eq!(&excel.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
    let body = excel.strip_prefix('\u{feff}').unwrap();
    assert_eq!(body.lines().next().unwrap(), header.replace(',', ";"));
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let orebro = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| &r[0] == "18")
        .unwrap();
    assert_eq!((&orebro[11], &orebro[13]), ("0,48", "0,81"));
    assert!(excel.contains(
        "\n18;Örebro;20920;12;1;0;3;25;0;3;partial;0,48;17;0,81;7;2;0;0;0;0;2;1;2021-02-03;"
    ));
}

#[test]
fn chart_of_family_centres_per_thousand() {
    let ds = dataset();
    let t = county_table(&ds);
    let c = Chart::new(&t, ChartFigure::FamilyCentresPer1000);
    let ticks: Vec<String> = c.ticks.iter().map(|t| t.label(Lang::Sv)).collect();
    assert_eq!(ticks, ["0,0", "0,5", "1,0"]);
    let lengths: Vec<(String, i64)> = c
        .bars
        .iter()
        .map(|b| (b.county_name.clone(), (b.length * 1000.0).round() as i64))
        .collect();
    // 21/177 367, 23/32 339, 21/26 055, 17/20 920, 3/15 718 per 1 000, on an axis to 1.0.
    assert_eq!(
        lengths,
        [
            ("Stockholm".to_string(), 118),
            ("Östergötland".to_string(), 711),
            ("Jönköping".to_string(), 806),
            ("Örebro".to_string(), 813),
            ("Västernorrland".to_string(), 191)
        ]
    );
    assert_eq!(
        c.description(Lang::En),
        "Family centres per 1,000 children 0–5, by county: Stockholm 0.12; Östergötland 0.71; \
         Jönköping 0.81; Örebro 0.81; Västernorrland 0.19."
    );
    let share = Chart::new(&t, ChartFigure::TeamShare);
    assert_eq!(share.ticks.last().unwrap().label(Lang::Sv), "100");
    assert_eq!((share.bars[3].length * 100.0).round(), 25.0);
    let offers = Chart::new(&t, ChartFigure::OffersShare);
    // 7 of Örebro's 12 municipalities offer: 58 %.
    assert_eq!(offers.bars[3].figure.show(Lang::Sv), "58\u{a0}%");
}

#[test]
fn cite_this() {
    let ds = dataset();
    let text = cite(
        TableKind::Counties.title(Lang::Sv),
        &ds.counties,
        "https://example.org/samspelskartan/?sida=jamfor&sort=barn&ordning=fallande",
        "2026-11-26",
        Lang::Sv,
    );
    assert_eq!(
        text,
        "Samspelskartan: Län sida vid sida. Källor: länssidorna Stockholm (senast uppdaterad 2018-10-13), \
         Östergötland (senast uppdaterad 2018-10-13), Jönköping (senast uppdaterad 2018-10-12), \
         Örebro (senast uppdaterad 2021-02-03), Västernorrland (senast uppdaterad 2018-10-13) \
         i katalogen som följde kartläggningen Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018). \
         https://example.org/samspelskartan/?sida=jamfor&sort=barn&ordning=fallande (hämtad 2026-11-26)."
    );
}
