//! The search box (an ARIA 1.2 combobox with place suggestions), the "use my location"
//! button, and the line that says what the results are near (or what went wrong).
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;

use crate::app::data::{use_data, want_shard};
use crate::app::finder::{navigator, use_finder, FinderCtx, LocateState, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::app::offline::use_offline;
use crate::domain::finder::{suggestion_label, OriginLabel, ResolveError};
use crate::domain::places::{matched_name, step};
use crate::domain::query::{fsa_being_typed, QueryError};
use crate::i18n::{format_distance, tr, Arg, Locale};
use crate::nav::FinderState;
use crate::platform::geolocation;

/// How many suggestions the list shows.
const SUGGESTIONS: usize = 8;

/// A new search: keeps the filters, drops the previous location, selection and paging.
fn searched(s: &FinderState) -> FinderState {
    FinderState { q: None, at: None, province: None, selected: None, shown: crate::nav::PAGE_SIZE, ..s.clone() }
}

/// The combobox's state: what is typed, whether the list is open, the active option and
/// the suggestions (computed only while the list can show: a submitted search does not
/// pay for them).
#[derive(Clone, Copy)]
struct Combobox {
    text: RwSignal<String>,
    open: RwSignal<bool>,
    active: RwSignal<Option<usize>>,
    suggestions: Memo<Option<Vec<String>>>,
}

impl Combobox {
    fn new(f: FinderCtx) -> Self {
        let text = RwSignal::new(f.state.get_untracked().q.unwrap_or_default());
        let open = RwSignal::new(false);
        let suggestions = Memo::new(move |_| {
            if !open.get() {
                return None;
            }
            let cat = f.catalog.get()?;
            let labels: Vec<String> = cat
                .suggest(&text.get(), SUGGESTIONS)
                .into_iter()
                .map(|s| {
                    let p = cat.place(s);
                    suggestion_label(p, matched_name(p, s.name))
                })
                .collect();
            Some(labels)
        });
        Combobox { text, open, active: RwSignal::new(None), suggestions }
    }

    fn count(self) -> usize {
        self.suggestions.with(|s| s.as_ref().map_or(0, Vec::len))
    }

    fn expanded(self) -> bool {
        self.open.get() && self.count() > 0
    }

    fn close(self) {
        self.open.set(false);
        self.active.set(None);
    }

    /// The keys of an ARIA combobox; `choose` takes a suggestion.
    fn keydown(self, ev: &KeyboardEvent, choose: impl Fn(usize)) {
        let key = ev.key();
        let down = key == "ArrowDown";
        if down || key == "ArrowUp" {
            // The arrows open a closed list (suggestions are computed only while open).
            if !self.open.get_untracked() {
                self.open.set(true);
            }
            if let Some(next) = step(self.active.get_untracked(), self.count(), down) {
                ev.prevent_default();
                self.active.set(Some(next));
            }
            return;
        }
        match key.as_str() {
            "Enter" => {
                if let (true, Some(i)) = (self.expanded(), self.active.get_untracked()) {
                    ev.prevent_default();
                    choose(i);
                }
            }
            "Escape" => {
                if self.expanded() {
                    ev.prevent_default();
                    self.close();
                } else {
                    self.text.set(String::new());
                }
            }
            _ => {}
        }
    }
}

/// Back/forward and shared links change the URL: the box follows. (A memo: other URL
/// changes, a filter or a selection, leave the box alone.) A kiosk reset clears what was
/// typed, even if it was never searched.
fn follow_url_and_resets(f: FinderCtx, text: RwSignal<String>, open: RwSignal<bool>) {
    let url_q = Memo::new(move |_| f.state.with(|s| s.q.clone()));
    Effect::new(move |_| {
        let q = url_q.get().unwrap_or_default();
        if text.with_untracked(|t| *t != q) {
            text.set(q);
        }
    });
    let kiosk = use_kiosk();
    Effect::new(move |prev: Option<u32>| {
        let n = kiosk.resets.get();
        if prev.is_some_and(|p| p != n) {
            text.set(String::new());
            open.set(false);
        }
        n
    });
}

fn option_id(i: usize) -> String {
    let mut s = String::from("search-option-");
    s.push_str(&i.to_string());
    s
}

/// The suggestions' `<li>`s.
fn options(
    suggestions: Memo<Option<Vec<String>>>,
    active: RwSignal<Option<usize>>,
    choose: impl Fn(usize) + Clone + 'static,
) -> impl IntoView {
    suggestions
        .get()
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let choose = choose.clone();
            view! {
                <li
                    id=option_id(i)
                    role="option"
                    class="combobox__option"
                    aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                    on:mousedown=|ev| ev.prevent_default()
                    on:click=move |_| choose(i)
                >
                    {label}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let go = navigator();
    let cb = Combobox::new(f);
    let Combobox { text, open, active, suggestions } = cb;
    follow_url_and_resets(f, text, open);
    let data = use_data();

    let submit = move |value: String| {
        cb.close();
        // A typed search replaces any earlier "location denied" message.
        f.locate.set(LocateState::Idle);
        let mut next = searched(&f.state.get_untracked());
        next.q = Some(crate::domain::text::clean(&value));
        go(&next, false);
    };
    let on_submit = {
        let submit = submit.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            submit(text.get_untracked());
        }
    };
    let choose = move |i: usize| {
        if let Some(label) = suggestions.with_untracked(|s| s.as_ref().and_then(|l| l.get(i).cloned())) {
            text.set(label.clone());
            submit(label);
        }
    };
    let on_keydown = {
        let choose = choose.clone();
        move |ev: KeyboardEvent| cb.keydown(&ev, &choose)
    };
    let announce = move || {
        if !cb.expanded() {
            return String::new();
        }
        tr(locale.get(), "search-suggestion-count", &[("count", Arg::from(cb.count()))])
    };

    view! {
        <form role="search" class="search" on:submit=on_submit>
            <label for="search-input" class="search__label">{t("search-label")}</label>
            <p id="search-hint" class="hint">{t("search-hint")}</p>
            <div class="search__row">
                <div class="combobox">
                    <input
                        id="search-input"
                        type="text"
                        role="combobox"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        enterkeyhint="search"
                        aria-autocomplete="list"
                        aria-controls="search-listbox"
                        aria-describedby="search-hint"
                        aria-expanded=move || if cb.expanded() { "true" } else { "false" }
                        aria-activedescendant=move || if cb.expanded() { active.get().map(option_id) } else { None }
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            // A full postal code on its way: its shard too.
                            if let Some(fsa) = fsa_being_typed(&typed) {
                                want_shard(data, fsa);
                            }
                            text.set(typed);
                            open.set(true);
                            active.set(None);
                        }
                        on:keydown=on_keydown
                        on:blur=move |_| open.set(false)
                    />
                    <ul id="search-listbox" role="listbox" class="combobox__list" aria-label=t("search-suggestions") hidden=move || !cb.expanded()>
                        {move || options(suggestions, active, choose.clone())}
                    </ul>
                </div>
                <button type="submit" class="search__submit">{t("search-button")}</button>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{announce}</p>
        </form>
    }
}

