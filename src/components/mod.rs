//! Small components the pages are built from.

pub mod county_notes;
pub mod layout;
pub mod linked_text;
pub mod load_error;
pub mod method_list;
pub mod municipality_list;
pub mod source_ref;
pub mod status_badge;
pub mod unit_card;
pub mod with_county;
