//! One module per view the URL can ask for.

pub mod county;
pub mod home;
pub mod not_found;
