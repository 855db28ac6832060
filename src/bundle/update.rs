//! Deciding about a newer bundle (pure): the app compares the manifest it runs on with the
//! one the server has now, and downloads a new bundle only when the data changed and this
//! app can read it. Switching happens only after every file of the new bundle passed
//! [`super::verify`]; until then the last good bundle stays in use.
use super::{FileEntry, LoadError, Manifest};

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
    /// The files to download and verify, every one of the new bundle (files whose hash is
    /// unchanged are served from the device's cache by the service worker, so "every"
    /// costs nothing for them, and the new bundle is complete by construction).
    pub fn files(&self) -> &[FileEntry] {
        match self {
            UpdatePlan::Download(m) => &m.files,
            _ => &[],
        }
    }
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
    fn the_url_tag_is_what_the_app_puts_in_bundle_urls() {
        let a = manifest("aaaa", b"core a");
        let e = &a.files[0];
        assert_eq!(url_tag(e).len(), 16);
        assert!(e.sha256.starts_with(url_tag(e)));
    }
}
