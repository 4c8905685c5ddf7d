//! A total of covered municipalities an opening sentence states, and its check against the
//! active units' catchments. The forms, by the families of
//! `data/editorial/opening_phrases.csv`:
//! - "länets övriga nio kommuner har inte …", "… saknas" (others, negated): all but nine;
//! - "fem av länets fjorton kommuner har … tillgång": five of fourteen;
//! - "Ingen av länets sex kommuner har … tillgång": none of six;
//! - "Hälften av länets kommuner har … tillgång": half;
//! - "Samtliga 33 kommuner i länet har … tillgång", "Alla åtta kommunerna … omfattas";
//! - "Invånarna i Eskilstuna och Strängnäs har … tillgång" (no unit named): those named.

use crate::coverage::catchment::{county_words, Context};
use crate::editorial::phrases::Family;
use crate::text::patterns::Token;

/// How many municipalities a sentence says have access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(u32),
    /// All but this many ("länets övriga nio kommuner har inte …").
    AllBut(u32),
    Half,
}

/// A total a sentence states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    pub figure: Figure,
    /// Of how many, when it says ("fem av länets fjorton").
    pub of: Option<u32>,
    /// The municipalities it names, sorted.
    pub named: Vec<String>,
}

impl Total {
    /// The number of covered municipalities it states, in a county of `total`.
    pub fn covered(&self, total: u32) -> u32 {
        match self.figure {
            Figure::Count(n) => n,
            Figure::AllBut(n) => total.saturating_sub(n),
            Figure::Half => total / 2,
        }
    }
}

fn is_kommun(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.word.starts_with("kommun"))
}

/// The total a clause states, if it states one. `claims_catchment`: the clause gives units
/// of the list a catchment (then "samtliga tio kommuner" is their area, not a total).
pub fn read(text: &str, toks: &[Token], claims_catchment: bool, cx: &Context) -> Option<Total> {
    let ph = cx.phrases;
    let county = county_words(cx.county);
    let negated = toks.iter().any(|t| ph.is(Family::Negation, &t.word));
    let access = toks.iter().any(|t| ph.is(Family::Access, &t.word));
    let count = |k: usize| toks.get(k).and_then(|t| t.count());
    // One word between "av" and the count or "kommuner": "länets", "de", "regionens".
    let lanets = |k: usize| {
        let det = toks
            .get(k)
            .is_some_and(|t| t.count().is_none() && !is_kommun(Some(t)));
        usize::from(det)
    };
    let total = |figure, of| {
        Some(Total {
            figure,
            of,
            named: Vec::new(),
        })
    };
    // "länets övriga nio kommuner har inte …"
    for (k, t) in toks.iter().enumerate() {
        if ph.is(Family::Others, &t.word) && negated {
            if let (Some(n), true) = (count(k + 1), is_kommun(toks.get(k + 2))) {
                return total(Figure::AllBut(n), None);
            }
        }
    }
    if claims_catchment || !access {
        return None;
    }
    // "Ingen av länets sex kommuner", "Hälften av länets kommuner".
    if let Some((_, f)) = ph.find(Family::NoneOf, toks, &county) {
        let k = f.end + lanets(f.end);
        if let (Some(n), true) = (count(k), is_kommun(toks.get(k + 1))) {
            return total(Figure::Count(0), Some(n));
        }
    }
    if let Some((_, f)) = ph.find(Family::Half, toks, &county) {
        let k = f.end + lanets(f.end);
        if is_kommun(toks.get(k)) {
            return total(Figure::Half, None);
        }
    }
    for k in 0..toks.len() {
        // "fem av länets fjorton kommuner"
        if let (Some(n), true) = (count(k), toks.get(k + 1).is_some_and(|t| t.word == "av")) {
            let j = k + 2 + lanets(k + 2);
            if let (Some(m), true) = (count(j), is_kommun(toks.get(j + 1))) {
                return total(Figure::Count(n), Some(m));
            }
        }
        // "Samtliga 33 kommuner", "Alla åtta kommunerna", "alla kommuner i länet"
        if ph.is(Family::All, &toks[k].word) {
            match count(k + 1) {
                Some(n) if is_kommun(toks.get(k + 2)) => return total(Figure::Count(n), None),
                None if is_kommun(toks.get(k + 1)) => {
                    let all = cx.county.municipalities.len() as u32;
                    return total(Figure::Count(all), None);
                }
                _ => {}
            }
        }
    }
    // "Invånarna i Eskilstuna och Strängnäs har … tillgång"
    let (_, f) = ph.find(Family::Inhabitants, toks, &county)?;
    let after = &text[toks.get(f.end)?.start..];
    let mut named = Vec::new();
    let mut last_end = 0;
    for p in cx.places.find(after, &cx.county.code).places {
        let gap = after[last_end..p.start].trim();
        let joined = gap.is_empty() || gap == "," || gap == "och" || gap == "&";
        let own = cx
            .county
            .municipalities
            .iter()
            .any(|m| m.code == p.municipality);
        if !joined || !own {
            break;
        }
        named.push(p.municipality.clone());
        last_end = p.end;
    }
    named.sort();
    named.dedup();
    let n = named.len() as u32;
    (n > 0).then_some(Total {
        figure: Figure::Count(n),
        of: None,
        named,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;
    use crate::text::patterns::tokens;

    fn total(text: &str, claims: bool) -> Option<Total> {
        let c = testing::east("");
        let places = testing::places();
        let phrases = testing::opening_phrases();
        let cx = Context {
            county: &c,
            places: &places,
            phrases: &phrases,
        };
        read(text, &tokens(text), claims, &cx)
    }

    #[test]
    fn the_forms_of_a_total() {
        let f = |t: &str| total(t, false).map(|t| (t.covered(3), t.of, t.named));
        assert_eq!(
            f("Späd- och småbarnsfamiljer i länets övriga två kommuner har inte någon sådan möjlighet."),
            Some((1, None, vec![]))
        );
        assert_eq!(
            f("I länets övriga två kommuner saknas motsvarande stöd."),
            Some((1, None, vec![]))
        );
        assert_eq!(
            f("Invånarna i två av länets tre kommuner har i dag tillgång till ett team."),
            Some((2, Some(3), vec![]))
        );
        assert_eq!(
            f("Ingen av länets tre kommuner har alltså tillgång till ett team."),
            Some((0, Some(3), vec![]))
        );
        assert_eq!(
            f("Hälften av länets kommuner har därmed tillgång"),
            Some((1, None, vec![]))
        );
        assert_eq!(
            f("Två av de tre kommunerna har tillgång till ett team."),
            Some((2, Some(3), vec![]))
        );
        assert_eq!(
            f("Samtliga tre kommuner i länet har tillgång"),
            Some((3, None, vec![]))
        );
        assert_eq!(f("Alla kommuner i länet omfattas"), Some((3, None, vec![])));
        assert_eq!(
            f("Invånarna i Linköping och Söderköping har i dag tillgång till ett team."),
            Some((2, None, vec!["0580".to_string(), "0582".to_string()]))
        );
        // Not totals: a unit's catchment, a sentence without access, the others as area.
        assert_eq!(
            total("har invånarna i Linköping tillgång till Kotten", true),
            None
        );
        assert_eq!(f("Linköping och Söderköping har ett team."), None);
        assert_eq!(
            f("teamet tar emot familjer från länets övriga två kommuner"),
            None
        );
    }
}
