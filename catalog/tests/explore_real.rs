//! The explore page's cards, derivations, filters, facet counts and empty-result advice on
//! the committed data set (`public/data`).

use catalog::explore::answers::{dc_field, DC_LABEL};
use catalog::explore::{
    AgeBand, Answer, ExploreQuery, Facet, Filter, Offer, OfferKind, Offers, Principal, Sort,
};
use catalog::index::Lexicon;
use catalog::{Dataset, OfferStatus, Stance};
use std::collections::BTreeSet;

fn dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    catalog::load::read_site_dataset(std::path::Path::new(dir)).unwrap()
}

fn offers(ds: &Dataset) -> Offers {
    Offers::build(&ds.counties, &Lexicon::of(ds))
}

fn query(q: &str) -> ExploreQuery {
    let pairs = form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()));
    let (query, dropped) = ExploreQuery::from_pairs(pairs).unwrap();
    assert!(dropped.is_empty(), "{dropped:?}");
    query
}

fn hit_ids(o: &Offers, q: &ExploreQuery) -> Vec<String> {
    o.run(q)
        .hits
        .iter()
        .map(|&i| o.cards()[i].id.clone())
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Whether a card has `value` of `facet`, read from the card itself (an implementation of
/// the facets apart from the index's).
fn has(ds: &Dataset, c: &Offer, facet: Facet, value: &str) -> bool {
    let t = &c.traits;
    match facet {
        Facet::County => c.county.code == value,
        Facet::Municipality => {
            c.municipalities.iter().any(|p| p.code == value)
                || (c.county_wide
                    && ds
                        .county(&c.county.code)
                        .unwrap()
                        .municipalities
                        .iter()
                        .any(|m| m.code == value))
        }
        Facet::Kind => c.kind.param() == value,
        Facet::Age => {
            if t.ages.is_empty() {
                value == "ej_angivet"
            } else {
                t.ages.iter().any(|b| b.param() == value)
            }
        }
        Facet::Method => c.methods.iter().any(|m| m == value),
        Facet::SelfReferral => t.self_referral.param() == value,
        Facet::Principal => t.principal.param() == value,
        Facet::Group => t.group.param() == value,
        Facet::Dc => t.dc.param() == value,
        Facet::Stance => c
            .stance
            .is_some_and(|s| catalog::explore::facets::stance_param(s) == value),
        Facet::Status => catalog::explore::facets::status_param(c.status) == value,
    }
}

#[test]
fn cards_of_every_kind_unique_and_traceable() {
    let ds = dataset();
    let o = offers(&ds);
    let count = |k: OfferKind| o.cards().iter().filter(|c| c.kind == k).count();
    let units: usize = ds.counties.iter().map(|c| c.units.len()).sum();
    let centres: usize = ds
        .counties
        .iter()
        .flat_map(|c| &c.municipalities)
        .map(|m| m.family_centres.len())
        .sum();
    assert_eq!(count(OfferKind::Unit), units);
    assert_eq!(count(OfferKind::FamilyCentre), centres);
    assert_eq!(
        (
            count(OfferKind::Unit),
            count(OfferKind::SocialServices),
            count(OfferKind::FamilyCentre),
            count(OfferKind::Prevention),
            count(OfferKind::OtherActor)
        ),
        (6, 44, 85, 31, 4)
    );
    let ids: BTreeSet<&str> = o.cards().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), o.len(), "ids are unique");
    for c in o.cards() {
        let county = ds.county(&c.county.code).unwrap();
        assert_eq!(c.source.file, county.source_file);
        assert!(c.source.first_line <= c.source.last_line, "{}", c.id);
        // A statement card's text is the county's statements, verbatim, within its lines.
        for s in &c.statements {
            assert!(
                county
                    .statements
                    .iter()
                    .any(|t| t.text == s.text && t.first_line == s.first_line),
                "{}",
                c.id
            );
            assert!(c.source.first_line <= s.first_line && s.last_line <= c.source.last_line);
        }
        assert_eq!(c.stance.is_some(), c.kind == OfferKind::SocialServices);
        if c.kind != OfferKind::Unit {
            assert_eq!(c.traits, Default::default(), "{}", c.id);
        }
    }
}

