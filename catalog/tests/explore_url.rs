//! The explore page's URL round trip, by property: any query written to the URL and read
//! back is the same query with nothing dropped; any pairs at all read without a panic, and
//! what they give writes back to itself.

use catalog::explore::{ExploreQuery, Facet, Sort};
use proptest::prelude::*;

/// A value of the facet's shape: one of its fixed values, or a code or id.
fn value(facet: Facet) -> BoxedStrategy<String> {
    match facet.fixed_values() {
        Some(values) => proptest::sample::select(values)
            .prop_map(str::to_string)
            .boxed(),
        None => match facet {
            Facet::County => "[0-9]{2}".boxed(),
            Facet::Municipality => "[0-9]{4}".boxed(),
            _ => "[a-z0-9-]{1,12}".boxed(),
        },
    }
}

fn query() -> impl Strategy<Value = ExploreQuery> {
    let chosen: Vec<_> = Facet::CHOSEN
        .iter()
        .map(|&f| proptest::collection::vec(value(f), 0..4))
        .collect();
    (
        any::<String>(),
        chosen,
        any::<bool>(),
        proptest::option::of(proptest::sample::select(Sort::ALL.to_vec())),
    )
        .prop_map(|(text, chosen, include_inactive, sort)| {
            let mut q = ExploreQuery::default();
            q.text = text;
            q.include_inactive = include_inactive;
            q.sort = sort;
            for (f, values) in Facet::CHOSEN.iter().zip(chosen) {
                for v in values {
                    assert!(q.choose(*f, &v), "{f:?} {v}");
                }
            }
            q
        })
}

fn read(pairs: Vec<(String, String)>) -> (ExploreQuery, Vec<catalog::explore::DroppedValue>) {
    ExploreQuery::from_pairs(pairs.into_iter()).expect("known keys, once each")
}

proptest! {
    #[test]
    fn written_and_read_back(q in query()) {
        let (back, dropped) = read(q.to_pairs());
        prop_assert!(dropped.is_empty());
        prop_assert_eq!(&back, &q);
        // Through the query string too, as the browser's address bar holds it.
        let s = q.to_query_string();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(s.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let (back, dropped) = read(pairs);
        prop_assert!(dropped.is_empty());
        prop_assert_eq!(back, q);
    }

    #[test]
    fn any_pairs_of_known_keys_read_and_settle(
        pairs in proptest::collection::vec(
            (proptest::sample::select(catalog::explore::query::KEYS.to_vec()), any::<String>()),
            0..12,
        )
    ) {
        let mut once = std::collections::HashSet::new();
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(k, _)| !matches!(*k, "q" | "sort" | "visa_avslutade") || once.insert(*k))
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let (q, dropped) = read(pairs.clone());
        // Every pair is kept, dropped and named, or an empty value.
        for (k, v) in &pairs {
            let kept = q.to_pairs().contains(&(k.clone(), v.clone()));
            let named = dropped.iter().any(|d| &d.key == k && &d.value == v);
            prop_assert!(kept || named || v.is_empty(), "{}={:?}", k, v);
        }
        let (again, dropped) = read(q.to_pairs());
        prop_assert!(dropped.is_empty());
        prop_assert_eq!(again, q);
    }
}

#[test]
fn a_nonsense_value_leaves_the_rest() {
    let pairs = [("alder", "nonsens"), ("typ", "enhet"), ("sort", "slump")]
        .map(|(k, v)| (k.to_string(), v.to_string()));
    let (q, dropped) = read(pairs.to_vec());
    assert_eq!(q.to_query_string(), "typ=enhet");
    assert_eq!(dropped.len(), 2);
    assert_eq!(
        (dropped[0].key.as_str(), dropped[0].value.as_str()),
        ("alder", "nonsens")
    );
}
