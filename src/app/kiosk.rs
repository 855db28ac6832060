//! Kiosk mode in the page: a fixed "you are here", large touch targets, the idle reset,
//! links that become QR codes instead of leaving Guichet, the province's postal codes kept
//! on the device, and persistent storage. The rules (configuration, idle timer) are the
//! pure [`crate::kiosk`] module; this is the DOM wiring.
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::app::data::{prefetch_shards, use_data, DataState};
use crate::app::finder::{use_finder, LocateState};
use crate::app::i18n::{t, use_locale};
use crate::app::offline::use_offline;
use crate::i18n::{tr, Arg, Locale};
use crate::kiosk::{kiosk_on, IdlePhase, IdleTimer, KioskConfig, KioskLocation};
use crate::nav::{self, Href, Page};
use crate::platform::{fetch, storage};
use crate::qr::QrCode;

/// sessionStorage key: this tab was opened as a kiosk (`kiosk=1`).
const SESSION_KEY: &str = "guichet.kiosk";
/// How often the idle timer is looked at.
const TICK: std::time::Duration = std::time::Duration::from_secs(1);

#[derive(Clone, Copy)]
pub struct KioskCtx {
    pub on: RwSignal<bool>,
    pub config: RwSignal<KioskConfig>,
    /// The link shown as a QR code (the dialog is open while this is set).
    pub qr: RwSignal<Option<String>>,
    /// Seconds left before the idle reset, while the countdown shows.
    pub warning: RwSignal<Option<u32>>,
    /// Counts resets: components with state of their own (the search text, the map view)
    /// clear it when this changes.
    pub resets: RwSignal<u32>,
    /// `kiosk=1` was in the URL: the start screen keeps it.
    from_url: StoredValue<bool>,
    /// The language the kiosk opened in.
    opened_in: StoredValue<Locale>,
}

impl KioskCtx {
    /// The fixed "you are here" (kiosk mode with a configured location; tracks both).
    pub fn here(self) -> Option<KioskLocation> {
        if !self.on.get() {
            return None;
        }
        self.config.with(|c| c.location.clone())
    }

    /// The start screen: the finder, in the kiosk's language, nothing entered.
    pub fn start_href(self) -> String {
        let lang = self.config.with_untracked(|c| c.lang).unwrap_or_else(|| self.opened_in.get_value());
        let mut h = Href::new(&Page::Home).lang(lang);
        if self.from_url.get_value() {
            h = h.param("kiosk", "1");
        }
        h.to_string()
    }

    fn start_lang(self) -> Locale {
        self.config.with_untracked(|c| c.lang).unwrap_or_else(|| self.opened_in.get_value())
    }
}

pub fn use_kiosk() -> KioskCtx {
    expect_context::<KioskCtx>()
}

/// Provides [`KioskCtx`]: kiosk mode from the URL (`kiosk=1`, remembered for the tab) or
/// from `/kiosk.json` (`"enabled": true`).
pub fn provide_kiosk(locale: Memo<Locale>) -> KioskCtx {
    let location = use_location();
    let url_flag =
        nav::parse_query(&location.search.get_untracked()).into_iter().find(|(k, _)| k == "kiosk").map(|(_, v)| v);
    match url_flag.as_deref().map(|v| kiosk_on(Some(v), false, false)) {
        Some(true) => storage::session_set(SESSION_KEY, "1"),
        Some(false) => storage::session_set(SESSION_KEY, "0"),
        None => {}
    }
    let remembered = storage::session_get(SESSION_KEY).as_deref() == Some("1");
    let ctx = KioskCtx {
        on: RwSignal::new(kiosk_on(url_flag.as_deref(), remembered, false)),
        config: RwSignal::new(KioskConfig::default()),
        qr: RwSignal::new(None),
        warning: RwSignal::new(None),
        resets: RwSignal::new(0),
        from_url: StoredValue::new(url_flag.as_deref().is_some_and(|v| kiosk_on(Some(v), false, false))),
        opened_in: StoredValue::new(locale.get_untracked()),
    };
    provide_context(ctx);
    spawn_local(async move {
        let Ok(bytes) = fetch::bytes("/kiosk.json", "kiosk.json", true).await else { return };
        match KioskConfig::parse(&bytes) {
            Ok(c) => {
                ctx.on.set(kiosk_on(url_flag.as_deref(), remembered, c.enabled));
                ctx.config.set(c);
            }
            Err(e) => leptos::logging::warn!("{e}; kiosk settings ignored"),
        }
    });
    // The whole page follows: large touch targets, the browser asked to keep the data.
    Effect::new(move |was: Option<bool>| {
        let on = ctx.on.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("kiosk", on);
        }
        if on && was != Some(true) {
            crate::platform::persist_storage();
        }
        on
    });
    ctx
}

