//! A tiny seeded generator (SplitMix64), so that random tests are reproducible without a
//! dependency: the domain's unit tests (through `testkit`) and the pipeline's generated
//! packages (`pipeline::hsds::sample`: the round-trip property test and the import bench).
use super::geo::LatLon;

/// SplitMix64.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A position in Canada's bounding box.
    pub fn canada(&mut self) -> LatLon {
        LatLon::new(42.0 + self.unit() * 40.0, -141.0 + self.unit() * 88.0)
    }
}
