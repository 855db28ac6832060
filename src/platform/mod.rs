//! Browser edges: storage and navigator. Every call degrades quietly when the browser
//! refuses (private mode, sandboxed iframe): the app then behaves as on a first visit.
pub mod embed;
pub mod fetch;
pub mod geolocation;
pub mod storage;

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let nav = window.navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Milliseconds since the Unix epoch (the device clock).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Copies `text` to the clipboard; `done(true)` on success.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The page's full URL (for "copy link").
pub fn current_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// True when the event's target is a link or inside one.
pub fn inside_link(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a").ok().flatten())
        .is_some()
}
