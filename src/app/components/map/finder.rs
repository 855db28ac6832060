//! The finder's side of the map: which points it shows (the results, projected once per
//! result set), how they are named and styled, what selecting one does, and how the view
//! follows the URL (a new search fits its results, a selection comes into view, a kiosk
//! reset shows the start screen's results again).
use std::sync::Arc;

use leptos::prelude::*;

use super::markers::{Look, Marker, Points};
use super::view::MapState;
use crate::app::finder::{navigator, FinderCtx, OriginState};
use crate::app::kiosk::KioskCtx;
use crate::domain::finder::{Catalog, OriginLabel};
use crate::i18n::{tr, Locale};
use crate::map::projection::project;
use crate::map::scene::{bounds, visible};
use crate::map::viewport::MAX_ZOOM;
use crate::map::{Viewport, World};

/// Padding around what a view is fitted to, pixels.
const FIT_PADDING: f64 = 48.0;

/// The marker of catalog point `i`, in `loc`.
pub fn marker(cat: &Catalog, i: u32, loc: Locale) -> Option<Marker> {
    let p = cat.points.get(i as usize)?;
    let n = cat.network(p);
    let label = tr(loc, "map-marker", &[("name", p.name.show(loc).into()), ("network", n.name.show(loc).into())]);
    let look = Look { level: n.level, library: n.optional_layer, approximate: p.geocode.is_approximate() };
    Some(Marker { id: p.id.clone(), label, look })
}

/// The points of the results that have a position (catalog index, position), in list
/// order. They follow the results after the next frame: the list, which everyone reads
/// (the map mirrors it), is painted first instead of waiting for hundreds of SVG markers.
pub fn result_points(f: FinderCtx) -> Memo<Points> {
    let mapped = crate::platform::after_paint_copy(move || f.results.get());
    Memo::new(move |_| {
        let cat = f.catalog.get()?;
        let results = mapped.get()?;
        Some(Arc::new(
            results.ids.iter().filter_map(|&i| cat.points[i as usize].pos.map(|p| (i, project(p)))).collect(),
        ))
    })
}

/// The catalog index of the selected office.
pub fn selected_index(f: FinderCtx) -> Memo<Option<u32>> {
    Memo::new(move |_| {
        let cat = f.catalog.get()?;
        let id = f.state.with(|s| s.selected.clone())?;
        cat.point(&id).map(|(i, _)| i)
    })
}

/// Where the search starts from, when it has a position.
pub fn origin(f: FinderCtx) -> Option<(World, OriginLabel)> {
    match f.origin.get() {
        OriginState::Ready(o) => Some((project(o.pos), o.label)),
        _ => None,
    }
}

/// Selecting a marker selects the office (in the URL) and brings its row into view when
/// the list is showing.
pub fn select(f: FinderCtx) -> impl Fn(String) + Clone + 'static {
    let go = navigator();
    move |id: String| {
        let mut next = f.state.get_untracked();
        next.selected = Some(id.clone());
        go(&next, true);
        request_animation_frame(move || {
            let mut sel = String::from(".results__list [data-id=\"");
            sel.push_str(&id.replace('"', ""));
            sel.push_str("\"]");
            if let Some(el) = document().query_selector(&sel).ok().flatten() {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
}

/// Flies into a cluster: its members' box, at least one level closer.
pub fn zoom_to_cluster(map: MapState, (min, max): (World, World)) {
    let v = map.viewport.get_untracked();
    let mut to = Viewport::fit(min, max, v.width, v.height, FIT_PADDING);
    to.zoom = to.zoom.max(v.zoom + 1.0).min(MAX_ZOOM);
    map.fly(to);
}

/// Fits the view to the results and the origin (all of Canada without any).
pub fn fit_results(map: MapState, f: FinderCtx) {
    let Some(cat) = f.catalog.get_untracked() else { return };
    let Some(results) = f.results.get_untracked() else { return };
    let origin = match f.origin.get_untracked() {
        OriginState::Ready(o) => Some(project(o.pos)),
        _ => None,
    };
    let pts = results.rows.iter().filter_map(|r| cat.points[r.point as usize].pos.map(project)).chain(origin);
    let v = map.viewport.get_untracked();
    let shown = map.shown.get_untracked();
    let Some((min, max)) = bounds(pts) else {
        let to = Viewport::canada(v.width, v.height);
        if shown {
            map.fly(to);
        } else if v != to {
            map.viewport.set(to);
        }
        return;
    };
    let mut to = Viewport::fit(min, max, v.width, v.height, FIT_PADDING);
    to.zoom = to.zoom.min(14.0);
    if shown {
        // After the frame that paints the new list, like the markers: the flight's first
        // step would redraw the map inside that frame. (The map may be gone by then.)
        crate::platform::after_paint(move || {
            if map.viewport.try_get_untracked().is_some() {
                map.fly(to);
            }
        });
    } else {
        // Hidden (the list tab on a phone): no animation, frame after frame, for nobody.
        map.viewport.set(to);
    }
}

/// The view follows the URL: a new origin, province or radius fits the results; a kiosk
/// reset shows the start screen's results again, wherever the map was; selecting in the
/// list brings the office into view.
pub fn follow(map: MapState, f: FinderCtx, kiosk: KioskCtx, selected: Memo<Option<u32>>) {
    let search_key = Memo::new(move |_| {
        let o = match f.origin.get() {
            OriginState::Ready(o) => Some((o.pos.lat.to_bits(), o.pos.lon.to_bits())),
            _ => None,
        };
        (o, f.state.with(|s| (s.province, s.radius_km)), map.sized.get(), f.results.with(|r| r.is_some()))
    });
    Effect::new(move |prev: Option<()>| {
        let _ = search_key.get();
        if prev.is_some() || map.sized.get_untracked() {
            fit_results(map, f);
        }
    });
    Effect::new(move |prev: Option<u32>| {
        let n = kiosk.resets.get();
        if prev.is_some_and(|p| p != n) {
            fit_results(map, f);
        }
        n
    });
    Effect::new(move |_| {
        let Some(i) = selected.get() else { return };
        let Some(cat) = f.catalog.get_untracked() else { return };
        let Some(pos) = cat.points.get(i as usize).and_then(|p| p.pos) else { return };
        let v = map.viewport.get_untracked();
        if !visible(&v, project(pos), -24.0) {
            let mut to = v;
            to.center = project(pos);
            to.zoom = to.zoom.max(9.0);
            map.fly(to);
        }
    });
}
