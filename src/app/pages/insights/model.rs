//! The insights page's model ([`use_insights`]): the URL state, the bundle as the insights
//! see it, the layers fetched on demand (libraries, road distances), and every figure the
//! page shows. Each figure is one memo that depends only on the settings it reads, so it
//! is computed once, whichever sections and summary show it.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::data::{fetch_insights, fetch_listed, Data};
use crate::bundle::{self, LayerBundle, RoadBundle};
use crate::domain::insights::coverage::{self, Assignment, Coverage};
use crate::domain::insights::pairs::{self, Pair};
use crate::domain::insights::partners::{self, Partner};
use crate::domain::insights::report::Context;
use crate::domain::insights::state::{InsightsState, Mode};
use crate::domain::insights::summary::{self, Run, Summary};
use crate::domain::insights::{access, areas, sites, Area, Site};
use crate::domain::model::{Point, Province};
use crate::i18n::Locale;
use crate::map::projection::project;
use crate::map::scene::{bounds, BasemapPaths};
use crate::map::Viewport;
use crate::platform::timed;

/// The size of the insights' maps (SVG user units).
pub const MAP_SIZE: (f64, f64) = (800.0, 520.0);

/// The bundle as the insights see it, built once per page (again when the libraries layer
/// joins).
pub struct Model {
    pub data: Arc<Data>,
    /// The core points, then the libraries layer's when it is included (road links index
    /// core points, which come first).
    pub points: Vec<Point>,
    pub sites: Vec<Site>,
    pub areas: Vec<Area>,
}

impl Model {
    /// What the report's tables read, in `loc`.
    pub fn context<'a>(&'a self, loc: Locale, label: &'a dyn Fn(&str) -> String) -> Context<'a> {
        Context {
            networks: &self.data.core.networks,
            points: &self.points,
            sites: &self.sites,
            areas: &self.areas,
            locale: loc,
            label,
        }
    }

    pub fn network_index(&self, id: Option<&str>) -> Option<u16> {
        let id = id?;
        self.data.core.networks.iter().position(|n| n.id == id).map(|i| i as u16)
    }

    /// The view of the insights' maps: Canada, or the chosen province's points.
    fn map_view(&self, province: Option<Province>) -> Viewport {
        let (w, h) = MAP_SIZE;
        let inside = |p: Province| self.sites.iter().filter(move |s| s.province == p).map(|s| project(s.pos));
        match province.and_then(|p| bounds(inside(p))) {
            Some((min, max)) => Viewport::fit(min, max, w, h, 40.0),
            None => Viewport::canada(w, h),
        }
    }
}

/// Whether the pipeline's road distances are there, loaded, or failed.
#[derive(Clone, Copy)]
pub struct Roads {
    /// The bundle lists them.
    pub listed: bool,
    pub data: RwSignal<Option<Arc<RoadBundle>>>,
    pub failed: RwSignal<bool>,
}

/// The page's state and figures (a copyable handle).
#[derive(Clone, Copy)]
pub struct InsightsModel {
    pub state: Memo<InsightsState>,
    pub model: Memo<Arc<Model>>,
    pub libraries_failed: RwSignal<bool>,
    pub roads: Roads,
    /// The co-location pairs at the chosen distance in the chosen province, and their
    /// counts (every pair's, computed once for the summary, without a province).
    pub pairs_shown: Memo<Arc<Vec<Pair>>>,
    pub pair_counts_shown: Memo<Arc<pairs::Summary>>,
    pub partners: Memo<Arc<Vec<Partner>>>,
    /// Coverage of every network together, then of each network.
    pub runs: Memo<Arc<Vec<Run>>>,
    /// Underserved FSAs of the chosen network (every network without one), farthest first.
    pub underserved: Memo<Arc<Vec<Assignment>>>,
    /// The accessibility index of every FSA, and the people it leaves out in the chosen
    /// province.
    pub access: Memo<Arc<Vec<f64>>>,
    pub unreached: Memo<u64>,
    /// The printable summary's figures (all of Canada).
    pub summary: Memo<Summary>,
    /// The basemap for the maps, built the first time a map is drawn.
    pub basemap: Memo<Arc<BasemapPaths>>,
    /// The maps' view: Canada, or the chosen province.
    pub map_view: Memo<Viewport>,
}

/// The libraries layer's points, once fetched.
type LibraryPoints = RwSignal<Option<Arc<Vec<Point>>>>;

/// The libraries layer, fetched the first time the state asks for it; and whether that
/// failed.
fn libraries(data: &Data, want: Memo<bool>) -> (LibraryPoints, RwSignal<bool>) {
    let points: LibraryPoints = RwSignal::new(None);
    let failed = RwSignal::new(false);
    let manifest = data.manifest.clone();
    Effect::new(move |_| {
        if want.get() && points.get_untracked().is_none() {
            let manifest = manifest.clone();
            leptos::task::spawn_local(async move {
                match fetch_listed::<LayerBundle>(&manifest, bundle::LIBRARIES).await {
                    Ok(layer) => {
                        points.try_set(Some(Arc::new(layer.points)));
                    }
                    Err(_) => {
                        failed.try_set(true);
                    }
                }
            });
        }
    });
    (points, failed)
}

/// Road distances, fetched at once when the pipeline was given a road network.
fn roads(data: &Data) -> Roads {
    let listed = data.manifest.insights.iter().any(|f| f.path == bundle::ROADS);
    let roads = Roads { listed, data: RwSignal::new(None), failed: RwSignal::new(false) };
    if listed {
        let manifest = data.manifest.clone();
        leptos::task::spawn_local(async move {
            match fetch_insights::<RoadBundle>(&manifest, bundle::ROADS).await {
                Ok(r) => {
                    roads.data.try_set(Some(Arc::new(r)));
                }
                Err(_) => {
                    roads.failed.try_set(true);
                }
            }
        });
    }
    roads
}

