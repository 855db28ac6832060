//! The SVG scene: basemap paths built once per level of detail in fixed "map units", and
//! the transform that places them for a viewport, so panning and zooming only change one
//! `transform` attribute instead of every path.
use std::fmt::Write;

use super::projection::{project, world_size, World};
use super::viewport::Viewport;
use crate::domain::basemap::{Basemap, Polygon};
use crate::domain::model::Province;

/// Map units per world unit in path data: 2^20, so one unit is about 38 m at the equator,
/// finer than the basemap's own precision.
pub const UNITS: f64 = 1_048_576.0;

/// One level of detail as SVG path data.
#[derive(Debug, Clone, PartialEq)]
pub struct LodPaths {
    pub min_zoom: u8,
    /// One path per province or territory (holes drawn with the even-odd rule).
    pub areas: Vec<(Province, String)>,
    /// All lakes in one path.
    pub lakes: String,
}

/// The basemap in path data, every level of detail.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BasemapPaths {
    pub lods: Vec<LodPaths>,
}

fn push_polygon(out: &mut String, poly: &Polygon) {
    for ring in &poly.rings {
        let mut prev: Option<(i64, i64)> = None;
        for p in &ring.0 {
            let w = project(*p);
            let (x, y) = ((w.x * UNITS).round() as i64, (w.y * UNITS).round() as i64);
            match prev {
                None => {
                    let _ = write!(out, "M{x} {y}");
                }
                Some((px, py)) => {
                    let (dx, dy) = (x - px, y - py);
                    if dx == 0 && dy == 0 {
                        continue;
                    }
                    let _ = write!(out, "l{dx} {dy}");
                }
            }
            prev = Some((x, y));
        }
        if prev.is_some() {
            out.push('z');
        }
    }
}

/// Path data of polygons in map units (relative commands keep it short).
///
/// ```
/// use guichet::domain::basemap::{Polygon, Ring};
/// use guichet::domain::geo::LatLon;
/// use guichet::map::scene::path;
/// let square = Polygon { rings: vec![Ring(vec![
///     LatLon::new(0.0, 0.0), LatLon::new(0.0, 90.0), LatLon::new(-45.0, 90.0),
/// ])] };
/// assert_eq!(path(&[square]), "M524288 524288l262144 0l0 147089z");
/// ```
pub fn path(polygons: &[Polygon]) -> String {
    let mut s = String::new();
    for p in polygons {
        push_polygon(&mut s, p);
    }
    s
}

impl BasemapPaths {
    pub fn new(b: &Basemap) -> BasemapPaths {
        let lods = b
            .lods
            .iter()
            .map(|lod| LodPaths {
                min_zoom: lod.min_zoom,
                areas: lod.areas.iter().map(|a| (a.province, path(&a.polygons))).collect(),
                lakes: path(&lod.lakes),
            })
            .collect();
        BasemapPaths { lods }
    }

    /// The level of detail to draw at `zoom`: the last whose `min_zoom` is ≤ zoom.
    pub fn lod_for(&self, zoom: f64) -> Option<&LodPaths> {
        self.lods.get(self.lod_index(zoom))
    }

    /// The index of [`BasemapPaths::lod_for`]'s level (0, the coarsest, below every
    /// `min_zoom` or when there is none).
    pub fn lod_index(&self, zoom: f64) -> usize {
        self.lods.iter().rposition(|l| f64::from(l.min_zoom) <= zoom).unwrap_or(0)
    }
}

/// The SVG transform that draws map-unit paths for `v`: "translate(tx ty) scale(s)".
///
/// ```
/// use guichet::map::scene::{transform, UNITS};
/// use guichet::map::{Viewport, World};
/// let v = Viewport { center: World::new(0.5, 0.5), zoom: 0.0, width: 256.0, height: 256.0 };
/// let (tx, ty, s) = transform(&v);
/// assert_eq!((tx, ty), (0.0, 0.0));
/// assert!((s * UNITS - 256.0).abs() < 1e-9);
/// ```
pub fn transform(v: &Viewport) -> (f64, f64, f64) {
    let s = v.scale();
    (v.width / 2.0 - v.center.x * s, v.height / 2.0 - v.center.y * s, s / UNITS)
}

/// The transform as an attribute value.
pub fn transform_attr(v: &Viewport) -> String {
    let (tx, ty, s) = transform(v);
    let mut out = String::with_capacity(48);
    let _ = write!(out, "translate({tx:.2} {ty:.2}) scale({s:.9})");
    out
}

