//! What a map says of each region: a county's access to a team (or that the data set lacks
//! it), a municipality's access, the social services' stance as a mark, and the paint and
//! legend key these become.

use super::colour::{self, Rgb};
use crate::index::DataIndex;
use crate::model::{County, Coverage, Municipality, Stance};

/// A county on the map of Sweden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountyAccess {
    /// Every municipality has a team (`Coverage::Full`).
    Full,
    /// Some have (`Coverage::Partial`).
    Partial,
    /// None has (`Coverage::None`).
    None,
    /// The data set has no page for the county: nothing is known, which is not "no".
    NotInData,
}

impl CountyAccess {
    /// The access of the county with this code, by the data index.
    pub fn of(index: &DataIndex, code: &str) -> CountyAccess {
        match index.county(code).map(|c| c.coverage) {
            Some(Coverage::Full) => CountyAccess::Full,
            Some(Coverage::Partial) => CountyAccess::Partial,
            Some(Coverage::None) => CountyAccess::None,
            None => CountyAccess::NotInData,
        }
    }
}

/// A municipality's access to a specialised team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// A running unit's catchment names it.
    Team,
    /// None names it, but a running unit takes families from municipalities its page counts
    /// without naming them: it may be one of them.
    Unclear,
    /// No running unit takes families from it.
    NoTeam,
}

impl Access {
    /// The access of a municipality of `county`.
    pub fn of(county: &County, m: &Municipality) -> Access {
        if !m.covering_units.is_empty() {
            Access::Team
        } else if county
            .units
            .iter()
            .any(|u| u.counts_as_coverage() && u.catchment.unnamed_count > 0)
        {
            Access::Unclear
        } else {
            Access::NoTeam
        }
    }
}

/// The social services' stance, in the four groups the county map marks with a pattern
/// (its second, non-colour signal). "Not reported" keeps apart from "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StanceMark {
    /// Offers samspelsbehandling or a named method: dots.
    Offers,
    /// Something short of that: a limited offer, buys it when needed, or refers to the
    /// county's team: diagonal lines.
    Other,
    /// Offers nothing now: cannot, only plans to, or an offer has ended: crosses.
    NoOffer,
    /// The page says nothing: no mark.
    NotReported,
}

impl StanceMark {
    pub fn of(stance: Stance) -> StanceMark {
        match stance {
            Stance::Offers => StanceMark::Offers,
            Stance::Limited | Stance::Buys | Stance::ViaUnit => StanceMark::Other,
            Stance::None | Stance::Planned | Stance::Ended => StanceMark::NoOffer,
            Stance::NotReported => StanceMark::NotReported,
        }
    }

    /// In the legend's order.
    pub const ALL: [StanceMark; 4] = [
        StanceMark::Offers,
        StanceMark::Other,
        StanceMark::NoOffer,
        StanceMark::NotReported,
    ];

    /// The id of its pattern (after the map's prefix), `None` for no mark.
    pub fn pattern(self) -> Option<&'static str> {
        match self {
            StanceMark::Offers => Some("erbjuder"),
            StanceMark::Other => Some("annat"),
            StanceMark::NoOffer => Some("inget"),
            StanceMark::NotReported => None,
        }
    }
}

/// How a region's area is painted; also its key in the access legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fill {
    /// A county: every municipality has a team.
    Full,
    /// A county: some have (bands of both colours).
    Partial,
    /// A county: none has.
    NoTeams,
    /// A county the data set lacks (grey hatch on the paper).
    NotInData,
    /// A municipality with a team.
    Team,
    /// A municipality that may be in an unnamed part of a catchment (bands of both colours).
    Unclear,
    /// A municipality without a team.
    NoTeam,
    /// A municipality on a map without colours of access.
    Plain,
    /// The municipality the page is about, on a map without colours of access.
    Marked,
}

/// What an area is painted with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Solid(Rgb),
    /// A pattern of `svg::pattern_defs`, by its id after the map's prefix.
    Pattern(&'static str),
}

impl Fill {
    pub fn of_county(access: CountyAccess) -> Fill {
        match access {
            CountyAccess::Full => Fill::Full,
            CountyAccess::Partial => Fill::Partial,
            CountyAccess::None => Fill::NoTeams,
            CountyAccess::NotInData => Fill::NotInData,
        }
    }

    pub fn of_access(access: Access) -> Fill {
        match access {
            Access::Team => Fill::Team,
            Access::Unclear => Fill::Unclear,
            Access::NoTeam => Fill::NoTeam,
        }
    }

