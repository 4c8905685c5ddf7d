//! A figure of the comparison tables and how it is computed: the count or the ratio, its
//! numerator and denominator with what they count, and the source lines they stand on, so a
//! view can show a footnote and a reader can check it against the county page.

use crate::format::{self, Decimal};
use crate::model::{County, Stance};
use crate::route::Lang;

/// Lines of a county page (1-based, inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    /// The page, e.g. `data/counties/18-orebro.txt`.
    pub file: String,
    pub first_line: u32,
    pub last_line: u32,
}

impl SourceRef {
    pub fn lines(county: &County, first_line: u32, last_line: u32) -> SourceRef {
        SourceRef {
            file: county.source_file.clone(),
            first_line,
            last_line,
        }
    }
}

/// Source lines grouped by page, in the order given: "18-orebro.txt rader 13, 3" /
/// "18-orebro.txt line 5; 01-stockholm.txt lines 12–14".
pub fn describe_sources(sources: &[&SourceRef], lang: Lang) -> String {
    let (one, many) = match lang {
        Lang::Sv => ("rad", "rader"),
        Lang::En => ("line", "lines"),
    };
    let mut groups: Vec<(&str, Vec<&SourceRef>)> = Vec::new();
    for s in sources {
        match groups.iter_mut().find(|(file, _)| *file == s.file) {
            Some((_, refs)) => refs.push(s),
            None => groups.push((&s.file, vec![s])),
        }
    }
    groups
        .iter()
        .map(|(file, refs)| {
            let name = file.rsplit('/').next().unwrap_or(file);
            let spans: Vec<String> = refs
                .iter()
                .map(|r| {
                    if r.first_line == r.last_line {
                        r.first_line.to_string()
                    } else {
                        format!("{}–{}", r.first_line, r.last_line)
                    }
                })
                .collect();
            let word = if spans.len() == 1 && refs[0].first_line == refs[0].last_line {
                one
            } else {
                many
            };
            format!("{name} {word} {}", spans.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    /// Children 0–5 years living in the county (the page's children line).
    Children,
    /// The county's municipalities (the page's municipalities line).
    Municipalities,
    /// Municipalities in the catchment of an active specialised unit.
    MunicipalitiesWithTeam,
    /// Specialised units that are running.
    ActiveUnits,
    /// Family centres the page names.
    FamilyCentres,
    /// Municipalities whose social services' stance is this one.
    MunicipalitiesWithStance(Stance),
}

impl Quantity {
    /// What `n` of it are, in words, for a footnote ("barn 0–5 år", "1 family centre",
    /// "kommuner där socialtjänsten erbjuder").
    pub fn words(self, lang: Lang, n: u32) -> String {
        use Quantity::*;
        let one = n == 1;
        let word = match (self, lang, one) {
            (Children, Lang::Sv, _) => "barn 0–5 år",
            (Children, Lang::En, true) => "child 0–5",
            (Children, Lang::En, false) => "children 0–5",
            (Municipalities, Lang::Sv, true) => "kommun",
            (Municipalities, Lang::Sv, false) => "kommuner",
            (Municipalities, Lang::En, true) => "municipality",
            (Municipalities, Lang::En, false) => "municipalities",
            (MunicipalitiesWithTeam, Lang::Sv, true) => "kommun med ett team",
            (MunicipalitiesWithTeam, Lang::Sv, false) => "kommuner med ett team",
            (MunicipalitiesWithTeam, Lang::En, true) => "municipality with a team",
            (MunicipalitiesWithTeam, Lang::En, false) => "municipalities with a team",
            (ActiveUnits, Lang::Sv, true) => "specialiserad enhet i drift",
            (ActiveUnits, Lang::Sv, false) => "specialiserade enheter i drift",
            (ActiveUnits, Lang::En, true) => "specialised unit running",
            (ActiveUnits, Lang::En, false) => "specialised units running",
            (FamilyCentres, Lang::Sv, true) => "familjecentral",
            (FamilyCentres, Lang::Sv, false) => "familjecentraler",
            (FamilyCentres, Lang::En, true) => "family centre",
            (FamilyCentres, Lang::En, false) => "family centres",
            (MunicipalitiesWithStance(s), lang, _) => {
                let stance = crate::compare::labels::stance_count(s, lang);
                return match (lang, one) {
                    (Lang::Sv, true) => format!("kommun där {stance}"),
                    (Lang::Sv, false) => format!("kommuner där {stance}"),
                    (Lang::En, true) => format!("municipality where {stance}"),
                    (Lang::En, false) => format!("municipalities where {stance}"),
                };
            }
        };
        word.to_string()
    }
}

/// One side of a figure: a count the page gives (or `None`: the page does not give it),
/// what it counts and the lines it stands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub value: Option<u32>,
    pub what: Quantity,
    pub sources: Vec<SourceRef>,
}

/// How a figure is expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureUnit {
    /// A count: the numerator itself.
    Count,
    /// A share in per cent, whole per cents.
    Percent,
    /// So many per this many of the denominator (per 1 000, per 10 000), two decimals.
    Per(u32),
}

/// A figure of a table: its value (`None`: not stated, or not computable because the
/// denominator is not stated or is 0; never shown as 0) and how it is computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub value: Option<Decimal>,
    pub unit: FigureUnit,
    pub numerator: Term,
    /// `None` for a count.
    pub denominator: Option<Term>,
}

