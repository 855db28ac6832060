//! Grid clustering in Web Mercator: at each integer zoom the world is cut into square
//! cells of `cell_px` screen pixels; the points of one cell form one cluster drawn at
//! their centroid. Every point is in exactly one cluster.
//!
//! [`cluster`] does it in one sort, O(n log n) per zoom: the reference. [`ClusterIndex`]
//! sorts the points once along a Z-order (Morton) curve of fine cells; cells nest from one
//! zoom to the next (each is four cells of the next), so a cluster at any zoom is a run of
//! consecutive points of that order and a zoom's clustering is one pass, O(n), no sort (the
//! map at 100,000 points, issue 19).
use std::sync::Arc;

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

/// Clusters `points` (id, position) for display at `zoom` with cells `cell_px` wide:
/// clusters in row-major order of their cells, members by id.
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

/// The zoom of the fine cells [`ClusterIndex`] sorts by: any zoom up to it clusters in one
/// pass (beyond, as at this one). With cells of at least one pixel, a fine cell's
/// coordinates (up to 2^31) fit in 32 bits.
pub const FINE_ZOOM: u32 = 23;

/// Spreads the low 32 bits of `v` to the even bits of the result.
fn spread(v: u64) -> u64 {
    let mut v = v & 0xFFFF_FFFF;
    v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFF;
    v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FF;
    v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    v = (v | (v << 2)) & 0x3333_3333_3333_3333;
    (v | (v << 1)) & 0x5555_5555_5555_5555
}

/// The inverse of [`spread`]: the even bits of `v`, packed.
fn pack(v: u64) -> u64 {
    let mut v = v & 0x5555_5555_5555_5555;
    v = (v | (v >> 1)) & 0x3333_3333_3333_3333;
    v = (v | (v >> 2)) & 0x0F0F_0F0F_0F0F_0F0F;
    v = (v | (v >> 4)) & 0x00FF_00FF_00FF_00FF;
    v = (v | (v >> 8)) & 0x0000_FFFF_0000_FFFF;
    (v | (v >> 16)) & 0xFFFF_FFFF
}

/// Points sorted once (by the Morton code of their cell at [`FINE_ZOOM`], then id), from
/// which [`ClusterIndex::cluster`] takes any zoom's clusters in one pass. Same cells,
/// members, counts and boxes as [`cluster`]; centroids equal but for the order of the sum
/// (the last bits); members in the index's order, not by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterIndex {
    cell_px: f64,
    /// (Morton code of the fine cell, id, position), sorted.
    sorted: Vec<(u64, u32, World)>,
}

impl ClusterIndex {
    /// Indexes `points` (id, position) for cells `cell_px` wide (at least 1).
    pub fn new(points: &[(u32, World)], cell_px: f64) -> ClusterIndex {
        let cell = cell_px.max(1.0) / world_size(f64::from(FINE_ZOOM));
        let fine = |v: f64| ((v.clamp(0.0, 1.0) / cell) as u64).min(0xFFFF_FFFF);
        let mut sorted: Vec<(u64, u32, World)> =
            points.iter().map(|&(id, w)| (spread(fine(w.x)) | (spread(fine(w.y)) << 1), id, w)).collect();
        sorted.sort_unstable_by_key(|&(code, id, _)| (code, id));
        ClusterIndex { cell_px: cell_px.max(1.0), sorted }
    }

