//! The data page's words in Swedish and English. They live here, not in `locales/`, because
//! only the staff pages' module shows them: the app's text table is linked whole into the
//! first download, and this page's prose has no place there.

use super::manifest::{FileKind, OpenFile};
use crate::format::count;
use crate::route::Lang;

/// The page's fixed words in one language.
pub struct Words {
    pub intro: &'static str,
    pub files_heading: &'static str,
    pub format: &'static str,
    pub size: &'static str,
    pub contents: &'static str,
    pub source: &'static str,
    pub licence: &'static str,
    pub download: &'static str,
    pub columns: &'static str,
    pub properties: &'static str,
    pub hsds_heading: &'static str,
    pub hsds_intro: &'static str,
    pub hsds_extensions: &'static str,
    pub hsds_namespace: &'static str,
    pub own_field: &'static str,
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    pub updated: &'static str,
    pub no_date: &'static str,
    pub boundaries: &'static str,
    pub licence_heading: &'static str,
    pub licence_code: &'static str,
    pub licence_pages: &'static str,
    pub licence_geo: &'static str,
    pub licence_hsds: &'static str,
    pub cite_heading: &'static str,
    pub cite_intro: &'static str,
    pub load_error: &'static str,
    pub malformed: &'static str,
}

const SV: Words = Words {
    intro: "Katalogens uppgifter som filer som andra verktyg kan läsa: kalkylark (CSV), kartprogram som QGIS (GeoJSON) och tjänstekataloger (HSDS). Filerna byggs av samma data som appen visar, ur länssidorna, och hämtas bara när du laddar ner dem.",
    files_heading: "Filerna",
    format: "Format",
    size: "Storlek",
    contents: "Innehåll",
    source: "Källa",
    licence: "Licens",
    download: "Ladda ner",
    columns: "Kolumnerna",
    properties: "Egenskaperna för varje objekt",
    hsds_heading: "HSDS: vad som står var",
    hsds_intro: "HSDS (Human Services Data Specification) är Open Referrals standard för att utbyta uppgifter om tjänster mellan kataloger. Filen följer version 3.0 och dess JSON-scheman; så här fylls den:",
    hsds_extensions: "Det som HSDS saknar fält för – projektets id, upptagningsområdets kommunkoder och de kommuner som sidan räknar utan att namnge, vem mer som driver en enhet, om familjen kan söka själv, källans rader – står i egna egenskaper med prefixet samspelskartan_. HSDS tillåter egna egenskaper när de beskrivs, och här beskrivs de.",
    hsds_namespace: "Namnrymd för id:n (UUID version 5):",
    own_field: "eget fält",
    sources_heading: "Källor",
    sources_intro: "Alla filer bygger på länssidorna i den nationella katalogen som följde kartläggningen Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018, på uppdrag av Socialstyrelsen). Uppgifterna är sidornas egna, från deras datum:",
    updated: "senast uppdaterad",
    no_date: "datum saknas",
    boundaries: "Gränserna i GeoJSON-filerna: projektets kopia av okfse/sweden-geojson (Valmyndighetens kommungränser förenklade med mapshaper, ”Feel free to reuse”), se data/geo/PROVENANCE.md i projektets förråd.",
    licence_heading: "Licens",
    licence_code: "Projektets kod, dess redaktionella filer och dess bearbetning av uppgifterna (urval, koder, tabeller) får användas fritt enligt MIT-licensen (filen LICENSE i projektets förråd).",
    licence_pages: "Texten från länssidorna tillhör sidornas utgivare. Den citeras ordagrant med källa: länssidan, raderna och sidans datum. Ange källan när du använder den.",
    licence_geo: "Gränserna får återanvändas enligt sin källa (data/geo/PROVENANCE.md).",
    licence_hsds: "HSDS-specifikationen är Open Referrals och licensierad CC BY-SA 4.0; filen följer den men innehåller inget av den.",
    cite_heading: "Citera",
    cite_intro: "Så kan du ange källan:",
    load_error: "Förteckningen över filerna kunde inte hämtas",
    malformed: "Förteckningen över filerna är trasig:",
};

