//! A multipolygon indexed for the two questions the pipeline asks of every point: is it
//! inside, and how far outside is it. The answers are geo's (`MultiPolygon::contains`, and
//! the Euclidean distance from a point to the polygon's rings), found without visiting
//! every vertex: a national package asks them millions of times of provinces with tens of
//! thousands of vertices.
//!
//! - **Inside**: the rings' segments are sorted into horizontal strips of the bounding
//!   box; geo's winding-number test (the same rules and the same robust orientation
//!   predicate as `coord_pos_relative_to_ring`) only needs the segments whose vertical
//!   extent holds the point's latitude, which are all in the point's strip. The result of
//!   each ring, then each polygon (inside its exterior, outside all its holes), is geo's.
//! - **Distance**: the segments are cut into runs of [`RUN`] with their bounding boxes;
//!   runs are visited nearest box first, and a run whose box is farther than the nearest
//!   segment found so far cannot hold a nearer one. Each segment's distance is geo's
//!   formula (`line_segment_distance`) on coordinates the caller projects.
use geo::{Coord, GeoNum, Kernel, MultiPolygon, Orientation};

/// Segments per run of the distance search.
pub const RUN: usize = 32;

/// One segment of a ring.
#[derive(Debug, Clone, Copy)]
struct Segment {
    ring: u32,
    a: Coord<f64>,
    b: Coord<f64>,
}

/// A ring: the polygon it belongs to and whether it is that polygon's exterior.
#[derive(Debug, Clone, Copy)]
struct Ring {
    polygon: u32,
    exterior: bool,
}

/// A run of consecutive segments (of `segments`) and their bounding box.
#[derive(Debug, Clone, Copy)]
struct Run {
    from: u32,
    to: u32,
    min: Coord<f64>,
    max: Coord<f64>,
}

/// Where a coordinate lies relative to a ring (geo's `CoordPos`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Inside,
    OnBoundary,
    Outside,
}

/// A multipolygon with its strip and run indexes.
#[derive(Debug, Clone)]
pub struct PolygonIndex {
    rings: Vec<Ring>,
    /// Every segment, ring after ring.
    segments: Vec<Segment>,
    runs: Vec<Run>,
    /// The strips: `y0`, strips per degree, their count, and the segments of strip `i` at
    /// `strip_segments[strip_starts[i]..strip_starts[i + 1]]` (in ring order).
    y0: f64,
    per_degree: f64,
    strips: usize,
    strip_starts: Vec<u32>,
    strip_segments: Vec<Segment>,
}

