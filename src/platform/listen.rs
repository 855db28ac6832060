//! Event listeners that remove themselves: [`listen`] returns a [`Listener`] whose drop
//! removes the listener and frees its closure, and [`Listener::until_cleanup`] ties that
//! to the current reactive owner (a component, an effect). Nothing is `forget()`-ed.
use leptos::prelude::{on_cleanup, Dispose, LocalStorage, StoredValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A listener on `target`, removed when dropped.
#[must_use = "dropping a Listener removes it"]
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Keeps the listener until the current reactive owner is cleaned up (the component
    /// unmounted, the effect run again).
    pub fn until_cleanup(self) {
        let kept: StoredValue<Listener, LocalStorage> = StoredValue::new_local(self);
        on_cleanup(move || kept.dispose());
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
    }
}

/// Listens to `event` on `target` with the browser's default options (passive where the
/// browser makes it so: touch and wheel events on the window or the document).
pub fn listen<E: JsCast>(
    target: &web_sys::EventTarget,
    event: &'static str,
    mut f: impl FnMut(E) + 'static,
) -> Listener {
    add(target, event, None, Box::new(move |ev: web_sys::Event| f(ev.unchecked_into())))
}

/// Listens to `event` on `target` with a listener that may cancel the event's default
/// action (`passive: false`): a wheel that zooms the map instead of scrolling the page.
pub fn listen_active<E: JsCast>(
    target: &web_sys::EventTarget,
    event: &'static str,
    mut f: impl FnMut(E) + 'static,
) -> Listener {
    add(target, event, Some(false), Box::new(move |ev: web_sys::Event| f(ev.unchecked_into())))
}

/// One non-generic body for every event type.
fn add(
    target: &web_sys::EventTarget,
    event: &'static str,
    passive: Option<bool>,
    f: Box<dyn FnMut(web_sys::Event)>,
) -> Listener {
    let callback = Closure::wrap(f);
    let function = callback.as_ref().unchecked_ref();
    let _ = match passive {
        Some(p) => {
            let options = web_sys::AddEventListenerOptions::new();
            options.set_passive(p);
            target.add_event_listener_with_callback_and_add_event_listener_options(event, function, &options)
        }
        None => target.add_event_listener_with_callback(event, function),
    };
    Listener { target: target.clone(), event, callback }
}
