//! Reading the page: a county page's text → a `catalog::County` with its header, unit
//! blocks, paragraphs and date line, every line kept; and what is missing from a damaged
//! page.

pub mod completeness;
pub mod county_page;
pub mod dates;
pub mod header;
pub mod sections;
pub mod unit_block;
