//! In-browser decode time of the core bundle, postcard (what we ship) versus JSON (the
//! alternative), on the real `public/data/core.bin`. A measurement, not a pass/fail
//! timing: it prints the figures and checks that both formats decode to the same bundle.
//!
//! `cargo test --release --target wasm32-unknown-unknown --test decode_bench -- --nocapture`
#![cfg(target_arch = "wasm32")]

use guichet::bundle::{self, CoreBundle};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CORE: &[u8] = include_bytes!("../public/data/core.bin");

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[wasm_bindgen_test]
fn postcard_and_json_decode_times() {
    let core: CoreBundle = bundle::decode(CORE).expect("core.bin decodes");
    let json = serde_json::to_vec(&core).expect("serialises");
    let (mut pc, mut js) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let t = now();
        let a: CoreBundle = bundle::decode(CORE).expect("decodes");
        pc.push(now() - t);
        let t = now();
        let b: CoreBundle = serde_json::from_slice(&json).expect("decodes");
        js.push(now() - t);
        assert_eq!(a.points.len(), b.points.len());
        assert_eq!(a.gazetteer.places.len(), b.gazetteer.places.len());
    }
    console_log!(
        "core bundle decode in the browser: postcard {} bytes, median {:.1} ms; JSON {} bytes, median {:.1} ms",
        CORE.len(),
        median(pc),
        json.len(),
        median(js)
    );
}
