//! Deciding about a newer bundle (pure): the app compares the manifest it runs on with the
//! one the server has now, and downloads a new bundle only when the data changed and this
//! app can read it. Switching happens only after every file of the new bundle passed
//! [`super::verify`]; until then the last good bundle stays in use.
use super::{hex, FileEntry, LoadError, Manifest, PostalIndex, POSTAL_INDEX};

/// What to do after checking the server's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdatePlan {
    /// The server has the data this app runs on.
    UpToDate,
    /// The server's data is for another version of the app (another schema): keep the
    /// current data; the app update that reads it comes through the service worker.
    Incompatible { found: u32, expected: u32 },
    /// New data: download and verify every file, then switch.
    Download(Box<Manifest>),
}

impl UpdatePlan {
    /// Every file of the new bundle (what a device may fetch from it; [`to_download`] says
    /// what an update fetches at once).
    pub fn files(&self) -> &[FileEntry] {
        match self {
            UpdatePlan::Download(m) => &m.files,
            _ => &[],
        }
    }
}

/// The files of `next` an update downloads at once: the core file, and the optional files
/// (postal index, services, libraries) that the device holds in some version, `held` being
/// asked with a file's path (`"services.bin"`). The others are fetched when first used, as
/// on a first visit: an update never downloads what the device never asked for.
pub fn to_download(next: &Manifest, held: impl Fn(&str) -> bool) -> Vec<&FileEntry> {
    next.files.iter().filter(|f| f.path == super::CORE || held(&f.path)).collect()
}

/// The bundle file (`"postal/index.bin"`) of a cached URL (`http://x/data/postal/index.bin?v=…`),
/// whatever its version; `None` for anything else.
///
/// ```
/// use guichet::bundle::update::held_file;
/// assert_eq!(held_file("http://x/data/services.bin?v=0123456789abcdef"), Some("services.bin"));
/// assert_eq!(held_file("/data/postal/K1A.bin?v=0"), Some("postal/K1A.bin"));
/// assert_eq!(held_file("http://x/index.html"), None);
/// ```
pub fn held_file(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("/data/")?;
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    (!path.is_empty()).then_some(path)
}

/// What the device is, for deciding whether optional files are fetched ahead of use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Device {
    /// Installed as an app (display mode standalone or fullscreen).
    pub installed: bool,
    /// A kiosk (`?kiosk`, `kiosk.json`): it must answer everything offline.
    pub kiosk: bool,
    /// The browser asks to save data (Save-Data) or says the connection is cellular.
    pub save_data: bool,
}

/// Whether the optional files (postal index, services, libraries) are fetched ahead, before
/// anyone asks for them: on a kiosk or an installed app, unless the browser asks to save data
/// (then they come when first used, as on a plain visit, which never fetches them ahead).
///
/// ```
/// use guichet::bundle::update::{keep_ahead, Device};
/// assert!(!keep_ahead(Device::default()));
/// assert!(keep_ahead(Device { installed: true, ..Device::default() }));
/// assert!(keep_ahead(Device { kiosk: true, ..Device::default() }));
/// assert!(!keep_ahead(Device { installed: true, save_data: true, ..Device::default() }));
/// assert!(!keep_ahead(Device { kiosk: true, save_data: true, ..Device::default() }));
/// ```
pub const fn keep_ahead(device: Device) -> bool {
    (device.kiosk || device.installed) && !device.save_data
}

/// Compares the running manifest with the server's raw manifest.
///
/// Versions are content hashes, not ordered: any different `data_version` is new data,
/// including a deliberate roll-back on the server. A manifest that does not parse is an
/// error (the caller keeps the current bundle and says so).
pub fn plan(current: &Manifest, fresh: &[u8]) -> Result<UpdatePlan, LoadError> {
    match Manifest::parse(fresh) {
        Err(LoadError::Schema { found, expected }) => Ok(UpdatePlan::Incompatible { found, expected }),
        Err(e) => Err(e),
        Ok(m) if m.data_version == current.data_version => Ok(UpdatePlan::UpToDate),
        Ok(m) => {
            if m.files.is_empty() || m.file(super::CORE).is_none() {
                return Err(LoadError::Decode(String::from("manifest lists no core file")));
            }
            Ok(UpdatePlan::Download(Box::new(m)))
        }
    }
}

/// Whether `entry`'s sha-256 prefix is the `v=` tag of a versioned URL (what the service
/// worker checks before it caches a bundle file it did not verify itself).
///
/// ```
/// use guichet::bundle::{update::url_tag, FileEntry};
/// let e = FileEntry { path: "core.bin".into(), sha256: "0123456789abcdef0123".into(), bytes: 1 };
/// assert_eq!(url_tag(&e), "0123456789abcdef");
/// ```
pub fn url_tag(entry: &FileEntry) -> &str {
    &entry.sha256[..entry.sha256.len().min(16)]
}

