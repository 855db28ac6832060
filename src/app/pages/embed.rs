//! `/embed`: choose presets and locks, get the snippet for a host page, and see it live in
//! a preview frame (Guichet framing itself, resized by the same messages a host gets).
//! The form is local state: it is a tool, not a view worth a shareable URL.
use leptos::html;
use leptos::prelude::*;

use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::app::labels;
use crate::domain::filter::ServiceLanguage;
use crate::domain::model::{Category, Level, Province};
use crate::embed::{self, Lock, Snippet};
use crate::i18n::{tr, Locale};
use crate::nav::{self, FinderState, Page};
use crate::platform;

fn own_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

fn toggled<T: PartialEq + Copy>(list: &[T], x: T, on: bool) -> Vec<T> {
    let mut v: Vec<T> = list.iter().copied().filter(|y| *y != x).collect();
    if on {
        v.push(x);
    }
    v
}

/// The form's choices. Closures take the fields they use, never the whole struct, unless
/// they need them all (the snippet and the preview's address).
#[derive(Clone, Copy)]
struct Settings {
    lang: RwSignal<Option<Locale>>,
    preset: RwSignal<FinderState>,
    locks: RwSignal<Vec<Lock>>,
    notify: RwSignal<bool>,
    height: RwSignal<u32>,
}

impl Settings {
    /// The presets as URL parameters (lang first), without paging, selection or view.
    fn params(self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        if let Some(l) = self.lang.get() {
            pairs.push(("lang".into(), l.code().into()));
        }
        pairs.extend(self.preset.get().to_pairs());
        pairs
    }

    /// The snippet a host page pastes, for Guichet at `origin`.
    fn snippet(self, origin: &str) -> String {
        let (notify, height) = (self.notify.get(), self.height.get());
        let params = self.params();
        self.locks.with(|locks| Snippet::generated(origin, params, locks, notify, height)).html()
    }

    /// The preview: this very app framed in embed mode, posting its height back to `origin`.
    fn preview_src(self, origin: &str) -> String {
        let notify = self.notify.get();
        let params = self.params();
        let pairs = self.locks.with(|locks| embed::preview_pairs(params, locks, notify, origin));
        nav::join(&Page::Home.path(), &nav::encode_query(&pairs))
    }
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let locale = use_locale();
    let s = Settings {
        lang: RwSignal::new(Some(locale.get_untracked())),
        preset: RwSignal::new(FinderState::parse("")),
        locks: RwSignal::new(Vec::new()),
        notify: RwSignal::new(false),
        height: RwSignal::new(embed::DEFAULT_HEIGHT),
    };
    view! {
        <section class="page page--embed" aria-labelledby="embed-title">
            <h1 id="embed-title">{t("embed-title")}</h1>
            <p class="lead">{t("embed-intro")}</p>
            <div class="embed-tool">
                <form class="embed-form" on:submit=|ev| ev.prevent_default()>
                    <h2 class="embed-form__title">{t("embed-settings")}</h2>
                    {language(s.lang)}
                    {place(s.preset, locale)}
                    {filters(s.preset, locale)}
                    {frame_settings(s)}
                </form>
                {output(s, own_origin())}
            </div>
        </section>
    }
}

/// A checkbox whose label is a message id: the levels, categories and locks share it, so
/// its view is compiled once.
fn check(
    checked: Box<dyn Fn() -> bool + Send + Sync>,
    change: Box<dyn Fn(bool) + Send + Sync>,
    label: &'static str,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=move |ev| change(event_target_checked(&ev))/>
            {t(label)}
        </label>
    }
}

/// The language of the frame: English, French or the visitor's.
fn language(lang: RwSignal<Option<Locale>>) -> impl IntoView {
    let lang_choice = move |value: Option<Locale>, label: &'static str| {
        let id = match value {
            Some(Locale::En) => "embed-lang-en",
            Some(Locale::Fr) => "embed-lang-fr",
            None => "embed-lang-auto",
        };
        view! {
            <label class="check">
                <input type="radio" name="embed-lang" id=id prop:checked=move || lang.get() == value on:change=move |_| lang.set(value)/>
                {t(label)}
            </label>
        }
    };
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("embed-lang")}</legend>
            {lang_choice(Some(Locale::En), "embed-lang-en")}
            {lang_choice(Some(Locale::Fr), "embed-lang-fr")}
            {lang_choice(None, "embed-lang-auto")}
        </fieldset>
    }
}

