//! Loading the bundle: manifest first, then the core file, verified against the manifest's
//! sha-256 before decoding. Everything downstream reads [`DataCtx`].
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundle::update::{self, UpdatePlan};
use crate::bundle::{self, CoreBundle, LoadError, Manifest};
use crate::platform::{caches, fetch};

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
    url.push_str(update::url_tag(entry));
    url
}

/// Fetches a versioned bundle file and verifies it. Offline, a file that no cache holds is
/// not even asked for (the request could only fail): it is a network error at once.
async fn fetch_verified(entry: &bundle::FileEntry) -> Result<Vec<u8>, LoadError> {
    let url = versioned(DATA_BASE, entry);
    if !crate::platform::online() && !caches::has(&url).await {
        return Err(LoadError::Network(String::from("offline, and not on this device")));
    }
    let bytes = fetch::bytes(&url, &entry.path, false).await?;
    bundle::verify(entry, &bytes)?;
    Ok(bytes)
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
    bundle::decode(&fetch_verified(entry).await?)
}

/// The postal index of `manifest`, fetched once per session.
async fn postal_index(manifest: &Manifest) -> Result<bundle::PostalIndex, LoadError> {
    if let Some(i) = POSTAL_INDEX.with(|c| c.borrow().clone()) {
        return Ok(i);
    }
    let i: bundle::PostalIndex = fetch_listed(manifest, bundle::POSTAL_INDEX).await?;
    POSTAL_INDEX.with(|c| *c.borrow_mut() = Some(i.clone()));
    Ok(i)
}

/// The manifest entry of the shard of `fsa`, from the postal index.
fn shard_entry(index: &bundle::PostalIndex, fsa: &str) -> Option<bundle::FileEntry> {
    let e = index.find(fsa)?;
    Some(bundle::FileEntry { path: bundle::shard_path(fsa), sha256: bundle::hex(&e.sha256), bytes: u64::from(e.bytes) })
}

/// The postal shard of `fsa`, verified through the postal index.
pub async fn fetch_shard(manifest: &Manifest, fsa: &str) -> Result<crate::domain::gazetteer::PostalShard, LoadError> {
    let index = postal_index(manifest).await?;
    let entry = shard_entry(&index, fsa).ok_or_else(|| LoadError::Decode(String::from("no shard for this FSA")))?;
    bundle::decode(&fetch_verified(&entry).await?)
}

/// Fetches and verifies the shards of `fsas` so that the service worker keeps them (a
/// kiosk's province). Returns how many are on the device; stops at the first error.
pub async fn prefetch_shards(manifest: &Manifest, fsas: &[String]) -> Result<usize, LoadError> {
    let index = postal_index(manifest).await?;
    let mut done = 0;
    for fsa in fsas {
        if let Some(entry) = shard_entry(&index, fsa) {
            fetch_verified(&entry).await?;
            done += 1;
        }
    }
    Ok(done)
}

/// What a background check of the server's bundle found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateOutcome {
    UpToDate,
    /// The server's data needs another app version; the current bundle stays.
    Incompatible,
    /// A new bundle, complete and verified, is now the device's current one: the next
    /// load uses it.
    Ready(Box<Manifest>),
}

/// Checks the server's manifest against `current`; when the data changed, downloads every
/// file of the new bundle, verifies every sha-256, and only then writes the bundle to the
/// service worker's caches as the current one (with no worker, the next load gets it from
/// the server anyway). Any failure leaves the current bundle in place.
pub async fn check_update(current: &Manifest) -> Result<UpdateOutcome, UpdateError> {
    let mut url = join(DATA_BASE, bundle::MANIFEST);
    url.push_str("?fresh=");
    url.push_str(&crate::platform::now_ms().to_string());
    let fresh = fetch::fresh(&url, bundle::MANIFEST).await.map_err(UpdateError::Unreachable)?;
    download_update(current, &fresh).await.map_err(UpdateError::Failed)
}

/// Why a check gave nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// The server's manifest could not be fetched (offline, server down): try again later.
    Unreachable(LoadError),
    /// A new bundle was refused or could not be completed: the current one stays.
    Failed(LoadError),
}

async fn download_update(current: &Manifest, fresh: &[u8]) -> Result<UpdateOutcome, LoadError> {
    let next = match update::plan(current, fresh)? {
        UpdatePlan::UpToDate => return Ok(UpdateOutcome::UpToDate),
        UpdatePlan::Incompatible { .. } => return Ok(UpdateOutcome::Incompatible),
        UpdatePlan::Download(m) => m,
    };
    let mut files = Vec::with_capacity(next.files.len());
    for entry in &next.files {
        files.push((versioned(DATA_BASE, entry), fetch_verified(entry).await?));
    }
    if crate::platform::sw::controlled() {
        caches::commit_bundle(fresh, &files)
            .await
            .map_err(|e| LoadError::Network(e.as_string().unwrap_or_else(|| String::from("cache write failed"))))?;
        // Files of older bundles go, except those of the bundle this page runs on (its
        // libraries layer may still be asked for); shards stay when a postal index lists them.
        let index = files
            .iter()
            .zip(&next.files)
            .find(|(_, e)| e.path == bundle::POSTAL_INDEX)
            .and_then(|((_, bytes), _)| bundle::decode::<bundle::PostalIndex>(bytes).ok())
            .unwrap_or_default();
        let running = POSTAL_INDEX.with(|c| c.borrow().clone()).unwrap_or_default();
        let _ =
            caches::prune(|u| update::belongs(u, &next, Some(&index)) || update::belongs(u, current, Some(&running)))
                .await;
    }
    Ok(UpdateOutcome::Ready(next))
}