/// Whether a cached bundle URL (`/data/<path>?v=<tag>`, absolute or not) belongs to the
/// bundle of `manifest`, postal shards through its postal `index` (`None`: shards are kept).
/// URLs that are not versioned bundle files are not ours to judge: kept.
///
/// ```
/// use guichet::bundle::{update::belongs, FileEntry, Manifest};
/// let m: Manifest = serde_json::from_str(r#"{"schema":1,"data_version":"x","built":"2026-11-28",
///     "files":[{"path":"core.bin","sha256":"abcdef0123456789ff","bytes":1}],
///     "counts":{"points":0,"located":0,"approximate":0,"unlocated":0,"libraries":0,"places":0,
///     "fsas":0,"postal_codes":0,"by_network":{},"by_province":{},"by_level":{}},"sources":[]}"#).unwrap();
/// assert!(belongs("http://x/data/core.bin?v=abcdef0123456789", &m, None));
/// assert!(!belongs("http://x/data/core.bin?v=0000000000000000", &m, None));
/// assert!(!belongs("/data/libraries.bin?v=abcdef0123456789", &m, None));
/// assert!(belongs("/data/postal/K1A.bin?v=0000000000000000", &m, None));
/// assert!(belongs("/index.html", &m, None));
/// ```
pub fn belongs(url: &str, manifest: &Manifest, index: Option<&PostalIndex>) -> bool {
    let Some((_, rest)) = url.split_once("/data/") else { return true };
    let Some((path, tag)) = rest.split_once("?v=") else { return true };
    if tag.is_empty() {
        return false;
    }
    if path != POSTAL_INDEX {
        if let Some(fsa) = path.strip_prefix("postal/").and_then(|p| p.strip_suffix(".bin")) {
            return index.is_none_or(|i| i.find(fsa).is_some_and(|e| hex(&e.sha256).starts_with(tag)));
        }
    }
    manifest.file(path).is_some_and(|f| f.sha256.starts_with(tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{sha256_hex, Counts};
    use crate::domain::model::SCHEMA_VERSION;

    fn manifest(version: &str, core: &[u8]) -> Manifest {
        Manifest {
            schema: SCHEMA_VERSION,
            data_version: version.into(),
            built: "2026-11-28".into(),
            files: vec![FileEntry { path: "core.bin".into(), sha256: sha256_hex(core), bytes: core.len() as u64 }],
            insights: Vec::new(),
            counts: Counts::default(),
            sources: Vec::new(),
        }
    }

    fn json(m: &Manifest) -> Vec<u8> {
        serde_json::to_vec(m).unwrap()
    }

    #[test]
    fn same_version_is_up_to_date() {
        let a = manifest("aaaa", b"core a");
        assert_eq!(plan(&a, &json(&a)), Ok(UpdatePlan::UpToDate));
    }

    #[test]
    fn new_version_downloads_every_file() {
        let a = manifest("aaaa", b"core a");
        let mut b = manifest("bbbb", b"core b");
        b.files.push(FileEntry { path: "libraries.bin".into(), sha256: sha256_hex(b"libs"), bytes: 4 });
        let p = plan(&a, &json(&b)).unwrap();
        assert_eq!(p.files().len(), 2);
        assert_eq!(p, UpdatePlan::Download(Box::new(b)));
    }

    #[test]
    fn other_schema_is_incompatible_and_bad_json_an_error() {
        let a = manifest("aaaa", b"core a");
        let mut b = manifest("bbbb", b"core b");
        b.schema = SCHEMA_VERSION + 1;
        assert_eq!(
            plan(&a, &json(&b)),
            Ok(UpdatePlan::Incompatible { found: SCHEMA_VERSION + 1, expected: SCHEMA_VERSION })
        );
        assert!(matches!(plan(&a, b"<html>captive portal</html>"), Err(LoadError::Decode(_))));
        let mut c = manifest("cccc", b"core c");
        c.files.clear();
        assert!(matches!(plan(&a, &json(&c)), Err(LoadError::Decode(_))));
    }

    #[test]
    fn cached_shards_follow_the_postal_index() {
        use crate::bundle::{sha256, ShardEntry};
        let mut a = manifest("aaaa", b"core a");
        a.files.push(FileEntry { path: POSTAL_INDEX.into(), sha256: sha256_hex(b"index"), bytes: 5 });
        let index = PostalIndex { shards: vec![ShardEntry { fsa: "K1A".into(), sha256: sha256(b"k1a"), bytes: 3 }] };
        let k1a = format!("/data/postal/K1A.bin?v={}", &sha256_hex(b"k1a")[..16]);
        let old = format!("/data/postal/K1A.bin?v={}", &sha256_hex(b"old k1a")[..16]);
        let gone = format!("/data/postal/Z9Z.bin?v={}", &sha256_hex(b"k1a")[..16]);
        let idx = format!("/data/postal/index.bin?v={}", &sha256_hex(b"index")[..16]);
        assert!(belongs(&k1a, &a, Some(&index)));
        assert!(!belongs(&old, &a, Some(&index)));
        assert!(!belongs(&gone, &a, Some(&index)));
        assert!(belongs(&idx, &a, Some(&index)));
        assert!(!belongs("/data/core.bin?v=", &a, Some(&index)));
    }

    #[test]
    fn an_update_downloads_the_core_and_what_the_device_holds() {
        let mut b = manifest("bbbb", b"core b");
        for path in [POSTAL_INDEX, "services.bin", "libraries.bin"] {
            b.files.push(FileEntry { path: path.into(), sha256: sha256_hex(path.as_bytes()), bytes: 1 });
        }
        let paths = |held: &[&str]| -> Vec<String> {
            to_download(&b, |p| held.contains(&p)).into_iter().map(|f| f.path.clone()).collect()
        };
        assert_eq!(paths(&[]), ["core.bin"]);
        assert_eq!(paths(&["services.bin", "postal/K1A.bin"]), ["core.bin", "services.bin"]);
        let cached = [
            "http://x/data/services.bin?v=0123456789abcdef",
            "http://x/data/postal/index.bin?v=0123456789abcdef",
            "http://x/guichet-0123_bg.wasm",
        ];
        let held: Vec<&str> = cached.iter().filter_map(|u| held_file(u)).collect();
        assert_eq!(paths(&held), ["core.bin", POSTAL_INDEX, "services.bin"]);
    }

    #[test]
    fn the_url_tag_is_what_the_app_puts_in_bundle_urls() {
        let a = manifest("aaaa", b"core a");
        let e = &a.files[0];
        assert_eq!(url_tag(e).len(), 16);
        assert!(e.sha256.starts_with(url_tag(e)));
    }
}
