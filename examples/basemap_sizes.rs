//! Brotli size of candidate basemap levels of detail, to choose `pipeline::basemap::LODS`:
//!
//! ```text
//! cargo run --release --features pipeline --example basemap_sizes -- \
//!     TOLERANCE MIN_AREA MAX_LAKE_RANK MIN_ZOOM [TOLERANCE ...]
//! ```

use guichet::domain::gazetteer::Gazetteer;
use guichet::pipeline::basemap::{assemble_with, Layers, LodSpec};
use guichet::pipeline::brotli_len;

fn main() {
    let layers = Layers::read(std::path::Path::new("../shared/data")).expect("sources in ../shared/data");
    let args: Vec<f64> = std::env::args().skip(1).map(|a| a.parse().expect("numbers")).collect();
    let specs: Vec<LodSpec> = args
        .chunks_exact(4)
        .map(|c| LodSpec { tolerance: c[0], min_area: c[1], max_lake_rank: c[2] as u8, min_zoom: c[3] as u8 })
        .collect();
    let basemap = assemble_with(&layers, &Gazetteer::default(), &specs);
    for (spec, lod) in specs.iter().zip(&basemap.lods) {
        let bytes = postcard::to_allocvec(lod).expect("encodes");
        println!("{spec:?}: {} bytes, brotli {}", bytes.len(), brotli_len(&bytes));
    }
    let all = postcard::to_allocvec(&basemap).expect("encodes");
    println!("all levels: {} bytes, brotli {}", all.len(), brotli_len(&all));
}
