//! Samspelskartan's catalogue: the data model of the county pages and the questions the
//! views ask of it (loading and checking the data set, routes and their URL state, field
//! explanations, number formats, text helpers, the glossary, place search, the map files,
//! locating a position, the maps' statuses, colours, names and downloads, the explore
//! page's cards and filters, the comparison tables and their exports, the open data
//! files). Plain Rust with no web dependencies, so all of it is tested natively.

pub mod compare;
pub mod explore;
pub mod export;
pub mod fields;
pub mod format;
pub mod geometry;
pub mod glossary;
pub mod index;
pub mod load;
pub mod map;
pub mod model;
pub mod open_data;
pub mod overview;
pub mod reading;
pub mod route;
pub mod search;
pub mod text;

pub use model::*;
pub use reading::{CoverageFigures, OfferStatus, PageProblem, ProblemKind, StatedCoverage};
