//! The organisations and services in Open Referral's Human Services Data Specification,
//! version 3.0 (`hsds.json`): one page of the API reference's list format whose contents are
//! the organisations — the principals — each with its services embedded, as the
//! specification's compiled organisation view has them. How each field is filled, and how
//! what HSDS has no field for is carried, is written down in `catalog::open_data::hsds::
//! MAPPING` and shown on the data page.
//!
//! - `objects`: the HSDS objects as serialised; `ids`: UUID v5 ids;
//! - `principals`: who runs a unit; `services`: units and social-services offers;
//! - `terms`: methods and stances as attributes; `address`: addresses the pages state.

pub mod address;
pub mod ids;
pub mod objects;
pub mod principals;
pub mod services;
pub mod terms;

use super::regions::Regions;
use catalog::model::Dataset;
use catalog::open_data::hsds::{HSDS_VERSION, SCHEMAS_URL, UUID_NAMESPACE};
use ids::id;
use objects::{About, Organization, OrganizationIdentifier, Page, SourcePage};
use principals::PrincipalRef;
use services::{social_services_service, unit_service, Placed};

/// The HSDS file's text and what it holds.
#[derive(Debug, Clone)]
pub struct HsdsFile {
    pub text: String,
    pub organizations: u32,
    pub services: u32,
}

/// The county code a principal belongs to, and its place among the county's.
fn order_key(p: &PrincipalRef) -> (String, u8, String) {
    match p {
        PrincipalRef::Region(code) => (code.clone(), 0, String::new()),
        PrincipalRef::Municipality(code) => (code[..2].to_string(), 1, code.clone()),
        PrincipalRef::Stated { unit, .. } | PrincipalRef::Unstated { unit } => {
            (unit[..2.min(unit.len())].to_string(), 2, unit.clone())
        }
    }
}

/// The county's name with "län", from the search lists ("Örebro län").
fn lan_name(dataset: &Dataset, code: &str) -> String {
    dataset
        .search
        .counties
        .iter()
        .find(|c| c.code == code)
        .map_or_else(|| format!("län {code}"), |c| c.name.clone())
}

fn identifier(org_id: &str, name: &str, kind: &'static str, code: &str) -> OrganizationIdentifier {
    OrganizationIdentifier {
        id: id(&format!("organization_identifier/{name}")),
        organization_id: org_id.to_string(),
        identifier_type: kind,
        identifier: code.to_string(),
    }
}

/// An organisation for a principal, without its services and locations.
fn organization(dataset: &Dataset, regions: &Regions, p: &PrincipalRef) -> Organization {
    let name = p.id_name();
    let org_id = id(&name);
    let (org_name, description, identifiers) = match p {
        PrincipalRef::Region(code) => {
            let lan = lan_name(dataset, code);
            (
                regions
                    .name(code)
                    .map_or_else(|| format!("Regionen i {lan}"), str::to_string),
                format!("Regionen i {lan} (länskod {code})."),
                vec![identifier(&org_id, &name, "länskod (SCB)", code)],
            )
        }
        PrincipalRef::Municipality(code) => {
            let m = dataset
                .search
                .municipalities
                .iter()
                .find(|m| &m.code == code)
                .map_or(code.as_str(), |m| m.name.as_str());
            (
                catalog::format::kommun_name(m),
                format!(
                    "Kommunen {m} i {} (kommunkod {code}).",
                    lan_name(dataset, &code[..2])
                ),
                vec![identifier(&org_id, &name, "kommunkod (SCB)", code)],
            )
        }
        PrincipalRef::Stated { unit, text } => (
            text.clone(),
            format!("Huvudman för enheten {unit} så som länssidan skriver den i fältet Huvudnamn."),
            Vec::new(),
        ),
        PrincipalRef::Unstated { unit } => (
            unit.clone(),
            format!("Länssidan anger ingen huvudman för enheten {unit}; organisationen står för enheten själv."),
            Vec::new(),
        ),
    };
    Organization {
        id: org_id,
        name: org_name,
        description,
        locations: Vec::new(),
        organization_identifiers: identifiers,
        services: Vec::new(),
    }
}

/// The HSDS file of a data set.
pub fn file(dataset: &Dataset, regions: &Regions) -> HsdsFile {
    let mut placed: Vec<Placed> = Vec::new();
    for county in &dataset.counties {
        placed.extend(
            county
                .units
                .iter()
                .map(|u| unit_service(dataset, county, u)),
        );
    }
    for county in &dataset.counties {
        let mut municipalities: Vec<_> = county.municipalities.iter().collect();
        municipalities.sort_by(|a, b| a.code.cmp(&b.code));
        placed.extend(
            municipalities
                .into_iter()
                .filter_map(|m| social_services_service(dataset, county, m)),
        );
    }
    let mut principals: Vec<PrincipalRef> =
        placed.iter().flat_map(|p| p.principals.clone()).collect();
    principals.sort_by_key(order_key);
    principals.dedup();
    let mut contents: Vec<Organization> = principals
        .iter()
        .map(|p| organization(dataset, regions, p))
        .collect();
    let services = placed.len() as u32;
    for p in placed {
        let org = contents
            .iter_mut()
            .find(|o| o.id == p.service.organization_id)
            .expect("every service's principal is an organisation");
        org.locations.extend(p.locations);
        org.services.push(p.service);
    }
    let organizations = contents.len();
    let page = Page {
        total_items: organizations,
        total_pages: 1,
        page_number: 1,
        size: organizations,
        first_page: true,
        last_page: true,
        empty: organizations == 0,
        contents,
        samspelskartan_about: About {
            hsds_version: HSDS_VERSION,
            schemas: SCHEMAS_URL,
            uuid_namespace: UUID_NAMESPACE,
            description: "Samspelskartan: huvudmännen (regioner och kommuner) och deras tjänster — de specialiserade enheterna och kommunernas socialtjänst där den erbjuder något — så som länssidorna i katalogen som följde kartläggningen Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018) beskriver dem. Fält som HSDS saknar har prefixet samspelskartan_; datasidan (?sida=data) beskriver varje fält.",
            license: "Projektets kod och redaktionella filer: MIT. Texterna från länssidorna tillhör deras utgivare och citeras med källa (samspelskartan_source).",
            sources: dataset
                .counties
                .iter()
                .map(|c| SourcePage {
                    file: c.source_file.clone(),
                    county: c.name.clone(),
                    updated: c.updated.as_ref().map(|u| u.date.clone()),
                })
                .collect(),
        },
    };
    HsdsFile {
        text: crate::to_json(&page),
        organizations: organizations as u32,
        services,
    }
}
