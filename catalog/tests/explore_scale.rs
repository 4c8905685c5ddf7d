//! The data set 20× the seeds for the speed benchmark: the same shape under new codes and
//! names, the same every time.

use catalog::explore::scale::{scaled, scaled_dataset};
use catalog::explore::{OfferKind, Offers};
use catalog::index::{CountyFile, Lexicon};
use catalog::Dataset;
use std::collections::BTreeSet;

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

#[test]
fn twenty_times_the_seeds_same_shape_new_names() {
    let ds = dataset();
    let lexicon = Lexicon::of(&ds);
    assert_eq!(scaled(&ds.counties, &lexicon, 1).unwrap(), ds.counties);
    let big = scaled(&ds.counties, &lexicon, 20).unwrap();
    assert_eq!(
        big,
        scaled(&ds.counties, &lexicon, 20).unwrap(),
        "deterministic"
    );
    assert_eq!(big.len(), 100);
    let codes: BTreeSet<&str> = big.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes.len(), 100);
    let mut municipalities = BTreeSet::new();
    let mut units = BTreeSet::new();
    for c in &big {
        for m in &c.municipalities {
            assert!(m.code.starts_with(&c.code), "{} in {}", m.code, c.code);
            assert!(municipalities.insert(m.code.clone()), "{} twice", m.code);
            for u in &m.covering_units {
                assert!(c.units.iter().any(|x| &x.id == u), "{u}");
            }
        }
        for u in &c.units {
            assert!(u.id.starts_with(&format!("{}-", c.code)));
            assert!(units.insert(u.id.clone()));
            for m in &u.catchment.municipalities {
                assert!(c.municipalities.iter().any(|x| &x.code == m), "{m}");
            }
        }
        for s in &c.statements {
            for p in s.places.iter().filter(|p| p.county == c.code) {
                assert!(c.municipalities.iter().any(|m| m.code == p.municipality));
            }
        }
        // A county file of the copy reads back as the app reads it.
        let json = serde_json::to_string(&CountyFile::of(c)).unwrap();
        assert_eq!(&catalog::load::parse_county(&json, &c.code).unwrap(), c);
    }
    // Names vary: the copies of Kumla are not called Kumla, and differ among themselves.
    let kumlas: BTreeSet<&str> = big
        .iter()
        .flat_map(|c| &c.municipalities)
        .filter(|m| m.code.ends_with("81") && m.name.ends_with("Kumla"))
        .map(|m| m.name.as_str())
        .collect();
    assert!(kumlas.len() > 5, "{kumlas:?}");
    // So do methods: Gryningen's copies do not all name the same ones.
    let method_sets: BTreeSet<Vec<String>> = big
        .iter()
        .flat_map(|c| &c.units)
        .filter(|u| u.id.ends_with("gryningen-karlskoga"))
        .map(|u| u.parsed.methods.clone())
        .collect();
    assert_eq!(method_sets.len(), 20);

    let seed = Offers::build(&ds.counties, &lexicon);
    let offers = Offers::build(&big, &lexicon);
    assert_eq!(offers.len(), 20 * seed.len());
    for k in OfferKind::ALL {
        let n = |o: &Offers| o.cards().iter().filter(|c| c.kind == k).count();
        assert_eq!(n(&offers), 20 * n(&seed), "{k:?}");
    }
    let ids: BTreeSet<&str> = offers.cards().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), offers.len());

    assert!(scaled(&ds.counties, &lexicon, 21).is_err());
    assert!(scaled(&ds.counties, &lexicon, 0).is_err());
}

#[test]
fn the_scaled_index_names_every_county() {
    let ds = dataset();
    let big = scaled_dataset(&ds, 3).unwrap();
    assert_eq!(big.counties.len(), 15);
    let index = catalog::index::DataIndex::of(&big);
    for c in &big.counties {
        let row = index.sweden_county(&c.code).unwrap();
        assert!(row.name.ends_with(" län"), "{}", row.name);
        for m in &c.municipalities {
            let row = index.municipality(&m.code).unwrap();
            assert_eq!(row.name, m.name);
            assert_eq!(row.folded, catalog::search::fold_key(&m.name));
        }
    }
}
