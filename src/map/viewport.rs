//! The viewport: what part of the world the map element shows.
use super::projection::{project, world_size, Screen, World};
use crate::domain::geo::LatLon;

/// Zoom limits: all of Canada fits at 2.5 on a phone; 17 is street level.
pub const MIN_ZOOM: f64 = 2.0;
pub const MAX_ZOOM: f64 = 17.0;

/// A change of view the user asks for (a drag, a pinch, the wheel, a key, a button):
/// what [`super::gesture`] and [`super::keys`] turn input into.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Move by screen pixels (dragging right moves the map right).
    Pan { dx: f64, dy: f64 },
    /// Zoom by `by` levels, keeping the point under `at` where it is (`None`: the centre).
    Zoom { at: Option<Screen>, by: f64 },
    /// Back to all of Canada.
    Reset,
}

/// A view: the world point at the centre of the element, the zoom, and the element's size
/// in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub center: World,
    pub zoom: f64,
    pub width: f64,
    pub height: f64,
}

impl Viewport {
    /// Canada, centred, at the zoom that fits the element.
    pub fn canada(width: f64, height: f64) -> Viewport {
        let sw = project(LatLon::new(41.7, -141.0));
        let ne = project(LatLon::new(72.0, -52.6));
        Viewport::fit(World::new(sw.x, ne.y), World::new(ne.x, sw.y), width, height, 16.0)
    }

