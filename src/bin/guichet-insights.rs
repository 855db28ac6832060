//! Entry point of the insights app (`insights.html`): the whole app plus the network
//! insights page, for the working group. A module of its own: the citizen's app
//! (`src/main.rs`) never references the insights page, so its code stays out of it.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    guichet::app::start_insights();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("guichet-insights is a web app: build it with `trunk build --release insights.html` (see README.md).");
}
