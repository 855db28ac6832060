//! The map, as pure geometry: Web Mercator projection, a viewport with pan and zoom,
//! clustering, label placement and the SVG scene. No DOM here: `app::components::map`
//! only turns these into elements and events into viewport changes.
pub mod cluster;
pub mod labels;
pub mod projection;
pub mod scene;
pub mod viewport;

pub use projection::{Screen, World};
pub use viewport::Viewport;
