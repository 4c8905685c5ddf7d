//! The explore page ("Utforska"): a filterable list of cards, one per offer of the county
//! pages, with every filter in the URL. Plain Rust, so the page's components only render.
//!
//! # Contract
//! - Once per data load: `Offers::build(counties, &lexicon)` (all loaded counties, e.g.
//!   `arcs.iter().map(|c| &**c)`). It makes the cards (`Offer`, see `cards` for which) and
//!   the index: each card's folded search text and its facet values as small integers.
//! - On each URL change: `ExploreQuery::from_pairs(pairs)` (the page's pairs without `sida`
//!   and `lang`) → the query and the values it dropped, or a `route::Problem` for an
//!   unknown or repeated key; then `offers.check(query)` drops the codes and ids the data
//!   does not have. Show a notice naming every `DroppedValue`.
//! - On each keystroke or click: `offers.run(&query)` → `ExploreResult`: the hits (indices
//!   into `offers.cards()`, sorted), the count of every facet option for the current result
//!   (`result.options(&offers, &query, facet)`), how many planned/ended cards are hidden,
//!   and, for an empty result, which filter to loosen. Write the URL with
//!   `query.to_pairs()` / `query.to_query_string()`.
//! - The free text may be handed over in NFD (the browser's `normalize("NFD")`) or as typed;
//!   both fold alike (`search::fold_key`).
//! - Filters: OR among the values of one facet, AND across facets and the text. Ended,
//!   planned and being-built offers are left out unless `include_inactive`.
//! - Derivations (each module documents its rules, tested on every real unit): `ages`
//!   (pregnancy, 0–1, 1–3, 3–6 years from "Åldrar"), `principal` ("Huvudnamn"),
//!   `answers` (self-referral, group activity, DC). Only units' records state these; every
//!   other card is "not stated" for them.
//! - `scale::scaled` makes a data set 20× the seeds for the speed benchmark.

pub mod ages;
pub mod answers;
pub mod cards;
pub mod facets;
pub mod offer;
pub mod offers;
pub mod principal;
pub mod query;
pub mod scale;
mod textsearch;

pub use ages::{AgeBand, AgeBands};
pub use answers::Answer;
pub use facets::Facet;
pub use offer::{Offer, OfferKind, Place, Record, SourceLines, Traits};
pub use offers::{ExploreResult, FacetOption, Loosen, Offers, OptionCount};
pub use principal::Principal;
pub use query::{DroppedValue, ExploreQuery, Filter, Sort};
