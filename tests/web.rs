//! Component tests in headless Chromium (wasm-bindgen-test): mount the real app, interact,
//! read the DOM. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use guichet::app::App;
use leptos::prelude::Owner;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text(selector: &str) -> String {
    let selector = format!("#app-under-test {selector}");
    let selector = selector.as_str();
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn click(selector: &str) {
    let selector = format!("#app-under-test {selector}");
    let selector = selector.as_str();
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Waits (up to 5 s) until `selector`'s text is `expected`, then asserts it.
async fn wait_text(selector: &str, expected: &str) {
    for _ in 0..100 {
        settle().await;
        if document()
            .query_selector(&format!("#app-under-test {selector}"))
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .is_some_and(|t| t.trim() == expected)
        {
            return;
        }
        sleep(50).await;
    }
    assert_eq!(text(selector), expected);
}

/// A mounted app; dropping it disposes its reactive owner, which removes the router's
/// window listeners so the next test's app is the only one listening.
struct Mounted {
    owner: Owner,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.owner.cleanup();
    }
}

/// Mounts the app in a fresh container with the given query string.
async fn mount(query: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
    let _ = window.local_storage().unwrap().unwrap().clear();
    // The test runner reports through its own elements in <body>: leave them alone.
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let host = document().create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    host.set_id("app-under-test");
    document().body().unwrap().append_child(&host).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(host, App));
    settle().await;
    Mounted { owner, _handle: Box::new(handle) }
}

#[wasm_bindgen_test]
async fn shell_renders_and_language_toggles_without_reload() {
    let _app = mount("?lang=en").await;
    assert_eq!(text("#home-title"), "Find a government service counter near you");
    assert_eq!(text(".skip-link"), "Skip to main content");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert!(document().query_selector("#app-under-test header").unwrap().is_some());
    assert!(document().query_selector("#app-under-test main#main").unwrap().is_some());
    assert!(document().query_selector("#app-under-test footer").unwrap().is_some());

    click(".lang-toggle");
    wait_text("#home-title", "Trouvez un comptoir de services gouvernementaux près de chez vous").await;
    assert_eq!(text(".lang-toggle"), "English");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("lang=fr"), "URL keeps the language: {search}");
    let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("guichet.lang").unwrap();
    assert_eq!(saved.as_deref(), Some("fr"));
}

#[wasm_bindgen_test]
async fn language_toggle_keeps_other_parameters() {
    let _app = mount("?q=K1A+0B1&lang=fr").await;
    assert_eq!(text(".lang-toggle"), "English");
    click(".lang-toggle");
    wait_text("#home-title", "Find a government service counter near you").await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?q=K1A+0B1&lang=en");
}

#[wasm_bindgen_test]
async fn unknown_path_shows_bilingual_not_found() {
    let _app = mount("?lang=fr").await;
    let window = web_sys::window().unwrap();
    window.history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/nowhere?lang=fr")).unwrap();
    window.dispatch_event(&web_sys::Event::new("popstate").unwrap()).unwrap();
    wait_text("#nf-title", "Page introuvable").await;
}
