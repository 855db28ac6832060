//! Road distances (`guichet-bundle --roads FILE`): a graph from GeoJSON line strings, the
//! core points and populated FSA centroids snapped onto it, and one multi-source Dijkstra
//! per network. The result is `roads.bin` ([`RoadBundle`]).
//!
//! - **Graph.** Nodes are line-string vertices, merged when their coordinates are equal
//!   after rounding to 1e-7 degree (about 1 cm); an edge joins consecutive vertices, once
//!   per pair, and weighs its great-circle length. Roads are two-way: GeoJSON properties
//!   (one-way flags, classes, speeds) are ignored, so distances are metres, not times.
//!   `LineString` and `MultiLineString` features are read; other geometry types are counted
//!   ([`ReadSummary::skipped`]) and skipped.
//! - **Snap.** A position goes to the nearest location *on* a segment (projection, not
//!   the nearest vertex), found with an R-tree of segments as chords between unit vectors
//!   (as `domain::nearest` indexes points); the chord's nearest point, pushed back onto the
//!   sphere, lies on the segment's great-circle arc. Farther than [`SNAP_TOLERANCE_M`] from
//!   every road, a position is not snapped: points are then listed in
//!   [`RoadBundle::unsnapped`], FSAs get no link. The segment is split at the snap, so two
//!   points on one segment meet along it.
//! - **Search.** For each network, one Dijkstra whose sources are that network's snapped
//!   points, each starting at its snap leg and labelled with its point index, gives every
//!   node its nearest point of the network; each point and FSA then reads its own snap
//!   node. Labels compare as (metres, point index), so ties go to the lower index and the
//!   output is deterministic. Cost: O(networks × E log V).
//!
//! Units: positions in degrees (WGS84); every distance in metres along the great circle
//! ([`LatLon::distance_m`], mean Earth radius). A link's metres are the snap leg at each
//! end plus the road between, rounded to the metre.
//!
//! ```
//! use guichet::pipeline::roads::RoadNetwork;
//! let roads = RoadNetwork::parse(br#"{"type":"FeatureCollection","features":[
//!     {"type":"Feature","properties":{},"geometry":{"type":"LineString",
//!      "coordinates":[[-75.0,45.0],[-75.0,45.01],[-74.99,45.01]]}},
//!     {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-75.0,45.0]}}
//! ]}"#).unwrap();
//! assert_eq!((roads.nodes(), roads.edges()), (3, 2));
//! assert_eq!(roads.summary.skipped["Point"], 1);
//! ```
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet};
use std::path::Path;

use rstar::primitives::{GeomWithData, Line};
use rstar::RTree;

use crate::bundle::{CoreBundle, RoadBundle, RoadLink};
use crate::domain::geo::LatLon;
use crate::domain::nearest::unit;
use crate::pipeline::{read_file, PipelineError};

/// How far (metres) a point or FSA centroid may lie from the nearest road and still be
/// snapped to it. Beyond, it has no road distance (remote communities, islands, a road
/// file that covers one province only).
pub const SNAP_TOLERANCE_M: f64 = 5_000.0;

/// Vertices are merged on a grid of 1e-7 degree.
const VERTEX_SCALE: f64 = 1e7;

/// What reading the road file found, besides the graph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadSummary {
    pub features: usize,
    /// Line strings read (each part of a MultiLineString counts).
    pub lines: usize,
    /// Features skipped, by geometry type (`"Point"`, `"Polygon"`; `"null"` for none).
    pub skipped: BTreeMap<String, usize>,
}

/// The road graph as read: positions of the merged vertices and undirected edges.
#[derive(Debug, Clone, Default)]
pub struct RoadNetwork {
    nodes: Vec<LatLon>,
    /// Each undirected edge once, in the order first met in the file.
    edges: Vec<[u32; 2]>,
    pub summary: ReadSummary,
}

/// Where a position meets the road network.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Snap {
    edge: u32,
    /// Metres along the edge from its first node.
    along: f64,
    /// Straight metres from the position to the road.
    leg: f64,
}

/// The graph with edges split at the snaps, as adjacency arrays (CSR).
struct Graph {
    /// Arcs of node `v` are `first[v]..first[v + 1]`.
    first: Vec<u32>,
    to: Vec<u32>,
    metres: Vec<f64>,
}

/// A segment in the snapping index: a chord between unit vectors, with its edge index.
type Segment = GeomWithData<Line<[f64; 3]>, u32>;