    pub fn paint(self) -> Paint {
        match self {
            Fill::Full | Fill::Team => Paint::Solid(colour::TEAM),
            Fill::NoTeams | Fill::NoTeam => Paint::Solid(colour::NO_TEAM),
            Fill::Partial | Fill::Unclear => Paint::Pattern("band"),
            Fill::NotInData => Paint::Pattern("saknas"),
            Fill::Plain => Paint::Solid(colour::PLAIN),
            Fill::Marked => Paint::Solid(colour::MARKED),
        }
    }

    /// The `fill` attribute, with `prefix` before a pattern's id: `#08306b`,
    /// `url(#sverige-band)`.
    pub fn attr(self, prefix: &str) -> String {
        match self.paint() {
            Paint::Solid(c) => c.hex(),
            Paint::Pattern(id) => format!("url(#{prefix}-{id})"),
        }
    }

    /// A CSS class name for the region: `map-fill--team`.
    pub fn class(self) -> &'static str {
        match self {
            Fill::Full => "map-fill--full",
            Fill::Partial => "map-fill--partial",
            Fill::NoTeams => "map-fill--none",
            Fill::NotInData => "map-fill--not-in-data",
            Fill::Team => "map-fill--team",
            Fill::Unclear => "map-fill--unclear",
            Fill::NoTeam => "map-fill--no-team",
            Fill::Plain => "map-fill--plain",
            Fill::Marked => "map-fill--marked",
        }
    }
}

/// A legend entry's key: hovering or focusing it highlights the regions it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegendKey {
    Fill(Fill),
    Mark(StanceMark),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catchment, Unit};
    use crate::reading::OfferStatus;

    fn unit(id: &str, status: OfferStatus, unnamed: u32) -> Unit {
        Unit {
            name: id.into(),
            first_line: 1,
            last_line: 1,
            id: id.into(),
            status,
            opening_line: None,
            fields: vec![],
            catchment: Catchment {
                municipalities: vec!["0001".into()],
                unnamed_count: unnamed,
                resolved_by: String::new(),
            },
            parsed: Default::default(),
        }
    }

    fn municipality(code: &str, units: &[&str]) -> Municipality {
        Municipality {
            code: code.into(),
            name: code.into(),
            covering_units: units.iter().map(|u| u.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn municipality_access_from_catchments() {
        let mut county = County {
            units: vec![unit("a", OfferStatus::Active, 0)],
            ..Default::default()
        };
        let covered = municipality("0001", &["a"]);
        let other = municipality("0002", &[]);
        assert_eq!(Access::of(&county, &covered), Access::Team);
        assert_eq!(Access::of(&county, &other), Access::NoTeam);
        // A running unit that counts two municipalities without naming them.
        county.units.push(unit("b", OfferStatus::Active, 2));
        assert_eq!(Access::of(&county, &other), Access::Unclear);
        // A planned one does not make anything unclear.
        county.units[1].status = OfferStatus::Planned;
        assert_eq!(Access::of(&county, &other), Access::NoTeam);
    }

    #[test]
    fn stances_group_into_four_marks_and_not_reported_is_not_no() {
        use Stance::*;
        let marks: Vec<_> = [
            Offers,
            ViaUnit,
            Limited,
            Buys,
            Planned,
            Ended,
            None,
            NotReported,
        ]
        .into_iter()
        .map(StanceMark::of)
        .collect();
        assert_eq!(
            marks,
            vec![
                StanceMark::Offers,
                StanceMark::Other,
                StanceMark::Other,
                StanceMark::Other,
                StanceMark::NoOffer,
                StanceMark::NoOffer,
                StanceMark::NoOffer,
                StanceMark::NotReported
            ]
        );
        assert_ne!(
            StanceMark::of(NotReported).pattern(),
            StanceMark::of(None).pattern()
        );
    }

    #[test]
    fn not_in_data_is_a_pattern_never_a_palette_colour() {
        assert_eq!(Fill::NotInData.paint(), Paint::Pattern("saknas"));
        assert_eq!(Fill::NotInData.attr("sverige"), "url(#sverige-saknas)");
        assert_eq!(Fill::Full.attr("sverige"), "#08306b");
        assert_eq!(Fill::Full.paint(), Fill::Team.paint());
        assert_eq!(Fill::NoTeams.paint(), Fill::NoTeam.paint());
    }
}
