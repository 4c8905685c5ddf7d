//! Places named in prose: the official municipality names of all 290 municipalities and the
//! editor's gazetteer `data/editorial/places.csv` (districts, localities), found on word
//! boundaries with their genitive ("Motalas") and "X kommun"/"X stad"; and the phrases that
//! mean a whole county ("Stockholms län", "Region Östergötland", "hela länet").

use crate::editorial::gazetteer::Gazetteer;
use crate::report::IngestError;
use crate::text::matching::{capitalised, extend_suffix, occurrences};
use serde::Deserialize;

/// The gazetteer file under the data directory.
pub const PLACES_FILE: &str = "editorial/places.csv";

/// Lower-case words that speak of the page's county. The genitives ("länets övriga nio
/// kommuner", "regionens östra delar") name parts of it; they are here all the same, so
/// that such a statement is read as being about the county, not as going on from the
/// municipality named before it.
const COUNTY_WORDS: &[&str] = &["länet", "länets", "länsdelar", "regionen", "regionens"];

/// One name the index knows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    municipality: String,
    county: String,
    /// From the editor's gazetteer rather than an official municipality name.
    editorial: bool,
}

/// A place found in a text: byte range, the name as written and its municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub municipality: String,
    pub county: String,
    /// A place of the editor's gazetteer (a district, a locality), not a municipality's
    /// official name.
    pub editorial: bool,
}

/// What a text names: places and whether it speaks of the whole county.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    pub places: Vec<Found>,
    pub county_wide: bool,
    /// Counties other than the page's named as a whole ("Örebro län" on another page).
    pub other_counties: Vec<String>,
}