impl PolygonIndex {
    pub fn new(shape: &MultiPolygon<f64>) -> PolygonIndex {
        let mut rings = Vec::new();
        let mut segments: Vec<Segment> = Vec::new();
        let mut points: Vec<Segment> = Vec::new();
        for (k, polygon) in shape.0.iter().enumerate() {
            // geo skips an empty polygon (an exterior without coordinates).
            if polygon.exterior().0.is_empty() {
                continue;
            }
            let all = std::iter::once((polygon.exterior(), true)).chain(polygon.interiors().iter().map(|r| (r, false)));
            for (ring, exterior) in all {
                let id = rings.len() as u32;
                rings.push(Ring { polygon: k as u32, exterior });
                let c = &ring.0;
                match c.len() {
                    0 => {}
                    // A ring of one coordinate is on its boundary there, as a segment of
                    // no length is; it has no segment to measure a distance to.
                    1 => points.push(Segment { ring: id, a: c[0], b: c[0] }),
                    _ => segments.extend(c.windows(2).map(|w| Segment { ring: id, a: w[0], b: w[1] })),
                }
            }
        }
        let runs = segments
            .chunks(RUN)
            .enumerate()
            .map(|(i, chunk)| {
                let (mut min, mut max) = (chunk[0].a, chunk[0].a);
                for s in chunk {
                    for c in [s.a, s.b] {
                        min = Coord { x: min.x.min(c.x), y: min.y.min(c.y) };
                        max = Coord { x: max.x.max(c.x), y: max.y.max(c.y) };
                    }
                }
                let from = (i * RUN) as u32;
                Run { from, to: from + chunk.len() as u32, min, max }
            })
            .collect();
        // The strips hold both, in ring order.
        let mut all: Vec<Segment> = segments.iter().chain(&points).copied().collect();
        all.sort_by_key(|s| s.ring);
        let (y0, y1) = all.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| {
            (lo.min(s.a.y).min(s.b.y), hi.max(s.a.y).max(s.b.y))
        });
        let strips = (all.len() / 2).clamp(1, 16_384);
        let height = if y1 > y0 { y1 - y0 } else { 1.0 };
        let mut index = PolygonIndex {
            rings,
            segments: Vec::new(),
            runs,
            y0: if y0.is_finite() { y0 } else { 0.0 },
            per_degree: strips as f64 / height,
            strips,
            strip_starts: Vec::new(),
            strip_segments: Vec::new(),
        };
        // Each segment goes into every strip its vertical extent touches.
        let span = |s: &Segment| (index.strip(s.a.y.min(s.b.y)), index.strip(s.a.y.max(s.b.y)));
        let mut counts = vec![0u32; strips + 1];
        for s in &all {
            let (lo, hi) = span(s);
            for c in &mut counts[lo + 1..=hi + 1] {
                *c += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut placed = vec![Segment { ring: 0, a: Coord::zero(), b: Coord::zero() }; counts[strips] as usize];
        for s in &all {
            let (lo, hi) = span(s);
            for n in &mut next[lo..=hi] {
                placed[*n as usize] = *s;
                *n += 1;
            }
        }
        index.strip_starts = counts;
        index.strip_segments = placed;
        index.segments = segments;
        index
    }

    /// The strip of latitude `y` (clamped to the strips: the function only grows with `y`,
    /// so a segment is in the strip of every latitude it spans).
    fn strip(&self, y: f64) -> usize {
        let i = ((y - self.y0) * self.per_degree).floor();
        if i > 0.0 {
            (i as usize).min(self.strips - 1)
        } else {
            0
        }
    }

    /// True when `c` is inside the multipolygon (not on its boundary), as geo's
    /// `MultiPolygon::contains` says.
    pub fn contains(&self, c: Coord<f64>) -> bool {
        let s = self.strip(c.y);
        let (from, to) = (self.strip_starts[s] as usize, self.strip_starts[s + 1] as usize);
        let segments = &self.strip_segments[from..to];
        // Rings the strip holds, with their position; rings it does not hold are outside.
        let mut found: Vec<(u32, Position)> = Vec::new();
        let mut k = 0;
        while k < segments.len() {
            let ring = segments[k].ring;
            let mut winding = 0i32;
            let mut boundary = false;
            while k < segments.len() && segments[k].ring == ring {
                if !boundary {
                    match crossing(segments[k], c) {
                        Crossing::Boundary => boundary = true,
                        Crossing::Winding(w) => winding += w,
                    }
                }
                k += 1;
            }
            let position = if boundary {
                Position::OnBoundary
            } else if winding != 0 {
                Position::Inside
            } else {
                Position::Outside
            };
            if position != Position::Outside {
                found.push((ring, position));
            }
        }
        // A polygon contains `c` when its exterior does and none of its holes touches it.
        found.iter().any(|&(ring, position)| {
            let r = self.rings[ring as usize];
            r.exterior
                && position == Position::Inside
                && !found.iter().any(|&(other, _)| {
                    let o = self.rings[other as usize];
                    !o.exterior && o.polygon == r.polygon
                })
        })
    }

    /// The least distance from the origin to a segment whose ends `project` places, by
    /// geo's point-to-segment formula (`f64::MAX` without segments). `project` must keep
    /// the order of coordinates along each axis (an affine map with positive scales), so
    /// that a run's projected box bounds its segments.
    pub fn nearest(&self, project: impl Fn(Coord<f64>) -> Coord<f64>) -> f64 {
        let mut order: Vec<(f64, u32)> = self
            .runs
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let (lo, hi) = (project(r.min), project(r.max));
                let dx = if lo.x > 0.0 { lo.x } else { (-hi.x).max(0.0) };
                let dy = if lo.y > 0.0 { lo.y } else { (-hi.y).max(0.0) };
                (dx.hypot(dy), i as u32)
            })
            .collect();
        order.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        let mut best = f64::MAX;
        for (bound, i) in order {
            // A margin for rounding: the box's distance and a segment's are computed apart.
            if bound > best * (1.0 + 1e-9) {
                break;
            }
            let r = self.runs[i as usize];
            for s in &self.segments[r.from as usize..r.to as usize] {
                best = best.min(segment_distance(project(s.a), project(s.b)));
            }
        }
        best
    }
}

enum Crossing {
    Boundary,
    Winding(i32),
}

