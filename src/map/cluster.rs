//! Grid clustering in Web Mercator: at each integer zoom the world is cut into square
//! cells of `cell_px` screen pixels; the points of one cell form one cluster drawn at
//! their centroid. Every point is in exactly one cluster; the result is deterministic
//! (cells in row-major order, members by id) and takes one sort: O(n log n).
use super::projection::{world_size, World};

/// One cluster: `count` points around `pos`, their ids in `Clustering::members(i)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cluster {
    /// A stable key of the cell (same cell, same key at the same zoom).
    pub key: u64,
    /// Centroid of the members.
    pub pos: World,
    pub count: u32,
    /// Bounding box of the members (what a click on the cluster zooms to).
    pub min: World,
    pub max: World,
    start: u32,
}

/// All clusters at one zoom.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clustering {
    pub clusters: Vec<Cluster>,
    /// Member ids, cluster after cluster.
    order: Vec<u32>,
}

impl Clustering {
    /// The ids of cluster `i`'s points.
    pub fn members(&self, i: usize) -> &[u32] {
        let c = &self.clusters[i];
        &self.order[c.start as usize..(c.start + c.count) as usize]
    }
}

/// Clusters `points` (id, position) for display at `zoom` with cells `cell_px` wide.
///
/// ```
/// use guichet::map::cluster::cluster;
/// use guichet::map::World;
/// let pts = [(1, World::new(0.5, 0.5)), (2, World::new(0.5001, 0.5)), (3, World::new(0.1, 0.9))];
/// let far = cluster(&pts, 3.0, 60.0);
/// assert_eq!(far.clusters.len(), 2);           // the first two share a cell
/// let near = cluster(&pts, 16.0, 60.0);
/// assert_eq!(near.clusters.len(), 3);          // zoomed in, all apart
/// ```
pub fn cluster(points: &[(u32, World)], zoom: f64, cell_px: f64) -> Clustering {
    let z = zoom.floor().max(0.0);
    let cell = cell_px / world_size(z);
    let cells_per_row = (1.0 / cell).ceil() as u64 + 1;
    let key_of = |w: World| -> u64 {
        let cx = (w.x.clamp(0.0, 1.0) / cell) as u64;
        let cy = (w.y.clamp(0.0, 1.0) / cell) as u64;
        cy * cells_per_row + cx
    };
    let mut keyed: Vec<(u64, u32, World)> = points.iter().map(|(id, w)| (key_of(*w), *id, *w)).collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut out = Clustering { clusters: Vec::new(), order: Vec::with_capacity(keyed.len()) };
    let mut i = 0;
    while i < keyed.len() {
        let key = keyed[i].0;
        let start = out.order.len() as u32;
        let (mut sx, mut sy) = (0.0, 0.0);
        let (mut min, mut max) = (keyed[i].2, keyed[i].2);
        let mut j = i;
        while j < keyed.len() && keyed[j].0 == key {
            let (_, id, w) = keyed[j];
            out.order.push(id);
            sx += w.x;
            sy += w.y;
            min = World::new(min.x.min(w.x), min.y.min(w.y));
            max = World::new(max.x.max(w.x), max.y.max(w.y));
            j += 1;
        }
        let count = (j - i) as u32;
        out.clusters.push(Cluster {
            key,
            pos: World::new(sx / f64::from(count), sy / f64::from(count)),
            count,
            min,
            max,
            start,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn random_points(n: usize, mut seed: u64) -> Vec<(u32, World)> {
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n).map(|i| (i as u32, World::new(0.2 + next() * 0.2, 0.25 + next() * 0.15))).collect()
    }

    #[test]
    fn every_point_in_exactly_one_cluster_at_every_zoom() {
        let pts = random_points(5_000, 0xC0FFEE);
        for z in 0..=17 {
            for frac in [0.0, 0.5] {
                let c = cluster(&pts, f64::from(z) + frac, 56.0);
                let total: u32 = c.clusters.iter().map(|k| k.count).sum();
                assert_eq!(total as usize, pts.len(), "zoom {z}");
                let mut seen = vec![false; pts.len()];
                for i in 0..c.clusters.len() {
                    for &id in c.members(i) {
                        assert!(!seen[id as usize], "point {id} twice at zoom {z}");
                        seen[id as usize] = true;
                    }
                    let k = c.clusters[i];
                    assert!(k.min.x <= k.pos.x && k.pos.x <= k.max.x && k.min.y <= k.pos.y && k.pos.y <= k.max.y);
                }
                assert!(seen.iter().all(|s| *s));
            }
        }
    }

    #[test]
    fn fewer_clusters_when_zoomed_out_and_deterministic() {
        let pts = random_points(2_000, 42);
        let counts: Vec<usize> = (0..=16).map(|z| cluster(&pts, f64::from(z), 56.0).clusters.len()).collect();
        assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        let mut shuffled = pts.clone();
        shuffled.reverse();
        assert_eq!(cluster(&pts, 7.0, 56.0), cluster(&shuffled, 7.0, 56.0));
    }
}
