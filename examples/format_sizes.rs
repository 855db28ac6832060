//! JSON versus postcard for the core bundle: raw and brotli sizes, and native decode time.
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