/// Where: a location to search, or a province to browse.
fn place(preset: RwSignal<FinderState>, locale: Memo<Locale>) -> impl IntoView {
    let provinces = move || {
        let loc = locale.get();
        let chosen = preset.with(|s| s.province);
        std::iter::once(
            view! { <option value="" selected=chosen.is_none()>{tr(loc, "embed-province-none", &[])}</option> },
        )
        .chain(Province::ALL.into_iter().map(|p| {
            view! { <option value=p.code() selected=chosen == Some(p)>{p.name(loc).to_owned()}</option> }
        }))
        .collect_view()
    };
    view! {
        <div class="filters__group">
            <label for="embed-q" class="filters__legend">{t("embed-location")}</label>
            <p id="embed-q-hint" class="hint">{t("search-hint")}</p>
            <input id="embed-q" type="text" autocomplete="off" aria-describedby="embed-q-hint"
                prop:value=move || preset.with(|s| s.q.clone().unwrap_or_default())
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    preset.update(|s| s.q = crate::domain::text::non_empty(&crate::domain::text::clean(&v)));
                }/>
        </div>
        <div class="filters__group">
            <label for="embed-prov" class="filters__legend">{t("embed-province")}</label>
            <select id="embed-prov" on:change=move |ev| {
                let v = event_target_value(&ev);
                preset.update(|s| s.province = Province::parse(&v));
            }>{provinces}</select>
        </div>
    }
}

/// The preset filters: levels, categories, networks, language of service, distance.
fn filters(preset: RwSignal<FinderState>, locale: Memo<Locale>) -> impl IntoView {
    let levels = Level::ALL
        .into_iter()
        .map(|l| {
            check(
                Box::new(move || preset.with(|s| s.levels.contains(&l))),
                Box::new(move |on| {
                    preset.update(|s| {
                        s.levels = toggled(&s.levels, l, on);
                        s.levels.sort();
                    })
                }),
                labels::level(l),
            )
        })
        .collect_view();
    let categories = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Library)
        .map(|c| {
            check(
                Box::new(move || preset.with(|s| s.categories.contains(&c))),
                Box::new(move |on| {
                    preset.update(|s| {
                        s.categories = toggled(&s.categories, c, on);
                        s.categories.sort();
                    })
                }),
                labels::category(c),
            )
        })
        .collect_view();
    let speaks = move || {
        let loc = locale.get();
        let chosen = preset.with(|s| s.speaks);
        [
            (ServiceLanguage::Any, "filter-language-any"),
            (ServiceLanguage::English, "filter-language-en"),
            (ServiceLanguage::French, "filter-language-fr"),
            (ServiceLanguage::Both, "filter-language-both"),
        ]
        .into_iter()
        .map(|(l, label)| view! { <option value=l.id() selected=chosen == l>{tr(loc, label, &[])}</option> })
        .collect_view()
    };
    let radii = move || crate::app::components::filters::radius_choices(locale.get(), preset.with(|s| s.radius_km));
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("filter-level")}</legend>
            {levels}
        </fieldset>
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("filter-category")}</legend>
            {categories}
        </fieldset>
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("filter-network")}</legend>
            {networks(preset, locale)}
        </fieldset>
        <div class="filters__group">
            <label for="embed-speaks" class="filters__legend">{t("filter-language")}</label>
            <select id="embed-speaks" on:change=move |ev| {
                let v = event_target_value(&ev);
                preset.update(|s| s.speaks = ServiceLanguage::from_id(&v).unwrap_or_default());
            }>{speaks}</select>
        </div>
        <div class="filters__group">
            <label for="embed-radius" class="filters__legend">{t("filter-radius")}</label>
            <select id="embed-radius" on:change=move |ev| {
                let v = event_target_value(&ev);
                preset.update(|s| s.radius_km = v.parse().ok());
            }>{radii}</select>
        </div>
    }
}