/// Unsettled label in the Dijkstra queue: (metres as ordered bits, source point, node).
type Entry = Reverse<(u64, u32, u32)>;

impl RoadNetwork {
    /// Reads a GeoJSON FeatureCollection of roads; a malformed file is an error that names it.
    pub fn read(path: &Path) -> Result<RoadNetwork, PipelineError> {
        let bytes = read_file(path)?;
        RoadNetwork::parse(&bytes).map_err(|m| PipelineError::format(path, m))
    }

    /// Parses a GeoJSON FeatureCollection of roads.
    pub fn parse(bytes: &[u8]) -> Result<RoadNetwork, String> {
        let doc: geojson::FeatureCollection =
            serde_json::from_slice(bytes).map_err(|e| format!("not a GeoJSON FeatureCollection: {e}"))?;
        let mut net = RoadNetwork::default();
        net.summary.features = doc.features.len();
        let mut ids: HashMap<(i64, i64), u32> = HashMap::new();
        let mut seen: HashSet<[u32; 2]> = HashSet::new();
        for (i, f) in doc.features.iter().enumerate() {
            let Some(g) = &f.geometry else {
                *net.summary.skipped.entry("null".to_owned()).or_default() += 1;
                continue;
            };
            let lines: Vec<&Vec<geojson::Position>> = match &g.value {
                geojson::GeometryValue::LineString { coordinates } => vec![coordinates],
                geojson::GeometryValue::MultiLineString { coordinates } => coordinates.iter().collect(),
                other => {
                    *net.summary.skipped.entry(other.type_name().to_owned()).or_default() += 1;
                    continue;
                }
            };
            for positions in lines {
                let mut prev: Option<u32> = None;
                for p in positions {
                    let pos = position(p.as_slice()).map_err(|e| format!("feature {i}: {e}"))?;
                    let key = ((pos.lat * VERTEX_SCALE).round() as i64, (pos.lon * VERTEX_SCALE).round() as i64);
                    let id = *ids.entry(key).or_insert_with(|| {
                        let lat = key.0 as f64 / VERTEX_SCALE;
                        let lon = key.1 as f64 / VERTEX_SCALE;
                        net.nodes.push(LatLon::new(lat, lon));
                        (net.nodes.len() - 1) as u32
                    });
                    if let Some(a) = prev.filter(|&a| a != id) {
                        if seen.insert([a.min(id), a.max(id)]) {
                            net.edges.push([a, id]);
                        }
                    }
                    prev = Some(id);
                }
                net.summary.lines += 1;
            }
        }
        Ok(net)
    }

    /// Vertices after merging.
    pub fn nodes(&self) -> usize {
        self.nodes.len()
    }

    /// Distinct undirected edges.
    pub fn edges(&self) -> usize {
        self.edges.len()
    }

    fn edge_metres(&self, e: u32) -> f64 {
        let [a, b] = self.edges[e as usize];
        self.nodes[a as usize].distance_m(self.nodes[b as usize])
    }

    fn index(&self) -> RTree<Segment> {
        let segments = self
            .edges
            .iter()
            .enumerate()
            .map(|(e, &[a, b])| {
                Segment::new(Line::new(unit(self.nodes[a as usize]), unit(self.nodes[b as usize])), e as u32)
            })
            .collect();
        RTree::bulk_load(segments)
    }

    /// The nearest location on a road to `pos`, within the tolerance. Among segments at the
    /// same distance (a point at a junction), the lowest edge index.
    fn snap(&self, index: &RTree<Segment>, pos: LatLon) -> Option<Snap> {
        let q = unit(pos);
        let mut best: Option<(f64, u32)> = None;
        for (segment, d2) in index.nearest_neighbor_iter_with_distance_2(&q) {
            match best {
                Some((b, _)) if d2 > b => break,
                Some((_, e)) if e <= segment.data => {}
                _ => best = Some((d2, segment.data)),
            }
        }
        let (_, edge) = best?;
        let [a, b] = self.edges[edge as usize].map(|n| self.nodes[n as usize]);
        let on = project(a, b, pos);
        let leg = pos.distance_m(on);
        if leg > SNAP_TOLERANCE_M {
            return None;
        }
        let along = a.distance_m(on).min(self.edge_metres(edge));
        Some(Snap { edge, along, leg })
    }