#[component]
pub fn LocateButton() -> impl IntoView {
    let kiosk = use_kiosk();
    move || {
        if kiosk.on.get() {
            // A kiosk does not ask for the device's position: it knows where it is.
            kiosk.here().is_some().then(|| view! { <KioskHereButton/> }.into_any())
        } else {
            Some(view! { <DeviceLocateButton/> }.into_any())
        }
    }
}

/// Back to the offices near the kiosk, keeping the filters.
#[component]
fn KioskHereButton() -> impl IntoView {
    let f = use_finder();
    let go = navigator();
    let on_click = move |_| go(&searched(&f.state.get_untracked()), false);
    view! {
        <div class="locate">
            <button type="button" class="secondary locate__button" on:click=on_click>
                <span aria-hidden="true" class="locate__icon">"◎"</span>
                {t("kiosk-near-here")}
            </button>
        </div>
    }
}

#[component]
fn DeviceLocateButton() -> impl IntoView {
    let f = use_finder();
    let go = navigator();
    let on_click = move |_| {
        f.locate.set(LocateState::Busy);
        let go = go.clone();
        geolocation::locate(move |r| match r {
            Ok(pos) => {
                f.locate.set(LocateState::Idle);
                let mut next = searched(&f.state.get_untracked());
                // Three decimals (about 100 m) are enough and keep the URL short.
                let round = |x: f64| (x * 1000.0).round() / 1000.0;
                next.at = Some(crate::domain::geo::LatLon::new(round(pos.lat), round(pos.lon)));
                go(&next, false);
            }
            Err(e) => f.locate.set(LocateState::Failed(e)),
        });
    };
    view! {
        <div class="locate">
            <button type="button" class="secondary locate__button" on:click=on_click disabled=move || f.locate.get() == LocateState::Busy>
                <span aria-hidden="true" class="locate__icon">"◎"</span>
                {t("locate-button")}
            </button>
            <p class="hint">{t("locate-privacy")}</p>
        </div>
    }
}

