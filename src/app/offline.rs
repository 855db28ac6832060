//! Offline use: whether the browser is online, the service worker, and the background
//! check for a new bundle; the offline banner and the "new version" prompt.
//!
//! Nothing here ever reloads the page by itself: a new version (a new build from the
//! service worker, or a new bundle verified and saved) only shows a prompt, and the
//! reload happens when the visitor asks for it (or when a kiosk resets after idling).
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::data::{check_update, keep_optional, DataCtx, DataState, UpdateError, UpdateOutcome};
use crate::app::i18n::{t, use_locale};
use crate::bundle::update::{self, Device};
use crate::bundle::{LoadError, Manifest};
use crate::i18n::tr;
use crate::platform::{self, sw};

/// How often an open page looks for a new bundle and a new build.
const CHECK_EVERY: Duration = Duration::from_secs(30 * 60);
/// Delay of the first check after the bundle loaded (the first results come first).
const FIRST_CHECK_AFTER: Duration = Duration::from_secs(3);

/// The newest bundle news.
#[derive(Debug, Clone, PartialEq)]
pub enum DataUpdate {
    None,
    /// A new bundle is verified and saved: the next load uses it.
    Ready {
        version: String,
        built: String,
    },
    /// The last update failed; the bundle in use stays.
    Failed(LoadError),
}

#[derive(Clone, Copy)]
pub struct OfflineCtx {
    /// `navigator.onLine`, followed through the online/offline events.
    pub online: RwSignal<bool>,
    /// A new build is installed and waiting for a reload.
    pub app_update: RwSignal<bool>,
    /// A new build could not be installed.
    pub app_update_failed: RwSignal<bool>,
    pub data_update: RwSignal<DataUpdate>,
    /// The visitor closed the prompt or the message ("Later").
    pub dismissed: RwSignal<bool>,
    data: DataCtx,
    /// The newest manifest known good: the one loaded, then each one saved.
    latest: StoredValue<Option<Manifest>>,
    checking: StoredValue<bool>,
}

impl OfflineCtx {
    /// Whether a reload would bring a new version.
    pub fn update_ready(self) -> bool {
        self.app_update.get() || matches!(self.data_update.get(), DataUpdate::Ready { .. })
    }

    /// Reloads into the new version (at `url`, else the current page).
    pub fn apply(self, url: Option<&str>) {
        sw::apply_update(url);
    }

    /// Looks for a new bundle and a new build (online only; one check at a time).
    pub fn check(self) {
        if !self.online.get_untracked() || self.checking.get_value() {
            return;
        }
        let current = self.latest.get_value().or_else(|| match self.data.state.get_untracked() {
            DataState::Ready(d) => Some(d.manifest.clone()),
            _ => None,
        });
        let Some(current) = current else { return };
        sw::check_for_update();
        self.checking.set_value(true);
        spawn_local(async move {
            let outcome = check_update(&current).await;
            self.checking.set_value(false);
            match outcome {
                Ok(UpdateOutcome::Ready(m)) => {
                    self.data_update.set(DataUpdate::Ready { version: m.data_version.clone(), built: m.built.clone() });
                    self.latest.set_value(Some(*m));
                    self.dismissed.set(false);
                }
                // Not reaching the server is not a failed update: the check comes again.
                Ok(UpdateOutcome::UpToDate | UpdateOutcome::Incompatible) | Err(UpdateError::Unreachable(_)) => {}
                Err(UpdateError::Failed(e)) => {
                    self.data_update.set(DataUpdate::Failed(e));
                    self.dismissed.set(false);
                }
            }
        });
    }
}

pub fn use_offline() -> OfflineCtx {
    expect_context::<OfflineCtx>()
}

