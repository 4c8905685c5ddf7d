//! The HSDS 3.0 objects the file holds, as its JSON Schemas define them (`schema/*.json` of
//! openreferral/specification, branch 3.0): only the properties this file fills, in the
//! schemas' order, each left out when there is no value (as the specification's mapping
//! guidance asks), and the few properties HSDS has no field for, prefixed `samspelskartan_`
//! (`catalog::open_data::hsds::MAPPING` documents every one).

use serde::Serialize;

/// The API reference's `Page` with every organisation in `contents`: one page, the whole
/// file.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub total_items: usize,
    pub total_pages: u32,
    pub page_number: u32,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<Organization>,
    pub samspelskartan_about: About,
}

/// What the file is, for a reader who finds it without the data page.
#[derive(Debug, Clone, Serialize)]
pub struct About {
    pub hsds_version: &'static str,
    pub schemas: &'static str,
    pub uuid_namespace: &'static str,
    pub description: &'static str,
    pub license: &'static str,
    pub sources: Vec<SourcePage>,
}

/// A county page the file is built from.
#[derive(Debug, Clone, Serialize)]
pub struct SourcePage {
    pub file: String,
    pub county: String,
    pub updated: Option<String>,
}

/// `organization.json`, with its services embedded as the compiled organisation view has
/// them.
#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organization_identifiers: Vec<OrganizationIdentifier>,
    pub services: Vec<Service>,
}

/// `organization_identifier.json`.
#[derive(Debug, Clone, Serialize)]
pub struct OrganizationIdentifier {
    pub id: String,
    pub organization_id: String,
    pub identifier_type: &'static str,
    pub identifier: String,
}

/// `service.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    /// The project's own id of what the service is made from.
    pub samspelskartan_id: String,
    /// `unit` or `social_services`.
    pub samspelskartan_kind: &'static str,
    /// Whether a family can make contact without a referral, when the page says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samspelskartan_self_referral: Option<bool>,
    /// The other principals of a jointly run unit, in the order the page names them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub samspelskartan_joint_principal_ids: Vec<String>,
    /// The status in the project's words when the unit is not running
    /// (`under_construction`, `planned`, `ended`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samspelskartan_status: Option<&'static str>,
    pub samspelskartan_source: Source,
}

/// Where on which county page a thing stands.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub file: String,
    /// First and last line of each passage, 1-based, inclusive.
    pub lines: Vec<[u32; 2]>,
    /// The page's "Senast uppdaterad" date.
    pub updated: Option<String>,
}

/// `phone.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Phone {
    pub id: String,
    pub service_id: String,
    pub number: String,
}

/// `service_area.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceArea {
    pub id: String,
    pub service_id: String,
    pub name: String,
    pub description: String,
    /// The official codes of the municipalities the area names.
    pub samspelskartan_municipality_codes: Vec<String>,
    /// Municipalities a catchment counts without naming them (units' catchments only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samspelskartan_unnamed_municipalities: Option<u32>,
    /// The rule or the editor's decision that read the catchment (units' catchments only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samspelskartan_resolved_by: Option<String>,
}

/// `service_at_location.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
}

/// `location.json`: only a place the page gives an address for.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub id: String,
    pub location_type: &'static str,
    pub organization_id: String,
    pub name: String,
    pub addresses: Vec<Address>,
    pub samspelskartan_source: Source,
}

/// `address.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Address {
    pub id: String,
    pub location_id: String,
    pub address_1: String,
    pub city: String,
    pub state_province: String,
    pub postal_code: String,
    pub country: &'static str,
    pub address_type: &'static str,
}

/// `attribute.json`, linking a service to a term of an embedded taxonomy.
#[derive(Debug, Clone, Serialize)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    pub taxonomy_term_id: String,
    pub link_entity: &'static str,
    pub taxonomy_term: TaxonomyTerm,
}

/// `taxonomy_term.json`.
#[derive(Debug, Clone, Serialize)]
pub struct TaxonomyTerm {
    pub id: String,
    pub code: String,
    pub name: String,
    pub description: String,
    pub taxonomy: &'static str,
    pub taxonomy_detail: Taxonomy,
    pub language: &'static str,
    pub taxonomy_id: String,
}

/// `taxonomy.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Taxonomy {
    pub id: String,
    pub name: &'static str,
    pub description: &'static str,
}