/// Decimals of a rate per 1 000 or per 10 000: the counties' rates lie between 0.1 and 1,
/// where one decimal would make 0.806 and 0.813 look equal.
pub const RATE_DECIMALS: u8 = 2;
/// Decimals of a share in per cent.
pub const PERCENT_DECIMALS: u8 = 0;

impl Figure {
    /// A count the page gives.
    pub fn count(term: Term) -> Figure {
        Figure {
            value: term.value.map(|v| Decimal::whole(u64::from(v))),
            unit: FigureUnit::Count,
            numerator: term,
            denominator: None,
        }
    }

    /// `numerator / denominator` in per cent or per `n`, rounded (see `RATE_DECIMALS`,
    /// `PERCENT_DECIMALS`); not stated when either side is not, or the denominator is 0.
    pub fn ratio(numerator: Term, denominator: Term, unit: FigureUnit) -> Figure {
        let (per, decimals) = match unit {
            FigureUnit::Count => (1, 0),
            FigureUnit::Percent => (100, PERCENT_DECIMALS),
            FigureUnit::Per(n) => (u64::from(n), RATE_DECIMALS),
        };
        let value = match (numerator.value, denominator.value) {
            (Some(n), Some(d)) => Decimal::ratio(u64::from(n), u64::from(d), per, decimals),
            _ => None,
        };
        Figure {
            value,
            unit,
            numerator,
            denominator: Some(denominator),
        }
    }

    /// The exact value before rounding, for sorting and drawing.
    pub fn exact(&self) -> Option<f64> {
        let n = f64::from(self.numerator.value?);
        match (&self.denominator, self.unit) {
            (None, _) | (_, FigureUnit::Count) => Some(n),
            (Some(d), unit) => {
                let d = f64::from(d.value?);
                if d == 0.0 {
                    return None;
                }
                let per = match unit {
                    FigureUnit::Percent => 100.0,
                    FigureUnit::Per(p) => f64::from(p),
                    FigureUnit::Count => 1.0,
                };
                Some(n * per / d)
            }
        }
    }

    /// The value as the language writes it ("0,71", "25 %", "177 367"), or "uppgift
    /// saknas" / "not stated".
    pub fn show(&self, lang: Lang) -> String {
        match self.value {
            None => crate::compare::labels::not_stated(lang).to_string(),
            Some(v) => match self.unit {
                FigureUnit::Percent => format::percent(v, lang),
                FigureUnit::Count | FigureUnit::Per(_) => format::decimal(v, lang),
            },
        }
    }

