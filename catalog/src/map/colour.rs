//! The maps' colours and the contrast rules they are chosen by (WCAG 2.2: relative luminance
//! and contrast ratio; 3:1 for graphical objects, 4.5:1 for text).
//!
//! The palette is colour-blind safe: access is dark blue against orange, which differ in
//! lightness (3.3:1) as well as on the blue–yellow axis every kind of colour vision keeps, and
//! "in between" (a county where only some municipalities have a team) is bands of both, a
//! texture rather than a third hue. "Not in the data set" is a grey hatch on the paper, never
//! a palette colour. How each rule holds is tested below:
//! - every solid fill is at least 3:1 against the page's paper, and the borders between
//!   regions are drawn in the paper's colour, so every region stands out from the page and
//!   from each neighbour whatever its neighbour's status;
//! - "has a team" and "has none", the statuses neighbours most need told apart, are 3:1
//!   against each other;
//! - the social services' marks and the pins' numbers are paper-coloured, at least 3:1 on
//!   every fill; the focus ring is two-tone (ink inside a paper halo), so one of its tones is
//!   at least 3:1 against any fill and against the paper;
//! - names on the map are ink with a paper halo, 4.5:1 or more.

/// A colour of the sRGB space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for an SVG or CSS attribute.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.2), 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// Contrast ratio between two colours (WCAG 2.2), from 1 to 21, the same either way round.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The page's background (`--paper` in `assets/style.css`): the map's background, the
/// borders between regions, the social services' marks, the halo of names.
pub const PAPER: Rgb = Rgb(0xfb, 0xfa, 0xf7);
/// The page's text colour (`--ink`): names, pins, the inner tone of the focus ring.
pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x23);
/// Has a team: a county where every municipality has one, a municipality that has one.
pub const TEAM: Rgb = Rgb(0x08, 0x30, 0x6b);
/// Has none: a county where no municipality has one, a municipality without one.
pub const NO_TEAM: Rgb = Rgb(0xd3, 0x5f, 0x00);
/// The grey of the "not in the data set" hatch and of the outline of hatched regions.
pub const HATCH: Rgb = Rgb(0x6b, 0x72, 0x80);
/// Every municipality on a map without colours of access (a county the data set lacks).
pub const PLAIN: Rgb = Rgb(0x76, 0x76, 0x76);
/// The municipality a page is about, on a map without colours of access.
pub const MARKED: Rgb = INK;

/// Every solid colour a region's area can have, for the rules' tests.
pub const AREA_COLOURS: [Rgb; 5] = [TEAM, NO_TEAM, HATCH, PLAIN, MARKED];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_and_contrast_match_wcag() {
        assert_eq!(Rgb(0, 0, 0).luminance(), 0.0);
        assert!((Rgb(255, 255, 255).luminance() - 1.0).abs() < 1e-12);
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        // #767676 on white is the well-known smallest grey at 4.5:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
        assert_eq!(
            contrast(TEAM, NO_TEAM),
            contrast(NO_TEAM, TEAM),
            "symmetric"
        );
        assert_eq!(TEAM.hex(), "#08306b");
    }

    #[test]
    fn every_area_stands_out_from_the_paper_and_the_borders() {
        // Borders between regions are paper-coloured, so this covers neighbours too.
        for c in AREA_COLOURS {
            let r = contrast(c, PAPER);
            assert!(r >= 3.0, "{} on paper: {r:.2}", c.hex());
        }
        assert!(contrast(TEAM, PAPER) > 12.0);
        assert!(contrast(NO_TEAM, PAPER) > 3.7);
    }

    #[test]
    fn team_and_no_team_are_told_apart_without_the_legend() {
        let r = contrast(TEAM, NO_TEAM);
        assert!(r >= 3.0, "{r:.2}");
        // The marked municipality against the others of a map without access colours.
        assert!(contrast(MARKED, PLAIN) >= 3.0);
    }

    #[test]
    fn marks_rings_pins_and_names_are_visible_on_every_area() {
        for c in AREA_COLOURS {
            // Paper-coloured marks and pin numbers (MARKED is never marked).
            if c != MARKED {
                assert!(contrast(PAPER, c) >= 3.0, "mark on {}", c.hex());
            }
            // The two-tone ring: one tone at 3:1 or more against the area it surrounds.
            let ring = contrast(INK, c).max(contrast(PAPER, c));
            assert!(ring >= 3.0, "ring on {}", c.hex());
        }
        assert!(
            contrast(INK, PAPER) >= 4.5,
            "names: ink on their paper halo"
        );
        assert!(contrast(INK, PAPER) >= 3.0, "pins and ring on the paper");
    }
}
