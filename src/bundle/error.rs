//! Why loading the bundle failed: each case gets its own bilingual message in the app.
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not complete (offline, DNS, CORS...).
    Network(String),
    /// Offline, and this optional file was never saved on the device (a view never used).
    NotOnDevice { file: String },
    /// The server answered with an error status.
    Http { file: String, status: u16 },
    /// The file's size or sha-256 differs from the manifest's.
    HashMismatch { file: String },
    /// The bundle was built for another schema version than this app knows.
    Schema { found: u32, expected: u32 },
    /// The bytes are not a valid bundle file.
    Decode(String),
}

impl LoadError {
    /// Message id in `locales/*/data.ftl`.
    pub const fn message_id(&self) -> &'static str {
        match self {
            LoadError::Network(_) => "load-error-network",
            LoadError::NotOnDevice { .. } => "load-error-not-saved",
            LoadError::Http { .. } => "load-error-http",
            LoadError::HashMismatch { .. } => "load-error-hash",
            LoadError::Schema { .. } => "load-error-schema",
            LoadError::Decode(_) => "load-error-decode",
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "network error: {e}"),
            LoadError::NotOnDevice { file } => write!(f, "{file}: offline, and not saved on this device"),
            LoadError::Http { file, status } => write!(f, "{file}: HTTP {status}"),
            LoadError::HashMismatch { file } => write!(f, "{file}: sha-256 mismatch"),
            LoadError::Schema { found, expected } => write!(f, "bundle schema {found}, app expects {expected}"),
            LoadError::Decode(e) => write!(f, "cannot decode bundle: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}