    /// How it is computed, for a footnote: "17 familjecentraler / 20 920 barn 0–5 år × 1 000
    /// = 0,81. Källa: 18-orebro.txt rader 52, 54–55, …, 78–79, 5." A count gives its count and
    /// sources; a figure that is not stated says which side is missing.
    pub fn explain(&self, lang: Lang) -> String {
        let term = |t: &Term| match t.value {
            Some(v) => format!("{} {}", format::count(v, lang), t.what.words(lang, v)),
            None => format!(
                "{} ({})",
                t.what.words(lang, 0),
                crate::compare::labels::not_stated(lang)
            ),
        };
        let mut out = term(&self.numerator);
        if let Some(d) = &self.denominator {
            out.push_str(" / ");
            out.push_str(&term(d));
            match self.unit {
                FigureUnit::Percent => out.push_str(" × 100"),
                FigureUnit::Per(n) => {
                    out.push_str(" × ");
                    out.push_str(&format::count(n, lang));
                }
                FigureUnit::Count => {}
            }
            out.push_str(" = ");
            out.push_str(&self.show(lang));
        }
        let sources = describe_sources(&self.sources(), lang);
        if !sources.is_empty() {
            out.push_str(match lang {
                Lang::Sv => ". Källa: ",
                Lang::En => ". Source: ",
            });
            out.push_str(&sources);
        }
        out.push('.');
        out
    }

    /// Every source line of the numerator and the denominator.
    pub fn sources(&self) -> Vec<&SourceRef> {
        let mut out: Vec<&SourceRef> = self.numerator.sources.iter().collect();
        if let Some(d) = &self.denominator {
            out.extend(d.sources.iter());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(first: u32, last: u32) -> SourceRef {
        SourceRef {
            file: "data/counties/18-orebro.txt".into(),
            first_line: first,
            last_line: last,
        }
    }

    #[test]
    fn ratio_with_its_footnote() {
        let f = Figure::ratio(
            Term {
                value: Some(17),
                what: Quantity::FamilyCentres,
                sources: vec![src(63, 64)],
            },
            Term {
                value: Some(20_920),
                what: Quantity::Children,
                sources: vec![src(5, 5)],
            },
            FigureUnit::Per(1000),
        );
        assert_eq!(f.show(Lang::Sv), "0,81");
        assert_eq!(f.show(Lang::En), "0.81");
        assert_eq!(
            f.explain(Lang::Sv),
            "17 familjecentraler / 20\u{a0}920 barn 0–5 år × 1\u{a0}000 = 0,81. \
             Källa: 18-orebro.txt rader 63–64, 5."
        );
        assert!((f.exact().unwrap() - 0.812_619).abs() < 1e-6);
    }

    #[test]
    fn sources_grouped_by_page() {
        let other = SourceRef {
            file: "data/counties/01-stockholm.txt".into(),
            first_line: 12,
            last_line: 14,
        };
        let (a, b) = (src(5, 5), src(9, 9));
        assert_eq!(describe_sources(&[&a], Lang::Sv), "18-orebro.txt rad 5");
        assert_eq!(
            describe_sources(&[&a, &other, &b], Lang::En),
            "18-orebro.txt lines 5, 9; 01-stockholm.txt lines 12–14"
        );
        let one = Figure::count(Term {
            value: Some(1),
            what: Quantity::MunicipalitiesWithStance(Stance::Offers),
            sources: vec![a.clone()],
        });
        assert_eq!(
            one.explain(Lang::Sv),
            "1 kommun där socialtjänsten erbjuder. Källa: 18-orebro.txt rad 5."
        );
    }

    #[test]
    fn a_missing_side_is_not_stated_never_zero() {
        let f = Figure::ratio(
            Term {
                value: None,
                what: Quantity::FamilyCentres,
                sources: vec![],
            },
            Term {
                value: Some(100),
                what: Quantity::Children,
                sources: vec![],
            },
            FigureUnit::Per(1000),
        );
        assert_eq!(f.value, None);
        assert_eq!(f.exact(), None);
        assert_eq!(f.show(Lang::Sv), "uppgift saknas");
        assert_eq!(
            f.explain(Lang::En),
            "family centres (not stated) / 100 children 0–5 × 1,000 = not stated."
        );
        let zero = Figure::ratio(
            Term {
                value: Some(0),
                what: Quantity::MunicipalitiesWithTeam,
                sources: vec![],
            },
            Term {
                value: Some(0),
                what: Quantity::Municipalities,
                sources: vec![],
            },
            FigureUnit::Percent,
        );
        assert_eq!(zero.value, None, "0 of 0 is not a share");
    }
}
