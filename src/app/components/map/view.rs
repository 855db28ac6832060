//! The map's state, shared by its layers, controls and input: the viewport, whether an
//! animation or a gesture is moving it, the zoom markers and labels are laid out at, and
//! whether the element is shown and measured.
use leptos::html;
use leptos::prelude::*;

use crate::map::projection::world_size;
use crate::map::scene::overlay_transform;
use crate::map::{Action, Viewport, World};

/// How long a flight lasts, ms.
const FLIGHT_MS: f64 = 250.0;
/// How long wheel and pinch steps may pause before the layers are laid out again.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(160);

fn reduced_motion() -> bool {
    crate::platform::media_matches("(prefers-reduced-motion: reduce)")
}

/// The map's state (a copyable handle).
#[derive(Clone, Copy)]
pub struct MapState {
    pub viewport: RwSignal<Viewport>,
    /// The view's zoom, notifying only when it changes.
    pub zoom: Memo<f64>,
    /// The zoom markers and labels are laid out at: the view's, except while a flight or
    /// a gesture moves the view (they are then scaled, not laid out again).
    pub layout_zoom: RwSignal<f64>,
    /// True while a flight or a gesture moves the view.
    moving: RwSignal<bool>,
    /// The current wheel or pinch gesture (each step starts a new count).
    gesture: StoredValue<u32>,
    /// False while the map is hidden (the list tab on a narrow screen): nothing of the map
    /// is drawn then, so searching does not pay for it.
    pub shown: RwSignal<bool>,
    /// True once the element has been measured (the view fits its real size).
    pub sized: RwSignal<bool>,
}

impl MapState {
    pub fn new(viewport: Viewport) -> MapState {
        let viewport = RwSignal::new(viewport);
        let zoom = Memo::new(move |_| viewport.get().zoom);
        let moving = RwSignal::new(false);
        let layout_zoom = RwSignal::new(viewport.get_untracked().zoom);
        Effect::new(move |_| {
            let z = zoom.get();
            if !moving.get() && layout_zoom.get_untracked() != z {
                layout_zoom.set(z);
            }
        });
        let (shown, sized) = (RwSignal::new(false), RwSignal::new(false));
        MapState { viewport, zoom, layout_zoom, moving, gesture: StoredValue::new(0), shown, sized }
    }

    /// A map that shows `viewport` and nothing moves (the insights' maps).
    pub fn fixed(viewport: Viewport) -> MapState {
        let map = MapState::new(viewport);
        map.shown.set(true);
        map.sized.set(true);
        map
    }

    /// Pixels per world unit at the layout zoom: where the overlay's layers put things.
    pub fn layout_scale(self) -> f64 {
        world_size(self.layout_zoom.get())
    }

    /// A world position in the overlay's coordinates, as an SVG `translate`.
    pub fn place(self, w: World) -> String {
        let s = self.layout_scale();
        format!("translate({:.1} {:.1})", w.x * s, w.y * s)
    }

    /// The overlay's transform (see [`overlay_transform`]).
    pub fn overlay_transform(self) -> String {
        overlay_transform(&self.viewport.get(), self.layout_zoom.get())
    }

    /// Applies a user's change of view at once.
    pub fn apply(self, action: Action) {
        self.viewport.update(|v| v.apply(action));
    }

    /// Applies a wheel or pinch step: the layers are laid out again once the steps pause.
    pub fn step(self, action: Action) {
        self.moving.set(true);
        self.gesture.update_value(|g| *g += 1);
        let mine = self.gesture.get_value();
        let (gesture, moving) = (self.gesture, self.moving);
        set_timeout(
            move || {
                // The map may be gone by then (try_: no panic on a disposed value).
                if gesture.try_get_value() == Some(mine) {
                    moving.set(false);
                }
            },
            SETTLE,
        );
        self.apply(action);
    }

    /// Flies to the view after `action`.
    pub fn fly_by(self, action: Action) {
        self.fly(self.viewport.get_untracked().after(action));
    }

    /// Moves the view to `to`: animated over 250 ms unless the user prefers reduced motion.
    pub fn fly(self, to: Viewport) {
        if reduced_motion() {
            self.viewport.set(to);
            return;
        }
        let from = self.viewport.get_untracked();
        self.moving.set(true);
        self.flight_step(from, to, js_sys::Date::now());
    }

    fn flight_step(self, from: Viewport, to: Viewport, start: f64) {
        let t = ((js_sys::Date::now() - start) / FLIGHT_MS).min(1.0);
        let e = 1.0 - (1.0 - t).powi(3);
        let lerp = |a: f64, b: f64| a + (b - a) * e;
        self.viewport.set(Viewport {
            center: World::new(lerp(from.center.x, to.center.x), lerp(from.center.y, to.center.y)),
            zoom: lerp(from.zoom, to.zoom),
            width: to.width,
            height: to.height,
        });
        if t < 1.0 {
            request_animation_frame(move || self.flight_step(from, to, start));
        } else {
            self.moving.set(false);
        }
    }

    /// Reads the element's size: shown or hidden, and the view resized (fitted to Canada
    /// the first time). Only changes notify: a search re-measures, and must not rebuild
    /// the basemap. The map may be gone by then (a frame after a resize): nothing is read.
    pub fn measure(self, host: NodeRef<html::Div>) {
        let Some(el) = host.try_get_untracked().flatten() else { return };
        let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
        let visible = w > 0.0 && h > 0.0;
        if self.shown.try_get_untracked() != Some(visible) {
            self.shown.set(visible);
        }
        if !visible {
            return;
        }
        let first = !self.sized.try_get_untracked().unwrap_or(true);
        self.viewport.maybe_update(|v| {
            if first {
                *v = Viewport::canada(w, h);
                true
            } else if (v.width, v.height) != (w, h) {
                v.resize(w, h);
                true
            } else {
                false
            }
        });
        if first {
            self.sized.set(true);
        }
    }
}