/// The transform of a layer whose positions are world × `world_size(layout_zoom)` pixels
/// (markers and labels, laid out at one zoom): it places them for `v`, and scales them
/// while the view's zoom moves away from `layout_zoom` (a flight, a pinch).
///
/// ```
/// use guichet::map::scene::overlay_transform;
/// use guichet::map::{Viewport, World};
/// let v = Viewport { center: World::new(0.5, 0.5), zoom: 1.0, width: 512.0, height: 512.0 };
/// assert_eq!(overlay_transform(&v, 1.0), "translate(0.00 0.00) scale(1.00000)");
/// assert_eq!(overlay_transform(&v, 0.0), "translate(0.00 0.00) scale(2.00000)");
/// ```
pub fn overlay_transform(v: &Viewport, layout_zoom: f64) -> String {
    let s = v.scale();
    let k = s / world_size(layout_zoom);
    let mut out = String::with_capacity(48);
    let _ = write!(
        out,
        "translate({:.2} {:.2}) scale({k:.5})",
        v.width / 2.0 - v.center.x * s,
        v.height / 2.0 - v.center.y * s
    );
    out
}

/// The smallest box holding every point (top-left, bottom-right), `None` without points.
///
/// ```
/// use guichet::map::scene::bounds;
/// use guichet::map::World;
/// let b = bounds([World::new(0.3, 0.2), World::new(0.1, 0.4), World::new(0.2, 0.3)]);
/// assert_eq!(b, Some((World::new(0.1, 0.2), World::new(0.3, 0.4))));
/// assert_eq!(bounds([]), None);
/// ```
pub fn bounds(points: impl IntoIterator<Item = World>) -> Option<(World, World)> {
    points.into_iter().fold(None, |b, p| {
        let (min, max) = b.unwrap_or((p, p));
        Some((World::new(min.x.min(p.x), min.y.min(p.y)), World::new(max.x.max(p.x), max.y.max(p.y))))
    })
}

/// A background tile: zoom level and column and row in the XYZ scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

impl Tile {
    /// Its side in map units (the basemap's [`UNITS`]).
    pub fn size(self) -> f64 {
        UNITS / f64::from(1u32 << self.z)
    }
}

/// The tiles that cover the view, at the view's zoom rounded and at most `max_zoom`, row
/// by row.
pub fn tiles(v: &Viewport, max_zoom: u8) -> Vec<Tile> {
    let z = (v.zoom.round() as u8).min(max_zoom);
    let n = 1u32 << z;
    let (tl, br) = v.bounds();
    let range = |a: f64, b: f64| {
        ((a * f64::from(n)).floor().max(0.0) as u32)..=((b * f64::from(n)).floor().min(f64::from(n - 1)) as u32)
    };
    let mut out = Vec::new();
    for y in range(tl.y, br.y) {
        for x in range(tl.x, br.x) {
            out.push(Tile { z, x, y });
        }
    }
    out
}

/// A marker's symbol: each level of government has its own shape, so that colour is never
/// the only difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbol {
    Circle,
    Square,
    /// A square with round corners.
    RoundedSquare,
    Diamond,
    Triangle,
}

/// The symbol's path data about (0, 0), for a marker of radius `r` pixels (a circle of
/// radius `r`; the other shapes are sized to look as large).
///
/// ```
/// use guichet::map::scene::{symbol_path, Symbol};
/// assert_eq!(symbol_path(Symbol::Square, 7.0), "M-6.3 -6.3h12.6v12.6h-12.6z");
/// assert_eq!(symbol_path(Symbol::Triangle, 5.0), "M0 -7.0L7.0 5.6L-7.0 5.6z");
/// ```
pub fn symbol_path(symbol: Symbol, r: f64) -> String {
    let mut out = String::with_capacity(64);
    let _ = match symbol {
        Symbol::Circle => write!(out, "M{r:.1} 0A{r:.1} {r:.1} 0 1 1 {:.1} 0A{r:.1} {r:.1} 0 1 1 {r:.1} 0z", -r),
        Symbol::Square => {
            let s = r * 1.8;
            write!(out, "M{:.1} {:.1}h{s:.1}v{s:.1}h{:.1}z", -s / 2.0, -s / 2.0, -s)
        }
        Symbol::RoundedSquare => {
            // Corners of radius 2.
            let (s, c) = (r * 1.5, 2.0);
            let e = s - 2.0 * c;
            write!(
                out,
                "M{:.1} {:.1}h{e:.1}a{c} {c} 0 0 1 {c} {c}v{e:.1}a{c} {c} 0 0 1 -{c} {c}h{:.1}a{c} {c} 0 0 1 -{c} -{c}v{:.1}a{c} {c} 0 0 1 {c} -{c}z",
                -s / 2.0 + c,
                -s / 2.0,
                -e,
                -e
            )
        }
        Symbol::Diamond => {
            let d = r * 1.35;
            write!(out, "M0 {:.1}L{d:.1} 0L0 {d:.1}L{:.1} 0z", -d, -d)
        }
        Symbol::Triangle => {
            let d = r * 1.4;
            write!(out, "M0 {:.1}L{d:.1} {:.1}L{:.1} {:.1}z", -d, d * 0.8, -d, d * 0.8)
        }
    };
    out
}

