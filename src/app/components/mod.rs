//! Reusable view pieces.
pub mod facets;
pub mod filters;
pub mod map;
pub mod open_data;
pub mod results;
pub mod search;
pub mod status;
