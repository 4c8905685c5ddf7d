//! Small components the pages are built from.

pub mod browse;
pub mod county_links;
pub mod county_notes;
pub mod explained_text;
pub mod external_link;
pub mod layout;
pub mod linked_text;
pub mod load_error;
pub mod map;
pub mod method_list;
pub mod municipality_list;
pub mod place_search;
pub mod quotes;
pub mod source_ref;
pub mod stance;
pub mod status_badge;
pub mod tools_host;
pub mod unit_card;
pub mod unit_summary;
pub mod use_position;
pub mod with_county;
