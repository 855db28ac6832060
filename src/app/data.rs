//! Loading the bundle: manifest first, then the core file, verified against the manifest's
//! sha-256 before decoding. Everything downstream reads [`DataCtx`].
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::bundle::update::{self, UpdatePlan};
use crate::bundle::{self, CoreBundle, LoadError, Manifest};
use crate::domain::gazetteer::PostalShard;
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
            // Rendering what the data allows is a task of its own, after the decoding.
            crate::platform::next_task().await;
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

/// Fetches a versioned bundle file and verifies it. Offline it is read straight from the
/// cache, and a file that no cache holds is not even asked for (the request could only
/// fail): it is a network error at once.
async fn fetch_verified(entry: &bundle::FileEntry) -> Result<Vec<u8>, LoadError> {
    let url = versioned(DATA_BASE, entry);
    if !crate::platform::online() {
        let bytes = caches::get(&url).await.ok_or_else(|| LoadError::NotOnDevice { file: entry.path.clone() })?;
        verify(entry, &bytes).await?;
        return Ok(bytes);
    }
    let bytes = fetch::bytes(&url, &entry.path, false).await?;
    verify(entry, &bytes).await?;
    keep(&url, &bytes).await;
    Ok(bytes)
}

/// Keeps a verified file on the device when no service worker does (the first visit, before
/// the worker controls the page): a file used once is there offline, and the worker's
/// install finds it instead of downloading it again.
async fn keep(url: &str, bytes: &[u8]) {
    if !crate::platform::sw::controlled() {
        let _ = caches::put_data(url, bytes).await;
    }
}

/// Puts every optional file of `manifest` (postal index, services, libraries) on the device
/// ahead of use ([`update::keep_ahead`]: an installed app or a kiosk). Files already there
/// are not fetched again; stops at the first error (the next load tries again).
pub async fn keep_optional(manifest: &Manifest) -> Result<(), LoadError> {
    for entry in manifest.files.iter().filter(|f| f.path != bundle::CORE) {
        put_on_device(entry).await?;
    }
    Ok(())
}

/// Puts a bundle file on the device unless it is there: fetched, verified, and written to
/// the data cache before this returns (on a page no worker controls, [`fetch_verified`]
/// has written it already).
async fn put_on_device(entry: &bundle::FileEntry) -> Result<(), LoadError> {
    let url = versioned(DATA_BASE, entry);
    if caches::has(&url).await {
        return Ok(());
    }
    let bytes = fetch_verified(entry).await?;
    if crate::platform::sw::controlled() {
        caches::put_data(&url, &bytes).await.map_err(cache_write)?;
    }
    Ok(())
}

/// A failed cache write, as a load error.
fn cache_write(e: wasm_bindgen::JsValue) -> LoadError {
    LoadError::Network(e.as_string().unwrap_or_else(|| String::from("cache write failed")))
}

/// The bundle files (paths) the device holds in some version.
async fn held_files() -> HashSet<String> {
    caches::data_urls().await.iter().filter_map(|u| update::held_file(u)).map(str::to_owned).collect()
}

/// [`bundle::verify`], with the hash computed by the browser (`crypto.subtle`, which works
/// off the main thread) where it can, in secure contexts; elsewhere (a kiosk served over
/// plain HTTP on a local network) by [`bundle::verify`] here.
async fn verify(entry: &bundle::FileEntry, bytes: &[u8]) -> Result<(), LoadError> {
    if bytes.len() as u64 == entry.bytes {
        if let Some(digest) = browser_sha256(bytes).await {
            return if bundle::hex(&digest) == entry.sha256 {
                Ok(())
            } else {
                Err(LoadError::HashMismatch { file: entry.path.clone() })
            };
        }
    }
    bundle::verify(entry, bytes)
}

/// SHA-256 by `crypto.subtle.digest`, or None where the browser offers none.
async fn browser_sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    use crate::platform::property;
    let crypto = property(&web_sys::window()?.into(), "crypto")?;
    let subtle = property(&crypto, "subtle").filter(|s| s.is_object())?;
    let digest: js_sys::Function = property(&subtle, "digest")?.dyn_into().ok()?;
    let data = js_sys::Uint8Array::from(bytes);
    let promise: js_sys::Promise = digest.call2(&subtle, &"SHA-256".into(), &data).ok()?.dyn_into().ok()?;
    let hash = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&hash).to_vec())
}