/// One segment's share of the winding number of `c` (geo's `coord_pos_relative_to_ring`).
fn crossing(s: Segment, c: Coord<f64>) -> Crossing {
    let orient = || <f64 as GeoNum>::Ker::orient2d(s.a, s.b, c);
    let between = |v: f64, p: f64, q: f64| if p < q { v >= p && v <= q } else { v >= q && v <= p };
    if s.a.y <= c.y {
        if s.b.y >= c.y {
            let o = orient();
            if o == Orientation::CounterClockwise && s.b.y != c.y {
                return Crossing::Winding(1);
            } else if o == Orientation::Collinear && between(c.x, s.a.x, s.b.x) {
                return Crossing::Boundary;
            }
        }
    } else if s.b.y <= c.y {
        let o = orient();
        if o == Orientation::Clockwise {
            return Crossing::Winding(-1);
        } else if o == Orientation::Collinear && between(c.x, s.a.x, s.b.x) {
            return Crossing::Boundary;
        }
    }
    Crossing::Winding(0)
}

/// The distance from the origin to the segment `a`–`b` (geo-types' `line_segment_distance`).
fn segment_distance(a: Coord<f64>, b: Coord<f64>) -> f64 {
    let p = Coord { x: 0.0, y: 0.0 };
    if a == b {
        return (a.x - p.x).hypot(a.y - p.y);
    }
    let dx = b.x - a.x;
    let dy = b.y - a.y;
    let d_squared = dx * dx + dy * dy;
    let r = ((p.x - a.x) * dx + (p.y - a.y) * dy) / d_squared;
    if r <= 0.0 {
        return (a.x - p.x).hypot(a.y - p.y);
    }
    if r >= 1.0 {
        return (b.x - p.x).hypot(b.y - p.y);
    }
    let s = ((a.y - p.y) * dx - (a.x - p.x) * dy) / d_squared;
    s.abs() * dx.hypot(dy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seeded::Rng;
    use geo::{Contains, Distance, Euclidean, LineString, MapCoords, Point, Polygon};

    fn ring(points: &[(f64, f64)]) -> LineString<f64> {
        let mut v = points.to_vec();
        v.push(points[0]);
        LineString::from(v)
    }

    /// A jagged polygon with two holes (one of them oriented like the exterior), an island
    /// inside a hole, and a degenerate ring.
    fn shape(rng: &mut Rng) -> MultiPolygon<f64> {
        let jagged: Vec<(f64, f64)> = (0..400)
            .map(|i| {
                let a = i as f64 / 400.0 * std::f64::consts::TAU;
                let r = 5.0 + rng.unit() * 2.0;
                (r * a.cos(), r * a.sin())
            })
            .collect();
        let hole = ring(&[(-1.0, -1.0), (-1.0, 1.0), (1.0, 1.0), (1.0, -1.0)]);
        let same_way = ring(&[(2.0, 2.0), (3.0, 2.0), (3.0, 3.0), (2.0, 3.0)]);
        MultiPolygon::new(vec![
            Polygon::new(ring(&jagged), vec![hole, same_way]),
            Polygon::new(ring(&[(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)]), vec![]),
            Polygon::new(ring(&[(20.0, 20.0), (22.0, 20.0), (21.0, 23.0)]), vec![]),
            Polygon::new(LineString::from(vec![(30.0, 30.0)]), vec![]),
        ])
    }

    #[test]
    fn inside_and_distance_are_geos_on_seeded_random_points() {
        let mut rng = Rng(19);
        for _ in 0..5 {
            let mp = shape(&mut rng);
            let index = PolygonIndex::new(&mp);
            // Random points, and points on vertices, edges and strip edges.
            let mut points: Vec<Coord<f64>> =
                (0..4000).map(|_| Coord { x: rng.unit() * 40.0 - 10.0, y: rng.unit() * 40.0 - 10.0 }).collect();
            points
                .extend([(1.0, 0.0), (1.0, 1.0), (0.5, 0.0), (2.5, 2.0), (30.0, 30.0), (21.0, 20.0)].map(Coord::from));
            for c in points {
                assert_eq!(index.contains(c), mp.contains(&c), "{c:?}");
                let project = |q: Coord<f64>| Coord { x: (q.x - c.x) * 0.7, y: q.y - c.y };
                let theirs = Euclidean.distance(&mp.map_coords(project), &Point::new(0.0, 0.0));
                if theirs > 0.0 {
                    assert_eq!(index.nearest(project), theirs, "{c:?}");
                }
            }
        }
    }
}
