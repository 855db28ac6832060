//! HTTP fetches of bundle files with typed errors, straight through `window.fetch`.
//!
//! The URL goes out exactly as written: a bundle file's `?v=<tag>` must be the very URL the
//! service worker caches, or the browser downloads the file twice (an HTTP client that
//! rebuilds the query, as gloo-net 0.6 did with `?v=x&`, defeats that).
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::bundle::LoadError;

fn network(e: JsValue) -> LoadError {
    LoadError::Network(e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

async fn get(url: &str, file: &str, cache: Option<RequestCache>) -> Result<Vec<u8>, LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError::Network(String::from("no window")))?;
    let init = RequestInit::new();
    if let Some(mode) = cache {
        init.set_cache(mode);
    }
    let resp: Response =
        JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.and_then(|r| r.dyn_into()).map_err(network)?;
    if !resp.ok() {
        return Err(LoadError::Http { file: file.to_owned(), status: resp.status() });
    }
    let buf: ArrayBuffer =
        JsFuture::from(resp.array_buffer().map_err(network)?).await.and_then(|b| b.dyn_into()).map_err(network)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Fetches `url` as bytes. `revalidate` asks caches to check with the server (for the
/// manifest); hashed files are immutable and may come from any cache.
pub async fn bytes(url: &str, file: &str, revalidate: bool) -> Result<Vec<u8>, LoadError> {
    get(url, file, revalidate.then_some(RequestCache::NoCache)).await
}

/// Fetches `url` from the server itself: no HTTP cache, and the service worker passes it
/// through (it answers `?fresh` manifest requests from the network only).
pub async fn fresh(url: &str, file: &str) -> Result<Vec<u8>, LoadError> {
    get(url, file, Some(RequestCache::NoStore)).await
}