thread_local! {
    /// The manifest request made before the first render ([`request_manifest_early`]).
    static EARLY_MANIFEST: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Sends the manifest request at once, before the app renders (which keeps the main thread
/// busy): the first load then finds the answer waiting. Reload to first result matters
/// most offline, where everything else is fast.
pub fn request_manifest_early() {
    let Some(w) = web_sys::window() else { return };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let url = join(DATA_BASE, bundle::MANIFEST);
    EARLY_MANIFEST.with(|e| *e.borrow_mut() = Some(w.fetch_with_str_and_init(&url, &init)));
}

async fn early_manifest() -> Option<Result<Vec<u8>, LoadError>> {
    let promise = EARLY_MANIFEST.with(|e| e.borrow_mut().take())?;
    let result = async {
        let resp: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .and_then(|r| r.dyn_into())
            .map_err(|e| LoadError::Network(format!("{e:?}")))?;
        if !resp.ok() {
            return Err(LoadError::Http { file: bundle::MANIFEST.to_owned(), status: resp.status() });
        }
        let buf = resp.array_buffer().map_err(|e| LoadError::Network(format!("{e:?}")))?;
        let buf = wasm_bindgen_futures::JsFuture::from(buf).await.map_err(|e| LoadError::Network(format!("{e:?}")))?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    };
    Some(result.await)
}

/// How many points or places of the core bundle are decoded per task.
const CORE_ITEMS_PER_TASK: usize = 400;

/// Fetches, verifies and decodes the manifest and the core bundle. When the page opens on
/// a full postal code (`?q=K1A+0B1`), its postal shard is fetched meanwhile.
pub async fn load_bundle(base: &str) -> Result<Data, LoadError> {
    let manifest_bytes = match early_manifest().await {
        Some(r) => r?,
        None => fetch::bytes(&join(base, bundle::MANIFEST), bundle::MANIFEST, true).await?,
    };
    let manifest = Manifest::parse(&manifest_bytes)?;
    if let Some(fsa) = postal_code_in_url() {
        let m = manifest.clone();
        spawn_local(async move {
            let _ = fetch_shard(&m, &fsa).await;
        });
    }
    let entry = manifest
        .file(bundle::CORE)
        .ok_or_else(|| LoadError::Decode(String::from("manifest lists no core file")))?
        .clone();
    let url = versioned(base, &entry);
    let bytes = fetch::bytes(&url, &entry.path, false).await?;
    verify(&entry, &bytes).await?;
    keep(&url, &bytes).await;
    // A few hundred points or places per task (about 3 ms on a phone).
    let mut core = bundle::steps::CoreDecoder::new(&bytes)?;
    while core.step(CORE_ITEMS_PER_TASK)? {
        crate::platform::next_task().await;
    }
    Ok(Data { manifest, core: core.finish() })
}

/// The FSA of the full postal code the page's URL searches for, if any.
fn postal_code_in_url() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let q = crate::nav::FinderState::parse(&search).q?;
    match crate::domain::query::classify(&q).ok()? {
        crate::domain::query::LocationQuery::PostalCode { fsa, .. } => Some(fsa),
        _ => None,
    }
}

/// A fetch shared by everyone who asks while it runs (and by everyone after it succeeded).
type Pending<T> = Shared<LocalBoxFuture<'static, Result<T, LoadError>>>;

/// Decoded postal shards kept in memory (the cache holds the rest).
const SHARDS_KEPT: usize = 32;

thread_local! {
    /// The postal index, fetched with the first full postal code and kept for the session.
    static POSTAL_INDEX: RefCell<Option<Pending<bundle::PostalIndex>>> = const { RefCell::new(None) };
    /// Postal shards by FSA, fetched or being fetched.
    static SHARDS: RefCell<HashMap<String, Pending<Arc<PostalShard>>>> = RefCell::new(HashMap::new());
}

/// Fetches, verifies and decodes a file listed in the manifest.
pub async fn fetch_listed<T: serde::de::DeserializeOwned>(manifest: &Manifest, path: &str) -> Result<T, LoadError> {
    let entry = manifest.file(path).ok_or_else(|| LoadError::Decode(String::from("file not in manifest")))?;
    bundle::decode(&fetch_verified(entry).await?)
}

/// Fetches, verifies and decodes a file of the insights view (the manifest's `insights`
/// list: never precached, fetched only by /insights).
pub async fn fetch_insights<T: serde::de::DeserializeOwned>(manifest: &Manifest, path: &str) -> Result<T, LoadError> {
    let entry = manifest
        .insights
        .iter()
        .find(|f| f.path == path)
        .ok_or_else(|| LoadError::Decode(String::from("file not in manifest")))?;
    bundle::decode(&fetch_verified(entry).await?)
}

/// The postal index of `manifest`, fetched once per session (again after a failure).
async fn postal_index(manifest: &Manifest) -> Result<bundle::PostalIndex, LoadError> {
    let pending = POSTAL_INDEX.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let m = manifest.clone();
                async move { fetch_listed::<bundle::PostalIndex>(&m, bundle::POSTAL_INDEX).await }
                    .boxed_local()
                    .shared()
            })
            .clone()
    });
    let result = pending.await;
    if result.is_err() {
        POSTAL_INDEX.with(|c| *c.borrow_mut() = None);
    }
    result
}

