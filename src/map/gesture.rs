//! Pointer and wheel input as view changes, with no DOM: the map's input handlers
//! (`app::components::map::input`) pass positions in the map element's pixels and apply
//! the [`Action`] that comes back.
//!
//! - one pointer down and moving: a pan by its movement;
//! - two pointers: a pinch, zooming by the change of their distance (twice as far apart,
//!   one level in) around their midpoint;
//! - the wheel: a zoom around the pointer, 300 pixels of scrolling for one level, at most
//!   one level per event;
//! - a double click: one level in around the pointer.
use super::projection::Screen;
use super::viewport::Action;

/// Wheel pixels for one zoom level.
const WHEEL_PX_PER_LEVEL: f64 = 300.0;
/// Pixels of one wheel "line" (`deltaMode` 1, Firefox's mouse wheel).
const WHEEL_LINE_PX: f64 = 16.0;

/// The pointers pressed on the map, by pointer id, at their last known position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pointers {
    down: Vec<(i32, Screen)>,
}

impl Pointers {
    /// A pointer pressed at `at`. A mouse counts only with its main button (`button` 0):
    /// the others open menus or scroll.
    pub fn press(&mut self, id: i32, at: Screen, mouse: bool, button: i16) {
        if mouse && button != 0 {
            return;
        }
        self.set(id, at);
    }

    /// A pointer released or cancelled.
    pub fn release(&mut self, id: i32) {
        self.down.retain(|(i, _)| *i != id);
    }

    /// How many pointers are down.
    pub fn count(&self) -> usize {
        self.down.len()
    }

    /// A pointer moved to `at`. With one pointer down the map follows it ([`Action::Pan`],
    /// none when it did not move); with two, a pinch ([`Action::Zoom`] around their
    /// midpoint). A pointer not pressed on the map, or a third one, changes nothing.
    pub fn moved(&mut self, id: i32, at: Screen) -> Option<Action> {
        let before = self.position(id)?;
        let action = match self.down.len() {
            1 => {
                let (dx, dy) = (at.x - before.x, at.y - before.y);
                (dx.abs() + dy.abs() > 0.0).then_some(Action::Pan { dx, dy })
            }
            2 => {
                let other = self.down.iter().find(|(i, _)| *i != id).map_or(before, |(_, s)| *s);
                Some(pinch(before, at, other))
            }
            _ => None,
        };
        self.set(id, at);
        action
    }

    fn position(&self, id: i32) -> Option<Screen> {
        self.down.iter().find(|(i, _)| *i == id).map(|(_, s)| *s)
    }

    fn set(&mut self, id: i32, at: Screen) {
        match self.down.iter_mut().find(|(i, _)| *i == id) {
            Some(p) => p.1 = at,
            None => self.down.push((id, at)),
        }
    }
}

fn distance(a: Screen, b: Screen) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// One finger moved from `before` to `now` while the other stays at `other`.
fn pinch(before: Screen, now: Screen, other: Screen) -> Action {
    let d0 = distance(before, other).max(1.0);
    let d1 = distance(now, other).max(1.0);
    let mid = Screen::new((now.x + other.x) / 2.0, (now.y + other.y) / 2.0);
    Action::Zoom { at: Some(mid), by: (d1 / d0).log2() }
}

/// A wheel event at `at`: `delta_y` in pixels, or in lines when `delta_mode` is 1.
/// Scrolling down zooms out.
pub fn wheel(at: Screen, delta_y: f64, delta_mode: u32) -> Action {
    let px = if delta_mode == 1 { delta_y * WHEEL_LINE_PX } else { delta_y };
    Action::Zoom { at: Some(at), by: (-px / WHEEL_PX_PER_LEVEL).clamp(-1.0, 1.0) }
}

/// A double click at `at`: one level in around it.
pub fn double_click(at: Screen) -> Action {
    Action::Zoom { at: Some(at), by: 1.0 }
}