const EN: Words = Words {
    intro: "The catalogue's facts as files other tools can read: spreadsheets (CSV), map software such as QGIS (GeoJSON) and service directories (HSDS). The files are built from the same data the app shows, from the county pages, and are fetched only when you download them.",
    files_heading: "The files",
    format: "Format",
    size: "Size",
    contents: "Contents",
    source: "Source",
    licence: "Licence",
    download: "Download",
    columns: "The columns",
    properties: "The properties of each feature",
    hsds_heading: "HSDS: what goes where",
    hsds_intro: "HSDS (the Human Services Data Specification) is Open Referral's standard for exchanging facts about services between directories. The file follows version 3.0 and its JSON Schemas; this is how it is filled:",
    hsds_extensions: "What HSDS has no field for – the project's ids, a catchment's municipality codes and the municipalities the page counts without naming them, who else runs a unit, whether a family can make contact themselves, the source lines – is in properties of the file's own, prefixed samspelskartan_. HSDS allows such properties when they are documented, and here they are.",
    hsds_namespace: "Namespace of the ids (UUID version 5):",
    own_field: "own field",
    sources_heading: "Sources",
    sources_intro: "Every file is built from the county pages of the national catalogue that followed the mapping Späd- och småbarnsverksamheter/team i Sverige – en kartläggning (2018, commissioned by Socialstyrelsen, the National Board of Health and Welfare). The facts are the pages' own, as of their dates:",
    updated: "last updated",
    no_date: "no date",
    boundaries: "The boundaries in the GeoJSON files: the project's copy of okfse/sweden-geojson (the Election Authority's municipality boundaries simplified with mapshaper, “Feel free to reuse”), see data/geo/PROVENANCE.md in the project's repository.",
    licence_heading: "Licence",
    licence_code: "The project's code, its editorial files and its processing of the facts (selection, codes, tables) may be used freely under the MIT licence (the file LICENSE in the project's repository).",
    licence_pages: "The text of the county pages belongs to their publisher. It is quoted verbatim with its source: the county page, the lines and the page's date. Name the source when you use it.",
    licence_geo: "The boundaries may be reused as their source says (data/geo/PROVENANCE.md).",
    licence_hsds: "The HSDS specification is Open Referral's, licensed CC BY-SA 4.0; the file follows it but contains none of it.",
    cite_heading: "Cite",
    cite_intro: "How to name the source:",
    load_error: "The list of files could not be fetched",
    malformed: "The list of files is damaged:",
};

/// The page's words in this language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// A file's heading.
pub fn title(kind: FileKind, lang: Lang) -> &'static str {
    use FileKind::*;
    match (kind, lang) {
        (MunicipalitiesGeojson, Lang::Sv) => "Kommunerna på kartan (GeoJSON)",
        (MunicipalitiesGeojson, Lang::En) => "The municipalities on the map (GeoJSON)",
        (CountiesGeojson, Lang::Sv) => "Länen på kartan (GeoJSON)",
        (CountiesGeojson, Lang::En) => "The counties on the map (GeoJSON)",
        (CountiesCsv, Lang::Sv) => "Län sida vid sida (CSV)",
        (CountiesCsv, Lang::En) => "Counties side by side (CSV)",
        (MunicipalitiesCsv, Lang::Sv) => "Kommuner (CSV)",
        (MunicipalitiesCsv, Lang::En) => "Municipalities (CSV)",
        (UnitsCsv, Lang::Sv) => "Enheter sida vid sida (CSV)",
        (UnitsCsv, Lang::En) => "Units side by side (CSV)",
        (MethodsCsv, Lang::Sv) => "Metoder per län (CSV)",
        (MethodsCsv, Lang::En) => "Methods by county (CSV)",
        (Hsds, Lang::Sv) => "Huvudmän och tjänster (HSDS 3.0)",
        (Hsds, Lang::En) => "Principals and services (HSDS 3.0)",
    }
}

/// What a file holds.
pub fn holds(kind: FileKind, lang: Lang) -> &'static str {
    use FileKind::*;
    match (kind, lang) {
        (MunicipalitiesGeojson, Lang::Sv) => "Alla Sveriges 290 kommuner med sina gränser och sin tillgång: om ett team tar emot familjer därifrån och vilka, vad socialtjänsten säger och vilka metoder den nämner, antal familjecentraler, länssidan och dess datum. En kommun vars län inte finns i datamängden har sina koder och sitt namn och null i övrigt: okänt, inte ”nej”.",
        (MunicipalitiesGeojson, Lang::En) => "All 290 municipalities of Sweden with their boundaries and their access: whether a team takes families from there and which, what social services say and the methods they name, the number of family centres, the county page and its date. A municipality whose county is not in the data set has its codes and name and null otherwise: unknown, not “no”.",
        (CountiesGeojson, Lang::Sv) => "Alla 21 län, var och en ritad av sina kommuners yttergräns, med tillgång (full, partial, none eller not_in_data_set) och samma siffror som tabellen Län sida vid sida.",
        (CountiesGeojson, Lang::En) => "All 21 counties, each drawn from the outline of its municipalities, with access (full, partial, none or not_in_data_set) and the same figures as the table Counties side by side.",
        (CountiesCsv, Lang::Sv) => "Länen i datamängden: barn 0–5 år, kommuner, enheter, tillgång, familjecentraler, socialtjänstens hållningar och sidans datum; personal och ärenden som varje enhet anger dem. Samma fil som nedladdningen på jämförelsesidan.",
        (CountiesCsv, Lang::En) => "The counties of the data set: children 0–5, municipalities, units, access, family centres, social services' stances and the page's date; staff and cases as each unit states them. The same file as the comparison page's download.",
        (MunicipalitiesCsv, Lang::Sv) => "Varje kommun i datamängden: om ett team tar emot familjer därifrån, vilka, socialtjänstens hållning och metoder, antal familjecentraler. Samma fil som nedladdningen på jämförelsesidan.",
        (MunicipalitiesCsv, Lang::En) => "Every municipality of the data set: whether a team takes families from there, which, social services' stance and methods, the number of family centres. The same file as the comparison page's download.",
        (UnitsCsv, Lang::Sv) => "Alla specialiserade enheter sida vid sida: en kolumn per enhet, en rad per fält som sidan skriver det, sedan det som datan läser ut (status, om familjen kan söka själv, upptagningsområdets kommuner, metoder, kontakt).",
        (UnitsCsv, Lang::En) => "Every specialised unit side by side: one column per unit, one row per field as the page writes it, then what the data reads out (status, whether the family can make contact themselves, the catchment's municipalities, methods, contact).",
        (MethodsCsv, Lang::Sv) => "Metoderna som sidorna nämner: vilka enheter i drift som använder dem och vilka kommuners socialtjänst som nämner dem, län för län.",
        (MethodsCsv, Lang::En) => "The methods the pages name: which running units use them and which municipalities' social services name them, county by county.",
        (Hsds, Lang::Sv) => "Huvudmännen – regioner och kommuner – och deras tjänster: varje specialiserad enhet och varje kommuns socialtjänst som erbjuder något, med upptagningsområde, åldrar, remissväg, kontakt och metoder, i Open Referrals format HSDS 3.0.",
        (Hsds, Lang::En) => "The principals – regions and municipalities – and their services: each specialised unit and each municipality's social services that offer something, with catchment area, ages, referral, contact and methods, in Open Referral's format HSDS 3.0.",
    }
}

