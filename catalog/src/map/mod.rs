//! The maps of Sweden and of each county as data: what each region's status is, how it is
//! painted and marked (a colour-blind-safe palette whose contrasts are tested), its
//! accessible name and tooltip words, the focus order, where the teams are pinned and which
//! names fit, the legends with their counts, and the downloadable SVG. Built from the map
//! files (`geometry`) and the data set; the app's map components only render it.
//!
//! # Contract
//! - `drawn::sweden(&SwedenMap, &DataIndex, lang)`: the 21 counties, the data set's by
//!   access (`CountyAccess`), the others hatched as not in the data set.
//! - `drawn::county(&CountyMap, county_name, CountyOptions { county, lexicon, marked,
//!   detail }, lang)`: a county's municipalities by access (`Access`) with the social
//!   services' stance as a pattern (`StanceMark`), the teams' pins and the names that fit
//!   (`detail`), the marked municipality ringed; without a county page, plain.
//! - A `DrawnMap`'s `regions` are in focus order (`drawn::focus_order`: north to south);
//!   `alphabetical()` gives the table's order. Each region has its `fill` (`Fill::attr`),
//!   `mark`, `facts` (status in plain words) and `accessible_name`.
//! - `svg::pattern_defs(prefix, cell)` are the patterns both the page and the download use;
//!   `svg::standalone(&DrawnMap, lang)` is the file to download.

pub mod colour;
pub mod drawn;
pub mod pins;
pub mod shape;
pub mod status;
pub mod svg;
pub mod words;

pub use drawn::{
    county, sweden, CountyOptions, DrawnMap, DrawnPin, DrawnRegion, Legend, LegendEntry, Sizes,
};
pub use status::{Access, CountyAccess, Fill, LegendKey, StanceMark};
