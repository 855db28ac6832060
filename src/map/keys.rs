//! Keys on the map as view changes, with no DOM: the map's key handler applies what
//! [`action`] returns and lets every other key through.
//!
//! Arrows pan by [`PAN_STEP`] pixels (ArrowLeft brings what lies to the left into view),
//! `+`/`=` zoom in, `-`/`_` zoom out (one level around the centre), `0` shows all of
//! Canada. Enter and Space activate a focused marker or cluster, like a button.
use super::viewport::Action;

/// Keyboard pan step, in pixels.
pub const PAN_STEP: f64 = 80.0;

/// The view change of `key` (a `KeyboardEvent.key`), if it has one.
pub fn action(key: &str) -> Option<Action> {
    let pan = |dx, dy| Some(Action::Pan { dx, dy });
    match key {
        "ArrowLeft" => pan(PAN_STEP, 0.0),
        "ArrowRight" => pan(-PAN_STEP, 0.0),
        "ArrowUp" => pan(0.0, PAN_STEP),
        "ArrowDown" => pan(0.0, -PAN_STEP),
        "+" | "=" => Some(Action::Zoom { at: None, by: 1.0 }),
        "-" | "_" => Some(Action::Zoom { at: None, by: -1.0 }),
        "0" => Some(Action::Reset),
        _ => None,
    }
}

/// True for the keys that activate a focused marker or cluster.
pub fn activates(key: &str) -> bool {
    key == "Enter" || key == " "
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{Screen, Viewport, World};

    #[test]
    fn arrows_bring_that_side_into_view() {
        let v = Viewport { center: World::new(0.28, 0.33), zoom: 6.0, width: 800.0, height: 600.0 };
        let centre = Screen::new(400.0, 300.0);
        // After ArrowLeft, the place that was PAN_STEP left of the centre is at the centre.
        for (key, (dx, dy)) in [
            ("ArrowLeft", (-1.0, 0.0)),
            ("ArrowRight", (1.0, 0.0)),
            ("ArrowUp", (0.0, -1.0)),
            ("ArrowDown", (0.0, 1.0)),
        ] {
            let seen = v.to_world(Screen::new(centre.x + dx * PAN_STEP, centre.y + dy * PAN_STEP));
            let after = v.after(action(key).unwrap()).to_screen(seen);
            assert!((after.x - centre.x).abs() < 1e-6 && (after.y - centre.y).abs() < 1e-6, "{key}");
        }
    }

    #[test]
    fn zoom_and_reset_keys() {
        let v = Viewport { center: World::new(0.28, 0.33), zoom: 6.0, width: 800.0, height: 600.0 };
        for (key, zoom) in [("+", 7.0), ("=", 7.0), ("-", 5.0), ("_", 5.0)] {
            let z = v.after(action(key).unwrap());
            assert_eq!((z.zoom, z.center), (zoom, v.center), "{key}");
        }
        assert_eq!(v.after(action("0").unwrap()), Viewport::canada(800.0, 600.0));
        for other in ["a", "Enter", " ", "Tab", "Escape", "1", ""] {
            assert_eq!(action(other), None, "{other:?}");
        }
        assert!(activates("Enter") && activates(" ") && !activates("a") && !activates("Spacebar"));
    }
}
