//! Questions the committed data index answers for the browsing lists: each county's
//! municipalities, complete and in Swedish alphabetical order.

use catalog::load::parse_index;

const INDEX: &str = include_str!("../../public/data/index.json");

#[test]
fn a_countys_municipalities_in_swedish_order() {
    let index = parse_index(INDEX).unwrap();
    let names = |county: &str| -> Vec<String> {
        index
            .municipalities_of(county)
            .iter()
            .map(|m| m.name.clone())
            .collect()
    };
    assert_eq!(
        names("18"),
        [
            "Askersund",
            "Degerfors",
            "Hallsberg",
            "Hällefors",
            "Karlskoga",
            "Kumla",
            "Laxå",
            "Lekeberg",
            "Lindesberg",
            "Ljusnarsberg",
            "Nora",
            "Örebro"
        ]
    );
    let vasterbotten = names("24");
    assert_eq!(vasterbotten.len(), 15);
    assert_eq!(vasterbotten.first().unwrap(), "Bjurholm");
    assert_eq!(vasterbotten.last().unwrap(), "Åsele");
    let all: usize = index
        .search
        .counties
        .iter()
        .map(|c| index.municipalities_of(&c.code).len())
        .sum();
    assert_eq!(all, 290);
    assert!(index.municipalities_of("99").is_empty());
}
