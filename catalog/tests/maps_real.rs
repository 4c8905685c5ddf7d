//! The maps built from the committed map files and data set, against what the county pages
//! say: Sweden's 21 counties (five with a status, sixteen not in the data set), Örebro's
//! municipalities (Karlskoga, Degerfors and Laxå have Gryningen), Kumla's accessible name,
//! the focus order, the pins, the names that fit, and the downloadable SVG parsed as XML.

use catalog::geometry::{parse_county_map, parse_sweden_map, CountyMap};
use catalog::index::{DataIndex, Lexicon};
use catalog::load::{parse_index, parse_lexicon};
use catalog::map::{self, shape, svg, CountyOptions, DrawnMap, Fill, LegendKey, StanceMark};
use catalog::route::Lang;
use catalog::Dataset;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");

fn read(rel: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{rel}")).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn index() -> DataIndex {
    parse_index(&read("index.json")).unwrap()
}

fn lexicon() -> Lexicon {
    parse_lexicon(&read("lexicon.json")).unwrap()
}

fn dataset() -> Dataset {
    catalog::load::read_site_dataset(std::path::Path::new(DIR)).unwrap()
}

fn county_map(code: &str) -> CountyMap {
    parse_county_map(&read(&format!("geo/{code}.json"))).unwrap()
}

fn sweden() -> DrawnMap {
    let map = parse_sweden_map(&read("geo/sweden.json")).unwrap();
    map::sweden(&index(), Some(&map), Lang::Sv)
}

fn orebro(marked: Option<&str>, detail: bool) -> DrawnMap {
    let ds = dataset();
    let lex = lexicon();
    let county = ds.county("18").unwrap();
    let opts = CountyOptions {
        county: Some(county),
        lexicon: &lex.methods,
        marked,
        detail,
    };
    map::county(&index(), "18", Some(&county_map("18")), opts, Lang::Sv)
}

fn legend_counts(m: &DrawnMap, which: usize) -> Vec<(LegendKey, usize)> {
    m.legends[which]
        .entries
        .iter()
        .map(|e| (e.key, e.count))
        .collect()
}

#[test]
fn sweden_has_21_named_counties_five_with_a_status() {
    let m = sweden();
    assert_eq!(m.regions.len(), 21);
    let with_status: Vec<&str> = m
        .regions
        .iter()
        .filter(|r| r.fill != Fill::NotInData)
        .map(|r| r.code.as_str())
        .collect();
    let mut sorted = with_status.clone();
    sorted.sort();
    assert_eq!(sorted, vec!["01", "05", "06", "18", "22"]);
    assert_eq!(
        legend_counts(&m, 0),
        vec![
            (LegendKey::Fill(Fill::Full), 2),
            (LegendKey::Fill(Fill::Partial), 1),
            (LegendKey::Fill(Fill::NoTeams), 2),
            (LegendKey::Fill(Fill::NotInData), 16),
        ]
    );
    let name = |code: &str| {
        m.regions
            .iter()
            .find(|r| r.code == code)
            .unwrap()
            .accessible_name
            .clone()
    };
    assert_eq!(
        name("18"),
        "Örebro län — 3 av 12 kommuner har ett späd- och småbarnsteam"
    );
    assert_eq!(
        name("05"),
        "Östergötlands län — alla 13 kommuner har ett späd- och småbarnsteam"
    );
    assert_eq!(
        name("06"),
        "Jönköpings län — ingen kommun har ett späd- och småbarnsteam"
    );
    assert_eq!(name("25"), "Norrbottens län — finns inte i datamängden");
    // North to south: Norrbotten first, Skåne last.
    assert_eq!(m.regions.first().unwrap().code, "25");
    assert_eq!(m.regions.last().unwrap().code, "12");
    // No names, pins or marks on the map of Sweden.
    assert!(m
        .regions
        .iter()
        .all(|r| r.name_at.is_none() && r.mark.is_none()));
    assert_eq!(m.legends.len(), 1);
}

