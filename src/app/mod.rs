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
// The message ids of domain values (`describe::labels`, pure and tested natively).
pub use crate::describe::labels;
pub mod offline;
mod pages;
pub mod services;
mod shell;
mod stage;

pub use i18n::{t, use_locale, LocaleCtx};

/// Mounts the app on `<body>`.
pub fn start() {
    boot(|| leptos::mount::mount_to_body(App));
}

/// Mounts the insights app (the app plus `/insights`) on `<body>`.
pub fn start_insights() {
    crate::i18n::use_insights_messages();
    boot(|| leptos::mount::mount_to_body(InsightsApp));
}

/// Asks for the bundle's manifest, then mounts the app in a task of its own: instantiating
/// the module (which compiles what it runs) and the first render are two pieces of work the
/// browser can paint and answer input between. The render itself comes in steps
/// ([`stage`]), which remove the static page of `index.html` when the page is in place.
fn boot(mount: fn()) {
    data::request_manifest_early();
    wasm_bindgen_futures::spawn_local(async move {
        crate::platform::next_task().await;
        i18n::warm_up();
        crate::platform::next_task().await;
        stage::stage_next_start();
        mount();
    });
}

/// The insights page, for the insights app only: a function the shell calls, which the
/// citizen's app never names (so its module does not contain it).
fn insights_page() -> AnyView {
    view! { <pages::InsightsPage/> }.into_any()
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

/// The insights app: the same shell, with the insights page.
#[component]
pub fn InsightsApp() -> impl IntoView {
    view! {
        <Router>
            <shell::Shell preloaded=None insights=insights_page/>
        </Router>
    }
}

/// The insights app with an already-loaded bundle (component tests).
#[component]
pub fn InsightsAppWithData(data: std::sync::Arc<data::Data>) -> impl IntoView {
    view! {
        <Router>
            <shell::Shell preloaded=Some(data) insights=insights_page/>
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
