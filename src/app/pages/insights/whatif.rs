//! The model of the scenario, suggested-sites and "who is left out" sections (issue 20):
//! `census.bin`, fetched the first time one of them is shown, and one memo per figure
//! (the demand side of the chosen census, the scenario's sites, today's and the
//! scenario's figures, the suggestion). The computing is `domain::insights`'s.
use std::sync::Arc;

use leptos::prelude::*;

use super::model::InsightsModel;
use crate::app::data::fetch_insights;
use crate::bundle::{self, CensusBundle};
use crate::domain::insights::census::{areas_for, Year};
use crate::domain::insights::compare::{self, Outcome, Settings};
use crate::domain::insights::scenario::{Applied, Base};
use crate::domain::insights::suggest::{Problem, Step};
use crate::domain::insights::Area;
use crate::nav::insights::Tab;
use crate::platform::timed;

/// The network suggestions are for when the page has none chosen.
pub const DEFAULT_NETWORK: &str = "service-canada";

/// The suggestion at the page's settings.
#[derive(PartialEq)]
pub struct Suggestion {
    pub network: u16,
    pub problem: Problem,
    pub steps: Vec<Step>,
}

/// The sections' figures (a copyable handle).
#[derive(Clone, Copy)]
pub struct WhatIf {
    pub census: RwSignal<Option<Arc<CensusBundle>>>,
    pub census_failed: RwSignal<bool>,
    /// The FSAs with the chosen census's population.
    pub areas: Memo<Arc<Vec<Area>>>,
    pub settings: Memo<Settings>,
    pub applied: Memo<Arc<Applied>>,
    pub today: Memo<Arc<Outcome>>,
    pub after: Memo<Arc<Outcome>>,
    pub suggestion: Memo<Arc<Suggestion>>,
}

/// `census.bin`, fetched when a section that needs it is first shown.
impl WhatIf {
    /// What a section that needs the census shows while it has none: loading, or failed.
    pub fn census_hint(&self, loc: crate::i18n::Locale) -> AnyView {
        let id = if self.census_failed.get() { "scen-census-failed" } else { "scen-census-loading" };
        view! { <p class="hint" role="status">{crate::i18n::tr(loc, id, &[])}</p> }.into_any()
    }
}

fn census(m: &InsightsModel) -> (RwSignal<Option<Arc<CensusBundle>>>, RwSignal<bool>) {
    let data: RwSignal<Option<Arc<CensusBundle>>> = RwSignal::new(None);
    let failed = RwSignal::new(false);
    let manifest = m.model.with_untracked(|x| x.data.manifest.clone());
    let wanted = Memo::new({
        let state = m.state;
        move |_| state.with(|s| matches!(s.tab, Tab::Scenario | Tab::Suggest | Tab::LeftOut))
    });
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        if wanted.get() && !asked.get_value() {
            asked.set_value(true);
            let manifest = manifest.clone();
            leptos::task::spawn_local(async move {
                match fetch_insights::<CensusBundle>(&manifest, bundle::CENSUS).await {
                    Ok(c) => {
                        data.try_set(Some(Arc::new(c)));
                    }
                    Err(_) => {
                        failed.try_set(true);
                    }
                }
            });
        }
    });
    (data, failed)
}

/// The sections' model over the page's.
pub fn use_whatif(m: InsightsModel) -> WhatIf {
    let state = m.state;
    let model = m.model;
    let (census, census_failed) = census(&m);
    let year = Memo::new(move |_| state.with(|s| s.year));
    let areas = Memo::new(move |_| {
        let c = census.get();
        let y = year.get();
        model.with(|x| match (&c, y) {
            (Some(c), _) => Arc::new(areas_for(&x.data.core.gazetteer.fsas, Some(c), y)),
            (None, Year::Y2016) => Arc::new(x.areas.clone()),
            (None, Year::Y2021) => Arc::new(Vec::new()),
        })
    });
    let settings = Memo::new(move |_| {
        let network = state.with(|s| s.network.clone());
        let n = model.with(|x| x.network_index(network.as_deref()));
        state.with(|s| Settings {
            metric: s.metric(),
            network: n,
            catchment_m: f64::from(s.catchment_km) * 1000.0,
            min_population: s.min_population,
            far_km: f64::from(s.far_km),
            partner_m: f64::from(s.pair_m),
        })
    });
    let changes = Memo::new(move |_| state.with(|s| s.changes.clone()));
    let applied = Memo::new(move |_| {
        let changes = changes.get();
        model.with(|x| {
            let base = Base {
                networks: &x.data.core.networks,
                points: &x.points,
                sites: &x.sites,
                fsas: &x.data.core.gazetteer.fsas,
            };
            Arc::new(base.apply(&changes))
        })
    });
    let today = Memo::new(move |_| {
        let (a, s) = (areas.get(), settings.get());
        model.with(|x| Arc::new(timed("insights:today", || compare::outcome(&x.data.core.networks, &a, &x.sites, &s))))
    });
    let after = Memo::new(move |_| {
        let (a, s, ap) = (areas.get(), settings.get(), applied.get());
        if model.with(|x| x.sites == ap.sites) {
            return today.get();
        }
        model.with(|x| {
            Arc::new(timed("insights:scenario", || compare::outcome(&x.data.core.networks, &a, &ap.sites, &s)))
        })
    });
    let suggest_key =
        Memo::new(move |_| state.with(|s| (s.network.clone(), s.reach_km, s.suggested, s.pool, s.metric())));
    let suggestion = Memo::new(move |_| {
        let (net, km, k, pool, metric) = suggest_key.get();
        let a = areas.get();
        model.with(|x| {
            let network =
                x.network_index(net.as_deref()).or_else(|| x.network_index(Some(DEFAULT_NETWORK))).unwrap_or_default();
            let scope = x.data.core.networks.get(usize::from(network)).and_then(|n| n.jurisdiction);
            let radius = metric.inverse(f64::from(km) * 1000.0);
            Arc::new(timed("insights:suggest", || {
                let problem = Problem::new((&x.points, &x.sites, &a), network, scope, radius, pool);
                let steps = problem.greedy(&a, k);
                Suggestion { network, problem, steps }
            }))
        })
    });
    WhatIf { census, census_failed, areas, settings, applied, today, after, suggestion }
}
