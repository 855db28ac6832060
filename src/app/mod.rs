//! The Leptos shell (wasm32 only): it wires the pure modules to the DOM and nothing more.
use leptos::prelude::*;
use leptos_router::components::Router;

mod components;
pub mod config;
pub mod data;
mod embed;
pub mod finder;
mod i18n;
pub mod kiosk;
mod labels;
pub mod offline;
mod pages;
pub mod services;
mod shell;

pub use i18n::{t, use_locale, LocaleCtx};

/// Mounts the app on `<body>`.
pub fn start() {
    data::request_manifest_early();
    // The static page of index.html goes in the same task as the first render: no blank
    // frame in between.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// The whole app: router, locale, shell and the current page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <shell::Shell preloaded=None/>
        </Router>
    }
}

/// The app with an already-loaded bundle (component tests: no network).
#[component]
pub fn AppWithData(data: std::sync::Arc<data::Data>) -> impl IntoView {
    view! {
        <Router>
            <shell::Shell preloaded=Some(data)/>
        </Router>
    }
}
