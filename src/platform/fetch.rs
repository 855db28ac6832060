//! HTTP fetches of bundle files with typed errors.
use gloo_net::http::Request;
use web_sys::RequestCache;

use crate::bundle::LoadError;

/// Fetches `url` as bytes. `revalidate` asks caches to check with the server (for the
/// manifest); hashed files are immutable and may come from any cache.
pub async fn bytes(url: &str, file: &str, revalidate: bool) -> Result<Vec<u8>, LoadError> {
    let mut req = Request::get(url);
    if revalidate {
        req = req.cache(RequestCache::NoCache);
    }
    let resp = req.send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError::Http { file: file.to_owned(), status: resp.status() });
    }
    resp.binary().await.map_err(|e| LoadError::Network(e.to_string()))
}

/// Fetches `url` from the server itself: no HTTP cache, and the service worker passes it
/// through (it answers `?fresh` manifest requests from the network only).
pub async fn fresh(url: &str, file: &str) -> Result<Vec<u8>, LoadError> {
    let resp =
        Request::get(url).cache(RequestCache::NoStore).send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError::Http { file: file.to_owned(), status: resp.status() });
    }
    resp.binary().await.map_err(|e| LoadError::Network(e.to_string()))
}