/// Every known place name, official and editorial, and every county name.
#[derive(Debug, Clone, Default)]
pub struct PlaceIndex {
    entries: Vec<Entry>,
    /// (phrase, county code): "Stockholms län", "Region Östergötland", …
    county_phrases: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Row {
    place: String,
    municipality_code: String,
    reason: String,
}

impl PlaceIndex {
    /// The official names of `gazetteer` and the rows of the places file (`csv_text`, read
    /// from `file`; `None` when there is none). A row must name a known municipality code
    /// and give a reason.
    pub fn new(
        gazetteer: &Gazetteer,
        file: &str,
        csv_text: Option<&str>,
    ) -> Result<PlaceIndex, Vec<IngestError>> {
        let mut entries: Vec<Entry> = gazetteer
            .municipalities
            .iter()
            .map(|m| Entry {
                name: m.name.clone(),
                municipality: m.code.clone(),
                county: m.county_code.clone(),
                editorial: false,
            })
            .collect();
        let mut errors = Vec::new();
        // Rows whose code is a county's (two digits): names that mean the whole county.
        let mut editorial_county_phrases = Vec::new();
        if let Some(text) = csv_text {
            let (rows, bad_rows) = crate::editorial::rows::rows::<Row>(file, text);
            errors.extend(bad_rows);
            for (line, row) in rows {
                let code = row.municipality_code.trim();
                if gazetteer.counties.iter().any(|c| c.code == code)
                    && !row.reason.trim().is_empty()
                {
                    editorial_county_phrases.push((row.place.trim().to_string(), code.to_string()));
                    continue;
                }
                let Some(m) = gazetteer.municipalities.iter().find(|m| m.code == code) else {
                    errors.push(IngestError::at(
                        file,
                        line,
                        format!("unknown municipality code {:?}", row.municipality_code),
                    ));
                    continue;
                };
                if row.place.trim().is_empty() || row.reason.trim().is_empty() {
                    errors.push(IngestError::at(
                        file,
                        line,
                        "a row needs a place and a reason",
                    ));
                    continue;
                }
                entries.push(Entry {
                    name: row.place.trim().to_string(),
                    municipality: m.code.clone(),
                    county: m.county_code.clone(),
                    editorial: true,
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut county_phrases = Vec::new();
        for c in &gazetteer.counties {
            let genitive = if c.name.ends_with('s') {
                c.name.clone()
            } else {
                format!("{}s", c.name)
            };
            for p in [
                format!("Region {genitive} län"),
                format!("Region {} län", c.name),
                format!("Region {}", c.name),
                format!("{genitive} län"),
                format!("{} län", c.name),
            ] {
                county_phrases.push((p, c.code.clone()));
            }
        }
        county_phrases.extend(editorial_county_phrases);
        Ok(PlaceIndex {
            entries,
            county_phrases,
        })
    }

    /// The places of the editor's gazetteer that lie in a municipality, in file order:
    /// (name, municipality code). Official names and county phrases are not among them.
    pub fn editorial_places(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries
            .iter()
            .filter(|e| e.editorial)
            .map(|e| (e.name.as_str(), e.municipality.as_str()))
    }

    /// Whether `name` (as written, without genitive) is a known place.
    pub fn is_place(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// Every place and county phrase in `text`, for a page of county `page_county`. Longest
    /// match wins where names overlap; a name must stand on word boundaries (a hyphen joins
    /// words: "Bro" is not found in "Upplands-Bro" or "Bromma"). Where one name has several
    /// meanings, the one in the page's county wins, then the official municipality.
    pub fn find(&self, text: &str, page_county: &str) -> Named {
        // (start, end, what): what = Ok(entry index) or Err(county code).
        let mut hits: Vec<(usize, usize, Result<usize, String>)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for (s, end) in occurrences(text, &e.name, true) {
                let end = extend_suffix(text, end);
                hits.push((s, end, Ok(i)));
            }
        }
        for (p, code) in &self.county_phrases {
            for (s, end) in occurrences(text, p, true) {
                hits.push((s, end, Err(code.clone())));
            }
        }
        for w in COUNTY_WORDS {
            let upper = capitalised(w);
            for variant in [w.to_string(), upper] {
                for (s, end) in occurrences(text, &variant, false) {
                    hits.push((s, end, Err(page_county.to_string())));
                }
            }
        }
        // Longest first at each start; then keep the non-overlapping ones in text order.
        hits.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then(self.rank(a, b, page_county))
        });
        let mut named = Named::default();
        for (s, end, what) in crate::text::matching::non_overlapping(hits) {
            match what {
                Ok(i) => {
                    let e = &self.entries[i];
                    named.places.push(Found {
                        start: s,
                        end,
                        municipality: e.municipality.clone(),
                        county: e.county.clone(),
                        editorial: e.editorial,
                    });
                }
                Err(code) if code == page_county => named.county_wide = true,
                Err(code) => {
                    if !named.other_counties.contains(&code) {
                        named.other_counties.push(code)
                    }
                }
            }
        }
        named
    }

    /// Among hits of equal span: page county first, then official names.
    fn rank(
        &self,
        a: &(usize, usize, Result<usize, String>),
        b: &(usize, usize, Result<usize, String>),
        page_county: &str,
    ) -> std::cmp::Ordering {
        let key = |h: &(usize, usize, Result<usize, String>)| match &h.2 {
            Ok(i) => {
                let e = &self.entries[*i];
                (e.county != page_county, e.editorial)
            }
            Err(_) => (false, false),
        };
        key(a).cmp(&key(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::gazetteer::{CountyName, MunicipalityName};

    fn index() -> PlaceIndex {
        let m = |code: &str, name: &str, county: &str| MunicipalityName {
            code: code.into(),
            name: name.into(),
            county_code: county.into(),
        };
        let g = Gazetteer {
            counties: vec![CountyName {
                code: "01".into(),
                name: "Stockholm".into(),
            }],
            municipalities: vec![
                m("0180", "Stockholm", "01"),
                m("0139", "Upplands-Bro", "01"),
                m("2326", "Berg", "23"),
                m("0580", "Linköping", "05"),
            ],
        };
        let csv = "place,municipality_code,reason\nBro,0139,x\nBerg,0580,y\nBromma,0180,z\n";
        PlaceIndex::new(&g, "p.csv", Some(csv)).unwrap()
    }

    fn names(text: &str, county: &str) -> Vec<(String, String)> {
        index()
            .find(text, county)
            .places
            .iter()
            .map(|f| (text[f.start..f.end].to_string(), f.municipality.clone()))
            .collect()
    }

    #[test]
    fn word_boundaries_genitives_and_suffixes() {
        assert_eq!(
            names("Bromma, Upplands-Bro och i Bro", "01"),
            [
                ("Bromma", "0180"),
                ("Upplands-Bro", "0139"),
                ("Bro", "0139")
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert_eq!(names("Linköpings kommun", "05")[0].0, "Linköpings kommun");
        assert_eq!(
            names("Stockholm stads upphandling", "01")[0].0,
            "Stockholm stads"
        );
        assert!(names("Stor-Stockholm", "01").is_empty());
        assert!(names("Brokiga", "01").is_empty());
        let n = index().find("i Stockholms län och Stockholm", "01");
        assert!(n.county_wide);
        assert_eq!(n.places.len(), 1);
        assert!(index().find("hela länet", "01").county_wide);
    }

    #[test]
    fn the_page_county_wins_an_ambiguous_name() {
        assert_eq!(names("Berg", "05")[0].1, "0580");
        assert_eq!(names("Berg", "23")[0].1, "2326");
    }

    #[test]
    fn rows_must_be_valid() {
        let g = Gazetteer::default();
        let e = PlaceIndex::new(
            &g,
            "p.csv",
            Some("place,municipality_code,reason\nX,9999,r\n"),
        )
        .unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "p.csv:2: error: unknown municipality code \"9999\""
        );
    }
}
