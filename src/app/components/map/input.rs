//! The map's element and its input: pointers (drag, pinch), the wheel, double click and
//! keys, each turned into a view change by the pure `map::gesture` and `map::keys`.
use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;

use super::view::MapState;
use crate::app::i18n::t;
use crate::map::gesture::{self, Pointers};
use crate::map::{keys, Action, Screen};
use crate::platform::listen::listen_active;

/// Where a client position falls in the element, in its pixels.
fn local(host: NodeRef<html::Div>, client_x: i32, client_y: i32) -> Screen {
    host.get_untracked()
        .map(|el| {
            let r = el.get_bounding_client_rect();
            Screen::new(f64::from(client_x) - r.left(), f64::from(client_y) - r.top())
        })
        .unwrap_or_default()
}

/// The map's focusable element (`role="application"`: it takes the arrow keys), with its
/// input handlers, showing `content` (the SVG, the controls).
pub fn canvas(map: MapState, host: NodeRef<html::Div>, content: impl IntoView + 'static) -> impl IntoView {
    let pointers: StoredValue<Pointers, LocalStorage> = StoredValue::new_local(Pointers::default());
    let on_down = move |ev: PointerEvent| {
        let at = local(host, ev.client_x(), ev.client_y());
        pointers.update_value(|p| p.press(ev.pointer_id(), at, ev.pointer_type() == "mouse", ev.button()));
    };
    let on_move = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        let at = local(host, ev.client_x(), ev.client_y());
        match pointers.try_update_value(|p| p.moved(id, at)).flatten() {
            Some(pan @ Action::Pan { .. }) => {
                // A drag keeps the pointer even when it leaves the element.
                if let Some(el) = host.get_untracked() {
                    let _ = el.set_pointer_capture(id);
                }
                map.apply(pan);
            }
            Some(pinch) => map.step(pinch),
            None => {}
        }
    };
    let on_up = move |ev: PointerEvent| pointers.update_value(|p| p.release(ev.pointer_id()));
    let on_dblclick = move |ev: MouseEvent| {
        ev.prevent_default();
        map.fly_by(gesture::double_click(local(host, ev.client_x(), ev.client_y())));
    };
    let on_key = move |ev: KeyboardEvent| {
        if let Some(action) = keys::action(&ev.key()) {
            ev.prevent_default();
            map.apply(action);
        }
    };
    // The wheel needs a listener that may cancel scrolling the page: not what `on:` adds.
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        listen_active(&el, "wheel", move |ev: web_sys::WheelEvent| {
            ev.prevent_default();
            let at = local(host, ev.client_x(), ev.client_y());
            map.step(gesture::wheel(at, ev.delta_y(), ev.delta_mode()));
        })
        .until_cleanup();
    });
    view! {
        <div
            class="map__canvas"
            node_ref=host
            tabindex="0"
            role="application"
            aria-roledescription="map"
            aria-label=t("map-label")
            aria-describedby="map-help"
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:dblclick=on_dblclick
            on:keydown=on_key
            data-zoom=move || format!("{:.2}", map.zoom.get())
        >
            {content}
        </div>
    }
}