    /// The graph with every edge split at the snaps on it (sorted by distance along the
    /// edge, then by snap index), and the node of each snap (`u32::MAX` when none).
    fn split(&self, snaps: &[Option<Snap>]) -> (Graph, Vec<u32>) {
        let mut order: Vec<(u32, f64, usize)> =
            snaps.iter().enumerate().filter_map(|(i, s)| s.map(|s| (s.edge, s.along, i))).collect();
        order.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut node_of = vec![u32::MAX; snaps.len()];
        let mut arcs: Vec<(u32, u32, f64)> = Vec::with_capacity(self.edges.len() + order.len());
        let mut next = order.iter().peekable();
        let mut count = self.nodes.len() as u32;
        for (e, &[a, b]) in self.edges.iter().enumerate() {
            let (mut prev, mut prev_along) = (a, 0.0);
            while let Some(&&(_, along, i)) = next.peek().filter(|s| s.0 == e as u32) {
                next.next();
                node_of[i] = count;
                arcs.push((prev, count, along - prev_along));
                (prev, prev_along) = (count, along);
                count += 1;
            }
            arcs.push((prev, b, (self.edge_metres(e as u32) - prev_along).max(0.0)));
        }
        let mut first = vec![0u32; count as usize + 1];
        for &(a, b, _) in &arcs {
            first[a as usize + 1] += 1;
            first[b as usize + 1] += 1;
        }
        for v in 0..count as usize {
            first[v + 1] += first[v];
        }
        let mut fill = first.clone();
        let mut to = vec![0u32; arcs.len() * 2];
        let mut metres = vec![0.0; arcs.len() * 2];
        for &(a, b, m) in &arcs {
            for (from, other) in [(a, b), (b, a)] {
                let slot = &mut fill[from as usize];
                to[*slot as usize] = other;
                metres[*slot as usize] = m;
                *slot += 1;
            }
        }
        (Graph { first, to, metres }, node_of)
    }

    /// Road distances for the core bundle: nearest partners and FSA assignments.
    /// `source` is the road file's name, recorded as provenance.
    pub fn solve(&self, source: &str, core: &CoreBundle) -> RoadBundle {
        let index = self.index();
        let fsas = &core.gazetteer.fsas;
        // Snaps of the points, then of the FSAs (populated ones only).
        let mut snaps: Vec<Option<Snap>> =
            core.points.iter().map(|p| p.pos.and_then(|pos| self.snap(&index, pos))).collect();
        snaps.extend(fsas.iter().map(|f| f.population.and_then(|_| self.snap(&index, f.pos))));
        let (graph, node_of) = self.split(&snaps);
        let n_points = core.points.len();
        let unsnapped = (0..n_points).filter(|&i| core.points[i].pos.is_some() && snaps[i].is_none()).map(|i| i as u32);
        let snapped: Vec<usize> = (0..n_points).filter(|&i| snaps[i].is_some()).collect();
        let networks: BTreeSet<u16> = snapped.iter().map(|&i| core.points[i].network).collect();

        let mut partners = Vec::new();
        let mut fsa_links = Vec::new();
        let mut label = vec![(f64::INFINITY, u32::MAX); graph.first.len() - 1];
        for network in networks {
            let sources: Vec<(u32, f64, u32)> = snapped
                .iter()
                .filter(|&&i| core.points[i].network == network)
                .filter_map(|&i| snaps[i].map(|s| (node_of[i], s.leg, i as u32)))
                .collect();
            graph.nearest(&sources, &mut label);
            let link = |from: usize, site: usize| -> Option<RoadLink> {
                let leg = snaps[site]?.leg;
                let (road, to) = label[node_of[site] as usize];
                // `as` saturates: a distance beyond u32::MAX metres cannot happen on Earth.
                (to != u32::MAX).then(|| RoadLink {
                    from: from as u32,
                    network,
                    to,
                    metres: (road + leg).round() as u32,
                })
            };
            partners.extend(snapped.iter().filter(|&&i| core.points[i].network != network).filter_map(|&i| link(i, i)));
            fsa_links.extend((0..fsas.len()).filter_map(|f| link(f, n_points + f)));
        }
        partners.sort_by_key(|l| (l.from, l.network));
        fsa_links.sort_by_key(|l| (l.from, l.network));
        RoadBundle {
            source: source.to_owned(),
            nodes: self.nodes.len() as u32,
            edges: self.edges.len() as u32,
            unsnapped: unsnapped.collect(),
            partners,
            fsas: fsa_links,
        }
    }
}