/// The message id and arguments for a resolution failure.
fn resolve_error(e: &ResolveError, input: &str, loc: Locale) -> String {
    match e {
        ResolveError::Query(QueryError::MalformedPostalCode) => {
            tr(loc, "search-error-postal-malformed", &[("input", input.into())])
        }
        ResolveError::Query(q) => tr(loc, q.message_id(), &[]),
        ResolveError::UnknownPlace => tr(loc, "search-error-unknown-place", &[("input", input.into())]),
        ResolveError::UnknownFsa => {
            let fsa: String = input.chars().filter(|c| !c.is_whitespace()).take(3).collect::<String>().to_uppercase();
            tr(loc, "search-error-unknown-fsa", &[("input", fsa.into())])
        }
        ResolveError::UnknownPostalCode => {
            let fsa: String = input.chars().filter(|c| !c.is_whitespace()).take(3).collect::<String>().to_uppercase();
            tr(loc, "search-error-unknown-postal", &[("input", input.to_uppercase().into()), ("fsa", fsa.into())])
        }
    }
}

/// "Offices nearest to …", or why there are none.
#[component]
pub fn OriginLine() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let kiosk = use_kiosk();
    let offline = use_offline();
    let line = move || {
        let loc = locale.get();
        if let LocateState::Failed(e) = f.locate.get() {
            return Some((true, tr(loc, e.message_id(), &[]), None));
        }
        if f.locate.get() == LocateState::Busy {
            return Some((false, tr(loc, "locate-busy", &[]), None));
        }
        match f.origin.get() {
            OriginState::None | OriginState::Resolving => None,
            OriginState::Failed(e) => {
                let input = f.state.with(|s| s.q.clone()).unwrap_or_default();
                Some((true, resolve_error(&e, &input, loc), None))
            }
            OriginState::Ready(o) => {
                let text = match &o.label {
                    OriginLabel::PostalCode(code) => tr(loc, "search-near-postal", &[("code", code.as_str().into())]),
                    OriginLabel::Fsa { code, place, fallback: true, .. } if !offline.online.get() => {
                        let input = f.state.with(|s| s.q.clone()).unwrap_or_default().to_uppercase();
                        tr(
                            loc,
                            "search-near-fsa-offline",
                            &[
                                ("input", input.into()),
                                ("code", code.as_str().into()),
                                ("place", place.as_str().into()),
                            ],
                        )
                    }
                    OriginLabel::Fsa { code, place, fallback, .. } => tr(
                        loc,
                        if *fallback { "search-near-fsa-fallback" } else { "search-near-fsa" },
                        &[("code", code.as_str().into()), ("place", place.as_str().into())],
                    ),
                    OriginLabel::Place { name, province } => tr(
                        loc,
                        "search-near-place",
                        &[("place", name.as_str().into()), ("province", province.name(loc).into())],
                    ),
                    OriginLabel::Device => tr(loc, "search-near-device", &[]),
                    OriginLabel::Kiosk => {
                        let name = kiosk.here().and_then(|h| h.label.get(loc).map(|(s, _)| s.to_owned()));
                        match name {
                            Some(place) => tr(loc, "kiosk-here-named", &[("place", place.into())]),
                            None => tr(loc, "kiosk-here", &[]),
                        }
                    }
                };
                let note = match &o.label {
                    OriginLabel::Fsa { spread_km: Some(km), .. } => Some(tr(
                        loc,
                        "search-area-spread",
                        &[("distance", format_distance(f64::from(*km) * 1000.0, loc).into())],
                    )),
                    _ => o.approximate.then(|| tr(loc, "search-approximate-origin", &[])),
                };
                Some((false, text, note))
            }
        }
    };
    view! {
        <div class="origin" aria-live="polite">
            {move || line().map(|(error, text, note)| {
                view! {
                    <p class=if error { "notice notice--error origin__text" } else { "origin__text" }>{text}</p>
                    {note.map(|n| view! { <p class="hint">{n}</p> })}
                }
            })}
        </div>
    }
}
