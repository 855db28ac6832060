//! The interactive map, drawn as SVG from the bundle's basemap by our own code (`map`
//! module): no tile server, no JavaScript map library, works offline.
//!
//! Performance: basemap paths are built once per level of detail in fixed map units and
//! placed with one `transform`; markers are laid out per zoom (clustering) and placed
//! with one `translate`, so a pan only rewrites two attributes.
use std::collections::HashMap;
use std::sync::Arc;

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::config::use_config;
use crate::app::data::use_data;
use crate::app::finder::{navigator, use_finder, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::app::labels;
use crate::app::offline::use_offline;
use crate::domain::basemap::LabelKind;
use crate::domain::finder::OriginLabel;
use crate::domain::model::Level;
use crate::i18n::{tr, Arg};
use crate::map::cluster::{cluster, Clustering};
use crate::map::labels::{place, Candidate};
use crate::map::projection::{project, world_size};
use crate::map::scene::{transform_attr, BasemapPaths, UNITS};
use crate::map::{Screen, Viewport, World};

/// Width of a clustering cell, in pixels.
const CELL_PX: f64 = 48.0;
/// Keyboard pan step, in pixels.
const PAN_STEP: f64 = 80.0;

fn reduced_motion() -> bool {
    crate::platform::media_matches("(prefers-reduced-motion: reduce)")
}

/// The map's view, and whether an animation is moving it (markers and labels are laid out
/// again only when it is not: during a flight the overlay is scaled instead).
#[derive(Clone, Copy)]
struct View {
    viewport: RwSignal<Viewport>,
    moving: RwSignal<bool>,
}

/// Moves the viewport to `to`: animated over 250 ms unless the user prefers reduced motion.
fn fly(view: View, to: Viewport) {
    let viewport = view.viewport;
    if reduced_motion() {
        viewport.set(to);
        return;
    }
    let from = viewport.get_untracked();
    let start = js_sys::Date::now();
    view.moving.set(true);
    fn step(view: View, from: Viewport, to: Viewport, start: f64) {
        let viewport = view.viewport;
        let t = ((js_sys::Date::now() - start) / 250.0).min(1.0);
        let e = 1.0 - (1.0 - t).powi(3);
        let lerp = |a: f64, b: f64| a + (b - a) * e;
        viewport.set(Viewport {
            center: World::new(lerp(from.center.x, to.center.x), lerp(from.center.y, to.center.y)),
            zoom: lerp(from.zoom, to.zoom),
            width: to.width,
            height: to.height,
        });
        if t < 1.0 {
            request_animation_frame(move || step(view, from, to, start));
        } else {
            view.moving.set(false);
        }
    }
    step(view, from, to, start);
}

/// Marker shape by level (never colour alone: each level has its own shape).
fn shape(level: Level, r: f64, library: bool) -> impl IntoView {
    if library {
        let s = r * 1.5;
        return view! { <rect x=-s / 2.0 y=-s / 2.0 width=s height=s rx=2 class="marker__shape"/> }.into_any();
    }
    match level {
        Level::Federal => view! { <circle r=r class="marker__shape"/> }.into_any(),
        Level::Provincial => {
            let s = r * 1.8;
            view! { <rect x=-s / 2.0 y=-s / 2.0 width=s height=s class="marker__shape"/> }.into_any()
        }
        Level::Territorial => {
            let d = r * 1.35;
            let mut p = String::new();
            for (x, y) in [(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)] {
                p.push_str(&format!("{x:.1},{y:.1} "));
            }
            view! { <polygon points=p class="marker__shape"/> }.into_any()
        }
        Level::Municipal => {
            let d = r * 1.4;
            let p = format!("0,{:.1} {:.1},{:.1} {:.1},{:.1}", -d, d, d * 0.8, -d, d * 0.8);
            view! { <polygon points=p class="marker__shape"/> }.into_any()
        }
    }
}

#[component]
pub fn MapView() -> impl IntoView {
    let f = use_finder();
    let data = use_data();
    let config = use_config();
    let offline = use_offline();
    let kiosk = use_kiosk();
    let locale = use_locale();
    let go = navigator();
    let host: NodeRef<html::Div> = NodeRef::new();
    let viewport = RwSignal::new(Viewport::canada(640.0, 480.0));
    let moving = RwSignal::new(false);
    let view_ctl = View { viewport, moving };
    let sized = RwSignal::new(false);
    // False while the map panel is hidden (the list tab on a narrow screen): nothing of
    // the map is rendered then, so searching does not pay for it.
    let shown = RwSignal::new(false);

    // Size: measured on mount and on window resize, a frame later: by then the map may
    // be gone (the page changed), and nothing is read then.
    let measure = move || {
        if let Some(el) = host.try_get_untracked().flatten() {
            let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
            let visible = w > 0.0 && h > 0.0;
            // Only changes notify: a search re-measures, and must not rebuild the basemap.
            if shown.try_get_untracked() != Some(visible) {
                shown.set(visible);
            }
            if visible {
                let first = !sized.try_get_untracked().unwrap_or(true);
                viewport.maybe_update(|v| {
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
                    sized.set(true);
                }
            }
        }
    };
    host.on_load(move |_| request_animation_frame(measure));
    // The list/map tabs show and hide the panel without a window resize.
    let map_tab = Memo::new(move |_| f.state.with(|s| s.map_tab));
    Effect::new(move |_| {
        // Read, not just tracked: a memo that never ran has nothing to notify from.
        let _ = map_tab.get();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // Basemap paths, built once.
    let paths: RwSignal<Option<Arc<BasemapPaths>>> = RwSignal::new(None);
    Effect::new(move |_| {
        // Built the first time the map is shown, not at start-up behind a hidden tab.
        if shown.get() && paths.with_untracked(Option::is_none) {
            if let Some(d) = data.ready() {
                paths.set(Some(Arc::new(BasemapPaths::new(&d.core.basemap))));
            }
        }
    });
    let zoom = Memo::new(move |_| viewport.get().zoom);
    // The zoom markers and labels are laid out at: follows the view except mid-flight.
    let layout_zoom = RwSignal::new(viewport.get_untracked().zoom);
    Effect::new(move |_| {
        let z = zoom.get();
        if !moving.get() && layout_zoom.get_untracked() != z {
            layout_zoom.set(z);
        }
    });
    let level_of_detail = Memo::new(move |_| {
        let z = layout_zoom.get();
        paths.with(|p| p.as_ref().and_then(|p| p.lods.iter().rposition(|l| f64::from(l.min_zoom) <= z)).unwrap_or(0))
    });
    let basemap = move || {
        if !shown.get() {
            return None;
        }
        let p = paths.get()?;
        let lod = p.lods.get(level_of_detail.get())?.clone();
        Some(view! {
            {lod.areas.into_iter().map(|(prov, d)| view! { <path class="land" data-province=prov.code() d=d/> }).collect_view()}
            <path class="lake" d=lod.lakes/>
        })
    };
    let base_transform = move || transform_attr(&viewport.get());

    // Tiles: only with a configured template, only online.
    let tiles = move || {
        let cfg = config.0.get().tiles?;
        if !offline.online.get() {
            return None;
        }
        let v = viewport.get();
        let z = (v.zoom.round() as u8).min(cfg.max_zoom);
        let n = 1u32 << z;
        let (tl, br) = v.bounds();
        let range = |a: f64, b: f64| {
            ((a * f64::from(n)).floor().max(0.0) as u32)..=((b * f64::from(n)).floor().min(f64::from(n - 1)) as u32)
        };
        let size = UNITS / f64::from(n);
        let mut out = Vec::new();
        for y in range(tl.y, br.y) {
            for x in range(tl.x, br.x) {
                if let Some(href) = cfg.url_for(z, x, y) {
                    out.push(view! { <image href=href x=f64::from(x) * size y=f64::from(y) * size width=size height=size preserveAspectRatio="none"/> });
                }
            }
        }
        Some(out)
    };
    // Offline, configured tiles are off and the map says so (the basemap stays).
    let attribution = move || {
        config.0.get().tiles.map(|t| {
            if offline.online.get() {
                tr(locale.get(), "map-tiles-attribution", &[("attribution", t.attribution.into())])
            } else {
                tr(locale.get(), "map-tiles-offline", &[])
            }
        })
    };

    // The markers follow the results after the next frame: the list, which everyone
    // reads (the map mirrors it), is painted first instead of waiting for hundreds of
    // SVG markers to be rebuilt.
    let mapped = crate::platform::after_paint_copy(move || f.results.get());
    // Points that pass the filters, in list order, projected once per result set.
    let positioned = Memo::new(move |_| {
        let cat = f.catalog.get()?;
        let results = mapped.get()?;
        let pts: Vec<(u32, World)> =
            results.ids.iter().filter_map(|&i| cat.points[i as usize].pos.map(|p| (i, project(p)))).collect();
        Some(pts)
    });
    let selected_index = Memo::new(move |_| {
        let cat = f.catalog.get()?;
        let id = f.state.with(|s| s.selected.clone())?;
        cat.point(&id).map(|(i, _)| i)
    });
    let zoom_floor = Memo::new(move |_| layout_zoom.get().floor());
    let clustering = Memo::new(move |_| {
        let pts = positioned.get()?;
        let sel = selected_index.get();
        let rest: Vec<(u32, World)> = pts.into_iter().filter(|(i, _)| Some(*i) != sel).collect();
        Some(cluster(&rest, zoom_floor.get(), CELL_PX))
    });
    // Marker layer origin: positions are world × layout scale, so panning only moves the
    // group, and a flight only scales it until it lands.
    let marker_transform = move || {
        let v = viewport.get();
        let s = v.scale();
        let k = s / world_size(layout_zoom.get());
        format!("translate({:.2} {:.2}) scale({k:.5})", v.width / 2.0 - v.center.x * s, v.height / 2.0 - v.center.y * s)
    };

    let select = {
        let go = go.clone();
        move |id: String| {
            let mut next = f.state.get_untracked();
            next.selected = Some(id.clone());
            go(&next, true);
            // Bring the row into view when the list is showing.
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
    };
    let zoom_to_cluster = move |min: World, max: World| {
        let v = viewport.get_untracked();
        let mut to = Viewport::fit(min, max, v.width, v.height, 48.0);
        to.zoom = to.zoom.max(v.zoom + 1.0).min(crate::map::viewport::MAX_ZOOM);
        fly(view_ctl, to);
    };

    let markers = {
        let select = select.clone();
        move || {
            if !shown.get() {
                return None;
            }
            let cat = f.catalog.get()?;
            let c: Clustering = clustering.get()?;
            let s = world_size(layout_zoom.get());
            let loc = locale.get();
            // Tab order = list order: clusters by the list position of their first member.
            let rank: HashMap<u32, usize> = positioned.with(|p| {
                p.as_ref().map(|p| p.iter().enumerate().map(|(k, (i, _))| (*i, k)).collect()).unwrap_or_default()
            });
            let mut order: Vec<usize> = (0..c.clusters.len()).collect();
            order.sort_by_key(|&k| c.members(k).iter().map(|i| rank.get(i).copied().unwrap_or(usize::MAX)).min());
            let views = order
                .into_iter()
                .map(|k| {
                    let cl = c.clusters[k];
                    let (x, y) = (cl.pos.x * s, cl.pos.y * s);
                    let pos = format!("translate({x:.1} {y:.1})");
                    if cl.count == 1 {
                        let i = c.members(k)[0];
                        let p = &cat.points[i as usize];
                        let n = cat.network(p);
                        let label = tr(loc, "map-marker", &[("name", p.name.show(loc).into()), ("network", n.name.show(loc).into())]);
                        let id = p.id.clone();
                        let id2 = id.clone();
                        let select = select.clone();
                        let select2 = select.clone();
                        let approx = p.geocode.is_approximate();
                        let class = format!(
                            "marker marker--{}{}",
                            if n.optional_layer { "library" } else { n.level.id() },
                            if approx { " marker--approximate" } else { "" }
                        );
                        view! {
                            <g class=class transform=pos tabindex="0" role="button" aria-label=label data-id=id.clone()
                                on:click=move |ev: MouseEvent| { ev.stop_propagation(); select(id.clone()) }
                                on:keydown=move |ev: KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); ev.stop_propagation(); select2(id2.clone()) }>
                                {shape(n.level, 7.0, n.optional_layer)}
                            </g>
                        }
                        .into_any()
                    } else {
                        let label = tr(loc, "map-cluster", &[("count", Arg::from(cl.count))]);
                        let r = 12.0 + (f64::from(cl.count)).log10() * 5.0;
                        view! {
                            <g class="cluster" transform=pos tabindex="0" role="button" aria-label=label
                                on:click=move |ev: MouseEvent| { ev.stop_propagation(); zoom_to_cluster(cl.min, cl.max) }
                                on:keydown=move |ev: KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); ev.stop_propagation(); zoom_to_cluster(cl.min, cl.max) }>
                                <circle r=r class="cluster__bubble"/>
                                <text class="cluster__count" text-anchor="middle" dy="0.35em">{cl.count.to_string()}</text>
                            </g>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            Some(views)
        }
    };
    let selected_marker = move || {
        let cat = f.catalog.get()?;
        let i = selected_index.get()?;
        let p = cat.points.get(i as usize)?;
        let pos = p.pos?;
        let w = project(pos);
        let s = world_size(layout_zoom.get());
        let n = cat.network(p);
        let loc = locale.get();
        let label = tr(loc, "map-marker", &[("name", p.name.show(loc).into()), ("network", n.name.show(loc).into())]);
        let class =
            format!("marker marker--selected marker--{}", if n.optional_layer { "library" } else { n.level.id() });
        Some(view! {
            <g class=class transform=format!("translate({:.1} {:.1})", w.x * s, w.y * s) aria-label=label role="img">
                <circle r=16 class="marker__halo"/>
                {shape(n.level, 9.0, n.optional_layer)}
            </g>
        })
    };
    let origin_marker = move || {
        let OriginState::Ready(o) = f.origin.get() else { return None };
        let w = project(o.pos);
        let s = world_size(layout_zoom.get());
        let id = match o.label {
            OriginLabel::Device => "map-device",
            OriginLabel::Kiosk => "map-kiosk",
            _ => "map-origin",
        };
        Some(view! {
            <g class="origin-marker" class:origin-marker--kiosk=o.label == OriginLabel::Kiosk transform=format!("translate({:.1} {:.1})", w.x * s, w.y * s) role="img" aria-label=t(id)>
                <circle r=9 class="origin-marker__ring"/>
                <circle r=4 class="origin-marker__dot"/>
            </g>
        })
    };
    // Labels: provinces and major places, placed without overlap at each zoom.
    let labels_view = move || {
        if !shown.get() {
            return None;
        }
        let d = data.ready()?;
        let z = layout_zoom.get();
        let s = world_size(z);
        let loc = locale.get();
        let labels = &d.core.basemap.labels;
        let candidates: Vec<Candidate> = labels
            .iter()
            .enumerate()
            .filter(|(_, l)| f64::from(l.min_zoom) <= z)
            .map(|(i, l)| {
                let w = project(l.pos);
                let size = if l.kind == LabelKind::Province { 13.0 } else { 11.0 };
                Candidate {
                    id: i as u32,
                    anchor: Screen::new(w.x * s, w.y * s),
                    rank: l.rank,
                    text_len: l.name.show(loc).chars().count(),
                    size,
                }
            })
            .collect();
        let kept = place(&candidates, f64::MAX, f64::MAX, &[]);
        Some(
            kept.into_iter()
                .map(|i| {
                    let l = &labels[i as usize];
                    let c = &candidates.iter().find(|c| c.id == i).map(|c| c.anchor).unwrap_or_default();
                    let class = if l.kind == LabelKind::Province { "label label--province" } else { "label label--place" };
                    view! { <text class=class x=format!("{:.1}", c.x) y=format!("{:.1}", c.y) text-anchor="middle">{l.name.show(loc).to_owned()}</text> }
                })
                .collect_view(),
        )
    };

    // Follow the URL: a new origin or province fits the view to the results.
    let fit_results = move || {
        let Some(cat) = f.catalog.get_untracked() else { return };
        let Some(results) = f.results.get_untracked() else { return };
        let mut pts: Vec<World> =
            results.rows.iter().filter_map(|r| cat.points[r.point as usize].pos.map(project)).collect();
        if let OriginState::Ready(o) = f.origin.get_untracked() {
            pts.push(project(o.pos));
        }
        let v = viewport.get_untracked();
        if pts.is_empty() {
            let to = Viewport::canada(v.width, v.height);
            if shown.get_untracked() {
                fly(view_ctl, to);
            } else if v != to {
                viewport.set(to);
            }
            return;
        }
        let min = pts.iter().fold(World::new(f64::MAX, f64::MAX), |a, p| World::new(a.x.min(p.x), a.y.min(p.y)));
        let max = pts.iter().fold(World::new(f64::MIN, f64::MIN), |a, p| World::new(a.x.max(p.x), a.y.max(p.y)));
        let mut to = Viewport::fit(min, max, v.width, v.height, 48.0);
        to.zoom = to.zoom.min(14.0);
        if shown.get_untracked() {
            // After the frame that paints the new list, like the markers (`mapped`): the
            // flight's first step would redraw the map inside that frame. (The map may be
            // gone by then.)
            let later = move || {
                if view_ctl.viewport.try_get_untracked().is_some() {
                    fly(view_ctl, to);
                }
            };
            crate::platform::after_paint(later);
        } else {
            // Hidden (the list tab on a phone): no animation, frame after frame, for nobody.
            viewport.set(to);
        }
    };
    let search_key = Memo::new(move |_| {
        let o = match f.origin.get() {
            OriginState::Ready(o) => Some((o.pos.lat.to_bits(), o.pos.lon.to_bits())),
            _ => None,
        };
        (o, f.state.with(|s| (s.province, s.radius_km)), sized.get(), f.results.with(|r| r.is_some()))
    });
    Effect::new(move |prev: Option<()>| {
        let _ = search_key.get();
        if prev.is_some() || sized.get_untracked() {
            fit_results();
        }
    });
    // A kiosk reset shows the start screen's results again, wherever the map was.
    Effect::new(move |prev: Option<u32>| {
        let n = kiosk.resets.get();
        if prev.is_some_and(|p| p != n) {
            fit_results();
        }
        n
    });
    // Selecting in the list brings the office into view.
    Effect::new(move |_| {
        let Some(i) = selected_index.get() else { return };
        let Some(cat) = f.catalog.get_untracked() else { return };
        let Some(pos) = cat.points.get(i as usize).and_then(|p| p.pos) else { return };
        let v = viewport.get_untracked();
        if !crate::map::scene::visible(&v, project(pos), -24.0) {
            let mut to = v;
            to.center = project(pos);
            to.zoom = to.zoom.max(9.0);
            fly(view_ctl, to);
        }
    });

    // Pointer gestures: drag to pan, two fingers to pinch.
    let pointers: StoredValue<HashMap<i32, Screen>, LocalStorage> = StoredValue::new_local(HashMap::new());
    let local = move |ev: &PointerEvent| -> Screen {
        host.get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                Screen::new(f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top())
            })
            .unwrap_or_default()
    };
    let on_down = move |ev: PointerEvent| {
        if ev.button() != 0 && ev.pointer_type() == "mouse" {
            return;
        }
        pointers.update_value(|p| {
            p.insert(ev.pointer_id(), local(&ev));
        });
    };
    // Wheel and pinch zoom in many small steps: markers and labels are laid out again
    // once the gesture pauses, and only scaled meanwhile.
    let gesture = StoredValue::new(0u32);
    let settle_soon = move || {
        moving.set(true);
        gesture.update_value(|g| *g += 1);
        let mine = gesture.get_value();
        set_timeout(
            move || {
                // The map may be gone by then (try_: no panic on a disposed value).
                if gesture.try_get_value() == Some(mine) {
                    moving.set(false);
                }
            },
            std::time::Duration::from_millis(160),
        );
    };
    let on_move = move |ev: PointerEvent| {
        let now = local(&ev);
        let id = ev.pointer_id();
        let prev = pointers.with_value(|p| p.clone());
        let Some(before) = prev.get(&id).copied() else { return };
        if prev.len() == 1 {
            let (dx, dy) = (now.x - before.x, now.y - before.y);
            if dx.abs() + dy.abs() > 0.0 {
                if let Some(el) = host.get_untracked() {
                    let _ = el.set_pointer_capture(id);
                }
                viewport.update(|v| v.pan_by(dx, dy));
            }
        } else if prev.len() == 2 {
            let other = prev.iter().find(|(k, _)| **k != id).map(|(_, s)| *s).unwrap_or(before);
            let d0 = ((before.x - other.x).powi(2) + (before.y - other.y).powi(2)).sqrt().max(1.0);
            let d1 = ((now.x - other.x).powi(2) + (now.y - other.y).powi(2)).sqrt().max(1.0);
            let mid = Screen::new((now.x + other.x) / 2.0, (now.y + other.y) / 2.0);
            settle_soon();
            viewport.update(|v| v.zoom_around(mid, v.zoom + (d1 / d0).log2()));
        }
        pointers.update_value(|p| {
            p.insert(id, now);
        });
    };
    let on_up = move |ev: PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    };
    let on_dblclick = move |ev: MouseEvent| {
        ev.prevent_default();
        let Some(el) = host.get_untracked() else { return };
        let r = el.get_bounding_client_rect();
        let at = Screen::new(f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top());
        let mut to = viewport.get_untracked();
        to.zoom_around(at, to.zoom + 1.0);
        fly(view_ctl, to);
    };
    // The wheel needs a non-passive listener to keep the page from scrolling.
    host.on_load(move |el| {
        let cb = Closure::<dyn FnMut(web_sys::WheelEvent)>::new(move |ev: web_sys::WheelEvent| {
            ev.prevent_default();
            let Some(el) = host.get_untracked() else { return };
            let r = el.get_bounding_client_rect();
            let at = Screen::new(f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top());
            let lines = if ev.delta_mode() == 1 { 16.0 } else { 1.0 };
            let delta = (-ev.delta_y() * lines / 300.0).clamp(-1.0, 1.0);
            settle_soon();
            viewport.update(|v| v.zoom_around(at, v.zoom + delta));
        });
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_passive(false);
        let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
            "wheel",
            cb.as_ref().unchecked_ref(),
            &opts,
        );
        cb.forget();
    });
    let on_key = move |ev: KeyboardEvent| {
        let v = viewport.get_untracked();
        let handled = match ev.key().as_str() {
            "ArrowLeft" => {
                Some(Box::new(move |v: &mut Viewport| v.pan_by(PAN_STEP, 0.0)) as Box<dyn Fn(&mut Viewport)>)
            }
            "ArrowRight" => {
                Some(Box::new(move |v: &mut Viewport| v.pan_by(-PAN_STEP, 0.0)) as Box<dyn Fn(&mut Viewport)>)
            }
            "ArrowUp" => Some(Box::new(move |v: &mut Viewport| v.pan_by(0.0, PAN_STEP)) as Box<dyn Fn(&mut Viewport)>),
            "ArrowDown" => {
                Some(Box::new(move |v: &mut Viewport| v.pan_by(0.0, -PAN_STEP)) as Box<dyn Fn(&mut Viewport)>)
            }
            "+" | "=" => Some(Box::new(|v: &mut Viewport| v.zoom_by(1.0)) as Box<dyn Fn(&mut Viewport)>),
            "-" | "_" => Some(Box::new(|v: &mut Viewport| v.zoom_by(-1.0)) as Box<dyn Fn(&mut Viewport)>),
            "0" => Some(Box::new(move |x: &mut Viewport| *x = Viewport::canada(v.width, v.height))
                as Box<dyn Fn(&mut Viewport)>),
            _ => None,
        };
        if let Some(change) = handled {
            ev.prevent_default();
            viewport.update(|v| change(v));
        }
    };
    let zoom_button = move |delta: f64| {
        move |_| {
            let mut to = viewport.get_untracked();
            to.zoom_by(delta);
            fly(view_ctl, to);
        }
    };
    let reset = move |_| {
        let v = viewport.get_untracked();
        fly(view_ctl, Viewport::canada(v.width, v.height));
    };

    view! {
        <section class="map" aria-labelledby="map-title">
            <h2 id="map-title" class="visually-hidden">{t("map-label")}</h2>
            <p id="map-help" class="visually-hidden">{t("map-help")}</p>
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
                data-zoom=move || format!("{:.2}", zoom.get())
            >
                <svg class="map__svg" width="100%" height="100%" aria-hidden="false" focusable="false">
                    <rect class="sea" width="100%" height="100%"/>
                    <g class="basemap" transform=base_transform>
                        {tiles}
                        {basemap}
                    </g>
                    <g class="overlay" transform=marker_transform>
                        <g class="labels" aria-hidden="true">{labels_view}</g>
                        <g class="markers">{markers}</g>
                        {selected_marker}
                        {origin_marker}
                    </g>
                </svg>
                <div class="map__controls">
                    <button type="button" class="map__button" on:click=zoom_button(1.0) aria-label=t("map-zoom-in") title=t("map-zoom-in")>"+"</button>
                    <button type="button" class="map__button" on:click=zoom_button(-1.0) aria-label=t("map-zoom-out") title=t("map-zoom-out")>"−"</button>
                    <button type="button" class="map__button map__button--text" on:click=move |_| fit_results()>{t("map-fit")}</button>
                    <button type="button" class="map__button map__button--text" on:click=reset>{t("map-reset")}</button>
                </div>
                {move || attribution().map(|a| view! { <p class="map__attribution">{a}</p> })}
            </div>
            <Legend/>
        </section>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let item = |class: &'static str, level: Level, label: &'static str| {
        view! {
            <li>
                <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class=class>{shape(level, 7.0, false)}</g></svg>
                {t(label)}
            </li>
        }
    };
    view! {
        <div class="map__legend">
            <h3 class="map__legend-title">{t("map-legend")}</h3>
            <ul>
                {item("marker marker--federal", Level::Federal, labels::level(Level::Federal))}
                {item("marker marker--provincial", Level::Provincial, labels::level(Level::Provincial))}
                {item("marker marker--territorial", Level::Territorial, labels::level(Level::Territorial))}
                {item("marker marker--municipal", Level::Municipal, labels::level(Level::Municipal))}
                {item("marker marker--federal marker--approximate", Level::Federal, "map-approximate")}
                <li>
                    <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class="origin-marker"><circle r=8 class="origin-marker__ring"/><circle r=3 class="origin-marker__dot"/></g></svg>
                    {t("map-origin")}
                </li>
                <li>
                    <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true"><g class="cluster"><circle r=10 class="cluster__bubble"/></g></svg>
                    {t("map-cluster-legend")}
                </li>
            </ul>
        </div>
    }
}