impl Graph {
    /// Multi-source Dijkstra: `sources` are (node, starting metres, point index); fills
    /// `label` with each node's nearest source as (metres, point index), ties to the lower
    /// index; unreached nodes get (infinity, `u32::MAX`).
    fn nearest(&self, sources: &[(u32, f64, u32)], label: &mut [(f64, u32)]) {
        // Non-negative floats order like their bits, so the queue needs no float wrapper
        // (`+ 0.0` turns a -0.0 into 0.0).
        fn offer(queue: &mut BinaryHeap<Entry>, label: &mut [(f64, u32)], v: u32, m: f64, p: u32) {
            let m = m + 0.0;
            if (m, p) < label[v as usize] {
                label[v as usize] = (m, p);
                queue.push(Reverse((m.to_bits(), p, v)));
            }
        }
        label.fill((f64::INFINITY, u32::MAX));
        let mut queue: BinaryHeap<Entry> = BinaryHeap::new();
        for &(v, m, p) in sources {
            offer(&mut queue, label, v, m, p);
        }
        while let Some(Reverse((bits, p, v))) = queue.pop() {
            let m = f64::from_bits(bits);
            if (m, p) != label[v as usize] {
                continue; // superseded
            }
            for k in self.first[v as usize] as usize..self.first[v as usize + 1] as usize {
                offer(&mut queue, label, self.to[k], m + self.metres[k], p);
            }
        }
    }
}

/// `[lon, lat, ...]` as a position.
fn position(v: &[f64]) -> Result<LatLon, String> {
    match v {
        [lon, lat, ..] if (-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat) => Ok(LatLon::new(*lat, *lon)),
        [_, _, ..] => Err(format!("position {v:?} is not a longitude and a latitude")),
        _ => Err(format!("position {v:?} has fewer than two numbers")),
    }
}