    /// How many points are indexed.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// True when no point is indexed.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// The clusters at `zoom` (as [`cluster`] would make them), without the point `skip`.
    /// Clusters in row-major order of their cells, as [`cluster`]'s.
    pub fn cluster(&self, zoom: f64, skip: Option<u32>) -> Clustering {
        let z = zoom.floor().clamp(0.0, f64::from(FINE_ZOOM));
        let shift = 2 * (FINE_ZOOM - z as u32);
        let cells_per_row = (1.0 / (self.cell_px / world_size(z))).ceil() as u64 + 1;
        let mut out = Clustering { clusters: Vec::new(), order: Vec::with_capacity(self.sorted.len()) };
        let pts = &self.sorted;
        let mut i = 0;
        while i < pts.len() {
            let cell = pts[i].0 >> shift;
            let start = out.order.len() as u32;
            let (mut sx, mut sy) = (0.0, 0.0);
            let (mut min, mut max) = (World::new(f64::MAX, f64::MAX), World::new(f64::MIN, f64::MIN));
            while i < pts.len() && pts[i].0 >> shift == cell {
                let (_, id, w) = pts[i];
                i += 1;
                if Some(id) == skip {
                    continue;
                }
                out.order.push(id);
                sx += w.x;
                sy += w.y;
                min = World::new(min.x.min(w.x), min.y.min(w.y));
                max = World::new(max.x.max(w.x), max.y.max(w.y));
            }
            let count = out.order.len() as u32 - start;
            if count == 0 {
                continue;
            }
            // `cell` is the Morton code of the cell at this zoom (`shift` is even).
            let key = pack(cell >> 1) * cells_per_row + pack(cell);
            let pos = World::new(sx / f64::from(count), sy / f64::from(count));
            out.clusters.push(Cluster { key, pos, count, min, max, start });
        }
        out.clusters.sort_unstable_by_key(|c| c.key);
        out
    }
}

/// The clusterings of the last few zooms of one [`ClusterIndex`]: zooming back out is a
/// look-up. A new index empties it; past its capacity the oldest zoom goes.
#[derive(Debug, Clone, Default)]
pub struct ZoomCache {
    capacity: usize,
    /// The index the clusterings are of.
    index: Option<Arc<ClusterIndex>>,
    /// (zoom, point left out, clustering), oldest first.
    kept: Vec<(f64, Option<u32>, Arc<Clustering>)>,
}

impl ZoomCache {
    /// A cache of at most `capacity` clusterings (at least one).
    pub fn new(capacity: usize) -> ZoomCache {
        ZoomCache { capacity: capacity.max(1), index: None, kept: Vec::new() }
    }

    /// `index.cluster(zoom, skip)`, from the cache when it holds it.
    pub fn cluster(&mut self, index: &Arc<ClusterIndex>, zoom: f64, skip: Option<u32>) -> Arc<Clustering> {
        if !self.index.as_ref().is_some_and(|i| Arc::ptr_eq(i, index)) {
            self.index = Some(index.clone());
            self.kept.clear();
        }
        let z = zoom.floor();
        if let Some((_, _, hit)) = self.kept.iter().find(|e| e.0 == z && e.1 == skip) {
            return hit.clone();
        }
        let c = Arc::new(index.cluster(z, skip));
        if self.kept.len() >= self.capacity {
            self.kept.remove(0);
        }
        self.kept.push((z, skip, c.clone()));
        c
    }

    /// How many clusterings are kept.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    /// True when nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }
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

    /// The reference's clusters with members sorted, by key (what the index must equal).
    fn normalized(c: &Clustering) -> Vec<(Cluster, Vec<u32>)> {
        let mut v: Vec<(Cluster, Vec<u32>)> = (0..c.clusters.len())
            .map(|i| {
                let mut m = c.members(i).to_vec();
                m.sort_unstable();
                let mut k = c.clusters[i];
                k.start = 0;
                (k, m)
            })
            .collect();
        v.sort_by_key(|(k, _)| k.key);
        v
    }

    fn assert_same(index: &Clustering, reference: &Clustering, what: &str) {
        let (a, b) = (normalized(index), normalized(reference));
        assert_eq!(a.len(), b.len(), "{what}: number of clusters");
        for ((ka, ma), (kb, mb)) in a.iter().zip(&b) {
            assert_eq!((ka.key, ka.count, ka.min, ka.max), (kb.key, kb.count, kb.min, kb.max), "{what}");
            assert_eq!(ma, mb, "{what}: members of cell {}", ka.key);
            let d = (ka.pos.x - kb.pos.x).abs().max((ka.pos.y - kb.pos.y).abs());
            assert!(d < 1e-12, "{what}: centroid of cell {} off by {d}", ka.key);
        }
        let keys: Vec<u64> = index.clusters.iter().map(|c| c.key).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{what}: clusters in row-major order");
    }

