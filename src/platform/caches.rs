//! The Cache Storage that the service worker answers from. Cache names and keys are shared
//! with `public/sw.js`: the app writes a verified bundle there, the worker only reads it.
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Request, Response, ResponseInit};

/// Bundle files under content-addressed URLs.
pub const DATA_CACHE: &str = "guichet-data";
/// The current bundle's manifest.
pub const META_CACHE: &str = "guichet-meta";
/// When a manifest was verified (ms since the epoch): the newest wins in the worker.
pub const VERIFIED_HEADER: &str = "X-Guichet-Verified";
/// The key of the current manifest.
pub const MANIFEST_KEY: &str = "/data/manifest.json";

fn storage() -> Option<CacheStorage> {
    let w = web_sys::window()?;
    let c = super::property(&w, "caches")?;
    if c.is_undefined() || c.is_null() {
        return None;
    }
    c.dyn_into().ok()
}

async fn open(name: &str) -> Result<Cache, JsValue> {
    let s = storage().ok_or_else(|| JsValue::from_str("no Cache Storage"))?;
    JsFuture::from(s.open(name)).await?.dyn_into()
}

/// Whether any cache holds `url` (a postal shard looked up before, say).
pub async fn has(url: &str) -> bool {
    let Some(s) = storage() else { return false };
    JsFuture::from(s.match_with_str(url)).await.is_ok_and(|r| !r.is_undefined())
}

/// The body any cache holds for `url`, read directly (no request, no service worker).
pub async fn get(url: &str) -> Option<Vec<u8>> {
    let s = storage()?;
    let resp: Response = JsFuture::from(s.match_with_str(url)).await.ok()?.dyn_into().ok()?;
    let buf = JsFuture::from(resp.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buf).to_vec())
}

fn response(bytes: &[u8], content_type: &str, verified: bool) -> Result<Response, JsValue> {
    let headers = web_sys::Headers::new()?;
    headers.set("Content-Type", content_type)?;
    if verified {
        headers.set(VERIFIED_HEADER, &(js_sys::Date::now() as u64).to_string())?;
    }
    let init = ResponseInit::new();
    init.set_headers(&headers);
    let body: js_sys::Object = Uint8Array::from(bytes).into();
    Response::new_with_opt_buffer_source_and_init(Some(&body), &init)
}

/// Keeps a verified bundle file (a postal shard a kiosk wants on the device).
pub async fn put_data(url: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let data = open(DATA_CACHE).await?;
    JsFuture::from(data.put_with_str(url, &response(bytes, "application/octet-stream", false)?)).await?;
    Ok(())
}

/// The URLs the bundle cache holds (every version of every file).
pub async fn data_urls() -> Vec<String> {
    let Ok(data) = open(DATA_CACHE).await else { return Vec::new() };
    let Ok(keys) = JsFuture::from(data.keys()).await.and_then(|k| k.dyn_into::<Array>()) else {
        return Vec::new();
    };
    keys.iter().filter_map(|k| k.dyn_into::<Request>().ok()).map(|r| r.url()).collect()
}

/// Writes a verified bundle: every file under its versioned URL, then the manifest as the
/// current one (last, so the worker never points at files that are not there).
pub async fn commit_bundle(manifest: &[u8], files: &[(String, Vec<u8>)]) -> Result<(), JsValue> {
    let data = open(DATA_CACHE).await?;
    for (url, bytes) in files {
        JsFuture::from(data.put_with_str(url, &response(bytes, "application/octet-stream", false)?)).await?;
    }
    let meta = open(META_CACHE).await?;
    JsFuture::from(meta.put_with_str(MANIFEST_KEY, &response(manifest, "application/json; charset=utf-8", true)?))
        .await?;
    Ok(())
}

/// Deletes the bundle files for which `keep(url)` is false.
pub async fn prune(keep: impl Fn(&str) -> bool) -> Result<usize, JsValue> {
    let data = open(DATA_CACHE).await?;
    let keys: Array = JsFuture::from(data.keys()).await?.dyn_into()?;
    let mut removed = 0;
    for k in keys.iter() {
        let Ok(req) = k.dyn_into::<Request>() else { continue };
        let url = req.url();
        if !keep(&url) {
            JsFuture::from(data.delete_with_str(&url)).await?;
            removed += 1;
        }
    }
    Ok(removed)
}
