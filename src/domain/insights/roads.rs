//! Road distances precomputed by the pipeline (`pipeline::roads`, `--roads FILE`), as the
//! insights view reads them from `roads.bin`.
use serde::{Deserialize, Serialize};

/// One precomputed road distance: from a core point or an FSA to the nearest point of one
/// network along the road network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoadLink {
    /// Index into the core bundle's points ([`RoadBundle::partners`]) or into the
    /// gazetteer's FSAs ([`RoadBundle::fsas`]).
    pub from: u32,
    /// Index into the core bundle's networks.
    pub network: u16,
    /// Index into the core bundle's points: the nearest point of `network` by road.
    pub to: u32,
    /// Road distance in metres, including the straight legs from each end to the road
    /// (snap distances).
    pub metres: u32,
}

/// `roads.bin`: what the pipeline precomputed from a road network (`--roads FILE`,
/// GeoJSON line strings). Absent from the bundle when no road network was given; the
/// insights view then estimates road distances as straight line × a circuity factor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoadBundle {
    /// The road network file's name as given to the pipeline (shown as provenance).
    pub source: String,
    /// Graph size after building (nodes are line-string vertices, merged when equal).
    pub nodes: u32,
    pub edges: u32,
    /// Core points (indexes) that could not be snapped within the snap tolerance.
    pub unsnapped: Vec<u32>,
    /// Nearest partner by road: for each snapped core point and each *other* network that
    /// has a point reachable from it, the nearest such point. Sorted by (from, network).
    pub partners: Vec<RoadLink>,
    /// FSA assignment by road: for each FSA with a population and each network with a
    /// reachable point, the nearest point of that network. Sorted by (from, network).
    pub fsas: Vec<RoadLink>,
}