    #[test]
    fn the_index_clusters_as_the_reference_at_every_zoom() {
        let mut pts = random_points(8_000, 0x5EED);
        // Whole-world spread, the edges, duplicates, and points on cell boundaries.
        pts.extend(
            random_points(2_000, 7)
                .into_iter()
                .map(|(i, w)| (i + 20_000, World::new((w.x - 0.2) * 5.0, (w.y - 0.25) * 6.6))),
        );
        let edges = [
            World::new(0.0, 0.0),
            World::new(1.0, 1.0),
            World::new(1.0, 0.0),
            World::new(0.5, 0.5),
            World::new(0.5, 0.5),
        ];
        pts.extend(edges.iter().enumerate().map(|(k, w)| (30_000 + k as u32, *w)));
        for z in 0..=17u32 {
            let cell = 48.0 / world_size(f64::from(z));
            pts.push((40_000 + z, World::new(cell * 1234.0, cell * 987.0)));
        }
        for cell_px in [48.0, 56.0, 1.0, 300.0] {
            let index = ClusterIndex::new(&pts, cell_px);
            assert_eq!(index.len(), pts.len());
            for z in 0..=20 {
                for zoom in [f64::from(z), f64::from(z) + 0.7] {
                    let what = format!("cell {cell_px} px, zoom {zoom}");
                    assert_same(&index.cluster(zoom, None), &cluster(&pts, zoom, cell_px), &what);
                    // Without one point: as the reference without it.
                    let skip = pts[(z as usize * 997) % pts.len()].0;
                    let rest: Vec<(u32, World)> = pts.iter().copied().filter(|(i, _)| *i != skip).collect();
                    assert_same(&index.cluster(zoom, Some(skip)), &cluster(&rest, zoom, cell_px), &what);
                }
            }
        }
    }

    #[test]
    fn the_index_of_nothing_and_of_one_point() {
        let none = ClusterIndex::new(&[], 48.0);
        assert!(none.is_empty());
        assert!(none.cluster(5.0, None).clusters.is_empty());
        let one = ClusterIndex::new(&[(9, World::new(0.3, 0.4))], 48.0);
        assert!(one.cluster(5.0, Some(9)).clusters.is_empty());
        let c = one.cluster(5.0, None);
        assert_eq!((c.clusters.len(), c.members(0)), (1, &[9][..]));
        assert_eq!(c.clusters[0].pos, World::new(0.3, 0.4));
    }

    #[test]
    fn the_zoom_cache_gives_the_index_clusters_and_forgets_old_zooms() {
        let pts: Vec<(u32, World)> =
            (0..200u32).map(|i| (i, World::new(f64::from(i % 17) / 17.0, f64::from(i % 23) / 23.0))).collect();
        let index = Arc::new(ClusterIndex::new(&pts, 48.0));
        let mut cache = ZoomCache::new(3);
        for z in [2.0, 3.5, 4.0, 2.2] {
            let c = cache.cluster(&index, z, Some(5));
            assert_eq!(*c, index.cluster(z, Some(5)));
        }
        assert_eq!(cache.len(), 3);
        // Zoom 2 came back from the cache: the same clustering, not a new one.
        let again = cache.cluster(&index, 2.9, Some(5));
        assert!(Arc::ptr_eq(&again, &cache.cluster(&index, 2.0, Some(5))));
        // Another point left out is another clustering; a new index empties the cache.
        assert_eq!(*cache.cluster(&index, 2.0, None), index.cluster(2.0, None));
        let other = Arc::new(ClusterIndex::new(&pts[..50], 48.0));
        assert_eq!(*cache.cluster(&other, 2.0, None), other.cluster(2.0, None));
        assert_eq!(cache.len(), 1);
    }
}