#[test]
fn orebro_colours_gryningens_three_alike_and_the_other_nine_otherwise() {
    let m = orebro(None, true);
    assert_eq!(m.regions.len(), 12);
    let mut team: Vec<&str> = m
        .regions
        .iter()
        .filter(|r| r.fill == Fill::Team)
        .map(|r| r.name.as_str())
        .collect();
    team.sort();
    assert_eq!(team, vec!["Degerfors", "Karlskoga", "Laxå"]);
    assert_eq!(
        m.regions.iter().filter(|r| r.fill == Fill::NoTeam).count(),
        9
    );
    assert_eq!(
        legend_counts(&m, 0),
        vec![
            (LegendKey::Fill(Fill::Team), 3),
            (LegendKey::Fill(Fill::NoTeam), 9)
        ]
    );
    // The social services, by the page: seven offer (Hallsberg, Kumla, Laxå, Lekeberg,
    // Lindesberg, Nora, Örebro), Degerfors and Karlskoga refer to the team, Hällefors and
    // Ljusnarsberg cannot, Askersund has said nothing.
    assert_eq!(
        legend_counts(&m, 1),
        vec![
            (LegendKey::Mark(StanceMark::Offers), 7),
            (LegendKey::Mark(StanceMark::Other), 2),
            (LegendKey::Mark(StanceMark::NoOffer), 2),
            (LegendKey::Mark(StanceMark::NotReported), 1),
        ]
    );
    let kumla = m.regions.iter().find(|r| r.name == "Kumla").unwrap();
    assert_eq!(
        kumla.accessible_name,
        "Kumla — inget specialiserat team; socialtjänsten erbjuder Marte Meo och PYC"
    );
    assert_eq!(kumla.mark, Some(StanceMark::Offers));
    let karlskoga = m.regions.iter().find(|r| r.name == "Karlskoga").unwrap();
    assert_eq!(
        karlskoga.accessible_name,
        "Karlskoga — specialiserat team: Gryningen, Karlskoga; socialtjänsten hänvisar till länets team"
    );
    let askersund = m.regions.iter().find(|r| r.name == "Askersund").unwrap();
    assert_eq!(
        askersund.facts[1],
        "kommunen har inte uppgett något om socialtjänsten"
    );
    assert_eq!(askersund.mark, Some(StanceMark::NotReported));
}

#[test]
fn focus_order_is_north_to_south_on_orebro() {
    let m = orebro(None, true);
    let ys: Vec<i64> = m.regions.iter().map(|r| r.label[1]).collect();
    assert!(ys.windows(2).all(|w| w[0] <= w[1]), "{ys:?}");
    let names: Vec<&str> = m.regions.iter().map(|r| r.name.as_str()).collect();
    // Ljusnarsberg is the county's northernmost municipality, Askersund and Laxå its south.
    assert_eq!(names[0], "Ljusnarsberg");
    assert!(names[9..].contains(&"Askersund"), "{names:?}");
    let alphabetical: Vec<&str> = m.alphabetical().iter().map(|r| r.name.as_str()).collect();
    assert_eq!(alphabetical.first(), Some(&"Askersund"));
    assert_eq!(alphabetical.last(), Some(&"Örebro"));
    assert_eq!(alphabetical[alphabetical.len() - 2], "Nora");
}

#[test]
fn gryningen_is_pinned_at_karlskoga() {
    let m = orebro(None, true);
    let karlskoga = m.regions.iter().find(|r| r.name == "Karlskoga").unwrap();
    assert_eq!(m.pins.len(), 1);
    assert_eq!(m.pins[0].at, Some(karlskoga.label));
    assert_eq!(m.pins[0].number, 1);
    assert_eq!(m.pins[0].text, "Gryningen, Karlskoga — i Karlskoga");
    assert!(m.unpinned.is_empty());
    // Karlskoga's name, when written, goes below the pin.
    if let Some(at) = karlskoga.name_at {
        assert!(at[1] > karlskoga.label[1]);
    }
}

