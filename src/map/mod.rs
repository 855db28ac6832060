//! The map, as pure geometry: Web Mercator projection, a viewport with pan and zoom,
//! clustering, label placement, the SVG scene, and input (pointers, wheel, keys) as view
//! changes. No DOM here: `app::components::map` only turns these into elements and events
//! into viewport changes.
pub mod cluster;
pub mod gesture;
pub mod keys;
pub mod labels;
pub mod projection;
pub mod scene;
pub mod viewport;

pub use projection::{Screen, World};
pub use viewport::{Action, Viewport};