    /// The view that shows the world box `min`–`max` with `padding` pixels around it.
    ///
    /// ```
    /// use guichet::map::{Viewport, World};
    /// let v = Viewport::fit(World::new(0.25, 0.25), World::new(0.5, 0.5), 512.0, 512.0, 0.0);
    /// assert!((v.zoom - 3.0).abs() < 1e-9);
    /// assert_eq!(v.center, World::new(0.375, 0.375));
    /// ```
    pub fn fit(min: World, max: World, width: f64, height: f64, padding: f64) -> Viewport {
        let (w, h) = ((width - 2.0 * padding).max(1.0), (height - 2.0 * padding).max(1.0));
        let (dx, dy) = ((max.x - min.x).max(1e-9), (max.y - min.y).max(1e-9));
        let zoom = ((w / dx).min(h / dy) / 256.0).log2().clamp(MIN_ZOOM, MAX_ZOOM);
        Viewport { center: World::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0), zoom, width, height }
    }

    /// Pixels per world unit.
    pub fn scale(&self) -> f64 {
        world_size(self.zoom)
    }

    pub fn to_screen(&self, w: World) -> Screen {
        let s = self.scale();
        Screen::new((w.x - self.center.x) * s + self.width / 2.0, (w.y - self.center.y) * s + self.height / 2.0)
    }

    pub fn to_world(&self, p: Screen) -> World {
        let s = self.scale();
        World::new(self.center.x + (p.x - self.width / 2.0) / s, self.center.y + (p.y - self.height / 2.0) / s)
    }

    /// The world box on screen (top-left, bottom-right).
    pub fn bounds(&self) -> (World, World) {
        (self.to_world(Screen::new(0.0, 0.0)), self.to_world(Screen::new(self.width, self.height)))
    }

    /// Moves the view by `dx`, `dy` screen pixels (dragging right moves the map right).
    pub fn pan_by(&mut self, dx: f64, dy: f64) {
        let s = self.scale();
        self.center = World::new(self.center.x - dx / s, self.center.y - dy / s);
        self.clamp();
    }

    /// Zooms to `zoom`, keeping the world point under `anchor` where it is on screen.
    ///
    /// ```
    /// use guichet::map::{Screen, Viewport, World};
    /// let mut v = Viewport { center: World::new(0.3, 0.3), zoom: 4.0, width: 800.0, height: 600.0 };
    /// let anchor = Screen::new(100.0, 450.0);
    /// let under = v.to_world(anchor);
    /// v.zoom_around(anchor, 6.5);
    /// let after = v.to_screen(under);
    /// assert!((after.x - anchor.x).abs() < 1e-6 && (after.y - anchor.y).abs() < 1e-6);
    /// ```
    pub fn zoom_around(&mut self, anchor: Screen, zoom: f64) {
        let under = self.to_world(anchor);
        self.zoom = zoom.clamp(MIN_ZOOM, MAX_ZOOM);
        let s = self.scale();
        self.center =
            World::new(under.x - (anchor.x - self.width / 2.0) / s, under.y - (anchor.y - self.height / 2.0) / s);
        self.clamp();
    }

    /// Zooms by `delta` levels around the element's centre.
    pub fn zoom_by(&mut self, delta: f64) {
        let c = Screen::new(self.width / 2.0, self.height / 2.0);
        self.zoom_around(c, self.zoom + delta);
    }

    /// Keeps the centre over North America so the map cannot be lost off-screen.
    fn clamp(&mut self) {
        let (min, max) = (project(LatLon::new(84.0, -170.0)), project(LatLon::new(35.0, -40.0)));
        self.center = World::new(self.center.x.clamp(min.x, max.x), self.center.y.clamp(min.y, max.y));
    }

    /// Applies a user's change of view.
    ///
    /// ```
    /// use guichet::map::{Action, Viewport};
    /// let v = Viewport::canada(800.0, 600.0);
    /// let mut z = v;
    /// z.apply(Action::Zoom { at: None, by: 1.0 });
    /// assert!((z.zoom - v.zoom - 1.0).abs() < 1e-9);
    /// z.apply(Action::Reset);
    /// assert_eq!(z, v);
    /// ```
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Pan { dx, dy } => self.pan_by(dx, dy),
            Action::Zoom { at: Some(at), by } => self.zoom_around(at, self.zoom + by),
            Action::Zoom { at: None, by } => self.zoom_by(by),
            Action::Reset => *self = Viewport::canada(self.width, self.height),
        }
    }

    /// The view after `action`.
    pub fn after(mut self, action: Action) -> Viewport {
        self.apply(action);
        self
    }

    /// Resizes the element, keeping the centre and zoom.
    pub fn resize(&mut self, width: f64, height: f64) {
        self.width = width.max(1.0);
        self.height = height.max(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_around_keeps_the_anchor_fixed_everywhere() {
        let mut v = Viewport::canada(360.0, 480.0);
        for (i, (x, y)) in [(0.0, 0.0), (359.0, 479.0), (180.0, 240.0), (33.3, 400.1)].into_iter().enumerate() {
            let anchor = Screen::new(x, y);
            let under = v.to_world(anchor);
            v.zoom_around(anchor, 4.0 + i as f64 * 1.5);
            let after = v.to_screen(under);
            assert!((after.x - x).abs() < 1e-6 && (after.y - y).abs() < 1e-6, "{i}");
        }
    }

    #[test]
    fn pan_then_screen_round_trip() {
        let mut v = Viewport::canada(800.0, 600.0);
        let p = World::new(0.29, 0.33);
        let before = v.to_screen(p);
        v.pan_by(25.0, -40.0);
        let after = v.to_screen(p);
        assert!((after.x - before.x - 25.0).abs() < 1e-6 && (after.y - before.y + 40.0).abs() < 1e-6);
        let s = Screen::new(12.5, 99.0);
        let back = v.to_screen(v.to_world(s));
        assert!((back.x - s.x).abs() < 1e-9 && (back.y - s.y).abs() < 1e-9);
    }

    #[test]
    fn canada_fits_a_phone() {
        let v = Viewport::canada(360.0, 420.0);
        assert!(v.zoom >= MIN_ZOOM && v.zoom < 3.0, "{}", v.zoom);
        let (tl, br) = v.bounds();
        let victoria = project(LatLon::new(48.43, -123.37));
        let st_johns = project(LatLon::new(47.56, -52.71));
        for w in [victoria, st_johns] {
            assert!(w.x >= tl.x && w.x <= br.x && w.y >= tl.y && w.y <= br.y);
        }
        let mut z = v;
        z.zoom_by(100.0);
        assert_eq!(z.zoom, MAX_ZOOM);
    }
}
