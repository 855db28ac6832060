//! Reusable view pieces.
pub mod status;