#[test]
fn social_services_cards_agree_with_the_ingest() {
    let ds = dataset();
    let o = offers(&ds);
    for county in &ds.counties {
        for m in &county.municipalities {
            let cards: Vec<&Offer> = o
                .cards()
                .iter()
                .filter(|c| {
                    c.kind == OfferKind::SocialServices && c.municipalities[0].code == m.code
                })
                .collect();
            // Every statement of an offer is on a card, and only those.
            let stated: BTreeSet<usize> = m
                .social_services
                .evidence
                .iter()
                .copied()
                .filter(|&i| {
                    let s = &county.statements[i];
                    !matches!(s.stance, Some(Stance::None | Stance::NotReported) | None)
                })
                .collect();
            let on_cards: BTreeSet<usize> = cards
                .iter()
                .flat_map(|c| &c.statements)
                .map(|s| {
                    county
                        .statements
                        .iter()
                        .position(|t| t.text == s.text && t.first_line == s.first_line)
                        .unwrap()
                })
                .filter(|i| stated.contains(i))
                .collect();
            assert_eq!(on_cards, stated, "{}", m.name);
            // The methods of its active offers are the municipality's methods.
            let mut methods: Vec<String> = cards
                .iter()
                .filter(|c| c.status.is_active())
                .flat_map(|c| c.methods.clone())
                .collect();
            methods.sort();
            methods.dedup();
            assert_eq!(methods, m.social_services.methods, "{}", m.name);
            if cards.is_empty() {
                assert!(
                    matches!(m.social_services.stance, Stance::None | Stance::NotReported),
                    "{}",
                    m.name
                );
            }
        }
    }
    // The planned trial in Stockholm is a card of its own, marked and hidden by default.
    let planned = o
        .cards()
        .iter()
        .find(|c| c.stance == Some(Stance::Planned))
        .unwrap();
    assert_eq!(planned.title, "Stockholm");
    assert_eq!(planned.status, OfferStatus::Planned);
    assert_eq!(planned.methods, ["mim", "theraplay"]);
    assert!(planned.statements[0]
        .text
        .starts_with("Hägersten-Liljeholmen avser att pröva MIM"));
    assert!(!hit_ids(&o, &query("")).contains(&planned.id));
    assert!(hit_ids(&o, &query("visa_avslutade=ja")).contains(&planned.id));
}

