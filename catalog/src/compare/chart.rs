//! A bar chart's data: one figure per county (units per 10 000 children, family centres per
//! 1 000 children, shares of municipalities), switchable between the figures, scaled for
//! drawing: each bar's length as a fraction of the axis, the axis's ticks at round values.
//! Pure numbers; the view draws the SVG, with the title, description and the table beside
//! it.

use crate::compare::counties::CountyRow;
use crate::compare::county_table::CountyTable;
use crate::compare::figures::{Figure, FigureUnit};
use crate::format::{self, Decimal};
use crate::model::Stance;
use crate::route::Lang;

/// A figure the chart can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFigure {
    UnitsPer10000,
    FamilyCentresPer1000,
    /// Municipalities with a team, per cent.
    TeamShare,
    /// Municipalities whose social services offer samspelsbehandling, per cent.
    OffersShare,
}

impl ChartFigure {
    /// Every chartable figure, the default first.
    pub const ALL: [ChartFigure; 4] = [
        ChartFigure::FamilyCentresPer1000,
        ChartFigure::UnitsPer10000,
        ChartFigure::TeamShare,
        ChartFigure::OffersShare,
    ];

    /// Its value of `diagram=` in the URL.
    pub fn key(self) -> &'static str {
        match self {
            ChartFigure::UnitsPer10000 => "enheter-per-10000",
            ChartFigure::FamilyCentresPer1000 => "familjecentraler-per-1000",
            ChartFigure::TeamShare => "andel-med-team",
            ChartFigure::OffersShare => "andel-erbjuder",
        }
    }

    pub fn parse(key: &str) -> Option<ChartFigure> {
        ChartFigure::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Its name, for the switch and the chart's title.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ChartFigure::UnitsPer10000, Lang::Sv) => {
                "Specialiserade enheter per 10 000 barn 0–5 år"
            }
            (ChartFigure::UnitsPer10000, Lang::En) => "Specialised units per 10,000 children 0–5",
            (ChartFigure::FamilyCentresPer1000, Lang::Sv) => {
                "Familjecentraler per 1 000 barn 0–5 år"
            }
            (ChartFigure::FamilyCentresPer1000, Lang::En) => {
                "Family centres per 1,000 children 0–5"
            }
            (ChartFigure::TeamShare, Lang::Sv) => "Andel kommuner med ett team",
            (ChartFigure::TeamShare, Lang::En) => "Share of municipalities with a team",
            (ChartFigure::OffersShare, Lang::Sv) => {
                "Andel kommuner där socialtjänsten erbjuder samspelsbehandling"
            }
            (ChartFigure::OffersShare, Lang::En) => {
                "Share of municipalities whose social services offer interaction treatment"
            }
        }
    }

    /// The unit of its axis.
    pub fn unit(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ChartFigure::UnitsPer10000, Lang::Sv) => "per 10 000 barn",
            (ChartFigure::UnitsPer10000, Lang::En) => "per 10,000 children",
            (ChartFigure::FamilyCentresPer1000, Lang::Sv) => "per 1 000 barn",
            (ChartFigure::FamilyCentresPer1000, Lang::En) => "per 1,000 children",
            (ChartFigure::TeamShare | ChartFigure::OffersShare, _) => "%",
        }
    }

    /// The figure of one county.
    pub fn of(self, row: &CountyRow) -> Figure {
        match self {
            ChartFigure::UnitsPer10000 => row.units_per_10000.clone(),
            ChartFigure::FamilyCentresPer1000 => row.family_centres_per_1000.clone(),
            ChartFigure::TeamShare => row.with_team_share.clone(),
            ChartFigure::OffersShare => Figure::ratio(
                row.stance(Stance::Offers).figure.numerator.clone(),
                row.municipalities.numerator.clone(),
                FigureUnit::Percent,
            ),
        }
    }
}

/// One county's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub county_code: String,
    pub county_name: String,
    /// The figure with how it is computed; its value may be not stated (no bar, say so).
    pub figure: Figure,
    /// The bar's length as a fraction of the axis, 0 to 1, from the unrounded value; 0 for
    /// a figure not stated.
    pub length: f64,
}

