//! The labelled fields of a unit block on the county pages, with what each label means in
//! plain words, in Swedish and English. The label itself is shown as the page writes it.

use crate::route::Lang;

/// A field label of the county pages and its plain-language explanation.
pub struct FieldLabel {
    pub label: &'static str,
    pub sv: &'static str,
    pub en: &'static str,
}

/// Every label a unit block may have, in the order the pages use.
pub const FIELD_LABELS: &[FieldLabel] = &[
    FieldLabel {
        label: "Namn",
        sv: "Verksamhetens namn",
        en: "Name of the unit",
    },
    FieldLabel {
        label: "Åldrar",
        sv: "Vilka åldrar teamet tar emot",
        en: "Ages the team sees",
    },
    FieldLabel {
        label: "Huvudnamn",
        sv: "Vem som driver verksamheten (huvudman)",
        en: "Who runs it",
    },
    FieldLabel {
        label: "Ärendetyp",
        sv: "Vilka familjer teamet är till för",
        en: "Which families it is for",
    },
    FieldLabel {
        label: "Upptagningsområde",
        sv: "Var familjerna ska bo",
        en: "Where families must live (catchment area)",
    },
    FieldLabel {
        label: "Remissväg",
        sv: "Hur man kommer dit: söka själv eller få remiss",
        en: "How to get there: contact it yourself or be referred",
    },
    FieldLabel {
        label: "Insatsens omfattning/intensitet",
        sv: "Hur ofta och hur mycket",
        en: "How often and how much",
    },
    FieldLabel {
        label: "Antal ärenden per år",
        sv: "Hur många familjer per år",
        en: "Families seen per year",
    },
    FieldLabel {
        label: "Ärendefördelning/ålder",
        sv: "Barnens åldrar bland ärendena",
        en: "Ages of the children seen",
    },
    FieldLabel {
        label: "Ärendelängd",
        sv: "Hur länge kontakten varar",
        en: "How long contact lasts",
    },
    FieldLabel {
        label: "Personal",
        sv: "Vilka som arbetar där och deras utbildning",
        en: "Staff and their training",
    },
    FieldLabel {
        label: "Bedömningsmetoder",
        sv: "Hur teamet bedömer samspelet",
        en: "How the team assesses",
    },
    FieldLabel {
        label: "DC:0–3R/DC:0–5",
        sv: "Om teamet använder diagnossystemet för de minsta barnen",
        en: "Whether the team uses the diagnostic classification for the youngest children",
    },
    FieldLabel {
        label: "Behandlingsmetoder",
        sv: "Vilken behandling som ges",
        en: "Treatment methods",
    },
    FieldLabel {
        label: "Gruppverksamhet",
        sv: "Om det finns grupper",
        en: "Group sessions",
    },
    FieldLabel {
        label: "Tillgång till barnpsykologisk bedömning",
        sv: "Kan en psykolog bedöma barnet",
        en: "Can a child psychologist assess the child",
    },
    FieldLabel {
        label: "Tillgång till barnpsykiatrisk bedömning",
        sv: "Kan en barnpsykiater bedöma barnet",
        en: "Can a child psychiatrist assess the child",
    },
    FieldLabel {
        label: "Kontakt",
        sv: "Kontaktuppgifter",
        en: "Contact",
    },
];

/// The plain-language explanation of a label, if it is one the pages use.
pub fn explain(label: &str, lang: Lang) -> Option<&'static str> {
    FIELD_LABELS
        .iter()
        .find(|f| f.label == label)
        .map(|f| match lang {
            Lang::Sv => f.sv,
            Lang::En => f.en,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_explained_in_both_languages() {
        for f in FIELD_LABELS {
            assert!(!f.sv.is_empty() && !f.en.is_empty(), "{}", f.label);
        }
        assert_eq!(
            explain("Remissväg", Lang::En).map(|s| s.starts_with("How")),
            Some(true)
        );
        assert_eq!(explain("Okänd", Lang::Sv), None);
    }
}