// Native only: proptest is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::map::{Viewport, World};
    use proptest::prelude::*;

    fn close(a: Screen, b: Screen) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn a_drag_keeps_the_grabbed_place_under_the_pointer() {
        let mut v = Viewport::canada(800.0, 600.0);
        let mut p = Pointers::default();
        let start = Screen::new(300.0, 200.0);
        let grabbed = v.to_world(start);
        p.press(1, start, true, 0);
        for at in [Screen::new(310.0, 190.0), Screen::new(250.0, 260.0), Screen::new(251.5, 260.0)] {
            let a = p.moved(1, at).expect("a pan");
            v.apply(a);
            assert!(close(v.to_screen(grabbed), at), "{at:?}");
        }
        // Not moving is not a pan.
        assert_eq!(p.moved(1, Screen::new(251.5, 260.0)), None);
    }

    #[test]
    fn a_pinch_zooms_by_the_change_of_distance_around_the_midpoint() {
        let mut p = Pointers::default();
        p.press(1, Screen::new(100.0, 100.0), false, 0);
        p.press(2, Screen::new(200.0, 100.0), false, 0);
        // Twice as far apart: one level in, around the new midpoint.
        assert_eq!(
            p.moved(2, Screen::new(300.0, 100.0)),
            Some(Action::Zoom { at: Some(Screen::new(200.0, 100.0)), by: 1.0 })
        );
        // Back to the first distance: one level out.
        let Some(Action::Zoom { by, .. }) = p.moved(1, Screen::new(200.0, 100.0)) else { panic!("a zoom") };
        assert!((by + 1.0).abs() < 1e-12);
        // The place under the midpoint stays there.
        let mut v = Viewport { center: World::new(0.3, 0.3), zoom: 5.0, width: 800.0, height: 600.0 };
        let a = p.moved(1, Screen::new(150.0, 100.0)).unwrap();
        let Action::Zoom { at: Some(mid), .. } = a else { panic!("a zoom around a point") };
        let under = v.to_world(mid);
        v.apply(a);
        assert!(close(v.to_screen(under), mid));
    }

    #[test]
    fn unknown_third_and_secondary_pointers_change_nothing() {
        let mut p = Pointers::default();
        assert_eq!(p.moved(7, Screen::new(1.0, 1.0)), None);
        p.press(1, Screen::new(0.0, 0.0), true, 2);
        assert_eq!(p.count(), 0, "a right click is not a drag");
        for id in 1..=3 {
            p.press(id, Screen::new(f64::from(id) * 10.0, 0.0), false, 0);
        }
        assert_eq!(p.moved(2, Screen::new(50.0, 50.0)), None);
        p.release(3);
        assert!(matches!(p.moved(2, Screen::new(60.0, 50.0)), Some(Action::Zoom { .. })));
        p.release(1);
        p.release(2);
        assert_eq!(p.count(), 0);
        assert_eq!(p.moved(2, Screen::new(0.0, 0.0)), None);
    }

    #[test]
    fn the_wheel_zooms_a_third_of_a_level_per_notch_at_most_one() {
        let at = Screen::new(5.0, 6.0);
        let by = |a: Action| match a {
            Action::Zoom { at: Some(p), by } if p == at => by,
            other => panic!("{other:?}"),
        };
        assert!((by(wheel(at, 100.0, 0)) + 1.0 / 3.0).abs() < 1e-12);
        assert!((by(wheel(at, -3.0, 1)) - 0.16).abs() < 1e-12);
        assert_eq!(by(wheel(at, -5000.0, 0)), 1.0);
        assert_eq!(by(wheel(at, 5000.0, 0)), -1.0);
        assert_eq!(double_click(at), Action::Zoom { at: Some(at), by: 1.0 });
    }

    proptest! {
        /// However a single pointer wanders, the view ends up moved by where it ended
        /// minus where it started (while the view stays within its limits).
        #[test]
        fn drags_add_up(steps in proptest::collection::vec((-20.0f64..20.0, -20.0f64..20.0), 1..30)) {
            let start = Screen::new(400.0, 300.0);
            let mut v = Viewport { center: World::new(0.28, 0.33), zoom: 6.0, width: 800.0, height: 600.0 };
            let grabbed = v.to_world(start);
            let mut p = Pointers::default();
            p.press(4, start, true, 0);
            let mut at = start;
            for (dx, dy) in steps {
                at = Screen::new(at.x + dx, at.y + dy);
                if let Some(a) = p.moved(4, at) {
                    v.apply(a);
                }
            }
            prop_assert!(close(v.to_screen(grabbed), at));
        }
    }
}