#[test]
fn stockholms_two_teams_share_a_pin_and_karnan_is_at_norrtalje() {
    let ds = dataset();
    let lex = lexicon();
    let opts = CountyOptions {
        county: ds.county("01"),
        lexicon: &lex.methods,
        marked: None,
        detail: true,
    };
    let m = map::county(&index(), "01", Some(&county_map("01")), opts, Lang::Sv);
    let pins: Vec<&str> = m.pins.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        pins,
        vec![
            "Spädbarnsverksamheten Tittut, Stockholm och BUP, Stockholm — i Stockholm",
            "Barn- och föräldraverksamheten Kärnan, Norrtälje — i Norrtälje"
        ]
    );
    assert_eq!(
        m.regions.iter().filter(|r| r.fill == Fill::Team).count(),
        26
    );
}

#[test]
fn names_are_written_only_where_they_fit_and_never_overlap() {
    for code in ["01", "18", "14"] {
        let map_file = county_map(code);
        let opts = CountyOptions {
            county: None,
            lexicon: &[],
            marked: None,
            detail: true,
        };
        let m = map::county(&index(), code, Some(&map_file), opts, Lang::Sv);
        let boxes: Vec<shape::Bounds> = m
            .regions
            .iter()
            .filter_map(|r| {
                let at = r.name_at?;
                let b =
                    shape::Bounds::of_text((at[0], at[1]), r.name.chars().count(), m.sizes.name);
                let rings = shape::rings(&r.d).unwrap();
                assert!(b.inside(&rings), "{} outside its shape", r.name);
                Some(b)
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "county {code}: names overlap");
            }
        }
        assert!(!boxes.is_empty(), "county {code}: no name fits");
    }
    // Örebro's large municipalities get their names.
    let m = orebro(None, true);
    for name in ["Hällefors", "Lindesberg", "Örebro"] {
        let r = m.regions.iter().find(|r| r.name == name).unwrap();
        assert!(r.name_at.is_some(), "{name}");
    }
    // The small map of a municipality's page writes none.
    assert!(orebro(Some("1881"), false)
        .regions
        .iter()
        .all(|r| r.name_at.is_none()));
}

#[test]
fn a_municipality_page_marks_its_own_and_a_county_without_data_is_plain() {
    let m = orebro(Some("1881"), false);
    let marked: Vec<&str> = m
        .regions
        .iter()
        .filter(|r| r.marked)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(marked, vec!["Kumla"]);
    assert!(
        m.regions.iter().all(|r| r.mark.is_none()),
        "no marks on the small map"
    );
    assert!(m.pins.is_empty());
    let kumla = m.regions.iter().find(|r| r.marked).unwrap();
    assert_eq!(
        kumla.fill,
        Fill::NoTeam,
        "the marked one keeps its colour of access"
    );
    assert!(kumla
        .accessible_name
        .starts_with("Kumla (markerad) — inget specialiserat team"));

    // Skåne, without a page: Malmö marked, no colours of access.
    let opts = CountyOptions {
        county: None,
        lexicon: &[],
        marked: Some("1280"),
        detail: false,
    };
    let m = map::county(&index(), "12", Some(&county_map("12")), opts, Lang::Sv);
    assert_eq!(m.regions.len(), 33);
    let fills: Vec<Fill> = m.regions.iter().map(|r| r.fill).collect();
    assert_eq!(fills.iter().filter(|f| **f == Fill::Marked).count(), 1);
    assert_eq!(fills.iter().filter(|f| **f == Fill::Plain).count(), 32);
    let malmo = m.regions.iter().find(|r| r.code == "1280").unwrap();
    assert_eq!(
        malmo.accessible_name,
        "Malmö (markerad) — finns inte i datamängden"
    );
    assert_eq!(m.title, "Skåne län: länets kommuner");
    assert_eq!(
        legend_counts(&m, 0),
        vec![
            (LegendKey::Fill(Fill::Marked), 1),
            (LegendKey::Fill(Fill::Plain), 32)
        ]
    );
}