/// A file's format in words.
pub fn format(kind: FileKind, lang: Lang) -> &'static str {
    use FileKind::*;
    match (kind, lang) {
        (MunicipalitiesGeojson | CountiesGeojson, _) => "GeoJSON (RFC 7946), WGS 84",
        (Hsds, _) => "JSON, HSDS 3.0",
        (_, Lang::Sv) => "CSV, UTF-8, kommatecken",
        (_, Lang::En) => "CSV, UTF-8, comma-separated",
    }
}

/// What a file holds, counted.
pub fn contents(file: &OpenFile, lang: Lang) -> String {
    use FileKind::*;
    let n = count(file.items, lang);
    match (file.kind, lang) {
        (MunicipalitiesGeojson | CountiesGeojson, Lang::Sv) => format!("{n} geografiska objekt"),
        (MunicipalitiesGeojson | CountiesGeojson, Lang::En) => format!("{n} features"),
        (Hsds, Lang::Sv) => format!(
            "{n} organisationer med {} tjänster",
            count(file.services, lang)
        ),
        (Hsds, Lang::En) => format!(
            "{n} organisations with {} services",
            count(file.services, lang)
        ),
        (_, Lang::Sv) => format!("{n} rader och en rubrikrad"),
        (_, Lang::En) => format!("{n} rows and a header row"),
    }
}

/// Where a file's facts come from.
pub fn source(kind: FileKind, lang: Lang) -> &'static str {
    use FileKind::*;
    match (kind, lang) {
        (MunicipalitiesGeojson | CountiesGeojson, Lang::Sv) => {
            "länssidorna (se Källor) och gränserna i data/geo"
        }
        (MunicipalitiesGeojson | CountiesGeojson, Lang::En) => {
            "the county pages (see Sources) and the boundaries in data/geo"
        }
        (_, Lang::Sv) => "länssidorna (se Källor)",
        (_, Lang::En) => "the county pages (see Sources)",
    }
}

/// A file's licence in short (the section Licence says more).
pub fn licence(kind: FileKind, lang: Lang) -> &'static str {
    use FileKind::*;
    match (kind, lang) {
        (MunicipalitiesGeojson | CountiesGeojson, Lang::Sv) => "MIT; gränserna enligt sin källa",
        (MunicipalitiesGeojson | CountiesGeojson, Lang::En) => {
            "MIT; the boundaries as their source says"
        }
        (_, Lang::Sv) => "MIT; citerad text tillhör länssidornas utgivare",
        (_, Lang::En) => "MIT; quoted text belongs to the county pages' publisher",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_its_words_in_both_languages() {
        for kind in FileKind::ALL {
            for lang in [Lang::Sv, Lang::En] {
                assert!(!title(kind, lang).is_empty() && !holds(kind, lang).is_empty());
            }
            assert_ne!(title(kind, Lang::Sv), title(kind, Lang::En));
        }
        let file = OpenFile {
            kind: FileKind::Hsds,
            path: String::new(),
            download: String::new(),
            media_type: String::new(),
            bytes: 0,
            items: 43,
            services: 45,
            fields: Vec::new(),
        };
        assert_eq!(
            contents(&file, Lang::Sv),
            "43 organisationer med 45 tjänster"
        );
        let csv = OpenFile {
            kind: FileKind::MunicipalitiesCsv,
            items: 1234,
            ..file
        };
        assert_eq!(contents(&csv, Lang::En), "1,234 rows and a header row");
    }
}