/// A tick of the value axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub value: Decimal,
    /// Where it stands along the axis, 0 to 1.
    pub position: f64,
}

impl Tick {
    pub fn label(&self, lang: Lang) -> String {
        format::decimal(self.value, lang)
    }
}

/// A bar chart of one figure by county.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub figure: ChartFigure,
    /// In the county table's order.
    pub bars: Vec<Bar>,
    /// From 0 to the axis's end, at a round step (1, 2 or 5 times a power of ten) chosen
    /// so that about four steps cover the largest bar.
    pub ticks: Vec<Tick>,
}

impl Chart {
    pub fn new(table: &CountyTable, figure: ChartFigure) -> Chart {
        let figures: Vec<(&CountyRow, Figure)> =
            table.rows.iter().map(|r| (r, figure.of(r))).collect();
        let max = figures
            .iter()
            .filter_map(|(_, f)| f.exact())
            .fold(0.0, f64::max);
        let (step, steps) = axis(max);
        let end = step.to_f64() * steps as f64;
        Chart {
            figure,
            bars: figures
                .into_iter()
                .map(|(r, f)| Bar {
                    county_code: r.code.clone(),
                    county_name: r.name.clone(),
                    length: f.exact().map_or(0.0, |v| (v / end).clamp(0.0, 1.0)),
                    figure: f,
                })
                .collect(),
            ticks: (0..=steps)
                .map(|i| Tick {
                    value: Decimal {
                        units: step.units * i,
                        decimals: step.decimals,
                    },
                    position: i as f64 / steps as f64,
                })
                .collect(),
        }
    }

    /// The chart's title: the figure and "per län" / "by county".
    pub fn title(&self, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!("{}, per län", self.figure.label(lang)),
            Lang::En => format!("{}, by county", self.figure.label(lang)),
        }
    }

    /// Every bar's value in words, for the SVG's description: "Stockholm 0,12; Örebro 0,81;
    /// …", "uppgift saknas" where not stated.
    pub fn description(&self, lang: Lang) -> String {
        let items: Vec<String> = self
            .bars
            .iter()
            .map(|b| format!("{} {}", b.county_name, b.figure.show(lang)))
            .collect();
        format!("{}: {}.", self.title(lang), items.join("; "))
    }
}

/// A round step and how many of them reach `max` (at least one; step 1 when nothing is
/// above 0).
fn axis(max: f64) -> (Decimal, u64) {
    if max <= 0.0 || !max.is_finite() {
        return (Decimal::whole(1), 1);
    }
    let raw = max / 4.0;
    let mut exponent = raw.log10().floor() as i32;
    let base = 10f64.powi(exponent);
    let mut m = [1u64, 2, 5, 10]
        .into_iter()
        .find(|&m| m as f64 * base >= raw * (1.0 - 1e-12))
        .unwrap_or(10);
    if m == 10 {
        m = 1;
        exponent += 1;
    }
    let step = if exponent >= 0 {
        Decimal::whole(m * 10u64.pow(exponent as u32))
    } else {
        Decimal {
            units: m,
            decimals: (-exponent) as u8,
        }
    };
    let steps = ((max / step.to_f64()) - 1e-9).ceil().max(1.0) as u64;
    (step, steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_axes() {
        let show = |max: f64| {
            let (step, n) = axis(max);
            (step.plain('.'), n)
        };
        assert_eq!(show(0.8126), ("0.5".to_string(), 2));
        assert_eq!(show(0.618), ("0.2".to_string(), 4));
        assert_eq!(show(100.0), ("50".to_string(), 2));
        assert_eq!(show(25.0), ("10".to_string(), 3));
        assert_eq!(show(4.0), ("1".to_string(), 4));
        assert_eq!(show(0.0), ("1".to_string(), 1));
        assert_eq!(show(39.0), ("10".to_string(), 4));
    }

    #[test]
    fn keys_round_trip() {
        for f in ChartFigure::ALL {
            assert_eq!(ChartFigure::parse(f.key()), Some(f));
            assert!(!f.label(Lang::Sv).is_empty() && !f.label(Lang::En).is_empty());
        }
    }
}