/// Provides [`OfflineCtx`] (`kiosk`: kiosk mode is on): follows the network, registers the
/// service worker, keeps the optional files ahead where the device calls for it, and checks
/// for updates after the first load, when the page comes back to the foreground, when the
/// network comes back, and every half hour.
pub fn provide_offline(data: DataCtx, kiosk: RwSignal<bool>) -> OfflineCtx {
    let ctx = OfflineCtx {
        online: RwSignal::new(platform::online()),
        app_update: RwSignal::new(false),
        app_update_failed: RwSignal::new(false),
        data_update: RwSignal::new(DataUpdate::None),
        dismissed: RwSignal::new(false),
        data,
        latest: StoredValue::new(None),
        checking: StoredValue::new(false),
    };
    provide_context(ctx);

    let online = window_event_listener(leptos::ev::online, move |_| {
        ctx.online.set(true);
        ctx.check();
    });
    let offline = window_event_listener(leptos::ev::offline, move |_| ctx.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });

    // Once the bundle is in use (and on the device): the service worker, whose install then
    // finds the core file in the cache instead of downloading it a second time; a little
    // later the first update check (on a page the worker answered), and the optional files
    // where the device keeps them ahead.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        if matches!(data.state.get(), DataState::Ready(_)) {
            // A page no worker controls has just read the server's manifest: nothing to
            // check yet. A controlled page read the device's.
            if sw::controlled() {
                set_timeout(move || ctx.check(), FIRST_CHECK_AFTER);
            }
            register_worker(ctx);
            return true;
        }
        false
    });
    keep_ahead_when_asked(data, kiosk);
    // Back in the foreground (a phone unlocked, a tab switched to).
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        platform::listen::listen(&doc, "visibilitychange", move |_: web_sys::Event| {
            if !document().hidden() {
                ctx.check();
            }
        })
        .until_cleanup();
    }
    if let Ok(h) = set_interval_with_handle(move || ctx.check(), CHECK_EVERY) {
        on_cleanup(move || h.clear());
    }
    ctx
}

fn register_worker(ctx: OfflineCtx) {
    sw::register(move |event| match event {
        sw::SwEvent::UpdateWaiting => {
            ctx.app_update.set(true);
            ctx.dismissed.set(false);
        }
        sw::SwEvent::UpdateFailed => ctx.app_update_failed.set(true),
    });
}

/// Puts the optional files on the device ahead of use where [`update::keep_ahead`] says so
/// (a kiosk or an installed app, not saving data), once per page, after the first check.
fn keep_ahead_when_asked(data: DataCtx, kiosk: RwSignal<bool>) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let device = Device { installed: platform::installed(), kiosk: kiosk.get(), save_data: platform::saves_data() };
        let Some(d) = data.ready() else { return false };
        if !update::keep_ahead(device) || !platform::online() {
            return false;
        }
        set_timeout(
            move || {
                spawn_local(async move {
                    if let Err(e) = keep_optional(&d.manifest).await {
                        leptos::logging::warn!("optional files not kept: {e}");
                    }
                })
            },
            FIRST_CHECK_AFTER,
        );
        true
    });
}

/// The date of the bundle in use, for messages.
fn data_date(data: DataCtx) -> String {
    match data.state.get() {
        DataState::Ready(d) => d.manifest.built.clone(),
        _ => String::new(),
    }
}

/// "You are offline": what works and what needs a connection.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let ctx = use_offline();
    let locale = use_locale();
    let text = move || tr(locale.get(), "offline-banner", &[("date", data_date(ctx.data).into())]);
    view! {
        <div class="offline-banner" role="status" aria-live="polite">
            {move || (!ctx.online.get()).then(|| view! {
                <p class="offline-banner__inner">
                    <span class="offline-banner__mark" aria-hidden="true">"⚡︎"</span>
                    <strong>{text}</strong>
                    " "
                    <span>{t("offline-banner-limits")}</span>
                </p>
            })}
        </div>
    }
}

/// The "new version" prompt, or why an update was refused.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ctx = use_offline();
    let locale = use_locale();
    let failure = move || {
        let loc = locale.get();
        let date = data_date(ctx.data);
        match ctx.data_update.get() {
            DataUpdate::Failed(LoadError::HashMismatch { file }) => {
                Some(tr(loc, "update-failed-hash", &[("file", file.into()), ("date", date.into())]))
            }
            DataUpdate::Failed(_) => Some(tr(loc, "update-failed", &[("date", date.into())])),
            _ if ctx.app_update_failed.get() => Some(tr(loc, "update-failed-app", &[])),
            _ => None,
        }
    };
    view! {
        <div class="update-banner" role="status" aria-live="polite">
            {move || {
                if ctx.dismissed.get() {
                    return None;
                }
                if ctx.update_ready() {
                    return Some(view! {
                        <div class="update-banner__inner">
                            <p>{t("update-ready")}</p>
                            <button type="button" class="update-banner__reload" on:click=move |_| ctx.apply(None)>{t("update-reload")}</button>
                            <button type="button" class="secondary" on:click=move |_| ctx.dismissed.set(true)>{t("update-later")}</button>
                        </div>
                    }.into_any());
                }
                failure().map(|text| view! {
                    <div class="update-banner__inner update-banner__inner--failed">
                        <p>{text}</p>
                        <button type="button" class="secondary" on:click=move |_| ctx.dismissed.set(true)>{t("update-dismiss")}</button>
                    </div>
                }.into_any())
            }}
        </div>
    }
}