/// The postal index if it is loaded already.
fn loaded_postal_index() -> Option<bundle::PostalIndex> {
    POSTAL_INDEX.with(|c| c.borrow().as_ref().and_then(|p| p.peek().cloned())).and_then(Result::ok)
}

/// The manifest entry of the shard of `fsa`, from the postal index.
fn shard_entry(index: &bundle::PostalIndex, fsa: &str) -> Option<bundle::FileEntry> {
    let e = index.find(fsa)?;
    Some(bundle::FileEntry { path: bundle::shard_path(fsa), sha256: bundle::hex(&e.sha256), bytes: u64::from(e.bytes) })
}

/// The postal shard of `fsa`, verified through the postal index.
pub async fn fetch_shard(manifest: &Manifest, fsa: &str) -> Result<Arc<PostalShard>, LoadError> {
    let pending = SHARDS.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= SHARDS_KEPT && !s.contains_key(fsa) {
            s.clear();
        }
        s.entry(fsa.to_owned())
            .or_insert_with(|| {
                let (m, fsa) = (manifest.clone(), fsa.to_owned());
                async move {
                    let index = postal_index(&m).await?;
                    let entry = shard_entry(&index, &fsa)
                        .ok_or_else(|| LoadError::Decode(String::from("no shard for this FSA")))?;
                    Ok(Arc::new(bundle::decode(&fetch_verified(&entry).await?)?))
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    let result = pending.await;
    if result.is_err() {
        SHARDS.with(|s| s.borrow_mut().remove(fsa));
    }
    result
}

/// Starts fetching the shard of `fsa` (a full postal code is being typed), so that the
/// search finds it there; nothing when it is in memory or the bundle is not loaded yet.
pub fn want_shard(data: DataCtx, fsa: String) {
    let Some(d) = data.ready() else { return };
    if cached_shard(&fsa).is_none() {
        spawn_local(async move {
            let _ = fetch_shard(&d.manifest, &fsa).await;
        });
    }
}

/// A shard fetched earlier in this session, without waiting: a repeated or nearby search
/// resolves synchronously, with no "resolving" state that would empty the list.
pub fn cached_shard(fsa: &str) -> Option<Arc<PostalShard>> {
    SHARDS.with(|s| s.borrow().get(fsa).and_then(|p| p.peek().cloned())).and_then(Result::ok)
}

/// Puts the shards of `fsas` on the device (a kiosk's province): each one not cached yet
/// is fetched, verified and written to the service worker's data cache, whether or not the
/// worker controls the page yet. Returns how many are on the device; stops at the first
/// error.
pub async fn prefetch_shards(manifest: &Manifest, fsas: &[String]) -> Result<usize, LoadError> {
    let index = postal_index(manifest).await?;
    let mut done = 0;
    for fsa in fsas {
        let Some(entry) = shard_entry(&index, fsa) else { continue };
        put_on_device(&entry).await?;
        done += 1;
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
    // The core, and the optional files this device holds: nothing it never asked for.
    let held = held_files().await;
    let wanted = update::to_download(&next, |p| held.contains(p));
    let mut files = Vec::with_capacity(wanted.len());
    for entry in &wanted {
        files.push((versioned(DATA_BASE, entry), fetch_verified(entry).await?));
    }
    if crate::platform::sw::controlled() {
        caches::commit_bundle(fresh, &files).await.map_err(cache_write)?;
        // Files of older bundles go, except those of the bundle this page runs on (its
        // libraries layer may still be asked for); shards stay when a postal index lists them.
        let index = files
            .iter()
            .zip(&wanted)
            .find(|(_, e)| e.path == bundle::POSTAL_INDEX)
            .and_then(|((_, bytes), _)| bundle::decode::<bundle::PostalIndex>(bytes).ok())
            .unwrap_or_default();
        let running = loaded_postal_index().unwrap_or_default();
        let _ =
            caches::prune(|u| update::belongs(u, &next, Some(&index)) || update::belongs(u, current, Some(&running)))
                .await;
    }
    Ok(UpdateOutcome::Ready(next))
}
