//! The HSDS file of the open data, checked against Open Referral's HSDS 3.0 JSON Schemas
//! (vendored under `tests/hsds-3.0/`, see its SOURCE.md): every object has the properties
//! its schema requires, every property is one its schema defines (with the schema's type,
//! `uuid` format and enum) or a `samspelskartan_` extension, every id is a UUID v5 in the
//! project's namespace, every reference points to an object of the right kind in the file,
//! every property used has its row in the written mapping; and facts followed from the
//! county pages.

mod common;

use catalog::open_data::hsds::{mapping, EXTENSION_PREFIX, UUID_NAMESPACE};
use common::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

fn schema(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hsds-3.0")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// What the walk finds.
#[derive(Default)]
struct Walk {
    /// id → (kind, the object).
    ids: HashMap<String, (String, Value)>,
    /// (where, the key, the id it points to).
    references: Vec<(String, String, String)>,
    /// (kind, key) of every property used.
    used: BTreeSet<(String, String)>,
    problems: Vec<String>,
}

fn type_ok(def: &Value, v: &Value) -> bool {
    match def.get("type").and_then(Value::as_str) {
        Some("string") => v.is_string(),
        Some("number") => v.is_number(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("boolean") => v.is_boolean(),
        Some("array") => v.is_array(),
        Some("object") => v.is_object(),
        _ => true,
    }
}

fn is_v5(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.get_version_num() == 5 && u.to_string() == s)
}

impl Walk {
    /// Checks an object against the schema `kind.json` and everything in it.
    fn object(&mut self, kind: &str, v: &Value, at: &str) {
        let s = schema(&format!("{kind}.json"));
        let Some(obj) = v.as_object() else {
            self.problems.push(format!("{at}: not an object"));
            return;
        };
        for r in s["required"].as_array().into_iter().flatten() {
            let r = r.as_str().unwrap();
            if obj.get(r).is_none_or(Value::is_null) {
                self.problems
                    .push(format!("{at}: {kind} lacks the required {r}"));
            }
        }
        for (key, value) in obj {
            self.used.insert((kind.to_string(), key.clone()));
            let here = format!("{at}.{key}");
            if key.starts_with(EXTENSION_PREFIX) {
                if key == "samspelskartan_joint_principal_ids" {
                    for id in value.as_array().unwrap() {
                        self.references.push((
                            here.clone(),
                            "organization_id".into(),
                            id.as_str().unwrap().into(),
                        ));
                    }
                }
                continue;
            }
            // The compiled organisation view embeds its services.
            let def = if kind == "organization" && key == "services" {
                serde_json::json!({"type": "array", "items": {"$ref": "service.json"}})
            } else {
                match s["properties"].get(key) {
                    Some(d) => d.clone(),
                    None => {
                        self.problems
                            .push(format!("{here}: {kind} has no property {key}"));
                        continue;
                    }
                }
            };
            if let Some(r) = def.get("$ref").and_then(Value::as_str) {
                self.object(r.trim_end_matches(".json"), value, &here);
                continue;
            }
            if !type_ok(&def, value) {
                self.problems
                    .push(format!("{here}: not of type {}", def["type"]));
            }
            if let Some(items) = def["items"].get("$ref").and_then(Value::as_str) {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    self.object(
                        items.trim_end_matches(".json"),
                        item,
                        &format!("{here}[{i}]"),
                    );
                }
            }
            if let Some(options) = def.get("enum").and_then(Value::as_array) {
                if !options.contains(value) {
                    self.problems
                        .push(format!("{here}: {value} is not one of {options:?}"));
                }
            }
            if def.get("format").and_then(Value::as_str) == Some("uuid") {
                let id = value.as_str().unwrap_or_default();
                if !is_v5(id) {
                    self.problems
                        .push(format!("{here}: {value} is not a UUID v5"));
                }
                if key == "id" {
                    if let Some((other, first)) = self.ids.get(id) {
                        // An embedded term or taxonomy recurs; anything else must not.
                        if other != kind || first != v {
                            self.problems.push(format!("{here}: id {id} given twice"));
                        }
                    }
                    self.ids
                        .insert(id.to_string(), (kind.to_string(), v.clone()));
                } else {
                    self.references
                        .push((here.clone(), key.clone(), id.to_string()));
                }
            }
        }
    }
}

fn hsds() -> Value {
    serde_json::from_str(open_file("hsds.json")).unwrap()
}

fn walk() -> Walk {
    let file = hsds();
    let mut w = Walk::default();
    let api = schema("openapi.json");
    let page = &api["components"]["schemas"]["Page"]["properties"];
    for (key, value) in file.as_object().unwrap() {
        w.used.insert(("page".into(), key.clone()));
        match key.as_str() {
            "contents" => {
                for (i, org) in value.as_array().unwrap().iter().enumerate() {
                    w.object("organization", org, &format!("contents[{i}]"));
                }
            }
            k if k.starts_with(EXTENSION_PREFIX) => {}
            k => match page.get(k) {
                Some(def) if type_ok(def, value) => {}
                _ => w.problems.push(format!("{k} is not a property of Page")),
            },
        }
    }
    w
}