/// Every derivation on every real unit, with the text it is derived from.
#[test]
fn derivations_on_every_real_unit() {
    use AgeBand::*;
    struct Row {
        unit: &'static str,
        ages_text: &'static str,
        ages: &'static [AgeBand],
        principal_text: &'static str,
        principal: Principal,
        group_text: &'static str,
        group: Answer,
        dc_text: &'static str,
        dc: Answer,
        self_referral: Answer,
    }
    let table = [
        Row {
            unit: "01-spadbarnsverksamheten-tittut-stockholm",
            ages_text: "0–2 år. Utsträckt åldersintervall (förskoleåldern) för barn med flerfunktionsnedsättning och progredierande sjukdomar",
            ages: &[Y0To1, Y1To3],
            principal_text: "Stockholms läns landsting/habiliteringen",
            principal: Principal::Region,
            group_text: "Ja",
            group: Answer::Yes,
            dc_text: "Nej",
            dc: Answer::No,
            self_referral: Answer::Yes,
        },
        Row {
            unit: "01-bup-stockholm",
            ages_text: "0-6 år",
            ages: &[Y0To1, Y1To3, Y3To6],
            principal_text: "Stockholms läns sjukvårdsområde (SLSO)",
            principal: Principal::Region,
            group_text: "Ja i viss mån",
            group: Answer::Yes,
            dc_text: "Ja, DC:03R",
            dc: Answer::Yes,
            self_referral: Answer::No,
        },
        Row {
            unit: "01-barn-och-foraldraverksamheten-karnan-norrtalje",
            ages_text: "0-6 år",
            ages: &[Y0To1, Y1To3, Y3To6],
            principal_text: "Norrtälje kommun & Stockholms läns landsting",
            principal: Principal::Joint,
            group_text: "Anknytningsbaserad relationsbehandling i grupp med barn och föräldrar.",
            group: Answer::Yes,
            dc_text: "Ja",
            dc: Answer::Yes,
            self_referral: Answer::Yes,
        },
        Row {
            unit: "05-foraldrar-spadbarn-hagadal-linkoping",
            ages_text: "Graviditet. 0 – ca ett år",
            ages: &[Pregnancy, Y0To1],
            principal_text: "Region Östergötland/BUP och Linköpings kommun/ Råd och Stöd",
            principal: Principal::Joint,
            group_text: "Ja, 25 % av aktuella familjer.",
            group: Answer::Yes,
            dc_text: "Nej",
            dc: Answer::No,
            self_referral: Answer::Yes,
        },
        Row {
            unit: "05-spadbarnsverksamheten-norrkoping",
            ages_text: "Graviditet till ca 1– 1 ½ år",
            ages: &[Pregnancy, Y0To1, Y1To3],
            principal_text: "Region Östergötland/BUP och Norrköpings kommun",
            principal: Principal::Joint,
            group_text: "Ja, COS-P grupper. Vägledande samspel. Spädbarnsmassage grupp. Behandlande grupp efter behov.",
            group: Answer::Yes,
            dc_text: "Kompetensen finns men används inte regelbundet i verksamheten.",
            dc: Answer::Unclear,
            self_referral: Answer::Yes,
        },
        Row {
            unit: "18-gryningen-karlskoga",
            ages_text: "Gravida och barn 0–6 år",
            ages: &[Pregnancy, Y0To1, Y1To3, Y3To6],
            principal_text: "BUP, Region Örebro län. Gryningen drivs i samverkan med Karlskoga kommuns socialtjänst",
            principal: Principal::Joint,
            group_text: "Ja (varje familj har egen behandlare, men dagverksamheten sker i grupp)",
            group: Answer::Yes,
            dc_text: "Ja, DC:0–3R",
            dc: Answer::Yes,
            self_referral: Answer::Yes,
        },
    ];
    let ds = dataset();
    let o = offers(&ds);
    let units: Vec<_> = ds.counties.iter().flat_map(|c| &c.units).collect();
    assert_eq!(units.len(), table.len(), "one row per real unit");
    for row in &table {
        let unit = units.iter().find(|u| u.id == row.unit).unwrap();
        let field = |label: &str| unit.field(label).map(|f| f.value.as_str());
        // The texts as the data holds them, so a change of the data names the row.
        assert_eq!(field("Åldrar"), Some(row.ages_text), "{}", row.unit);
        assert_eq!(field("Huvudnamn"), Some(row.principal_text), "{}", row.unit);
        assert_eq!(
            field("Gruppverksamhet"),
            Some(row.group_text),
            "{}",
            row.unit
        );
        assert_eq!(field(DC_LABEL), Some(row.dc_text), "{}", row.unit);
        assert_eq!(dc_field(unit), Some(row.dc_text));
        let card = o.by_id(&format!("unit-{}", row.unit)).unwrap();
        let t = card.traits;
        assert_eq!(t.ages.iter().collect::<Vec<_>>(), row.ages, "{}", row.unit);
        assert_eq!(t.principal, row.principal, "{}", row.unit);
        assert_eq!(t.group, row.group, "{}", row.unit);
        assert_eq!(t.dc, row.dc, "{}", row.unit);
        assert_eq!(t.self_referral, row.self_referral, "{}", row.unit);
    }
}

/// Whether a unit's record names MIM: as a whole token, in any field but "Personal" (which
/// names training, not use).
fn names_mim(u: &catalog::Unit) -> bool {
    u.fields.iter().filter(|f| f.label != "Personal").any(|f| {
        f.value
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "MIM")
    })
}

#[test]
fn method_mim_gives_exactly_the_units_naming_it() {
    let ds = dataset();
    let o = offers(&ds);
    let expected: Vec<String> = ds
        .counties
        .iter()
        .flat_map(|c| &c.units)
        .filter(|u| names_mim(u))
        .map(|u| format!("unit-{}", u.id))
        .collect();
    assert_eq!(
        sorted(hit_ids(&o, &query("metod=mim"))),
        sorted(expected.clone())
    );
    assert_eq!(
        expected,
        ["unit-01-bup-stockholm", "unit-18-gryningen-karlskoga"]
    );
    assert_eq!(
        sorted(hit_ids(&o, &query("metod=mim&typ=enhet"))),
        sorted(expected)
    );
    // With ended and planned shown, Stockholm's planned MIM trial joins them.
    assert_eq!(hit_ids(&o, &query("metod=mim&visa_avslutade=ja")).len(), 3);
}