/// The nearest location to `p` on the great-circle segment `a`–`b`: the nearest point of
/// the chord between their unit vectors, pushed back onto the sphere (which keeps it on
/// the arc). An end is returned as given.
fn project(a: LatLon, b: LatLon, p: LatLon) -> LatLon {
    let (ua, ub, up) = (unit(a), unit(b), unit(p));
    let d = [ub[0] - ua[0], ub[1] - ua[1], ub[2] - ua[2]];
    let len2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
    let t = if len2 > 0.0 {
        ((up[0] - ua[0]) * d[0] + (up[1] - ua[1]) * d[1] + (up[2] - ua[2]) * d[2]) / len2
    } else {
        0.0
    };
    if t <= 0.0 {
        return a;
    }
    if t >= 1.0 {
        return b;
    }
    let [x, y, z] = [ua[0] + t * d[0], ua[1] + t * d[1], ua[2] + t * d[2]];
    LatLon::new(z.atan2(x.hypot(y)).to_degrees(), y.atan2(x).to_degrees())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gazetteer::Fsa;

    use crate::domain::model::Point;

    fn line(coords: &str) -> String {
        format!(
            r#"{{"type":"Feature","properties":{{"name":"x"}},"geometry":{{"type":"LineString","coordinates":{coords}}}}}"#
        )
    }

    fn collection(features: &[String]) -> Vec<u8> {
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(",")).into_bytes()
    }

    fn core(points: &[(u16, Option<LatLon>)], fsas: &[(LatLon, Option<u32>)]) -> CoreBundle {
        let mut core = CoreBundle::default();
        for (i, &(network, pos)) in points.iter().enumerate() {
            core.points.push(Point::bare(format!("p{i}"), network, pos));
        }
        for (i, &(pos, population)) in fsas.iter().enumerate() {
            core.gazetteer.fsas.push(Fsa::bare(format!("A{i}A"), pos, population));
        }
        core
    }

    #[test]
    fn vertices_merge_and_edges_are_counted_once() {
        let multi = r#"{"type":"Feature","properties":null,"geometry":{"type":"MultiLineString","coordinates":[[[1,2],[1,3]],[[1,3],[2,3]]]}}"#;
        let doc = collection(&[
            line("[[1,2],[1.00000001,2.00000002],[1,3]]"), // the second vertex rounds onto the first
            line("[[1,3],[1,2]]"),                         // the same edge reversed
            multi.to_owned(),
            r#"{"type":"Feature","properties":{},"geometry":null}"#.to_owned(),
            r#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}}"#
                .to_owned(),
        ]);
        let net = RoadNetwork::parse(&doc).unwrap();
        assert_eq!((net.nodes(), net.edges()), (3, 2));
        assert_eq!(net.summary.features, 5);
        assert_eq!(net.summary.lines, 4);
        assert_eq!(net.summary.skipped, BTreeMap::from([("Polygon".to_owned(), 1), ("null".to_owned(), 1)]));
    }

    #[test]
    fn malformed_files_are_errors() {
        assert!(RoadNetwork::parse(b"not json").unwrap_err().contains("FeatureCollection"));
        assert!(RoadNetwork::parse(b"{}").is_err());
        let e = RoadNetwork::parse(&collection(&[line("[[0,0],[1,0]]"), line(r#"[[0,0],["a",1]]"#)])).unwrap_err();
        assert!(e.starts_with("not a GeoJSON FeatureCollection") && e.contains("column"), "{e}");
        assert!(RoadNetwork::parse(&collection(&[line("[[0,0],[1,95]]")])).is_err(), "latitude out of range");
        assert!(RoadNetwork::parse(&collection(&[line("[[0,0],[1]]")])).is_err());
        let bad_multi = r#"{"type":"Feature","geometry":{"type":"MultiLineString","coordinates":3}}"#.to_owned();
        assert!(RoadNetwork::parse(&collection(&[bad_multi])).is_err());
        let dir = std::env::temp_dir().join(format!("guichet-roads-unit-{}.geojson", std::process::id()));
        std::fs::write(&dir, b"[1, 2").unwrap();
        let err = RoadNetwork::read(&dir).unwrap_err().to_string();
        std::fs::remove_file(&dir).unwrap();
        assert!(err.contains(&dir.display().to_string()), "{err}");
    }

    #[test]
    fn snaps_onto_a_segment_not_a_vertex() {
        let (a, b) = (LatLon::new(45.0, -75.0), LatLon::new(45.1, -75.0));
        let p = LatLon::new(45.05, -74.99);
        let on = project(a, b, p);
        assert!((on.lat - 45.05).abs() < 1e-6 && (on.lon + 75.0).abs() < 1e-9, "{on:?}");
        // The snap lies on the arc: the two parts add up to the whole.
        assert!((a.distance_m(on) + on.distance_m(b) - a.distance_m(b)).abs() < 1e-6);
        assert_eq!(project(a, b, LatLon::new(44.9, -75.01)), a);
        assert_eq!(project(a, b, LatLon::new(45.2, -75.0)), b);
    }

    #[test]
    fn two_points_on_one_segment_meet_along_it() {
        let net = RoadNetwork::parse(&collection(&[line("[[-75,45],[-75,45.1]]")])).unwrap();
        let (p, q) = (LatLon::new(45.04, -75.0), LatLon::new(45.06, -74.999));
        let core = core(&[(0, Some(p)), (1, Some(q))], &[]);
        let r = net.solve("t", &core);
        let foot = LatLon::new(45.06, -75.0);
        let expected = p.distance_m(foot) + q.distance_m(foot);
        assert_eq!(r.partners.len(), 2);
        for l in &r.partners {
            assert!((f64::from(l.metres) - expected).abs() <= 0.51, "{l:?} vs {expected}");
        }
        assert_eq!((r.partners[0].from, r.partners[0].to, r.partners[1].from, r.partners[1].to), (0, 1, 1, 0));
    }

    #[test]
    fn ties_go_to_the_lower_index_and_output_is_deterministic() {
        let net = RoadNetwork::parse(&collection(&[line("[[-75,45],[-75,45.1]]")])).unwrap();
        let same = Some(LatLon::new(45.08, -75.0));
        let core = core(
            &[(1, same), (0, Some(LatLon::new(45.02, -75.0))), (1, same)],
            &[(LatLon::new(45.05, -75.0), Some(10)), (LatLon::new(45.05, -75.0), None)],
        );
        let r = net.solve("t", &core);
        assert_eq!(r.partners.iter().find(|l| l.from == 1).unwrap().to, 0);
        assert_eq!(r.fsas.iter().map(|l| (l.from, l.network, l.to)).collect::<Vec<_>>(), [(0, 0, 1), (0, 1, 0)]);
        assert_eq!(crate::bundle::encode(&r), crate::bundle::encode(&net.solve("t", &core)));
    }
}