/// The networks of the catalog, once it is built (optional layers aside).
fn networks(preset: RwSignal<FinderState>, locale: Memo<Locale>) -> impl IntoView {
    let f = use_finder();
    move || {
        let loc = locale.get();
        let cat = f.catalog.get()?;
        Some(
            cat.networks
                .iter()
                .filter(|n| !n.optional_layer)
                .map(|n| {
                    let id = n.id.clone();
                    let id2 = id.clone();
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || preset.with(|s| s.networks.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let id = id2.clone();
                                    preset.update(|s| {
                                        s.networks.retain(|x| *x != id);
                                        if on { s.networks.push(id); }
                                    })
                                }/>
                            {n.name.show(loc).to_owned()}
                        </label>
                    }
                })
                .collect_view(),
        )
    }
}

/// What the host locks, the messages it wants, the frame's first height.
fn frame_settings(s: Settings) -> impl IntoView {
    let Settings { locks, notify, height, .. } = s;
    let lock_boxes = Lock::ALL
        .into_iter()
        .map(|l| {
            check(
                Box::new(move || locks.with(|v| v.contains(&l))),
                Box::new(move |on| locks.update(|v| *v = toggled(v, l, on))),
                l.label(),
            )
        })
        .collect_view();
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("embed-lock-legend")}</legend>
            <p class="hint">{t("embed-lock-hint")}</p>
            {lock_boxes}
        </fieldset>
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("embed-messages")}</legend>
            <label class="check">
                <input type="checkbox" prop:checked=move || notify.get() on:change=move |ev| notify.set(event_target_checked(&ev))/>
                {t("embed-notify")}
            </label>
        </fieldset>
        <div class="filters__group">
            <label for="embed-height" class="filters__legend">{t("embed-height")}</label>
            <input id="embed-height" type="number" inputmode="numeric" min="200" max=embed::MAX_HEIGHT.to_string() step="50"
                prop:value=move || height.get().to_string()
                on:change=move |ev| {
                    if let Ok(h) = event_target_value(&ev).trim().parse::<u32>() {
                        height.set(h.clamp(200, embed::MAX_HEIGHT));
                    }
                }/>
        </div>
    }
}

/// The snippet, its copy button and the live preview.
fn output(s: Settings, origin: String) -> impl IntoView {
    let snippet = {
        let origin = origin.clone();
        move || s.snippet(&origin)
    };
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let copy = {
        let snippet = snippet.clone();
        move |_| platform::copy_text(&snippet(), move |ok| copied.set(Some(ok)))
    };
    view! {
        <div class="embed-output">
            <h2>{t("embed-code")}</h2>
            <label for="embed-code" class="hint">{t("embed-code-hint")}</label>
            <textarea id="embed-code" class="embed-code" readonly rows="6" spellcheck="false" prop:value=snippet></textarea>
            <p>
                <button type="button" class="secondary" on:click=copy>{t("embed-copy")}</button>
            </p>
            <p role="status" aria-live="polite">
                {move || copied.get().map(|ok| t(if ok { "embed-copied" } else { "embed-copy-failed" })())}
            </p>
            <p class="hint">{t("embed-host-note")}</p>
            <h2>{t("embed-preview")}</h2>
            {preview(s, origin)}
        </div>
    }
}

/// The preview frame, resized by the messages it posts (accepted only from that frame,
/// at this page's own origin).
fn preview(s: Settings, origin: String) -> impl IntoView {
    let src = {
        let origin = origin.clone();
        move || s.preview_src(&origin)
    };
    let frame: NodeRef<html::Iframe> = NodeRef::new();
    let preview_height = RwSignal::new(embed::DEFAULT_HEIGHT);
    let listener = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        if ev.origin() != origin {
            return;
        }
        let from_preview =
            frame.get_untracked().and_then(|el| el.content_window()).zip(ev.source()).is_some_and(|(w, s)| {
                let (w, s): (&wasm_bindgen::JsValue, &wasm_bindgen::JsValue) = (w.as_ref(), s.as_ref());
                w == s
            });
        if !from_preview {
            return;
        }
        let data = ev.data();
        let field = |k: &str| crate::platform::property(&data, k);
        if field("type").and_then(|v| v.as_string()).as_deref() == Some(embed::RESIZE) {
            if let Some(h) = field("height").and_then(|v| v.as_f64()).and_then(embed::message_height) {
                preview_height.set(h);
            }
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        <iframe
            node_ref=frame
            class="embed-preview"
            src=src
            title=t("embed-preview-title")
            allow="geolocation"
            height=move || preview_height.get().to_string()
        ></iframe>
    }
}
