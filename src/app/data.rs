//! Loading the bundle: manifest first, then the core file, verified against the manifest's
//! sha-256 before decoding. Everything downstream reads [`DataCtx`].
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundle::{self, CoreBundle, LoadError, Manifest};
use crate::domain::gazetteer::PostalShard;
use crate::platform::fetch;

/// Where the bundle is served from (Trunk copies `public/` to the site root).
pub const DATA_BASE: &str = "/data/";

/// The loaded bundle.
#[derive(Debug)]
pub struct Data {
    pub manifest: Manifest,
    pub core: CoreBundle,
}

#[derive(Debug, Clone)]
pub enum DataState {
    Loading,
    Ready(Arc<Data>),
    Failed(LoadError),
}

/// The bundle's state, shared by every page.
#[derive(Clone, Copy)]
pub struct DataCtx {
    pub state: RwSignal<DataState>,
}

impl DataCtx {
    /// Starts (or restarts, after an error) loading the bundle.
    pub fn load(self) {
        self.state.set(DataState::Loading);
        spawn_local(async move {
            let next = match load_bundle(DATA_BASE).await {
                Ok(d) => DataState::Ready(Arc::new(d)),
                Err(e) => DataState::Failed(e),
            };
            self.state.set(next);
        });
    }

    /// The bundle when loaded (tracks the state).
    pub fn ready(self) -> Option<Arc<Data>> {
        match self.state.get() {
            DataState::Ready(d) => Some(d),
            _ => None,
        }
    }
}

/// Provides [`DataCtx`] and starts loading (unless the data is given).
pub fn provide_data(preloaded: Option<Arc<Data>>) -> DataCtx {
    let ctx = DataCtx { state: RwSignal::new(DataState::Loading) };
    provide_context(ctx);
    match preloaded {
        Some(d) => ctx.state.set(DataState::Ready(d)),
        None => ctx.load(),
    }
    ctx
}

pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

fn join(base: &str, path: &str) -> String {
    let mut s = String::with_capacity(base.len() + path.len());
    s.push_str(base);
    s.push_str(path);
    s
}

/// A URL for a hashed bundle file: the hash in the query makes caches treat each
/// version as a new resource.
fn versioned(base: &str, entry: &bundle::FileEntry) -> String {
    let mut url = join(base, &entry.path);
    url.push_str("?v=");
    url.push_str(&entry.sha256[..16]);
    url
}

/// Fetches, verifies and decodes the manifest and the core bundle.
pub async fn load_bundle(base: &str) -> Result<Data, LoadError> {
    let manifest_bytes = fetch::bytes(&join(base, bundle::MANIFEST), bundle::MANIFEST, true).await?;
    let manifest = Manifest::parse(&manifest_bytes)?;
    let entry = manifest
        .file(bundle::CORE)
        .ok_or_else(|| LoadError::Decode(String::from("manifest lists no core file")))?
        .clone();
    let bytes = fetch::bytes(&versioned(base, &entry), &entry.path, false).await?;
    bundle::verify(&entry, &bytes)?;
    let core: CoreBundle = bundle::decode(&bytes)?;
    Ok(Data { manifest, core })
}

thread_local! {
    /// The postal index, fetched with the first full postal code and kept for the session.
    static POSTAL_INDEX: std::cell::RefCell<Option<bundle::PostalIndex>> = const { std::cell::RefCell::new(None) };
}

/// Fetches, verifies and decodes a file listed in the manifest.
pub async fn fetch_listed<T: serde::de::DeserializeOwned>(manifest: &Manifest, path: &str) -> Result<T, LoadError> {
    let entry = manifest.file(path).ok_or_else(|| LoadError::Decode(String::from("file not in manifest")))?;
    let bytes = fetch::bytes(&versioned(DATA_BASE, entry), &entry.path, false).await?;
    bundle::verify(entry, &bytes)?;
    bundle::decode(&bytes)
}

/// The postal shard of `fsa`, verified through the postal index.
pub async fn fetch_shard(manifest: &Manifest, fsa: &str) -> Result<Arc<PostalShard>, LoadError> {
    if let Some(shard) = cached_shard(fsa) {
        return Ok(shard);
    }
    let cached = POSTAL_INDEX.with(|c| c.borrow().clone());
    let index = match cached {
        Some(i) => i,
        None => {
            let i: bundle::PostalIndex = fetch_listed(manifest, bundle::POSTAL_INDEX).await?;
            POSTAL_INDEX.with(|c| *c.borrow_mut() = Some(i.clone()));
            i
        }
    };
    let entry = index.find(fsa).ok_or_else(|| LoadError::Decode(String::from("no shard for this FSA")))?;
    let path = bundle::shard_path(fsa);
    let hex = bundle::hex(&entry.sha256);
    let listed = bundle::FileEntry { path: path.clone(), sha256: hex, bytes: u64::from(entry.bytes) };
    let bytes = fetch::bytes(&versioned(DATA_BASE, &listed), &path, false).await?;
    bundle::verify(&listed, &bytes)?;
    let shard: Arc<PostalShard> = Arc::new(bundle::decode(&bytes)?);
    SHARDS.with(|c| c.borrow_mut().insert(fsa.to_owned(), Arc::clone(&shard)));
    Ok(shard)
}

thread_local! {
    /// Postal shards already fetched and verified in this session (a few KB each).
    static SHARDS: std::cell::RefCell<std::collections::HashMap<String, Arc<PostalShard>>> = Default::default();
}

/// A shard fetched earlier in this session, without waiting.
pub fn cached_shard(fsa: &str) -> Option<Arc<PostalShard>> {
    SHARDS.with(|c| c.borrow().get(fsa).cloned())
}
