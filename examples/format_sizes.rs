//! JSON versus postcard for the core bundle: raw and brotli sizes, native decode time, and
//! what each part of the core weighs (postcard, then brotli), to see what a first visit carries.
//! `cargo run --release --features pipeline --example format_sizes` (after `guichet-bundle`).
use std::time::Instant;

use guichet::bundle::{self, CoreBundle};
use guichet::pipeline::brotli_len;

fn main() {
    let bin = std::fs::read("public/data/core.bin").expect("public/data/core.bin");
    let core: CoreBundle = bundle::decode(&bin).expect("decodes");
    let json = serde_json::to_vec(&core).expect("serialises");
    println!("postcard: {} bytes, brotli {}", bin.len(), brotli_len(&bin));
    println!("json:     {} bytes, brotli {}", json.len(), brotli_len(&json));
    let part = |name: &str, bytes: Vec<u8>| {
        println!("  {name:<12} {:>8} B, brotli {:>7} B", bytes.len(), brotli_len(&bytes));
    };
    let enc = |v: &dyn erased::Enc| v.bytes();
    part("networks", enc(&core.networks));
    part("points", enc(&core.points));
    part("places", enc(&core.gazetteer.places));
    part("fsas", enc(&core.gazetteer.fsas));
    part("basemap", enc(&core.basemap));
    part("in_person", enc(&core.in_person));
    part("retired", enc(&core.retired));
    let t = Instant::now();
    for _ in 0..20 {
        let _: CoreBundle = bundle::decode(&bin).expect("decodes");
    }
    println!("postcard decode: {:.2} ms", t.elapsed().as_secs_f64() * 1000.0 / 20.0);
    let t = Instant::now();
    for _ in 0..20 {
        let _: CoreBundle = serde_json::from_slice(&json).expect("decodes");
    }
    println!("json decode:     {:.2} ms", t.elapsed().as_secs_f64() * 1000.0 / 20.0);
}

/// Postcard bytes of any part of the core, behind one signature for the table above.
mod erased {
    pub trait Enc {
        fn bytes(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Enc for T {
        fn bytes(&self) -> Vec<u8> {
            postcard::to_allocvec(self).expect("serialises")
        }
    }
}