#[test]
fn self_referral_and_age_narrow() {
    let ds = dataset();
    let o = offers(&ds);
    let titles = |q: &str| -> Vec<String> {
        o.run(&query(q))
            .hits
            .iter()
            .map(|&i| o.cards()[i].title.clone())
            .collect()
    };
    let self_referral = titles("egen_remiss=ja");
    let newborn = titles("alder=0-1");
    let both = titles("egen_remiss=ja&alder=0-1");
    assert_eq!(
        both,
        [
            "Barn- och föräldraverksamheten Kärnan, Norrtälje",
            "Föräldrar-spädbarn Hagadal, Linköping",
            "Gryningen, Karlskoga",
            // Swedish order with separators aside: "Spädbarnsverksamheten N…" < "… T…".
            "Spädbarnsverksamheten, Norrköping",
            "Spädbarnsverksamheten Tittut, Stockholm",
        ]
    );
    assert!(both.len() <= self_referral.len() && both.len() < newborn.len());
    assert!(both
        .iter()
        .all(|t| self_referral.contains(t) && newborn.contains(t)));
    assert!(newborn.contains(&"BUP, Stockholm".to_string()));
    assert!(
        !both.contains(&"BUP, Stockholm".to_string()),
        "BUP takes referrals only"
    );
    assert_eq!(
        titles("alder=gravid&egen_remiss=ja"),
        [
            "Föräldrar-spädbarn Hagadal, Linköping",
            "Gryningen, Karlskoga",
            "Spädbarnsverksamheten, Norrköping",
        ]
    );
    assert_eq!(titles("egen_remiss=nej"), ["BUP, Stockholm"]);
    // Several values of one filter: OR.
    assert_eq!(titles("egen_remiss=ja&egen_remiss=nej&typ=enhet").len(), 6);
}

#[test]
fn text_finds_methods_by_their_aliases() {
    let ds = dataset();
    let o = offers(&ds);
    let active_with = |id: &str| -> Vec<String> {
        sorted(
            o.cards()
                .iter()
                .filter(|c| c.status.is_active() && c.methods.iter().any(|m| m == id))
                .map(|c| c.id.clone())
                .collect(),
        )
    };
    let hits = sorted(hit_ids(&o, &query("q=trygghetscirkeln")));
    let cos_p = active_with("cos-p");
    assert!(cos_p.len() >= 20, "{}", cos_p.len());
    assert!(cos_p.iter().all(|id| hits.contains(id)), "every COS-P card");
    // Beyond them only a card whose verbatim text names it for another municipality:
    // Kumla's, from "I Hallsberg har … Trygghetscirkeln …, medan Kumla har Marte Meo …".
    let extra: Vec<&String> = hits.iter().filter(|id| !cos_p.contains(id)).collect();
    assert_eq!(extra.len(), 1, "{extra:?}");
    let kumla = o.by_id(extra[0]).unwrap();
    assert_eq!(kumla.title, "Kumla");
    assert!(kumla.statements[0].text.contains("Trygghetscirkeln"));
    // Diacritics and case aside, and in NFD as the browser hands it over.
    let nfd = "va\u{308}gledande SAMSPEL";
    let icdp = sorted(hit_ids(&o, &query(&format!("q={}", nfd))));
    assert_eq!(icdp, active_with("icdp"));
    assert_eq!(sorted(hit_ids(&o, &query("q=Vägledande+samspel"))), icdp);
    // Places, names and facts are searched too.
    let kumla = o.run(&query("q=kumla")).hits;
    assert!(kumla.iter().any(|&i| {
        let c = &o.cards()[i];
        c.kind == OfferKind::SocialServices && c.title == "Kumla"
    }));
    assert_eq!(
        hit_ids(&o, &query("q=gryningen"))[0],
        "unit-18-gryningen-karlskoga"
    );
    assert!(hit_ids(&o, &query("q=xyzzy")).is_empty());
}