#[test]
fn every_object_as_the_schemas_say() {
    let w = walk();
    assert!(w.problems.is_empty(), "{:#?}", w.problems);
    let count = |kind: &str| w.ids.values().filter(|(k, _)| k == kind).count();
    assert!(count("organization") > 10 && count("service") > 10);
    assert_eq!(
        count("location"),
        1,
        "only BUP Stockholm's page gives an address"
    );
    assert!(count("phone") >= 3 && count("taxonomy") == 2);
}

#[test]
fn the_check_finds_what_is_wrong() {
    let file = hsds();
    let (_, mut s) = service(&file, "18-gryningen-karlskoga");
    let o = s.as_object_mut().unwrap();
    o.remove("name");
    o.insert("status".into(), "open".into());
    o.insert("colour".into(), "blue".into());
    o.insert(
        "organization_id".into(),
        "d752d288-3b1e-4f56-a7c9-30193902fcf0".into(),
    );
    o.insert("minimum_age".into(), "0".into());
    let mut w = Walk::default();
    w.object("service", &s, "s");
    assert_eq!(
        w.problems,
        [
            "s: service lacks the required name",
            "s.colour: service has no property colour",
            "s.minimum_age: not of type \"number\"",
            "s.organization_id: \"d752d288-3b1e-4f56-a7c9-30193902fcf0\" is not a UUID v5",
            "s.status: \"open\" is not one of [String(\"active\"), String(\"inactive\"), String(\"defunct\"), String(\"temporarily closed\")]",
        ]
    );
}

#[test]
fn ids_are_uuid_v5_of_the_projects_names_and_references_resolve() {
    let w = walk();
    let namespace = uuid::Uuid::parse_str(UUID_NAMESPACE).unwrap();
    let gryningen = uuid::Uuid::new_v5(&namespace, b"service/unit/18-gryningen-karlskoga");
    assert_eq!(w.ids[&gryningen.to_string()].0, "service");
    assert!(!w.references.is_empty());
    for (at, key, id) in &w.references {
        let expected = match key.as_str() {
            "organization_id" => "organization",
            "service_id" | "link_id" => "service",
            "location_id" => "location",
            "taxonomy_term_id" => "taxonomy_term",
            "taxonomy_id" => "taxonomy",
            other => panic!("{at}: a reference {other} the test does not know"),
        };
        match w.ids.get(id) {
            Some((kind, _)) => assert_eq!(kind, expected, "{at}"),
            None => panic!("{at}: {id} is no object of the file"),
        }
    }
    // Nested objects name the object they are in.
    let file = hsds();
    for org in file["contents"].as_array().unwrap() {
        for s in org["services"].as_array().unwrap() {
            assert_eq!(s["organization_id"], org["id"]);
            for a in s["service_areas"].as_array().into_iter().flatten() {
                assert_eq!(a["service_id"], s["id"]);
            }
        }
    }
}

#[test]
fn every_property_used_is_written_down() {
    let w = walk();
    let whole = [
        "phone",
        "address",
        "attribute",
        "organization_identifier",
        "service_at_location",
        "taxonomy_term",
        "taxonomy",
        "location",
    ];
    for (kind, key) in &w.used {
        let documented = if key.starts_with(EXTENSION_PREFIX) {
            mapping(&format!("{kind}.{key}")).is_some()
        } else if key == "id" || key.ends_with("_id") {
            mapping("id").is_some()
        } else if whole.contains(&kind.as_str()) {
            mapping(kind).is_some()
        } else {
            mapping(&format!("{kind}.{key}")).is_some()
                || (kind == "page" && mapping("page").is_some())
        };
        assert!(
            documented,
            "{kind}.{key} is not in catalog::open_data::hsds::MAPPING"
        );
    }
}

/// The service made from the project's id.
fn service(file: &Value, project_id: &str) -> (Value, Value) {
    for org in file["contents"].as_array().unwrap() {
        for s in org["services"].as_array().unwrap() {
            if s["samspelskartan_id"] == project_id {
                return (org.clone(), s.clone());
            }
        }
    }
    panic!("no service {project_id}");
}

