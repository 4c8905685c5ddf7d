//! One module per view the URL can ask for.

pub mod county;
pub mod glossary;
pub mod home;
pub mod municipality;
pub mod no_page;
pub mod not_found;
