//! A data set many times the seeds, for the speed benchmark: every county page copied
//! `factor - 1` times under unused county codes, with its municipalities renamed ("Norra
//! Kumla"), its texts saying the new names, and its methods shifted along the lexicon, so
//! that text, place and method filters meet varied data of the same shape. Deterministic:
//! the same input and factor give the same output (a small LCG, no randomness crate).

use crate::index::Lexicon;
use crate::model::{County, Dataset};
use crate::search::fold_key;
use crate::search::{CountyRow, MunicipalityRow, SearchLists};
use std::collections::HashMap;

/// Words put before a copied name.
const PREFIXES: [&str; 12] = [
    "Norra", "Södra", "Västra", "Östra", "Nya", "Gamla", "Stora", "Lilla", "Övre", "Nedre", "Inre",
    "Yttre",
];

/// Knuth's MMIX linear congruential generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
}

/// The counties and `factor - 1` renamed copies of each (`factor` 1 gives them back).
/// County codes run out at 100 counties: a larger set is an error.
pub fn scaled(
    counties: &[County],
    lexicon: &Lexicon,
    factor: usize,
) -> Result<Vec<County>, String> {
    if factor == 0 {
        return Err("the factor must be 1 or more".to_string());
    }
    if counties.len() * factor > 100 {
        return Err(format!(
            "{} counties × {factor} need more than the 100 two-digit county codes",
            counties.len()
        ));
    }
    let mut free = (1..100).chain([0]).map(|n| format!("{n:02}"));
    let mut used: Vec<String> = counties.iter().map(|c| c.code.clone()).collect();
    let ids: Vec<&str> = lexicon.methods.iter().map(|m| m.id.as_str()).collect();
    let mut rng = Lcg(0x5a4d_5350_454c);
    let mut out: Vec<County> = counties.to_vec();
    for copy in 1..factor {
        // New codes for every county of this copy first, so references across counties
        // (a statement naming a municipality of another county) follow along.
        let mut county_codes: HashMap<String, String> = HashMap::new();
        for c in counties {
            let code = free
                .by_ref()
                .find(|code| !used.contains(code))
                .expect("codes counted above");
            used.push(code.clone());
            county_codes.insert(c.code.clone(), code);
        }
        let municipality_code = |code: &str| -> String {
            match county_codes.get(code.get(..2).unwrap_or("")) {
                Some(county) if code.len() == 4 => format!("{county}{}", &code[2..]),
                _ => code.to_string(),
            }
        };
        let method = |id: &str| -> String {
            match ids.iter().position(|m| *m == id) {
                Some(p) => ids[(p + copy) % ids.len()].to_string(),
                None => id.to_string(),
            }
        };
        for c in counties {
            let new_code = county_codes[&c.code].clone();
            let mut names: Vec<(String, String)> = c
                .municipalities
                .iter()
                .map(|m| {
                    (
                        m.name.clone(),
                        format!("{} {}", rng.pick(&PREFIXES), m.name),
                    )
                })
                .collect();
            if !names.iter().any(|(old, _)| *old == c.name) {
                names.push((
                    c.name.clone(),
                    format!("{} {}", rng.pick(&PREFIXES), c.name),
                ));
            }
            let rename = Renamer::new(names);
            let mut n = c.clone();
            n.code = new_code.clone();
            n.name = rename.apply(&c.name);
            n.municipalities_text.text = rename.apply(&c.municipalities_text.text);
            n.children_0_5 = (c.children_0_5 as u64 * (80 + rng.next() % 41) / 100) as u32;
            let unit_id = |id: &str| match id.split_once('-') {
                Some((_, rest)) => format!("{new_code}-{rest}"),
                None => id.to_string(),
            };
            for m in &mut n.municipalities {
                m.code = municipality_code(&m.code);
                m.name = rename.apply(&m.name);
                m.covering_units = m.covering_units.iter().map(|u| unit_id(u)).collect();
                m.social_services.methods = m
                    .social_services
                    .methods
                    .iter()
                    .map(|x| method(x))
                    .collect();
                for fc in &mut m.family_centres {
                    fc.name = rename.apply(&fc.name);
                }
            }
            for u in &mut n.units {
                u.id = unit_id(&u.id);
                u.name = rename.apply(&u.name);
                for f in &mut u.fields {
                    f.value = rename.apply(&f.value);
                }
                if let Some(o) = &mut u.opening_line {
                    o.text = rename.apply(&o.text);
                }
                u.catchment.municipalities = u
                    .catchment
                    .municipalities
                    .iter()
                    .map(|m| municipality_code(m))
                    .collect();
                u.catchment.municipalities.sort();
                u.parsed.catchment = u.parsed.catchment.as_deref().map(|t| rename.apply(t));
                u.parsed.methods = u.parsed.methods.iter().map(|x| method(x)).collect();
            }
            for p in &mut n.paragraphs {
                p.source.text = rename.apply(&p.source.text);
            }
            for s in &mut n.statements {
                s.text = rename.apply(&s.text);
                s.methods = s.methods.iter().map(|x| method(x)).collect();
                for p in &mut s.places {
                    p.name = rename.apply(&p.name);
                    p.municipality = municipality_code(&p.municipality);
                    if let Some(code) = county_codes.get(&p.county) {
                        p.county = code.clone();
                    }
                }
            }
            if let Some(sc) = &mut n.stated_coverage {
                sc.municipalities = sc
                    .municipalities
                    .iter()
                    .map(|m| municipality_code(m))
                    .collect();
                sc.source.text = rename.apply(&sc.source.text);
            }
            out.push(n);
        }
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

/// Replaces names in a text at once, so a new name that holds an old one is left alone.
struct Renamer {
    /// (old, new), longest old name first.
    names: Vec<(String, String)>,
}

impl Renamer {
    fn new(mut names: Vec<(String, String)>) -> Renamer {
        names.retain(|(old, _)| old.chars().count() >= 3);
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        Renamer { names }
    }

    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        'scan: while !rest.is_empty() {
            for (old, new) in &self.names {
                if let Some(after) = rest.strip_prefix(old.as_str()) {
                    out.push_str(new);
                    rest = after;
                    continue 'scan;
                }
            }
            let c = rest.chars().next().expect("not empty");
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// The data set with its counties scaled (`scaled`) and the new counties and
/// municipalities in the search lists, so the index names them. A copy may take the code
/// of a county of Sweden the data set has no page for (there are 100 codes and 21
/// counties): that county's rows (its municipalities and places) give way to the copy's.
pub fn scaled_dataset(dataset: &Dataset, factor: usize) -> Result<Dataset, String> {
    let lexicon = Lexicon::of(dataset);
    let counties = scaled(&dataset.counties, &lexicon, factor)?;
    let mut search: SearchLists = dataset.search.clone();
    let copies: Vec<&str> = counties
        .iter()
        .map(|c| c.code.as_str())
        .filter(|code| dataset.county(code).is_none())
        .collect();
    let of_copy = |municipality: &str| copies.contains(&municipality.get(..2).unwrap_or(""));
    search
        .counties
        .retain(|c| !copies.contains(&c.code.as_str()));
    search.municipalities.retain(|m| !of_copy(&m.code));
    search.places.retain(|p| !of_copy(&p.municipality));
    for c in &counties {
        if dataset.county(&c.code).is_some() {
            continue;
        }
        let name = format!("{} län", c.name);
        search.counties.push(CountyRow {
            code: c.code.clone(),
            folded: fold_key(&name),
            name,
        });
        for m in &c.municipalities {
            search.municipalities.push(MunicipalityRow {
                code: m.code.clone(),
                name: m.name.clone(),
                folded: fold_key(&m.name),
                county: c.code.clone(),
            });
        }
    }
    search.counties.sort_by(|a, b| a.code.cmp(&b.code));
    search.municipalities.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(Dataset {
        schema_version: dataset.schema_version,
        counties,
        methods: dataset.methods.clone(),
        glossary: dataset.glossary.clone(),
        search,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renaming_is_one_pass() {
        let r = Renamer::new(vec![
            ("Kumla".into(), "Norra Kumla".into()),
            ("Upplands-Bro".into(), "Nya Upplands-Bro".into()),
            ("Bro".into(), "Övre Bro".into()),
        ]);
        assert_eq!(
            r.apply("Kumla och Upplands-Bro, inte Bro"),
            "Norra Kumla och Nya Upplands-Bro, inte Övre Bro"
        );
        assert_eq!(r.apply(""), "");
    }

    #[test]
    fn the_generator_is_deterministic() {
        let mut rng = Lcg(1);
        let a: Vec<u64> = (0..3).map(|_| rng.next()).collect();
        let mut rng = Lcg(1);
        let b: Vec<u64> = (0..3).map(|_| rng.next()).collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }
}
