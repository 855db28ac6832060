//! Spatial accessibility: the two-step floating catchment area method (2SFCA, Luo and
//! Wang, 2003).
//!
//! Step 1: every point j gets a ratio R_j = S_j / Σ P_k over the FSAs k whose centroid is
//! within the catchment distance d₀ of j (S_j = 1: every point counts the same; P_k the
//! 2016 population). Step 2: every FSA i gets A_i = Σ R_j over the points within d₀ of it.
//! A_i is shown per 100,000 residents. Catchments overlap and the ratios are shared, so
//! Σ A_i·P_i / 100,000 equals the number of points that have people in their catchment:
//! the index redistributes the points, it does not create any.
use super::{Area, Metric, Site};
use crate::domain::nearest::SpatialIndex;

/// Default catchment distance, metres.
pub const DEFAULT_CATCHMENT_M: f64 = 25_000.0;

/// The index of every area (same order), in points per 100,000 residents, over the sites
/// that `keep` accepts. `catchment_m` is in the page's metric (an estimated road distance
/// of 25 km is a straight line of 25 / circuity km).
///
/// ```
/// use guichet::domain::geo::LatLon;
/// use guichet::domain::insights::{access::two_step, Area, Government, Metric, Site};
/// use guichet::domain::model::Province;
/// // Along a meridian, one degree of latitude is 111.195 km.
/// let at = |km: f64| LatLon::new(45.0 + km / 111.195, -75.0);
/// let area = |i: u32, km, population| Area {
///     fsa: i, code: String::new(), province: Province::ON, pos: at(km), population,
///     approximate: false, incomplete: false,
/// };
/// let site = |i: u32, km| Site {
///     point: i, network: 0, government: Government::Federal, province: Province::ON,
///     pos: at(km), approximate: false,
/// };
/// // A (1,000 people) at 0 km, B (3,000) at 10 km, C (500) at 40 km; points at 5 and 35 km.
/// let areas = [area(0, 0.0, 1_000), area(1, 10.0, 3_000), area(2, 40.0, 500)];
/// let sites = [site(0, 5.0), site(1, 35.0)];
/// let a = two_step(&areas, &sites, |_| true, 12_000.0, Metric::Straight);
/// // The first point serves A and B: 1 / 4,000, that is 25 per 100,000, for both.
/// // The second serves only C: 1 / 500, that is 200 per 100,000.
/// assert!((a[0] - 25.0).abs() < 1e-9 && (a[1] - 25.0).abs() < 1e-9 && (a[2] - 200.0).abs() < 1e-9);
/// ```
pub fn two_step(
    areas: &[Area],
    sites: &[Site],
    keep: impl Fn(&Site) -> bool,
    catchment_m: f64,
    metric: Metric,
) -> Vec<f64> {
    let radius = metric.inverse(catchment_m);
    let area_index = SpatialIndex::new(areas.iter().enumerate().map(|(i, a)| (i as u32, a.pos)));
    let chosen: Vec<&Site> = sites.iter().filter(|s| keep(s)).collect();
    // Step 1: supply-to-demand ratio of every point.
    let ratios: Vec<f64> = chosen
        .iter()
        .map(|s| {
            let mut demand = 0.0;
            area_index.for_each_within(s.pos, radius, |h| demand += f64::from(areas[h.id as usize].population));
            if demand > 0.0 {
                1.0 / demand
            } else {
                0.0
            }
        })
        .collect();
    // Step 2: sum the ratios of the points each area reaches.
    let site_index = SpatialIndex::new(chosen.iter().enumerate().map(|(j, s)| (j as u32, s.pos)));
    areas
        .iter()
        .map(|a| {
            let mut sum = 0.0;
            site_index.for_each_within(a.pos, radius, |h| sum += ratios[h.id as usize]);
            sum * 100_000.0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::LatLon;
    use crate::domain::insights::testkit::{random_world, Rng};
    use crate::domain::model::Province;

    #[test]
    fn the_index_redistributes_the_points_it_does_not_create_any() {
        for seed in 1..=8u64 {
            let mut rng = Rng(seed);
            let (_, _, sites) = random_world(&mut rng, 150, 3.0);
            let areas: Vec<Area> = (0..250)
                .map(|i| Area {
                    fsa: i,
                    code: String::new(),
                    province: Province::ON,
                    pos: LatLon::new(44.5 + rng.unit() * 2.5, -76.0 + rng.unit() * 4.0),
                    population: 1 + (rng.next() % 40_000) as u32,
                    approximate: false,
                    incomplete: false,
                })
                .collect();
            for catchment in [5_000.0, 25_000.0, 100_000.0] {
                let a = two_step(&areas, &sites, |_| true, catchment, Metric::Straight);
                let redistributed: f64 =
                    a.iter().zip(&areas).map(|(x, ar)| x * f64::from(ar.population) / 100_000.0).sum();
                let served =
                    sites.iter().filter(|s| areas.iter().any(|ar| ar.pos.distance_m(s.pos) <= catchment)).count();
                assert!((redistributed - served as f64).abs() < 1e-6, "seed {seed}: {redistributed} vs {served}");
                // An estimated road metric shrinks the straight-line catchment.
                let est = two_step(&areas, &sites, |_| true, catchment * 1.3, Metric::Estimated { circuity: 1.3 });
                assert!(est.iter().zip(&a).all(|(e, x)| (e - x).abs() < 1e-9));
            }
        }
    }
}
