//! Reading the prose: every paragraph split into statements with their places, methods and
//! links; what each municipality's social services say; its family centres.

pub mod centre_names;
pub mod enrich;
pub mod family_centres;
pub mod social_services;
pub mod statements;
pub mod status;
