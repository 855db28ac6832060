//! Messages from a framed Guichet to its host page, and the content height that drives
//! them. Every message goes to one validated origin (`embed::parse_origin`), never to "*".
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The parent window when this page is framed, `None` at top level.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let (own, theirs): (&JsValue, &JsValue) = (window.as_ref(), parent.as_ref());
    (own != theirs).then_some(parent)
}

/// The origin of the page that frames this one, where the browser tells
/// (`location.ancestorOrigins`, Chromium and WebKit); `None` when it does not.
fn ancestor_origin() -> Option<String> {
    let location = web_sys::window()?.location();
    let list = super::property(&location, "ancestorOrigins")?;
    if list.is_undefined() || list.is_null() {
        return None;
    }
    js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)).ok()?.as_string()
}

/// True when messages to `origin` can reach the host: framed, and (where the browser says
/// who the parent is) the parent really is at `origin`. Checking first keeps a wrong
/// `parent` parameter from printing a postMessage error in the console.
pub fn can_post_to(origin: &str) -> bool {
    parent_window().is_some() && ancestor_origin().is_none_or(|a| a == origin)
}

/// Posts `{type: kind, [key]: value}` to the parent window, to `origin` only.
pub fn post(origin: &str, kind: &str, key: &str, value: JsValue) {
    let Some(parent) = parent_window() else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("type"), &JsValue::from_str(kind));
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(key), &value);
    let _ = parent.post_message(&msg, origin);
}

/// Calls `changed(height)` with an element's height (CSS pixels) now and whenever its
/// size changes, until dropped.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightObserver {
    pub fn new(el: &web_sys::Element, mut changed: impl FnMut(f64) + 'static) -> Option<HeightObserver> {
        let target = el.clone();
        let callback = Closure::<dyn FnMut()>::new(move || changed(target.get_bounding_client_rect().height()));
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(HeightObserver { observer, _callback: callback })
    }
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