#[test]
fn every_filter_keeps_exactly_the_cards_with_its_value() {
    let ds = dataset();
    let o = offers(&ds);
    for facet in Facet::CHOSEN {
        for opt in o.options(facet) {
            let mut q = ExploreQuery::default();
            q.include_inactive = true;
            assert!(q.choose(facet, &opt.value), "{facet:?} {}", opt.value);
            let hits: BTreeSet<String> = hit_ids(&o, &q).into_iter().collect();
            let expected: BTreeSet<String> = o
                .cards()
                .iter()
                .filter(|c| has(&ds, c, facet, &opt.value))
                .map(|c| c.id.clone())
                .collect();
            assert_eq!(hits, expected, "{facet:?}={}", opt.value);
        }
    }
    // Facts stated on the real data, one per filter.
    let n = |q: &str| o.run(&query(q)).hits.len();
    assert_eq!(
        n("lan=22"),
        2 + 2 + 3,
        "Västernorrland: social services, prevention, centres"
    );
    assert_eq!(n("kommun=1881&typ=socialtjanst"), 1);
    assert_eq!(
        n("kommun=1860&typ=enhet"),
        1,
        "Laxå is in Gryningen's catchment"
    );
    assert_eq!(
        n("kommun=0180&typ=enhet"),
        2,
        "Tittut and BUP cover all Stockholm"
    );
    assert_eq!(n("typ=ovriga"), 4);
    assert_eq!(n("huvudman=region"), 2);
    assert_eq!(n("huvudman=gemensam"), 4);
    assert_eq!(n("grupp=ja&typ=enhet"), 6);
    assert_eq!(n("dc=ja"), 3);
    assert_eq!(n("dc=oklart"), 1);
    assert_eq!(
        n("hallning=koper"),
        4,
        "Lidingö, Stockholm, Vallentuna, Vaxholm"
    );
    assert_eq!(n("hallning=via_enhet"), 5);
    assert_eq!(n("hallning=planerad"), 0, "planned is hidden by default");
    assert_eq!(n("hallning=planerad&visa_avslutade=ja"), 1);
}

#[test]
fn facet_counts_match_brute_force() {
    let ds = dataset();
    let o = offers(&ds);
    for q in [
        "",
        "metod=cos-p",
        "q=marte+meo&lan=18",
        "typ=socialtjanst&typ=enhet&hallning=erbjuder",
        "alder=0-1&egen_remiss=ja&visa_avslutade=ja",
        "kommun=0180&kommun=1881&metod=marte-meo&metod=mim",
        "q=familjecentral&lan=01&lan=05",
        "dc=ja&grupp=ja&huvudman=gemensam",
        "q=zzzz",
    ] {
        let query = query(q);
        let result = o.run(&query);
        for facet in Facet::ALL {
            // The cards that pass every filter but this facet's.
            let mut without = query.clone();
            without.remove(Filter::Facet(facet));
            let pass = o.run(&without).hits;
            for (k, opt) in o.options(facet).iter().enumerate() {
                let expected = pass
                    .iter()
                    .filter(|&&i| has(&ds, &o.cards()[i], facet, &opt.value))
                    .count() as u32;
                assert_eq!(
                    result.counts[facet.index()][k],
                    expected,
                    "{q}: {facet:?}={}",
                    opt.value
                );
            }
        }
        let shown = result.options(&o, &query, Facet::Kind);
        assert_eq!(shown.len(), 5);
        let mut all_statuses = query.clone();
        all_statuses.include_inactive = true;
        let hidden = o.run(&all_statuses);
        if !query.include_inactive {
            assert_eq!(
                result.hidden_inactive,
                hidden.hits.len() - result.hits.len(),
                "{q}"
            );
        }
    }
}

