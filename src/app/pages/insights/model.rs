//! The insights page's model ([`use_insights`]): the URL state, the bundle as the insights
//! see it, the layers fetched on demand (libraries, road distances), and every figure the
//! page shows. Each figure is one memo that depends only on the settings it reads, so it
//! is computed once, whichever sections and summary show it.
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::data::{fetch_insights, fetch_listed, Data};
use crate::bundle::{self, LayerBundle, RoadBundle};
use crate::domain::insights::pairs;
use crate::domain::insights::partners::{self, Partner};
use crate::domain::insights::report::Context;
use crate::domain::insights::summary::{self, Figures, Run};
use crate::domain::insights::{access, areas, sites, Area, Site};
use crate::domain::model::{Point, Province};
use crate::i18n::Locale;
use crate::map::projection::project;
use crate::map::scene::{bounds, BasemapPaths};
use crate::map::Viewport;
use crate::nav::insights::{InsightsState, Mode};
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
    /// The basemap in path data, built the first time a map is drawn.
    basemap: OnceLock<Arc<BasemapPaths>>,
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

    /// The basemap for the maps.
    pub fn basemap(&self) -> Arc<BasemapPaths> {
        self.basemap.get_or_init(|| Arc::new(BasemapPaths::new(&self.data.core.basemap))).clone()
    }

    /// The view of the insights' maps: Canada, or the chosen province's points.
    pub fn map_view(&self, province: Option<Province>) -> Viewport {
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
    pub partners: Memo<Arc<Vec<Partner>>>,
    /// Coverage of every network together, then of each network.
    pub runs: Memo<Arc<Vec<Run>>>,
    /// The accessibility index of every FSA (of the chosen network's points).
    pub access: Memo<Arc<Vec<f64>>>,
    /// What the sections and the summary show beyond the tables, at the page's settings.
    pub figures: Memo<Arc<Figures>>,
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

/// The page's model over `data`, following the URL.
pub fn use_insights(data: Arc<Data>) -> InsightsModel {
    let location = use_location();
    let state = Memo::new(move |_| InsightsState::parse(&location.search.get()));
    let want_libraries = Memo::new(move |_| state.with(|s| s.libraries));
    let (library_points, libraries_failed) = libraries(&data, want_libraries);
    let roads = roads(&data);
    let d = data;
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
                    basemap: OnceLock::new(),
                }
            }))
        },
        |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    let road_data = move || if state.with(|s| s.mode == Mode::Road) { roads.data.get() } else { None };

    // Each computation depends only on the settings it reads.
    let pair_m = Memo::new(move |_| state.with(|s| s.pair_m));
    let pairs = Memo::new(move |_| {
        let d = f64::from(pair_m.get());
        let m = model.get();
        Arc::new(timed("insights:pairs", || pairs::pairs(&m.sites, &m.points, d)))
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
            summary::runs(&m.data.core.networks, lib, (&m.areas, &m.sites), metric, r.as_deref())
        }))
    });
    let access_key = Memo::new(move |_| state.with(|s| (s.catchment_km, s.network.clone())));
    let access = Memo::new(move |_| {
        let m = model.get();
        let (metric, _) = metric.get();
        let (km, net) = access_key.get();
        let n = m.network_index(net.as_deref());
        Arc::new(timed("insights:access", || {
            access::two_step(&m.areas, &m.sites, |s| n.is_none_or(|n| s.network == n), f64::from(km) * 1000.0, metric)
        }))
    });
    // Reading every computation is what makes every insight ready on arrival (the summary).
    let settings = Memo::new(move |_| state.with(|s| (s.province, s.min_population, s.far_km, s.network.clone())));
    let figures = Memo::new(move |_| {
        let (province, min_population, far_km, network) = settings.get();
        let m = model.get();
        let (pairs, runs, access) = (pairs.get(), runs.get(), access.get());
        Arc::new(summary::figures(summary::Inputs {
            sites: &m.sites,
            areas: &m.areas,
            pairs: &pairs,
            runs: &runs,
            access: &access,
            partners: partners.with(|p| p.len()),
            province,
            network: m.network_index(network.as_deref()),
            min_population,
            far_km: f64::from(far_km),
        }))
    });
    InsightsModel { state, model, libraries_failed, roads, partners, runs, access, figures }
}
