//! Points cut into cells of a bounded size, and the exact nearest search that reads only
//! the cells it needs: the core of regional point files (issue 19, "Scale"; the design is
//! in ARCHITECTURE.md, and `examples/scale.rs --finder` measures it on 100,000 points).
//!
//! Cells come from a k-d split: the members' box is cut at the median of its widest side
//! until no cell holds more than `max` points. Each cell keeps the box of its members' unit
//! vectors (as `nearest` indexes them): the straight-line distance from a query to that box
//! is never more than the chord to any member, and chords grow with great-circle distances,
//! so a cell whose box is farther than the k-th point found cannot hold a nearer one.
use super::geo::LatLon;
use super::nearest::{chord2, chord2_to_m, unit, Hit};

/// A cell: its members (the ids given to [`cut`]) and the box of their unit vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub members: Vec<u32>,
    pub min: [f64; 3],
    pub max: [f64; 3],
}

impl Cell {
    /// The squared straight-line distance from unit vector `q` to the cell's box: at most
    /// the squared chord to any member.
    fn lower_bound2(&self, q: &[f64; 3]) -> f64 {
        (0..3).map(|a| (self.min[a] - q[a]).max(q[a] - self.max[a]).max(0.0).powi(2)).sum()
    }
}

/// Cuts `points` into cells of at most `max` points (at least one point each; `max` of 0
/// is taken as 1). Deterministic: equal input, equal cells.
pub fn cut(points: &[(u32, LatLon)], max: usize) -> Vec<Cell> {
    let max = max.max(1);
    let mut items: Vec<(u32, [f64; 3])> = points.iter().map(|&(id, p)| (id, unit(p))).collect();
    let mut out = Vec::new();
    split(&mut items, max, &mut out);
    out
}

fn split(items: &mut [(u32, [f64; 3])], max: usize, out: &mut Vec<Cell>) {
    if items.is_empty() {
        return;
    }
    let (min, max_corner) = bounds(items);
    if items.len() <= max {
        out.push(Cell { members: items.iter().map(|i| i.0).collect(), min, max: max_corner });
        return;
    }
    let axis = (0..3).max_by(|&a, &b| (max_corner[a] - min[a]).total_cmp(&(max_corner[b] - min[b]))).unwrap_or(0);
    let mid = items.len() / 2;
    items.select_nth_unstable_by(mid, |a, b| a.1[axis].total_cmp(&b.1[axis]).then(a.0.cmp(&b.0)));
    let (low, high) = items.split_at_mut(mid);
    split(low, max, out);
    split(high, max, out);
}

fn bounds(items: &[(u32, [f64; 3])]) -> ([f64; 3], [f64; 3]) {
    let mut min = [f64::INFINITY; 3];
    let mut max = [f64::NEG_INFINITY; 3];
    for (_, v) in items {
        for a in 0..3 {
            min[a] = min[a].min(v[a]);
            max[a] = max[a].max(v[a]);
        }
    }
    (min, max)
}

/// The `k` points nearest to `at` over all `cells`, nearest first (equal distances by id),
/// reading a cell's points with `read` only when it may hold one of them; also the cells
/// read, in the order they were read.
pub fn nearest(
    cells: &[Cell],
    at: LatLon,
    k: usize,
    mut read: impl FnMut(usize) -> Vec<(u32, LatLon)>,
) -> (Vec<Hit>, Vec<usize>) {
    let q = unit(at);
    let mut order: Vec<(f64, usize)> = cells.iter().enumerate().map(|(i, c)| (c.lower_bound2(&q), i)).collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut found: Vec<(f64, u32)> = Vec::new();
    let mut visited = Vec::new();
    for (bound, i) in order {
        if k == 0 || (found.len() >= k && bound > found[k - 1].0) {
            break;
        }
        visited.push(i);
        found.extend(read(i).into_iter().map(|(id, p)| (chord2(&unit(p), &q), id)));
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.truncate(k);
    }
    (found.into_iter().map(|(d2, id)| Hit { id, distance_m: chord2_to_m(d2) }).collect(), visited)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testkit::Rng;

    #[test]
    fn cells_partition_the_points_within_the_size() {
        for seed in 1..=10u64 {
            let mut rng = Rng(seed);
            let n = (rng.next() % 3000) as usize;
            let points: Vec<(u32, LatLon)> = (0..n as u32).map(|i| (i, rng.canada())).collect();
            let max = 1 + (rng.next() % 400) as usize;
            let cells = cut(&points, max);
            let mut all: Vec<u32> = cells.iter().flat_map(|c| c.members.iter().copied()).collect();
            all.sort_unstable();
            assert_eq!(all, (0..n as u32).collect::<Vec<_>>(), "seed {seed}");
            assert!(cells.iter().all(|c| !c.members.is_empty() && c.members.len() <= max), "seed {seed}");
            // Halving: no more than twice the cells a perfect cut would need.
            assert!(cells.len() <= 2 * n.div_ceil(max).max(1), "seed {seed}: {} cells", cells.len());
            assert_eq!(cut(&points, max), cells, "deterministic");
        }
    }

    #[test]
    fn nearest_across_cells_is_brute_force() {
        for seed in 1..=20u64 {
            let mut rng = Rng(seed);
            let n = 1 + (rng.next() % 2500) as usize;
            // Every fourth point on the one before it: equal distances, ordered by id.
            let mut pos: Vec<LatLon> = Vec::with_capacity(n);
            for i in 0..n {
                let p = if i % 4 == 3 { pos[i - 1] } else { rng.canada() };
                pos.push(p);
            }
            let points: Vec<(u32, LatLon)> = pos.iter().enumerate().map(|(i, p)| (i as u32, *p)).collect();
            let cells = cut(&points, 1 + (rng.next() % 300) as usize);
            for _ in 0..10 {
                let at = rng.canada();
                let k = (rng.next() % 30) as usize;
                let (hits, read) =
                    nearest(&cells, at, k, |c| cells[c].members.iter().map(|&id| (id, pos[id as usize])).collect());
                let mut want: Vec<(u32, f64)> = points.iter().map(|&(id, p)| (id, at.distance_m(p))).collect();
                want.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
                want.truncate(k);
                assert_eq!(hits.len(), want.len(), "seed {seed}");
                for (h, w) in hits.iter().zip(&want) {
                    assert!((h.distance_m - w.1).abs() < 0.01, "seed {seed}: {h:?} vs {w:?}");
                }
                // Each cell read once; every cell left unread is no nearer than the k-th point.
                let mut once = read.clone();
                once.sort_unstable();
                once.dedup();
                assert_eq!(once.len(), read.len());
                if let (Some(last), true) = (hits.last(), hits.len() == k) {
                    let q = unit(at);
                    for c in (0..cells.len()).filter(|c| !read.contains(c)) {
                        assert!(chord2_to_m(cells[c].lower_bound2(&q)) >= last.distance_m - 0.01, "seed {seed}");
                    }
                }
            }
        }
    }
}
