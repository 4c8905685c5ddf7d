//! The municipality overview on the committed data set: what a view shows for a sample of
//! municipalities.

use catalog::overview::municipality_overviews;
use catalog::{Dataset, Stance};

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

#[test]
fn laxa_sundsvall_and_vetlanda() {
    let ds = dataset();
    let find = |county: &str, name: &str| {
        let c = ds.county(county).unwrap();
        let o = municipality_overviews(&ds.methods, c)
            .into_iter()
            .find(|o| o.municipality.name == name)
            .unwrap();
        (
            o.units.iter().map(|u| u.name.clone()).collect::<Vec<_>>(),
            o.municipality.social_services.stance,
            o.evidence
                .iter()
                .map(|s| s.text.clone())
                .collect::<Vec<_>>(),
            o.methods.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
            o.other_statements
                .iter()
                .map(|s| s.text.clone())
                .collect::<Vec<_>>(),
        )
    };

    let (units, stance, evidence, methods, _) = find("18", "Laxå");
    assert_eq!(units, ["Gryningen, Karlskoga"]);
    assert_eq!(stance, Stance::Offers);
    assert_eq!(evidence.len(), 2);
    assert!(evidence[0].starts_with("Karlskoga, Degerfors och Laxå har tillgång till Gryningen"));
    assert_eq!(methods, ["marte-meo"]);

    let (units, stance, _, _, other) = find("22", "Sundsvall");
    assert!(units.is_empty());
    assert_eq!(stance, Stance::Offers);
    assert!(other
        .iter()
        .any(|s| s.starts_with("BUP Sundsvall har kompetens")));
    assert!(other
        .iter()
        .any(|s| s.starts_with("I Sundsvall pågår ett projekt")));

    // What BHV and BUP say for the whole county reaches every municipality.
    let c = ds.county("06").unwrap();
    let vetlanda = municipality_overviews(&ds.methods, c)
        .into_iter()
        .find(|o| o.municipality.name == "Vetlanda")
        .unwrap();
    let services: Vec<&str> = vetlanda
        .county_services
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert!(services
        .iter()
        .any(|t| t.starts_with("BHV Region Jönköpings län har en Barnhälsovårdspsykologenhet")));
    assert!(services
        .iter()
        .any(|t| t.starts_with("BUP Insatser vad gäller samspelsbehandling saknas")));

    let (units, stance, evidence, methods, _) = find("06", "Vetlanda");
    assert!(units.is_empty());
    assert_eq!(stance, Stance::None);
    assert_eq!(
        evidence,
        ["Vetlanda uppger att man inte kan erbjuda samspelsbehandling."]
    );
    assert!(methods.is_empty());

    // Not mentioned by its social services: not reported, never "no".
    let (_, stance, evidence, _, _) = find("05", "Boxholm");
    assert_eq!(stance, Stance::NotReported);
    assert!(evidence.is_empty());
}

#[test]
fn kumla_has_no_team_and_karlskoga_can_call_gryningen_themselves() {
    use catalog::overview::{municipality_overview, Contact};
    let ds = dataset();
    let orebro = ds.county("18").unwrap();
    let kumla = municipality_overview(&ds.methods, orebro, "1881").unwrap();
    assert!(kumla.units.is_empty());
    assert!(kumla.possibly_covering.is_empty());
    assert_eq!(kumla.municipality.social_services.stance, Stance::Offers);
    let methods: Vec<&str> = kumla.methods.iter().map(|m| m.id.as_str()).collect();
    assert!(
        methods.contains(&"marte-meo") && methods.contains(&"pyc"),
        "{methods:?}"
    );
    assert_eq!(kumla.municipality.family_centres.len(), 1);
    assert_eq!(kumla.municipality.family_centres[0].name, "Familjens Hus");

    let karlskoga = municipality_overview(&ds.methods, orebro, "1883").unwrap();
    let names: Vec<&str> = karlskoga.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["Gryningen, Karlskoga"]);
    assert_eq!(Contact::of(karlskoga.units[0]), Contact::SelfReferral);
    assert!(municipality_overview(&ds.methods, orebro, "0180").is_none());
}
