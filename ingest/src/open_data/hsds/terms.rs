//! The classifications HSDS carries as attributes: each service's methods (terms of the
//! project's methods lexicon, `data/editorial/methods.csv`) and a social-services offer's
//! stance, each an embedded taxonomy (its terms in the file, with their taxonomy).

use super::ids::id;
use super::objects::{Attribute, Taxonomy, TaxonomyTerm};
use catalog::model::{Method, Stance};

/// The methods lexicon as a taxonomy.
fn methods_taxonomy() -> Taxonomy {
    Taxonomy {
        id: id("taxonomy/methods"),
        name: "Samspelskartans metodlexikon",
        description: "Metoder, instrument och förkortningar som länssidorna nämner, med förklaringar i projektets egna ord (data/editorial/methods.csv).",
    }
}

/// The stances of social services as a taxonomy.
fn stances_taxonomy() -> Taxonomy {
    Taxonomy {
        id: id("taxonomy/social-services-stances"),
        name: "Socialtjänstens hållning till samspelsbehandling",
        description: "Vad länssidan säger att kommunens socialtjänst kan ge: erbjuder, begränsat, köper vid behov eller hänvisar till teamet.",
    }
}

/// What a stance says, for its term.
fn stance_text(stance: Stance) -> (&'static str, &'static str) {
    match stance {
        Stance::Offers => (
            "Erbjuder",
            "Socialtjänsten erbjuder samspelsbehandling eller en namngiven samspelsmetod.",
        ),
        Stance::Limited => (
            "Begränsat",
            "Socialtjänsten erbjuder något, men begränsat eller inte särskilt samspelsbehandling.",
        ),
        Stance::Buys => (
            "Köper vid behov",
            "Socialtjänsten kan inte erbjuda det själv men köper det vid behov.",
        ),
        Stance::ViaUnit => (
            "Via teamet",
            "Socialtjänsten hänvisar till länets specialiserade team.",
        ),
        Stance::None | Stance::Ended | Stance::Planned | Stance::NotReported => ("", ""),
    }
}

fn attribute(service_id: &str, service_name: &str, kind: &str, term: TaxonomyTerm) -> Attribute {
    Attribute {
        id: id(&format!("attribute/{service_name}/{kind}/{}", term.code)),
        link_id: service_id.to_string(),
        taxonomy_term_id: term.id.clone(),
        link_entity: "service",
        taxonomy_term: term,
    }
}

/// The attributes of a service (`service_id`, whose id is made from `service_name`) for
/// these methods, in their order; unknown method ids are left out.
pub fn method_attributes(
    service_id: &str,
    service_name: &str,
    methods: &[&Method],
) -> Vec<Attribute> {
    let taxonomy = methods_taxonomy();
    methods
        .iter()
        .map(|m| {
            let term = TaxonomyTerm {
                id: id(&format!("taxonomy_term/method/{}", m.id)),
                code: m.id.clone(),
                name: m.name.clone(),
                description: m.explanation_sv.clone(),
                taxonomy: taxonomy.name,
                taxonomy_detail: taxonomy.clone(),
                language: "sv",
                taxonomy_id: taxonomy.id.clone(),
            };
            attribute(service_id, service_name, "method", term)
        })
        .collect()
}

/// The attribute of a social-services offer's stance; `None` for a stance that is no offer.
pub fn stance_attribute(service_id: &str, service_name: &str, stance: Stance) -> Option<Attribute> {
    let (name, description) = stance_text(stance);
    if name.is_empty() {
        return None;
    }
    let taxonomy = stances_taxonomy();
    let term = TaxonomyTerm {
        id: id(&format!("taxonomy_term/stance/{}", stance.as_str())),
        code: stance.as_str().to_string(),
        name: name.to_string(),
        description: description.to_string(),
        taxonomy: taxonomy.name,
        taxonomy_detail: taxonomy.clone(),
        language: "sv",
        taxonomy_id: taxonomy.id.clone(),
    };
    Some(attribute(service_id, service_name, "stance", term))
}