#[test]
fn an_empty_result_names_the_filter_to_loosen() {
    let ds = dataset();
    let o = offers(&ds);
    let q = query("typ=familjecentral&metod=mim");
    let r = o.run(&q);
    assert!(r.hits.is_empty());
    assert_eq!(r.loosen[0].filter, Filter::Facet(Facet::Method));
    assert_eq!(r.loosen[0].hits, 85, "every family centre");
    for l in &r.loosen {
        let mut loosened = q.clone();
        loosened.remove(l.filter);
        assert_eq!(o.run(&loosened).hits.len(), l.hits, "{:?}", l.filter);
    }
    let filters: Vec<Filter> = r.loosen.iter().map(|l| l.filter).collect();
    assert_eq!(
        filters,
        [
            Filter::Facet(Facet::Method),
            Filter::Facet(Facet::Kind),
            Filter::Facet(Facet::Status)
        ]
    );
    // Only the planned trial names MIM among social services: show planned to see it.
    let r = o.run(&query("typ=socialtjanst&metod=mim"));
    let status = r
        .loosen
        .iter()
        .find(|l| l.filter == Filter::Facet(Facet::Status));
    assert_eq!(status.map(|l| l.hits), Some(1));
    assert_eq!(
        r.loosen[0].filter,
        Filter::Facet(Facet::Method),
        "43 social-services cards"
    );
    assert_eq!(r.loosen[0].hits, 43);
    assert!(o.run(&query("")).loosen.is_empty());
    // Text that finds nothing: the text is what to loosen.
    let r = o.run(&query("q=qwerty&lan=18"));
    assert_eq!(r.loosen[0].filter, Filter::Text);
}

#[test]
fn sorts() {
    let ds = dataset();
    let o = offers(&ds);
    let titles = |q: &str| -> Vec<String> {
        o.run(&query(q))
            .hits
            .iter()
            .map(|&i| o.cards()[i].title.clone())
            .collect()
    };
    let by_name = titles("typ=socialtjanst");
    let mut expected = by_name.clone();
    expected.sort_by(|a, b| catalog::search::swedish_cmp(a, b));
    assert_eq!(by_name, expected);
    assert_eq!(by_name.first().map(String::as_str), Some("Aneby"));
    assert_eq!(by_name.last().map(String::as_str), Some("Örnsköldsvik"));
    let counties: Vec<String> = o
        .run(&query("typ=enhet&sort=lan"))
        .hits
        .iter()
        .map(|&i| o.cards()[i].county.name.clone())
        .collect();
    assert_eq!(
        counties,
        [
            "Stockholm",
            "Stockholm",
            "Stockholm",
            "Örebro",
            "Östergötland",
            "Östergötland"
        ]
    );
    assert_eq!(query("q=mim").effective_sort(), Sort::Relevance);
    // Relevance: a title match before a match in the text.
    let r = titles("q=karlskoga");
    assert_eq!(r[0], "Gryningen, Karlskoga");
}

#[test]
fn data_unknown_values_are_dropped_by_check() {
    let ds = dataset();
    let o = offers(&ds);
    let (q, _) = ExploreQuery::from_pairs(
        [
            ("lan", "99"),
            ("lan", "18"),
            ("metod", "no-such-method"),
            ("kommun", "1881"),
            ("kommun", "9999"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string())),
    )
    .unwrap();
    let (q, dropped) = o.check(q);
    let named: Vec<(&str, &str)> = dropped
        .iter()
        .map(|d| (d.key.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("lan", "99"),
            ("kommun", "9999"),
            ("metod", "no-such-method")
        ]
    );
    assert_eq!(q.to_query_string(), "lan=18&kommun=1881");
    // A method of the lexicon that no card names is known: it gives an empty list with advice.
    let (q, dropped) = o.check(query("metod=wisc&typ=familjecentral"));
    assert!(dropped.is_empty());
    assert!(o.run(&q).hits.is_empty());
}

#[test]
fn cards_fold_as_the_browser_query_does() {
    use unicode_normalization::UnicodeNormalization;
    let ds = dataset();
    let mut texts: Vec<&str> = Vec::new();
    for c in &ds.counties {
        texts.extend(c.statements.iter().map(|s| s.text.as_str()));
        texts.extend(
            c.units
                .iter()
                .flat_map(|u| &u.fields)
                .map(|f| f.value.as_str()),
        );
        texts.extend(c.paragraphs.iter().map(|p| p.source.text.as_str()));
    }
    texts.extend(
        ds.methods
            .iter()
            .flat_map(|m| &m.aliases)
            .map(String::as_str),
    );
    assert!(texts.len() > 400);
    for t in texts {
        let nfd: String = t.nfd().collect();
        assert_eq!(
            catalog::search::fold_key(t),
            catalog::search::fold_key(&nfd),
            "{t}"
        );
    }
}