/// True when the world point is inside the view, with a margin in pixels.
pub fn visible(v: &Viewport, w: World, margin: f64) -> bool {
    let p = v.to_screen(w);
    p.x >= -margin && p.y >= -margin && p.x <= v.width + margin && p.y <= v.height + margin
}

/// The part of the world markers are laid out for: the view at a layout zoom with a margin
/// of 55 % of the view on each side, so that a pan by up to half a view or a zoom out by
/// one level stays inside it ([`LayoutArea::next`]). Only what is inside is drawn: the page
/// holds the markers around the view, not one per cell of the country.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutArea {
    pub zoom: f64,
    pub min: World,
    pub max: World,
}

impl LayoutArea {
    /// The view `v` with 55 % of a view of margin on each side, for layout zoom `zoom`.
    pub fn around(v: &Viewport, zoom: f64) -> LayoutArea {
        let (min, max) = v.bounds();
        let (dx, dy) = ((max.x - min.x) * 0.55, (max.y - min.y) * 0.55);
        LayoutArea { zoom, min: World::new(min.x - dx, min.y - dy), max: World::new(max.x + dx, max.y + dy) }
    }

    /// True when the area is for `zoom` and holds all of the view `v`.
    pub fn holds(&self, v: &Viewport, zoom: f64) -> bool {
        let (min, max) = v.bounds();
        self.zoom == zoom && self.min.x <= min.x && self.min.y <= min.y && max.x <= self.max.x && max.y <= self.max.y
    }

    /// The area for view `v` at layout zoom `zoom` after `prev`: `prev` itself while it
    /// holds the view (nothing to lay out again), else a new one around the view.
    pub fn next(prev: Option<&LayoutArea>, v: &Viewport, zoom: f64) -> LayoutArea {
        match prev {
            Some(a) if a.holds(v, zoom) => *a,
            _ => LayoutArea::around(v, zoom),
        }
    }

