//! Guichet: find the nearest in-person public service point in Canada.
//!
//! Pure modules (`domain`, `bundle`, `map`, `i18n`, `nav`, `kiosk`, `qr`, `describe`) compile and are tested natively;
//! `app` and `platform` are the thin browser shell (wasm32 only); `pipeline` is the native
//! data pipeline behind the `pipeline` feature.
pub mod bundle;
pub mod describe;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod kiosk;
pub mod map;
pub mod nav;
pub mod qr;

#[cfg(feature = "pipeline")]
pub mod pipeline;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod platform;
