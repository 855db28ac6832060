//! Shared by the domain's unit tests: a tiny seeded generator, so that random tests are
//! reproducible without a dependency.
use super::geo::LatLon;

/// SplitMix64.
pub struct Rng(pub u64);

impl Rng {
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

    /// A position in Canada's bounding box.
    pub fn canada(&mut self) -> LatLon {
        LatLon::new(42.0 + self.unit() * 40.0, -141.0 + self.unit() * 88.0)
    }
}
