//! The HSDS services: each specialised unit, and each municipality's social-services offer
//! whose stance is offers, limited, buys or via a team (planned, ended, none and not
//! reported are no offer and are left out). Every text is the page's, verbatim; what the
//! project derives (ages in figures, self-referral, municipality codes) is marked as such
//! in `catalog::open_data::hsds::MAPPING`.

use super::address::addresses;
use super::ids::id;
use super::objects::{Address, Location, Phone, Service, ServiceArea, ServiceAtLocation, Source};
use super::principals::{unit_principals, PrincipalRef};
use super::terms::{method_attributes, stance_attribute};
use catalog::explore::ages::age_span;
use catalog::model::{methods_named, County, Dataset, Municipality, Stance, Unit};
use catalog::OfferStatus;

/// The stances that are an offer.
pub const OFFER_STANCES: [Stance; 4] = [
    Stance::Offers,
    Stance::Limited,
    Stance::Buys,
    Stance::ViaUnit,
];

/// A service with the organisation it belongs to, the others that run it jointly, and the
/// locations it names.
#[derive(Debug, Clone)]
pub struct Placed {
    pub service: Service,
    /// The first-named principal, then the others.
    pub principals: Vec<PrincipalRef>,
    pub locations: Vec<Location>,
}

fn hsds_status(status: OfferStatus) -> &'static str {
    match status {
        OfferStatus::Active => "active",
        OfferStatus::UnderConstruction | OfferStatus::Planned => "inactive",
        OfferStatus::Ended => "defunct",
    }
}

/// Years as a number with at most two decimals.
fn years(y: f32) -> f64 {
    (f64::from(y) * 100.0).round() / 100.0
}

/// The name of a municipality of Sweden by code.
fn municipality_name<'a>(dataset: &'a Dataset, code: &'a str) -> &'a str {
    dataset
        .search
        .municipalities
        .iter()
        .find(|m| m.code == code)
        .map_or(code, |m| m.name.as_str())
}

/// The county's name with "län" ("Stockholms län").
fn county_lan_name(dataset: &Dataset, county: &County) -> String {
    dataset
        .search
        .counties
        .iter()
        .find(|c| c.code == county.code)
        .map_or_else(|| county.name.clone(), |c| c.name.clone())
}

fn source(county: &County, lines: Vec<[u32; 2]>) -> Source {
    Source {
        file: county.source_file.clone(),
        lines,
        updated: county.updated.as_ref().map(|u| u.date.clone()),
    }
}