#[test]
fn every_region_of_every_map_file_reads_back() {
    let mut municipalities = 0;
    for county in &parse_sweden_map(&read("geo/sweden.json")).unwrap().counties {
        shape::rings(&county.d).unwrap_or_else(|e| panic!("sweden {}: {e}", county.code));
        let map = county_map(&county.code);
        shape::rings(&map.outline).unwrap_or_else(|e| panic!("{} outline: {e}", county.code));
        for m in &map.municipalities {
            let rings = shape::rings(&m.d).unwrap_or_else(|e| panic!("{}: {e}", m.code));
            assert!(shape::area(&rings) > 0, "{}", m.code);
            municipalities += 1;
        }
    }
    assert_eq!(municipalities, 290);
}

/// The downloadable file is well-formed XML in the SVG namespace with the map's title, its
/// source, a path per region and the legend's words.
fn check_download(m: &DrawnMap, lang: Lang) -> String {
    let text = svg::standalone(m, lang);
    let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", m.id));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let title = root.children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some(m.title.as_str()));
    let desc = root.children().find(|n| n.has_tag_name("desc")).unwrap();
    assert!(desc.text().unwrap().contains("kartläggning"));
    let region_paths = doc
        .descendants()
        .filter(|n| n.has_tag_name("path") && n.children().any(|c| c.has_tag_name("title")))
        .count();
    assert_eq!(region_paths, m.regions.len());
    let texts: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    for legend in &m.legends {
        assert!(texts.contains(legend.title), "{}", legend.title);
    }
    // Every pattern a paint refers to is defined.
    let ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for n in doc.descendants() {
        if let Some(url) = n.attribute("fill").and_then(|f| f.strip_prefix("url(#")) {
            let id = url.trim_end_matches(')');
            assert!(ids.contains(&id), "{id} undefined");
        }
    }
    texts
}

#[test]
fn the_downloads_are_valid_standalone_svg() {
    let texts = check_download(&sweden(), Lang::Sv);
    assert!(texts.contains("Finns inte i datamängden (16)"), "{texts}");
    assert!(texts.contains("Tillgång till späd- och småbarnsteam, län för län"));
    let texts = check_download(&orebro(None, true), Lang::Sv);
    assert!(
        texts.contains("Gryningen, Karlskoga — i Karlskoga"),
        "{texts}"
    );
    assert!(
        texts.contains("Prickar: erbjuder samspelsbehandling (7)"),
        "{texts}"
    );
    // A title with markup in it stays text.
    let mut m = orebro(Some("1881"), false);
    m.title = "Örebro län <&> \"test\"".into();
    check_download(&m, Lang::En);
}

#[test]
fn without_the_map_file_the_facts_are_already_there() {
    let idx = index();
    let early = map::sweden(&idx, None, Lang::Sv);
    let late = sweden();
    assert!(!early.shapes && late.shapes);
    assert_eq!(early.legends, late.legends);
    assert_eq!(early.regions.len(), 21);
    let names = |m: &DrawnMap| {
        m.alphabetical()
            .iter()
            .map(|r| r.accessible_name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&early), names(&late));
    assert!(early.regions.iter().all(|r| r.d.is_empty()));

    let ds = dataset();
    let lex = lexicon();
    let opts = CountyOptions {
        county: ds.county("18"),
        lexicon: &lex.methods,
        marked: None,
        detail: true,
    };
    let early = map::county(&idx, "18", None, opts, Lang::Sv);
    let late = orebro(None, true);
    assert_eq!(early.legends, late.legends);
    assert_eq!(names(&early), names(&late));
    assert_eq!(early.pins[0].text, late.pins[0].text);
    assert_eq!(early.pins[0].at, None);
}
