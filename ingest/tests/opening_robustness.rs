//! Whatever an opening says, reading it never panics, and what it gives stays within the
//! county: every catchment holds municipalities of the county only, only active units are
//! coverage, and a stated total stands on a line of the opening.

mod common;

use common::*;
use ingest::editorial::decisions::Decisions;
use ingest::report::Log;
use ingest::Editorial;
use proptest::prelude::*;
use std::sync::OnceLock;

fn editorial() -> &'static Editorial {
    static E: OnceLock<Editorial> = OnceLock::new();
    E.get_or_init(|| Editorial::load(&data_dir(), "data", gazetteer()).expect("editorial files"))
}

/// Pieces of opening sentences, in the catalogue's words, to combine at random.
const PIECES: &[&str] = &[
    "De två förstnämnda",
    "den sistnämnda",
    "Båda",
    "Samtliga tre verksamheter",
    "Teamet i Arvika",
    "verksamheten i Norrköping",
    "Gryningen",
    "Kärnans",
    "täcker",
    "tar emot familjer från",
    "har",
    "som upptagningsområde",
    "är till för invånare i",
    "hela länet",
    "länets övriga nio kommuner",
    "Karlskoga, Degerfors och Laxå",
    "och fyra andra kommuner",
    "i mån av plats även Nora",
    "har inte någon sådan möjlighet",
    "Invånarna i fem av länets tolv kommuner har tillgång till ett team",
    "är under uppbyggnad",
    "2013–2016; arbetet är nu avslutat",
    "alla utom Örebro",
    ",",
    ".",
    ":",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_opening_reads_without_panic_and_stays_in_the_county(
        which in 0..PAGES.len(),
        picks in proptest::collection::vec(0..PIECES.len(), 0..40),
        noise in "[A-Za-zÅÄÖåäö0-9 ,.;:–-]{0,60}",
    ) {
        let (mut county, _) = ingest::parse_county("f.txt", &page(PAGES[which]), gazetteer())
            .expect("a real page parses");
        let sentence: Vec<&str> = picks.iter().map(|&i| PIECES[i]).collect();
        let text = format!("{} {noise}", sentence.join(" "));
        let opening = county.paragraphs.iter_mut().find(|p| p.section.is_empty());
        let line = match opening {
            Some(p) => {
                p.source.text.push('\n');
                p.source.text.push_str(&text);
                p.source.last_line += 1;
                p.source.last_line
            }
            None => return Ok(()),
        };
        let mut log = Log::default();
        ingest::coverage::apply(&mut county, editorial(), &mut Decisions::default(), &mut log);
        let own: Vec<&str> = county.municipalities.iter().map(|m| m.code.as_str()).collect();
        for u in &county.units {
            for code in &u.catchment.municipalities {
                prop_assert!(own.contains(&code.as_str()), "{code} in {}", u.name);
            }
        }
        for m in &county.municipalities {
            for id in &m.covering_units {
                let unit = county.units.iter().find(|u| &u.id == id).unwrap();
                prop_assert!(unit.status.is_active());
            }
        }
        if let Some(s) = &county.stated_coverage {
            prop_assert!(s.source.first_line <= line);
        }
        prop_assert!(county.unnamed_municipalities as usize <= own.len());
    }
}
