//! The pure core: data model and the algorithms over it. No DOM, no I/O: everything here
//! compiles and is tested natively.
pub mod basemap;
pub mod cells;
pub mod collaboration;
pub mod facts;
pub mod filter;
pub mod finder;
pub mod gazetteer;
pub mod geo;
pub mod holidays;
pub mod hours;
pub mod insights;
pub mod model;
pub mod nearest;
pub mod places;
pub mod query;
pub mod seeded;
pub mod service;
pub mod services;
pub mod status;
#[cfg(test)]
pub(crate) mod testkit;
pub mod text;
pub mod tz;
pub mod vocab;
