//! Reusable view pieces.
pub mod filters;
pub mod map;
pub mod results;
pub mod search;
pub mod status;
