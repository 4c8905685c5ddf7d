//! The HSDS file written down: the version of Open Referral's Human Services Data
//! Specification it follows, the namespace of its UUIDs, and the mapping — which field of
//! HSDS holds what of the county pages, and how what HSDS has no field for is carried (as
//! properties prefixed `samspelskartan_`, which HSDS allows when documented). The data page
//! shows `MAPPING`; a native test of the data tool checks that every property the file
//! uses has its row here.

/// The HSDS version the file follows (the JSON Schemas of openreferral/specification,
/// branch 3.0).
pub const HSDS_VERSION: &str = "3.0";

/// Where the schemas are.
pub const SCHEMAS_URL: &str = "https://github.com/openreferral/specification/tree/3.0/schema";

/// The namespace of every id: UUID version 5 of a name made from the project's own ids.
/// Chosen once, at random (version 4); it never changes, so ids stay the same.
pub const UUID_NAMESPACE: &str = "015feef8-2f05-449f-bdcb-fcdaf4982cee";

/// The prefix of the properties HSDS has no field for.
pub const EXTENSION_PREFIX: &str = "samspelskartan_";

/// One row of the mapping: an HSDS object or `object.property`, and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mapping {
    /// `service.name`; an object's name alone (`phone`) covers all of its properties;
    /// `id` covers every object's id.
    pub field: &'static str,
    pub sv: &'static str,
    pub en: &'static str,
}

impl Mapping {
    pub fn text(&self, lang: crate::route::Lang) -> &'static str {
        match lang {
            crate::route::Lang::Sv => self.sv,
            crate::route::Lang::En => self.en,
        }
    }

    /// Whether the row is one of the project's own properties.
    pub fn is_extension(&self) -> bool {
        self.field.contains(EXTENSION_PREFIX)
    }
}

const fn row(field: &'static str, sv: &'static str, en: &'static str) -> Mapping {
    Mapping { field, sv, en }
}

