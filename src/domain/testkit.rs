//! Shared by the domain's unit tests: the seeded generator of `domain::seeded`, so that
//! random tests are reproducible without a dependency.
pub use super::seeded::Rng;