fn organization_named(file: &Value, id: &Value) -> String {
    file["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| &o["id"] == id)
        .map(|o| o["name"].as_str().unwrap().to_string())
        .unwrap()
}

#[test]
fn gryningen_as_the_orebro_page_states_it() {
    let file = hsds();
    let (org, s) = service(&file, "18-gryningen-karlskoga");
    // "Huvudnamn BUP, Region Örebro län. Gryningen drivs i samverkan med Karlskoga kommuns
    // socialtjänst": the region first, Karlskoga runs it jointly.
    assert_eq!(org["name"], "Region Örebro län");
    let joint = s["samspelskartan_joint_principal_ids"].as_array().unwrap();
    assert_eq!(joint.len(), 1);
    assert_eq!(organization_named(&file, &joint[0]), "Karlskoga kommun");
    assert_eq!(s["name"], "Gryningen, Karlskoga");
    assert_eq!(s["eligibility_description"], "Gravida och barn 0–6 år");
    assert_eq!(
        (s["minimum_age"].as_f64(), s["maximum_age"].as_f64()),
        (Some(0.0), Some(6.0))
    );
    assert_eq!(
        s["application_process"],
        "Familjerna kan söka själva eller remitteras direkt till Gryningen från t ex MBHV, vuxenpsykiatri, socialtjänst, förskola osv"
    );
    assert_eq!(s["samspelskartan_self_referral"], true);
    assert_eq!(s["url"], "https://www.regionorebrolan.se/gryningen");
    assert_eq!(s["assured_date"], "2021-02-03");
    assert_eq!(s["status"], "active");
    let area = &s["service_areas"][0];
    assert_eq!(area["name"], "Karlskoga, Degerfors, Laxå kommuner.");
    assert_eq!(
        area["samspelskartan_municipality_codes"],
        serde_json::json!(["1860", "1862", "1883"])
    );
    assert_eq!(area["samspelskartan_unnamed_municipalities"], 0);
    let methods: Vec<&str> = s["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["taxonomy_term"]["code"].as_str().unwrap())
        .collect();
    assert!(
        methods.contains(&"marte-meo") && methods.contains(&"mim"),
        "{methods:?}"
    );
    assert_eq!(
        s["samspelskartan_source"]["file"],
        "data/counties/18-orebro.txt"
    );
    assert!(s["description"]
        .as_str()
        .unwrap()
        .contains("Personal: Sex heltidstjänster"));
}

#[test]
fn kumla_offers_and_halleforss_cannot() {
    let file = hsds();
    let (org, s) = service(&file, "socialtjanst-1881");
    assert_eq!(org["name"], "Kumla kommun");
    assert_eq!(org["organization_identifiers"][0]["identifier"], "1881");
    let codes: Vec<&str> = s["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["taxonomy_term"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["offers", "marte-meo", "pyc"]);
    assert!(s["description"]
        .as_str()
        .unwrap()
        .contains("Kumla har Marte Meo och har börjat med PYC"));
    assert_eq!(
        s["samspelskartan_source"]["lines"],
        serde_json::json!([[37, 37]])
    );
    // "Hällefors och Ljusnarsberg kan inte erbjuda någon samspelsbehandling": no offer.
    let text = open_file("hsds.json");
    assert!(
        !text.contains("socialtjanst-1863"),
        "Hällefors is no service"
    );
    let (build, _) = open_data();
    let offers = build
        .dataset
        .counties
        .iter()
        .flat_map(|c| &c.municipalities)
        .filter(|m| {
            ingest::open_data::hsds::services::OFFER_STANCES.contains(&m.social_services.stance)
        })
        .count();
    let units: usize = build.dataset.counties.iter().map(|c| c.units.len()).sum();
    assert_eq!(
        text.matches("\"samspelskartan_kind\":\"social_services\"")
            .count(),
        offers
    );
    assert_eq!(
        text.matches("\"samspelskartan_kind\":\"unit\"").count(),
        units
    );
}

#[test]
fn joint_units_and_the_one_stated_address() {
    let file = hsds();
    // "Norrtälje kommun & Stockholms läns landsting": Norrtälje first.
    let (org, s) = service(&file, "01-barn-och-foraldraverksamheten-karnan-norrtalje");
    assert_eq!(org["name"], "Norrtälje kommun");
    let joint = &s["samspelskartan_joint_principal_ids"][0];
    assert_eq!(organization_named(&file, joint), "Region Stockholm");
    // "BUP Stockholm, Sachsgatan 10, 11861 Stockholm."
    let (org, s) = service(&file, "01-bup-stockholm");
    let location = &org["locations"][0];
    assert_eq!(location["name"], "BUP Stockholm");
    assert_eq!(location["addresses"][0]["address_1"], "Sachsgatan 10");
    assert_eq!(location["addresses"][0]["postal_code"], "11861");
    assert_eq!(location["addresses"][0]["state_province"], "Stockholms län");
    assert!(
        location.get("latitude").is_none(),
        "no invented coordinates"
    );
    assert_eq!(s["service_at_locations"][0]["location_id"], location["id"]);
    assert_eq!(s["phones"][0]["number"], "08-51452000");
    assert_eq!(s["email"], "bup.slso@sll.se");
    assert_eq!(s["samspelskartan_self_referral"], false);
}
