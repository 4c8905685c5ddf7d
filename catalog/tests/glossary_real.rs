//! The glossary and the methods lexicon marked inside real sentences of the shipped data
//! set, as a view would show them.

use catalog::glossary::{terms_in, TermSegment, TermSource};
use catalog::Dataset;

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

/// The marked runs of a text: (text, g|m, id).
fn marked(ds: &Dataset, text: &str) -> Vec<(String, char, String)> {
    let segments = terms_in(text, &ds.glossary, &ds.methods);
    assert_eq!(
        segments.iter().map(TermSegment::text).collect::<String>(),
        text,
        "the runs give the text back"
    );
    segments
        .iter()
        .filter_map(|s| match s {
            TermSegment::Term { text, source, id } => Some((
                text.to_string(),
                match source {
                    TermSource::Glossary => 'g',
                    TermSource::Method => 'm',
                },
                id.to_string(),
            )),
            TermSegment::Text(_) => None,
        })
        .collect()
}

fn expect(got: Vec<(String, char, String)>, want: &[(&str, char, &str)]) {
    let want: Vec<(String, char, String)> = want
        .iter()
        .map(|(t, s, i)| (t.to_string(), *s, i.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// The statement of county `code` that begins with `start`.
fn statement<'a>(ds: &'a Dataset, code: &str, start: &str) -> &'a str {
    &ds.county(code)
        .unwrap()
        .statements
        .iter()
        .find(|s| s.text.starts_with(start))
        .unwrap_or_else(|| panic!("{code}: no statement {start:?}"))
        .text
}

#[test]
fn child_health_care_in_stockholm() {
    let ds = dataset();
    let text = statement(&ds, "01", "BHV-psykologer finns endast centralt");
    expect(
        marked(&ds, text),
        &[
            ("BHV-psykologer", 'g', "bhv-psykolog"),
            ("BHV", 'g', "bhv"),
            ("SLL", 'g', "sll"),
            ("BVC", 'g', "bvc"),
        ],
    );
}

#[test]
fn gryningens_referral_path() {
    let ds = dataset();
    let unit = ds
        .county("18")
        .unwrap()
        .units
        .iter()
        .find(|u| u.name.starts_with("Gryningen"))
        .unwrap();
    let text = &unit.field("Remissväg").unwrap().value;
    expect(
        marked(&ds, text),
        &[
            ("söka själva", 'g', "egen-vardbegaran"),
            ("remitteras", 'g', "remiss"),
            ("MBHV", 'g', "mbhv"),
            ("vuxenpsykiatri", 'g', "vuxenpsykiatri"),
            ("socialtjänst", 'g', "socialtjanst"),
        ],
    );
    let methods = &unit.field("Behandlingsmetoder").unwrap().value;
    let ids: Vec<String> = marked(&ds, methods).into_iter().map(|m| m.2).collect();
    assert_eq!(
        ids,
        [
            "cpp",
            "cos-p",
            "marte-meo",
            "mim",
            "theraplay",
            "samspelsbehandling",
            "miljoterapi"
        ]
    );
}

#[test]
fn whole_tokens_and_no_addresses() {
    let ds = dataset();
    // "BUP:s" is BUP; the BUP in the address is not marked.
    let text = statement(&ds, "06", "För länk till BUP se");
    expect(marked(&ds, text), &[("BUP", 'g', "bup")]);
    let opening = statement(&ds, "01", "Upptagningsområde för Tittut");
    expect(
        marked(&ds, opening),
        &[
            ("Upptagningsområde", 'g', "upptagningsomrade"),
            ("BUP", 'g', "bup"),
            ("mellanvårdsenheter", 'g', "mellanvard"),
        ],
    );
    let text = ds
        .county("01")
        .unwrap()
        .statements
        .iter()
        .find(|s| s.text.contains("inga kliniska BHV-psykolog-tjänster"))
        .unwrap();
    let ids: Vec<String> = marked(&ds, &text.text).into_iter().map(|m| m.0).collect();
    assert_eq!(
        ids.iter().filter(|t| *t == "BHV").count() + 1,
        ids.len(),
        "{ids:?}"
    );
    assert!(ids.contains(&"BHV-psykolog".to_string()), "{ids:?}");
    // Every occurrence, and a doubtful spelling ("BOFF") stays plain text.
    let text = statement(&ds, "01", "Upplands-Bro: Bryggan");
    expect(
        marked(&ds, text),
        &[
            ("vårdcentral", 'g', "vardcentral"),
            ("vårdcentral", 'g', "vardcentral"),
            ("Marte Meo", 'm', "marte-meo"),
            ("öppenvård", 'g', "oppenvard"),
            ("Marte Meo", 'm', "marte-meo"),
        ],
    );
}

#[test]
fn terms_and_methods_do_not_share_ids_or_spellings() {
    let ds = dataset();
    assert!(ds.glossary.len() >= 30, "{}", ds.glossary.len());
    for t in &ds.glossary {
        assert!(ds.methods.iter().all(|m| m.id != t.id), "{}", t.id);
        for a in &t.aliases {
            assert!(
                ds.methods.iter().all(|m| !m.aliases.contains(a)),
                "{a} is a method's spelling"
            );
        }
        assert!(!t.explanation_sv.is_empty() && !t.explanation_en.is_empty());
    }
}
