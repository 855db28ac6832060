//! The service worker (`public/sw.js`): registration, hearing about a new build, and
//! reloading into it only when asked. Does nothing where service workers are unavailable
//! (insecure origin, old browser) or in a dev build (no `<meta name="guichet-build">`,
//! which the Trunk hook writes into release builds only).
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the user asked for the new version: the next controller change reloads.
    static RELOAD_TO: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether a worker controlled the page before the last controller change.
    static CONTROLLED: Cell<bool> = const { Cell::new(false) };
}

/// What the worker tells the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwEvent {
    /// A new build is installed and waiting (or another tab already switched to it).
    UpdateWaiting,
    /// A new build failed to install (its bundle did not verify, a file was missing): this
    /// version stays.
    UpdateFailed,
}

/// The build id of this page (`None` in dev builds).
pub fn build_id() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector("meta[name=\"guichet-build\"]").ok().flatten()?;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    let sw = super::property(&nav, "serviceWorker")?;
    if sw.is_undefined() || sw.is_null() {
        return None;
    }
    sw.dyn_into().ok()
}

/// Whether a service worker answers this page's requests.
pub fn controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

fn reload_to(url: Option<&str>) {
    let Some(w) = web_sys::window() else { return };
    let _ = match url {
        Some(u) => w.location().replace(u),
        None => w.location().reload(),
    };
}

/// Registers `/sw.js` (release builds only) and reports updates to `notify`.
pub fn register(notify: impl Fn(SwEvent) + 'static) {
    let Some(c) = container() else { return };
    if build_id().is_none() {
        return;
    }
    let notify: Rc<dyn Fn(SwEvent)> = Rc::new(notify);
    CONTROLLED.set(c.controller().is_some());
    {
        let notify = notify.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            let was = CONTROLLED.replace(true);
            if let Some(target) = RELOAD_TO.with(|r| r.borrow_mut().take()) {
                reload_to((!target.is_empty()).then_some(target.as_str()));
            } else if was {
                // Another tab switched to the new build: this page still runs the old one.
                notify(SwEvent::UpdateWaiting);
            }
        });
        c.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }
    let promise = c.register("/sw.js");
    spawn_local(async move {
        // Refused (blocked by the browser or a policy): the app works online as before.
        let Ok(reg) = JsFuture::from(promise).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        if controlled() && reg.waiting().is_some() {
            notify(SwEvent::UpdateWaiting);
        }
        if let Some(w) = reg.installing() {
            watch(w, notify.clone());
        }
        let on_found = {
            let reg = reg.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Some(w) = reg.installing() {
                    watch(w, notify.clone());
                }
            })
        };
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Follows an installing worker. Only updates matter: the first install of a page that no
/// worker controls yet simply takes over.
fn watch(worker: ServiceWorker, notify: Rc<dyn Fn(SwEvent)>) {
    let installed = Rc::new(Cell::new(false));
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || match w.state() {
        ServiceWorkerState::Installed => {
            installed.set(true);
            if controlled() {
                notify(SwEvent::UpdateWaiting);
            }
        }
        ServiceWorkerState::Redundant if !installed.get() && controlled() => notify(SwEvent::UpdateFailed),
        _ => {}
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Asks the browser to look for a new build now (quietly: offline, it just fails).
pub fn check_for_update() {
    let Some(reg) = REGISTRATION.with(|r| r.borrow().clone()) else { return };
    if let Ok(p) = reg.update() {
        spawn_local(async move {
            let _ = JsFuture::from(p).await;
        });
    }
}

/// Reloads into the new version, at `url` (or the current page): a waiting worker is
/// activated first and the reload follows its taking control.
pub fn apply_update(url: Option<&str>) {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    let Some(worker) = waiting.filter(|_| controlled()) else {
        reload_to(url);
        return;
    };
    RELOAD_TO.with(|r| *r.borrow_mut() = Some(url.unwrap_or_default().to_owned()));
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("type"), &JsValue::from_str("skip-waiting"));
    if worker.post_message(&msg).is_err() {
        reload_to(url);
        return;
    }
    // Should the worker never take over, reload anyway after a few seconds.
    let fallback = url.map(str::to_owned);
    leptos::prelude::set_timeout(
        move || {
            if RELOAD_TO.with(|r| r.borrow_mut().take()).is_some() {
                reload_to(fallback.as_deref());
            }
        },
        std::time::Duration::from_secs(4),
    );
}