/// The municipalities of a list, "Degerfors (1862), Karlskoga (1883)".
fn named_codes(dataset: &Dataset, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| format!("{} ({c})", municipality_name(dataset, c)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The unit's catchment as a service area, when the page gives one.
fn catchment_area(dataset: &Dataset, unit: &Unit, service_id: &str) -> Option<ServiceArea> {
    let c = &unit.catchment;
    if c.municipalities.is_empty() && c.unnamed_count == 0 && unit.parsed.catchment.is_none() {
        return None;
    }
    let mut description = if c.municipalities.is_empty() {
        "Länssidan namnger inga kommuner i upptagningsområdet.".to_string()
    } else {
        format!(
            "Kommuner i upptagningsområdet: {}.",
            named_codes(dataset, &c.municipalities)
        )
    };
    if c.unnamed_count > 0 {
        description.push_str(&format!(
            " Därtill {} kommuner som länssidan räknar utan att namnge dem.",
            c.unnamed_count
        ));
    }
    Some(ServiceArea {
        id: id(&format!("service_area/unit/{}", unit.id)),
        service_id: service_id.to_string(),
        name: unit
            .parsed
            .catchment
            .clone()
            .unwrap_or_else(|| named_codes(dataset, &c.municipalities)),
        description,
        samspelskartan_municipality_codes: c.municipalities.clone(),
        samspelskartan_unnamed_municipalities: Some(c.unnamed_count),
        samspelskartan_resolved_by: Some(c.resolved_by.clone()),
    })
}

/// The label of the fields the service's own properties take.
const NAME_LABEL: &str = "Namn";
const AGES_LABEL: &str = "Åldrar";
const REFERRAL_LABEL: &str = "Remissväg";
const CONTACT_LABEL: &str = "Kontakt";

/// A specialised unit as a service.
pub fn unit_service(dataset: &Dataset, county: &County, unit: &Unit) -> Placed {
    let name = format!("service/unit/{}", unit.id);
    let service_id = id(&name);
    let principals = unit_principals(county, unit);
    let organization_id = id(&principals[0].id_name());
    let field = |label: &str| unit.field(label).map(|f| f.value.clone());
    let span = age_span(unit.field(AGES_LABEL).map(|f| f.value.as_str()));
    let mut locations = Vec::new();
    let mut service_at_locations = Vec::new();
    if let Some(contact) = unit.field(CONTACT_LABEL) {
        for a in addresses(&contact.value) {
            let written = format!("{}, {} {}", a.street, a.postal_code, a.city);
            let location_id = id(&format!("location/unit/{}/{written}", unit.id));
            locations.push(Location {
                id: location_id.clone(),
                location_type: "physical",
                organization_id: organization_id.clone(),
                name: a.name.clone().unwrap_or_else(|| unit.name.clone()),
                addresses: vec![Address {
                    id: id(&format!("address/unit/{}/{written}", unit.id)),
                    location_id: location_id.clone(),
                    address_1: a.street,
                    city: a.city,
                    state_province: county_lan_name(dataset, county),
                    postal_code: a.postal_code,
                    country: "SE",
                    address_type: "physical",
                }],
                samspelskartan_source: source(
                    county,
                    vec![[contact.first_line, contact.last_line]],
                ),
            });
            service_at_locations.push(ServiceAtLocation {
                id: id(&format!("service_at_location/unit/{}/{written}", unit.id)),
                service_id: service_id.clone(),
                location_id,
            });
        }
    }
    let service = Service {
        id: service_id.clone(),
        organization_id,
        name: unit.name.clone(),
        description: unit
            .fields
            .iter()
            .filter(|f| f.label != NAME_LABEL)
            .map(|f| format!("{}: {}", f.label, f.value))
            .collect::<Vec<_>>()
            .join("\n"),
        url: unit.parsed.urls.first().cloned(),
        email: unit.parsed.emails.first().cloned(),
        status: hsds_status(unit.status),
        application_process: field(REFERRAL_LABEL),
        eligibility_description: field(AGES_LABEL),
        minimum_age: span.map(|s| years(s.min)),
        maximum_age: span.and_then(|s| s.max).map(years),
        assured_date: county.updated.as_ref().map(|u| u.date.clone()),
        phones: unit
            .parsed
            .phones
            .iter()
            .map(|number| Phone {
                id: id(&format!("phone/{name}/{number}")),
                service_id: service_id.clone(),
                number: number.clone(),
            })
            .collect(),
        service_areas: catchment_area(dataset, unit, &service_id)
            .into_iter()
            .collect(),
        service_at_locations,
        attributes: method_attributes(
            &service_id,
            &name,
            &methods_named(&dataset.methods, &unit.parsed.methods),
        ),
        samspelskartan_id: unit.id.clone(),
        samspelskartan_kind: "unit",
        samspelskartan_self_referral: unit.parsed.self_referral,
        samspelskartan_joint_principal_ids: principals[1..]
            .iter()
            .map(|p| id(&p.id_name()))
            .collect(),
        samspelskartan_status: (!unit.status.is_active()).then(|| unit.status.as_str()),
        samspelskartan_source: source(county, vec![[unit.first_line, unit.last_line]]),
    };
    Placed {
        service,
        principals,
        locations,
    }
}

/// A municipality's social-services offer as a service; `None` when its stance is no offer.
pub fn social_services_service(
    dataset: &Dataset,
    county: &County,
    m: &Municipality,
) -> Option<Placed> {
    let stance = m.social_services.stance;
    if !OFFER_STANCES.contains(&stance) {
        return None;
    }
    let name = format!("service/social-services/{}", m.code);
    let service_id = id(&name);
    let principal = PrincipalRef::Municipality(m.code.clone());
    let statements: Vec<_> = m
        .social_services
        .evidence
        .iter()
        .filter_map(|&i| county.statements.get(i))
        .collect();
    let mut attributes: Vec<_> = stance_attribute(&service_id, &name, stance)
        .into_iter()
        .collect();
    attributes.extend(method_attributes(
        &service_id,
        &name,
        &methods_named(&dataset.methods, &m.social_services.methods),
    ));
    let service = Service {
        id: service_id.clone(),
        organization_id: id(&principal.id_name()),
        name: format!("Socialtjänsten i {}", m.name),
        description: statements
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        url: None,
        email: None,
        status: "active",
        application_process: None,
        eligibility_description: None,
        minimum_age: None,
        maximum_age: None,
        assured_date: county.updated.as_ref().map(|u| u.date.clone()),
        phones: Vec::new(),
        service_areas: vec![ServiceArea {
            id: id(&format!("service_area/social-services/{}", m.code)),
            service_id: service_id.clone(),
            name: m.name.clone(),
            description: format!("Kommunen {} (kommunkod {}).", m.name, m.code),
            samspelskartan_municipality_codes: vec![m.code.clone()],
            samspelskartan_unnamed_municipalities: None,
            samspelskartan_resolved_by: None,
        }],
        service_at_locations: Vec::new(),
        attributes,
        samspelskartan_id: format!("socialtjanst-{}", m.code),
        samspelskartan_kind: "social_services",
        samspelskartan_self_referral: None,
        samspelskartan_joint_principal_ids: Vec::new(),
        samspelskartan_status: None,
        samspelskartan_source: source(
            county,
            statements
                .iter()
                .map(|s| [s.first_line, s.last_line])
                .collect(),
        ),
    };
    Some(Placed {
        service,
        principals: vec![principal],
        locations: Vec::new(),
    })
}