/// The mapping, in the file's order.
pub const MAPPING: &[Mapping] = &[
    row(
        "page",
        "Filen är en sida i HSDS-API:ets listformat (Page: total_items, total_pages, page_number, size, first_page, last_page, empty) med alla organisationer i contents, var och en med sina tjänster inbäddade som i specifikationens sammanställda organisationsvy (compiled/organization.json).",
        "The file is one page of the HSDS API's list format (Page: total_items, total_pages, page_number, size, first_page, last_page, empty) with every organisation in contents, each with its services embedded as in the specification's compiled organisation view (compiled/organization.json).",
    ),
    row(
        "page.samspelskartan_about",
        "Vad filen är: HSDS-version, schemanas adress, UUID-namnrymden, licens och länssidorna med datum.",
        "What the file is: HSDS version, where the schemas are, the UUID namespace, licence and the county pages with their dates.",
    ),
    row(
        "id",
        "Varje id är en UUID version 5 i projektets namnrymd av ett namn byggt av projektets egna id:n (organization/municipality/1881, service/unit/18-gryningen-karlskoga): samma id vid varje bygge, och andra kan räkna fram dem. Varje egenskap som slutar på _id pekar på ett objekt i filen.",
        "Every id is a UUID version 5, in the project's namespace, of a name built from the project's own ids (organization/municipality/1881, service/unit/18-gryningen-karlskoga): the same id at every build, and others can compute them. Every property ending in _id points to an object in the file.",
    ),
    row(
        "organization",
        "En huvudman: regionen i enhetens län när fältet Huvudnamn nämner en region eller BUP, och varje kommun som det nämner vid namn med ”kommun” eller ”stad”, och varje kommun vars socialtjänst erbjuder något. Nämner fältet ingen av dem blir texten själv huvudmannen; saknas fältet står enheten för sig själv.",
        "A principal: the region of the unit's county when the Huvudnamn field names a region or BUP, each municipality it names with “kommun” or “stad”, and each municipality whose social services offer something. When the field names neither, its text is the principal; without the field the unit stands for itself.",
    ),
    row(
        "organization.name",
        "Regionens namn ur data/editorial/regions.csv (sidorna använder äldre namn som Stockholms läns landsting; utan rad där: ”Regionen i <län>”), kommunens officiella namn med ”kommun” (Kumla kommun, Linköpings kommun), eller texten i fältet Huvudnamn.",
        "The region's name from data/editorial/regions.csv (the pages use older names such as Stockholms läns landsting; without a row there: “Regionen i <county>”), the municipality's official name with “kommun” (Kumla kommun, Linköpings kommun), or the text of the Huvudnamn field.",
    ),
    row(
        "organization.description",
        "Region eller kommun, med län och kod, i projektets ord.",
        "Region or municipality, with county and code, in the project's words.",
    ),
    row(
        "organization.organization_identifiers",
        "Länskoden eller kommunkoden (SCB), med identifier_type ”länskod (SCB)” eller ”kommunkod (SCB)”.",
        "The county or municipality code (Statistics Sweden), with identifier_type “länskod (SCB)” or “kommunkod (SCB)”.",
    ),
    row(
        "organization.locations",
        "Platser som länssidan ger en gatuadress för, hos tjänsternas huvudman.",
        "Places the county page gives a street address for, under the services' principal.",
    ),
    row(
        "organization.services",
        "Huvudmannens tjänster. En gemensamt driven enhet hör till den huvudman som fältet Huvudnamn nämner först; de andra står i samspelskartan_joint_principal_ids, eftersom HSDS ger en tjänst bara en organisation.",
        "The principal's services. A jointly run unit belongs to the principal the Huvudnamn field names first; the others are in samspelskartan_joint_principal_ids, since HSDS gives a service one organisation only.",
    ),
    row(
        "service",
        "Varje specialiserad enhet, och varje kommuns socialtjänst vars hållning är erbjuder, begränsat, köper vid behov eller via teamet. Planerade och upphörda erbjudanden, ”kan inte” och ”inget rapporterat” är inga erbjudanden och finns inte med.",
        "Each specialised unit, and each municipality's social services whose stance is offers, limited, buys when needed or via the team. Planned and ended offers, “cannot” and “nothing reported” are no offer and are left out.",
    ),
    row(
        "service.organization_id",
        "Huvudmannen som tjänsten hör till.",
        "The principal the service belongs to.",
    ),
    row(
        "service.name",
        "Enhetens namn (fältet Namn); för socialtjänsten ”Socialtjänsten i <kommun>”.",
        "The unit's name (the Namn field); for social services “Socialtjänsten i <municipality>”.",
    ),
    row(
        "service.description",
        "Enhetens alla fält utom Namn, ”Etikett: värde” ordagrant i sidans ordning; för socialtjänsten sidans meningar om den, ordagrant.",
        "All of the unit's fields but Namn, “Label: value” verbatim in the page's order; for social services the page's sentences about it, verbatim.",
    ),
    row(
        "service.url",
        "Första webbadressen i fältet Kontakt; övriga står kvar i description.",
        "The first web address of the Kontakt field; the others stay in description.",
    ),
    row(
        "service.email",
        "Första e-postadressen i fältet Kontakt.",
        "The first e-mail address of the Kontakt field.",
    ),
    row(
        "service.status",
        "active för en enhet i drift och för socialtjänstens erbjudanden; inactive för en enhet under uppbyggnad eller planerad, defunct för en avslutad (projektets ord i samspelskartan_status).",
        "active for a unit running and for social services' offers; inactive for a unit being built or planned, defunct for one that has ended (the project's word in samspelskartan_status).",
    ),
    row(
        "service.application_process",
        "Fältet Remissväg ordagrant: om familjen kan söka själv eller behöver remiss.",
        "The Remissväg field verbatim: whether the family can make contact themselves or needs a referral.",
    ),
    row(
        "service.eligibility_description",
        "Fältet Åldrar ordagrant.",
        "The Åldrar (ages) field verbatim.",
    ),
    row(
        "service.minimum_age",
        "Yngsta ålder i år som texten i Åldrar anger med siffror (räknat från födseln; graviditet är ingen ålder). Saknas när texten inte anger någon.",
        "The youngest age in years the Åldrar text states in figures (counted from birth; pregnancy is not an age). Absent when the text states none.",
    ),
    row(
        "service.maximum_age",
        "Högsta ålder i år som texten i Åldrar anger med siffror. Saknas när texten inte anger något slut.",
        "The oldest age in years the Åldrar text states in figures. Absent when the text states no end.",
    ),
    row(
        "service.assured_date",
        "Länssidans datum ”Senast uppdaterad”. Saknas när sidan inte har något.",
        "The county page's “Senast uppdaterad” (last updated) date. Absent when the page has none.",
    ),
    row(
        "service.phones",
        "Varje telefonnummer i fältet Kontakt, som det är skrivet.",
        "Each telephone number of the Kontakt field, as written.",
    ),
    row(
        "service.service_areas",
        "Enhetens upptagningsområde: name är fältet Upptagningsområde ordagrant, description räknar upp kommunerna och hur många kommuner sidan räknar utan att namnge; socialtjänstens område är kommunen.",
        "The unit's catchment area: name is the Upptagningsområde field verbatim, description lists the municipalities and how many the page counts without naming them; social services' area is the municipality.",
    ),
    row(
        "service.service_at_locations",
        "Kopplingen till en plats, bara där länssidan anger en adress.",
        "The link to a place, only where the county page states an address.",
    ),
    row(
        "service.attributes",
        "Metoderna som tjänsten använder eller nämner (termer i den inbäddade taxonomin Samspelskartans metodlexikon, koden är lexikonets id) och socialtjänstens hållning (taxonomin Socialtjänstens hållning: offers, limited, buys, via_unit).",
        "The methods the service uses or names (terms of the embedded taxonomy Samspelskartans metodlexikon, the code being the lexicon's id) and social services' stance (the taxonomy Socialtjänstens hållning: offers, limited, buys, via_unit).",
    ),
    row(
        "service.samspelskartan_id",
        "Projektets eget id: enhetens (18-gryningen-karlskoga) eller socialtjanst-<kommunkod>.",
        "The project's own id: the unit's (18-gryningen-karlskoga) or socialtjanst-<municipality code>.",
    ),
    row(
        "service.samspelskartan_kind",
        "unit (specialiserad enhet) eller social_services (kommunens socialtjänst).",
        "unit (specialised unit) or social_services (the municipality's social services).",
    ),
    row(
        "service.samspelskartan_self_referral",
        "true när Remissväg säger att familjen kan söka själv, false när remiss är enda vägen; saknas när sidan inte säger det tydligt.",
        "true when Remissväg says the family can make contact themselves, false when a referral is the only way; absent when the page does not say clearly.",
    ),
    row(
        "service.samspelskartan_joint_principal_ids",
        "De andra huvudmännen för en gemensamt driven enhet (organisationer i filen), i den ordning som fältet Huvudnamn nämner dem.",
        "The other principals of a jointly run unit (organisations in the file), in the order the Huvudnamn field names them.",
    ),
    row(
        "service.samspelskartan_status",
        "För en enhet som inte är i drift: under_construction, planned eller ended.",
        "For a unit that is not running: under_construction, planned or ended.",
    ),
    row(
        "service.samspelskartan_source",
        "Källan: länssidans fil, raderna (första och sista) och sidans datum.",
        "The source: the county page's file, the lines (first and last) and the page's date.",
    ),
    row(
        "service_area.name",
        "Upptagningsområdet så som sidan skriver det, eller kommunens namn.",
        "The catchment area as the page writes it, or the municipality's name.",
    ),
    row(
        "service_area.description",
        "Kommunerna med namn och kod, och hur många kommuner sidan räknar utan att namnge dem.",
        "The municipalities with name and code, and how many the page counts without naming them.",
    ),
    row(
        "service_area.samspelskartan_municipality_codes",
        "Kommunkoderna i området, samma koder som i GeoJSON-filerna och tabellerna.",
        "The municipality codes of the area, the same codes as in the GeoJSON files and the tables.",
    ),
    row(
        "service_area.samspelskartan_unnamed_municipalities",
        "Hur många kommuner upptagningsområdet räknar utan att namnge dem (”och fyra andra kommuner”); de gissas aldrig.",
        "How many municipalities the catchment counts without naming them (“and four other municipalities”); never guessed.",
    ),
    row(
        "service_area.samspelskartan_resolved_by",
        "Regeln eller redaktörens beslut som läste upptagningsområdet.",
        "The rule or the editor's decision that read the catchment area.",
    ),
    row(
        "location",
        "Bara en plats som länssidan ger gatuadress för (location_type physical, namnet före adressen); inga koordinater, eftersom sidan inte anger några.",
        "Only a place the county page gives a street address for (location_type physical, the name before the address); no coordinates, since the page gives none.",
    ),
    row(
        "location.samspelskartan_source",
        "Raderna i länssidan där adressen står.",
        "The lines of the county page where the address stands.",
    ),
    row(
        "address",
        "Adressen som sidan skriver den: gata och nummer, postnummer, ort; state_province är länet, country SE.",
        "The address as the page writes it: street and number, postal code, town; state_province is the county, country SE.",
    ),
    row(
        "phone",
        "Numret som det är skrivet, kopplat till tjänsten.",
        "The number as written, linked to the service.",
    ),
    row(
        "service_at_location",
        "Tjänsten och platsen.",
        "The service and the place.",
    ),
    row(
        "organization_identifier",
        "Koden och vilken sorts kod den är.",
        "The code and what kind of code it is.",
    ),
    row(
        "attribute",
        "Kopplar tjänsten (link_id, link_entity service) till en term.",
        "Links the service (link_id, link_entity service) to a term.",
    ),
    row(
        "taxonomy_term",
        "Metoden (lexikonets id, namn och förklaring på svenska) eller hållningen, med sin taxonomi inbäddad.",
        "The method (the lexicon's id, name and explanation in Swedish) or the stance, with its taxonomy embedded.",
    ),
    row(
        "taxonomy",
        "Samspelskartans metodlexikon eller Socialtjänstens hållning.",
        "Samspelskartans metodlexikon (methods lexicon) or Socialtjänstens hållning (social services' stance).",
    ),
];

/// The row of a field, when the mapping has one.
pub fn mapping(field: &str) -> Option<&'static Mapping> {
    MAPPING.iter().find(|m| m.field == field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_unique_and_extensions_prefixed() {
        let mut fields: Vec<&str> = MAPPING.iter().map(|m| m.field).collect();
        fields.sort();
        fields.dedup();
        assert_eq!(fields.len(), MAPPING.len());
        assert!(mapping("service.samspelskartan_source")
            .unwrap()
            .is_extension());
        assert!(!mapping("service.name").unwrap().is_extension());
        assert!(MAPPING.iter().all(|m| !m.sv.is_empty() && !m.en.is_empty()));
    }
}