    /// True when `w` is inside the area.
    pub fn contains(&self, w: World) -> bool {
        self.min.x <= w.x && w.x <= self.max.x && self.min.y <= w.y && w.y <= self.max.y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_cover_the_view_and_nothing_else() {
        for (zoom, max) in [(3.2, 18), (7.6, 18), (9.0, 6), (2.0, 0)] {
            let v = Viewport { center: World::new(0.3, 0.32), zoom, width: 900.0, height: 500.0 };
            let got = tiles(&v, max);
            let z = got[0].z;
            assert_eq!(z, (zoom.round() as u8).min(max));
            let (tl, br) = v.bounds();
            let side = 1.0 / f64::from(1u32 << z);
            // Every tile touches the view.
            for t in &got {
                let (x0, y0) = (f64::from(t.x) * side, f64::from(t.y) * side);
                assert!(x0 <= br.x && x0 + side >= tl.x && y0 <= br.y && y0 + side >= tl.y, "{t:?}");
                assert!((t.size() - side * UNITS).abs() < 1e-6);
            }
            // Every point of the view is in a tile (corners and centre sampled).
            for w in [tl, br, v.center, World::new(tl.x, br.y), World::new(br.x, tl.y)] {
                let (x, y) = ((w.x / side).floor() as u32, (w.y / side).floor() as u32);
                assert!(got.contains(&Tile { z, x, y }), "zoom {zoom}: {w:?}");
            }
        }
    }

    /// The extent of a path's absolute and relative moves (no arcs' bulges): its box.
    fn extent(d: &str) -> (f64, f64, f64, f64) {
        let mut nums = Vec::new();
        let (mut x, mut y) = (0.0, 0.0);
        let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        let mut cmd = ' ';
        let mut token = String::new();
        let flush = |token: &mut String, nums: &mut Vec<f64>| {
            if !token.is_empty() {
                nums.push(token.parse::<f64>().unwrap());
                token.clear();
            }
        };
        for ch in d.chars().chain(std::iter::once('z')) {
            if ch.is_ascii_alphabetic() {
                flush(&mut token, &mut nums);
                match cmd {
                    'M' | 'L' => (x, y) = (nums[0], nums[1]),
                    'h' => x += nums[0],
                    'v' => y += nums[0],
                    'a' => (x, y) = (x + nums[5], y + nums[6]),
                    'A' => (x, y) = (nums[5], nums[6]),
                    _ => {}
                }
                if cmd != ' ' && cmd != 'z' {
                    min = (min.0.min(x), min.1.min(y));
                    max = (max.0.max(x), max.1.max(y));
                }
                cmd = ch;
                nums.clear();
            } else if ch == ' ' || (ch == '-' && !token.is_empty()) {
                flush(&mut token, &mut nums);
                if ch == '-' {
                    token.push(ch);
                }
            } else {
                token.push(ch);
            }
        }
        (min.0, min.1, max.0, max.1)
    }

    #[test]
    fn symbols_are_centred_and_sized_like_the_shapes_they_replace() {
        let r = 7.0;
        // (symbol, half-width, top, bottom) of the SVG shapes they stand for.
        let want = [
            (Symbol::Circle, 7.0, 0.0, 0.0),
            (Symbol::Square, 6.3, -6.3, 6.3),
            (Symbol::RoundedSquare, 5.25, -5.25, 5.25),
            (Symbol::Diamond, 9.45, -9.45, 9.45),
            (Symbol::Triangle, 9.8, -9.8, 7.84),
        ];
        for (symbol, half, top, bottom) in want {
            let d = symbol_path(symbol, r);
            let (x0, y0, x1, y1) = extent(&d);
            assert!((x0 + half).abs() < 0.06 && (x1 - half).abs() < 0.06, "{symbol:?}: {d}");
            assert!((y0 - top).abs() < 0.06 && (y1 - bottom).abs() < 0.06, "{symbol:?}: {d} {y0} {y1}");
            assert!(d.starts_with('M') && d.ends_with('z'));
        }
        assert_eq!(symbol_path(Symbol::Circle, 9.0), "M9.0 0A9.0 9.0 0 1 1 -9.0 0A9.0 9.0 0 1 1 9.0 0z");
    }

    #[test]
    fn lod_index_picks_the_last_level_reached() {
        let lod = |min_zoom| LodPaths { min_zoom, areas: Vec::new(), lakes: String::new() };
        let p = BasemapPaths { lods: vec![lod(0), lod(5), lod(8)] };
        assert_eq!([1.0, 4.99, 5.0, 7.5, 8.0, 17.0].map(|z| p.lod_index(z)), [0, 0, 1, 1, 2, 2]);
        let late = BasemapPaths { lods: vec![lod(3), lod(6)] };
        assert_eq!(late.lod_index(1.0), 0);
        assert_eq!(late.lod_for(1.0), late.lods.first());
        assert_eq!(BasemapPaths::default().lod_for(4.0), None);
    }

    #[test]
    fn the_layout_area_follows_the_view_only_when_it_leaves() {
        use crate::map::{Action, Screen};
        let v = Viewport { center: World::new(0.3, 0.32), zoom: 6.4, width: 800.0, height: 500.0 };
        let a = LayoutArea::around(&v, 6.4);
        // Everything on screen is inside, and 55 % of the view around it (440 and 275 px).
        let (min, max) = v.bounds();
        assert!(a.contains(min) && a.contains(max) && a.contains(v.center));
        assert!(
            a.contains(v.to_world(Screen::new(-439.0, -274.0))) && a.contains(v.to_world(Screen::new(1239.0, 774.0)))
        );
        assert!(
            !a.contains(v.to_world(Screen::new(-441.0, 250.0))) && !a.contains(v.to_world(Screen::new(400.0, 776.0)))
        );
        // A pan by half a view, a zoom in, a zoom out by one level: the same area.
        for moved in [
            v.after(Action::Pan { dx: 390.0, dy: -240.0 }),
            v.after(Action::Zoom { at: None, by: 2.0 }),
            v.after(Action::Zoom { at: None, by: -1.0 }),
        ] {
            assert_eq!(LayoutArea::next(Some(&a), &moved, 6.4), a, "{moved:?}");
        }
        // Further, or another layout zoom: a new area around the view.
        let far = v.after(Action::Pan { dx: 450.0, dy: 0.0 });
        assert_eq!(LayoutArea::next(Some(&a), &far, 6.4), LayoutArea::around(&far, 6.4));
        assert_eq!(LayoutArea::next(Some(&a), &v, 7.4), LayoutArea::around(&v, 7.4));
        assert_eq!(LayoutArea::next(None, &v, 6.4), a);
    }
}