/// Whether the screen is at its start: nothing to clear.
fn pristine(ctx: KioskCtx, path: &str, search: &str) -> bool {
    let lang = ctx.start_lang();
    let start = Page::parse(path) == Page::Home
        && nav::parse_query(search)
            .iter()
            .all(|(k, v)| k == "kiosk" || (k == "lang" && Locale::from_tag(v) == Some(lang)));
    let typed = document()
        .get_element_by_id("search-input")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| !i.value().is_empty());
    start && !typed && ctx.qr.get_untracked().is_none()
}

/// Where a click on a link would take the visitor, when that is away from Guichet: another
/// site, another scheme (`tel:`), a new tab, or a file outside the app.
fn leaving(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok().flatten()?;
    let href = link.get_attribute("href")?;
    let here = web_sys::window()?.location();
    let url = web_sys::Url::new_with_base(&href, &here.href().ok()?).ok()?;
    let other_origin = url.origin() != here.origin().ok()?;
    let new_tab = link.get_attribute("target").is_some_and(|t| t == "_blank");
    let file = url.pathname().rsplit('/').next().is_some_and(|last| last.contains('.'));
    (other_origin || new_tab || file).then(|| url.href())
}

/// The kiosk's behaviour: mount once in the shell, after the finder and offline contexts.
#[component]
pub fn KioskRuntime() -> impl IntoView {
    let k = use_kiosk();
    let f = use_finder();
    let offline = use_offline();
    let data = use_data();
    let location = use_location();
    let navigate = use_navigate();
    let now = || js_sys::Date::now() as u64;

    // The idle timer, remade when the configuration arrives.
    let timer = StoredValue::new(IdleTimer::new(&k.config.get_untracked(), now()));
    Effect::new(move |_| {
        let c = k.config.get();
        timer.set_value(IdleTimer::new(&c, now()));
    });
    let activity = move |_: web_sys::Event| {
        if k.on.get_untracked() {
            timer.update_value(|t| t.input(now()));
            if k.warning.get_untracked().is_some() {
                k.warning.set(None);
            }
        }
    };
    let mut handles = Vec::new();
    for name in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        handles.push(window_event_listener_untyped(name, activity));
    }
    // Links never leave a kiosk: they become a QR code to scan.
    handles.push(window_event_listener(leptos::ev::click, move |ev| {
        if !k.on.get_untracked() || ev.default_prevented() {
            return;
        }
        if let Some(url) = leaving(&ev) {
            ev.prevent_default();
            k.qr.set(Some(url));
        }
    }));
    // No "open in new tab" menu on a long press.
    handles.push(window_event_listener(leptos::ev::contextmenu, move |ev| {
        if k.on.get_untracked() {
            ev.prevent_default();
        }
    }));
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
    });

    let reset = {
        let navigate = navigate.clone();
        move || {
            k.qr.set(None);
            k.warning.set(None);
            f.locate.set(LocateState::Idle);
            timer.update_value(|t| t.reset(now()));
            let start = k.start_href();
            // Nobody is using the screen: the moment to switch to a waiting new version.
            if offline.update_ready() {
                offline.apply(Some(&start));
                return;
            }
            navigate(&start, NavigateOptions { replace: true, ..NavigateOptions::default() });
            k.resets.update(|n| *n += 1);
            if let Some(el) = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.blur();
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let tick = set_interval_with_handle(
        move || {
            if !k.on.get_untracked() {
                return;
            }
            let calm = pristine(k, &location.pathname.get_untracked(), &location.search.get_untracked());
            match timer.with_value(|t| t.poll(now(), calm)) {
                IdlePhase::Active => {
                    if k.warning.get_untracked().is_some() {
                        k.warning.set(None);
                    }
                }
                IdlePhase::Warning { seconds_left } => {
                    if k.warning.get_untracked() != Some(seconds_left) {
                        k.warning.set(Some(seconds_left));
                    }
                }
                IdlePhase::Reset => reset(),
            }
        },
        TICK,
    );
    on_cleanup(move || {
        if let Ok(h) = tick {
            h.clear();
        }
    });

    // The province's postal codes, kept on the device (once per bundle and province).
    let prefetched: StoredValue<Option<(String, crate::domain::model::Province)>> = StoredValue::new(None);
    Effect::new(move |_| {
        if !k.on.get() {
            return;
        }
        let DataState::Ready(d) = data.state.get() else { return };
        let Some(cat) = f.catalog.get() else { return };
        let province =
            k.config.with(|c| c.province.or_else(|| c.location.as_ref().and_then(|l| cat.province_at(l.pos))));
        let Some(province) = province else { return };
        let key = (d.manifest.data_version.clone(), province);
        if prefetched.get_value().as_ref() == Some(&key) {
            return;
        }
        prefetched.set_value(Some(key));
        let fsas = cat.fsas_of(province);
        spawn_local(async move {
            match prefetch_shards(&d.manifest, &fsas).await {
                Ok(n) => leptos::logging::log!("kiosk: {n} postal areas of {} on this device", province.code()),
                Err(e) => {
                    leptos::logging::warn!("kiosk: postal codes of {} not all saved: {e}", province.code());
                    prefetched.set_value(None);
                }
            }
        });
    });

    view! {
        <QrDialog/>
        <IdleWarning/>
    }
}

/// "Are you still there?" with the countdown.
#[component]
fn IdleWarning() -> impl IntoView {
    let k = use_kiosk();
    let locale = use_locale();
    move || {
        k.warning.get().map(|s| {
            let body = move || tr(locale.get(), "kiosk-idle-body", &[("seconds", Arg::from(s))]);
            view! {
                <div class="kiosk-idle" role="alertdialog" aria-modal="false" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-body">
                    <h2 id="kiosk-idle-title">{t("kiosk-idle-title")}</h2>
                    <p id="kiosk-idle-body">{body}</p>
                    <button type="button" on:click=move |_| k.warning.set(None)>{t("kiosk-idle-continue")}</button>
                </div>
            }
        })
    }
}

/// The QR code of a link, to scan with a phone.
#[component]
fn QrDialog() -> impl IntoView {
    let k = use_kiosk();
    let locale = use_locale();
    let close_button: NodeRef<html::Button> = NodeRef::new();
    Effect::new(move |_| {
        if k.qr.get().is_some() {
            request_animation_frame(move || {
                if let Some(b) = close_button.try_get_untracked().flatten() {
                    let _ = b.focus();
                }
            });
        }
    });
    let close = move || k.qr.set(None);
    move || {
        k.qr.get().map(|url| {
            let code = QrCode::encode(&url).ok().map(|c| {
                // Four modules of quiet zone on every side, as scanners expect.
                let side = c.size() + 8;
                let view_box = format!("0 0 {side} {side}");
                let path = c.svg_path(4);
                let label = {
                    let url = url.clone();
                    move || tr(locale.get(), "kiosk-qr-image", &[("url", url.as_str().into())])
                };
                view! {
                    <svg class="qr-dialog__code" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges" data-version=c.version()>
                        <rect width=side height=side fill="#fff"/>
                        <path d=path fill="#000"/>
                    </svg>
                }
            });
            let too_long = code.is_none();
            view! {
                <div class="qr-backdrop" on:click=move |_| close()>
                    <div class="qr-dialog" role="dialog" aria-modal="true" aria-labelledby="qr-title" aria-describedby="qr-help"
                        on:click=|ev| ev.stop_propagation()
                        on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                        <h2 id="qr-title">{t("kiosk-qr-title")}</h2>
                        <p id="qr-help">{t("kiosk-qr-help")}</p>
                        {code}
                        {too_long.then(|| view! { <p>{t("kiosk-qr-too-long")}</p> })}
                        <p class="qr-dialog__url">{url.clone()}</p>
                        <button type="button" node_ref=close_button on:click=move |_| close()>{t("kiosk-qr-close")}</button>
                    </div>
                </div>
            }
        })
    }
}
