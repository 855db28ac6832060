//! Browser edges: storage and navigator. Every call degrades quietly when the browser
//! refuses (private mode, sandboxed iframe): the app then behaves as on a first visit.
pub mod caches;
pub mod embed;
pub mod fetch;
pub mod geolocation;
pub mod listen;
pub mod storage;
pub mod sw;

/// Whether the browser believes it is online (`false` is reliable; `true` may still be a
/// dead network).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Asks the browser to keep this site's storage (the offline bundle) under storage
/// pressure. The answer is the browser's; nothing to do either way.
pub fn persist_storage() {
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    let has = js_sys::Reflect::get(&nav, &wasm_bindgen::JsValue::from_str("storage")).is_ok_and(|s| !s.is_undefined());
    if !has {
        return;
    }
    if let Ok(p) = nav.storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

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

/// Saves `text` as a file named `name` (the browser's download), through a blob URL
/// revoked right after: nothing leaves the device.
pub fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoked once the browser has taken the file (a revoke in the same task can cancel
    // the download in some browsers).
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

/// Runs `f` between two performance marks and records a measure named `name`, which
/// in-browser timing scripts read (`performance.getEntriesByName`). Costs two marks.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        p.clear_marks_with_mark_name(&start);
        p.clear_marks_with_mark_name(&end);
    }
    out
}

/// The page's full URL as the browser has it now ("copy link", a navigation's check).
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

/// Whether Guichet runs as an installed app (display mode standalone or fullscreen).
pub fn installed() -> bool {
    media_matches("(display-mode: standalone)") || media_matches("(display-mode: fullscreen)")
}

/// Whether the browser asks to save data: `navigator.connection.saveData` (Save-Data), or a
/// connection it says is cellular. Browsers without the Network Information API say nothing.
pub fn saves_data() -> bool {
    let Some(connection) = web_sys::window().and_then(|w| property(&w.navigator(), "connection")) else {
        return false;
    };
    let save = property(&connection, "saveData").and_then(|v| v.as_bool()).unwrap_or(false);
    let cellular = property(&connection, "type").and_then(|v| v.as_string()).as_deref() == Some("cellular");
    save || cellular
}

/// Whether the CSS media query matches now (false when the browser cannot tell).
pub fn media_matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}

/// Runs `f` after the next frame is painted (an animation frame, then a zero-delay timer):
/// work that can wait a frame stays out of the frame that shows what the user asked for.
/// A page that paints no frames (a hidden tab) runs it after [`AFTER_PAINT_LATEST`].
pub fn after_paint(f: impl FnOnce() + 'static) {
    use leptos::prelude::{request_animation_frame, set_timeout};
    /// The callback, taken by whichever of the two timers comes first.
    type Once = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce()>>>>;
    let once: Once = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f))));
    let run = |once: &Once| {
        if let Some(f) = once.take() {
            f();
        }
    };
    let (a, b) = (once.clone(), once);
    request_animation_frame(move || set_timeout(move || run(&a), std::time::Duration::ZERO));
    set_timeout(move || run(&b), AFTER_PAINT_LATEST);
}

/// The longest [`after_paint`] waits.
pub const AFTER_PAINT_LATEST: std::time::Duration = std::time::Duration::from_millis(100);

/// Resolves in a later task: long start-up work split at these points lets the browser
/// paint and answer input in between (Total Blocking Time). The task is a message on a
/// `MessageChannel`, not a zero-delay timer: browsers hold a timer set from a timer's
/// callback at least 4 ms once five are chained, and the start-up chains dozens.
pub async fn next_task() {
    let Some(w) = web_sys::window() else { return };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if !post_to_self(&resolve) && w.set_timeout_with_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `f` in a task of its own, through a new `MessageChannel`; false where there is
/// none (read through `Reflect`: no web-sys feature needed for two calls).
fn post_to_self(f: &js_sys::Function) -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let function = |v: JsValue| v.dyn_into::<js_sys::Function>().ok();
    let Some(ctor) = property(&js_sys::global(), "MessageChannel").and_then(function) else { return false };
    let Ok(channel) = js_sys::Reflect::construct(&ctor, &js_sys::Array::new()) else { return false };
    let (Some(port1), Some(port2)) = (property(&channel, "port1"), property(&channel, "port2")) else { return false };
    let Some(post) = property(&port2, "postMessage").and_then(function) else { return false };
    js_sys::Reflect::set(&port1, &JsValue::from_str("onmessage"), f).is_ok()
        && post.call1(&port2, &JsValue::NULL).is_ok()
}

/// `from[key]`, for what web-sys has no binding for (or one behind a feature not enabled).
pub fn property(from: &wasm_bindgen::JsValue, key: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(from, &wasm_bindgen::JsValue::from_str(key)).ok()
}

/// A copy of what `source` reads that takes each new value after the next paint (the first
/// at once): what follows it stays out of the frame that shows the change itself.
pub fn after_paint_copy<T: Send + Sync + 'static>(
    source: impl Fn() -> T + Send + Sync + 'static,
) -> leptos::prelude::ReadSignal<T> {
    use leptos::prelude::*;
    let (copy, set_copy) = signal(untrack(&source));
    Effect::new(move |prev: Option<()>| {
        let value = source();
        if prev.is_some() {
            after_paint(move || {
                set_copy.try_set(value);
            });
        }
    });
    copy
}