/// The province-filtered copy of an all-Canada figure: the same value without a province.
fn in_province<T: Clone + PartialEq + Send + Sync + 'static>(
    province: Memo<Option<Province>>,
    all: Memo<T>,
    filter: impl Fn(Province) -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| match province.get() {
        None => all.get(),
        Some(p) => filter(p),
    })
}

/// The page's model over `data`, following the URL.
pub fn use_insights(data: Arc<Data>) -> InsightsModel {
    let location = use_location();
    let state = Memo::new(move |_| InsightsState::parse(&location.search.get()));
    let want_libraries = Memo::new(move |_| state.with(|s| s.libraries));
    let (library_points, libraries_failed) = libraries(&data, want_libraries);
    let roads = roads(&data);
    let d = data.clone();
    let model = Memo::new_with_compare(
        move |_| {
            let libs = if want_libraries.get() { library_points.get() } else { None };
            Arc::new(timed("insights:model", || {
                let mut points = d.core.points.clone();
                if let Some(l) = &libs {
                    points.extend(l.iter().cloned());
                }
                Model {
                    sites: sites(&d.core.networks, &points),
                    areas: areas(&d.core.gazetteer.fsas),
                    points,
                    data: d.clone(),
                }
            }))
        },
        |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    let road_data = move || if state.with(|s| s.mode == Mode::Road) { roads.data.get() } else { None };
    let province = Memo::new(move |_| state.with(|s| s.province));

    // Each computation depends only on the settings it reads.
    let pair_m = Memo::new(move |_| state.with(|s| s.pair_m));
    let pairs = Memo::new(move |_| {
        let d = f64::from(pair_m.get());
        let m = model.get();
        Arc::new(timed("insights:pairs", || pairs::pairs(&m.sites, &m.points, d)))
    });
    let pair_counts = Memo::new(move |_| Arc::new(model.with(|m| pairs::summary(&m.sites, &pairs.get()))));
    let pairs_shown = in_province(province, pairs, move |p| {
        Arc::new(model.with(|m| summary::pairs_in(&m.sites, &pairs.get(), Some(p))))
    });
    let pair_counts_shown = in_province(province, pair_counts, move |_| {
        Arc::new(model.with(|m| pairs::summary(&m.sites, &pairs_shown.get())))
    });

    let metric = Memo::new(move |_| state.with(|s| (s.metric(), s.mode)));
    let partners = Memo::new(move |_| {
        let m = model.get();
        let (metric, _) = metric.get();
        let r = road_data();
        Arc::new(timed("insights:partners", || {
            partners::nearest_partners(&m.sites, m.data.core.networks.len(), metric, r.as_deref())
        }))
    });
    let runs = Memo::new(move |_| {
        let m = model.get();
        let lib = want_libraries.get();
        let (metric, _) = metric.get();
        let r = road_data();
        Arc::new(timed("insights:coverage", || {
            summary::runs(&m.data.core.networks, &m.areas, &m.sites, lib, metric, r.as_deref())
        }))
    });
    let far = Memo::new(move |_| state.with(|s| (s.min_population, f64::from(s.far_km))));
    let underserved_of = move |n: Option<u16>| {
        let (pop, km) = far.get();
        let m = model.get();
        runs.with(|runs| {
            let a = runs.iter().find(|r| r.network == n).map_or(&[][..], |r| r.assignments.as_slice());
            Arc::new(coverage::underserved(&m.areas, a, pop, km).into_iter().copied().collect::<Vec<_>>())
        })
    };
    let underserved_all = Memo::new(move |_| underserved_of(None));
    let chosen = Memo::new(move |_| state.with(|s| model.with(|m| m.network_index(s.network.as_deref()))));
    let underserved = Memo::new(move |_| match chosen.get() {
        None => underserved_all.get(),
        n => underserved_of(n),
    });

    let catchment = Memo::new(move |_| state.with(|s| s.catchment_km));
    let access = Memo::new(move |_| {
        let m = model.get();
        let (metric, _) = metric.get();
        let km = catchment.get();
        let n = chosen.get();
        Arc::new(timed("insights:access", || {
            access::two_step(&m.areas, &m.sites, |s| n.is_none_or(|n| s.network == n), f64::from(km) * 1000.0, metric)
        }))
    });
    let unreached_all = Memo::new(move |_| model.with(|m| summary::unreached(&m.areas, &access.get(), None)));
    let unreached =
        in_province(province, unreached_all, move |p| model.with(|m| summary::unreached(&m.areas, &access.get(), Some(p))));

    // Reading every figure is what makes every insight ready on arrival.
    let summary = Memo::new(move |_| {
        let counts = pair_counts.get();
        let (far, unreached, partners) = (underserved_all.with(|u| u.len()), unreached_all.get(), partners.with(|p| p.len()));
        runs.with(|runs| {
            let none = Coverage::default();
            let all = runs.iter().find(|r| r.network.is_none()).map_or(&none, |r| &r.coverage);
            summary::summary(summary::Parts { pairs: &counts, all, underserved: far, unreached, partners })
        })
    });
    let basemap = Memo::new(move |_| Arc::new(BasemapPaths::new(&data.core.basemap)));
    let map_view = Memo::new(move |_| model.with(|m| m.map_view(province.get())));

    InsightsModel {
        state,
        model,
        libraries_failed,
        roads,
        pairs_shown,
        pair_counts_shown,
        partners,
        runs,
        underserved,
        access,
        unreached,
        summary,
        basemap,
        map_view,
    }
}
