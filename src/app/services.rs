//! The services catalogue in the app: `services.bin` is fetched (verified like every
//! bundle file) the first time a page needs it, never at first load, and its search index
//! is built once.
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::data::{fetch_listed, DataCtx};
use crate::bundle::{self, LoadError};
use crate::domain::service::{Service, ServiceCatalogue};
use crate::domain::services::ServiceIndex;

/// The loaded catalogue and its index.
#[derive(Debug)]
pub struct Services {
    pub catalogue: ServiceCatalogue,
    pub index: ServiceIndex,
}

impl Services {
    pub fn find(&self, id: &str) -> Option<&Service> {
        self.catalogue.find(id)
    }
}

#[derive(Debug, Clone)]
pub enum ServicesState {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready(Arc<Services>),
    Failed(LoadError),
}

#[derive(Clone, Copy)]
pub struct ServicesCtx {
    pub state: RwSignal<ServicesState>,
    data: DataCtx,
}

impl ServicesCtx {
    /// Starts loading the catalogue unless it is loaded or loading (again after a failure).
    /// Does nothing until the bundle's manifest is there.
    pub fn want(self) {
        if matches!(self.state.get_untracked(), ServicesState::Loading | ServicesState::Ready(_)) {
            return;
        }
        let Some(d) = self.data.ready() else { return };
        self.state.set(ServicesState::Loading);
        spawn_local(async move {
            let next = match fetch_listed::<ServiceCatalogue>(&d.manifest, bundle::SERVICES).await {
                Ok(catalogue) => {
                    let index = ServiceIndex::new(&catalogue);
                    ServicesState::Ready(Arc::new(Services { catalogue, index }))
                }
                Err(e) => ServicesState::Failed(e),
            };
            self.state.set(next);
        });
    }

    /// The catalogue when loaded (tracks the state).
    pub fn ready(self) -> Option<Arc<Services>> {
        match self.state.get() {
            ServicesState::Ready(s) => Some(s),
            _ => None,
        }
    }
}

/// Provides [`ServicesCtx`] (nothing is fetched until a page calls [`ServicesCtx::want`]).
pub fn provide_services(data: DataCtx) -> ServicesCtx {
    let ctx = ServicesCtx { state: RwSignal::new(ServicesState::Idle), data };
    provide_context(ctx);
    ctx
}

pub fn use_services() -> ServicesCtx {
    expect_context::<ServicesCtx>()
}

/// Asks for the catalogue as soon as the bundle is loaded and while `needed` says so.
pub fn want_when(needed: impl Fn() -> bool + 'static) {
    let ctx = use_services();
    Effect::new(move |_| {
        if needed() && ctx.data.ready().is_some() {
            ctx.want();
        }
    });
}
