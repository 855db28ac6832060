//! The filter panel: every option shows how many points it would give.
use std::sync::Arc;

use leptos::prelude::*;

use super::facets::{choice_group, locked_text, option_label, toggle, Apply, ChoiceFacet};
use super::status::optional_failed;
use crate::app::finder::{navigator, use_finder, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::labels;
use crate::domain::facts::{Parking, PassportLevel};
use crate::domain::filter::FacetCounts;
use crate::domain::filter::{ServiceLanguage, Sign, Wheelchair};
use crate::domain::finder::{Catalog, Results, ServiceChoice};
use crate::domain::model::{Category, Level};
use crate::embed::Lock;
use crate::i18n::{format_number, tr, Arg, Locale, NumberFormat};
use crate::nav::{FinderState, RADII_KM};

/// The label of a language-of-service choice.
fn speaks_label(l: ServiceLanguage) -> &'static str {
    match l {
        ServiceLanguage::Any => "filter-language-any",
        ServiceLanguage::English => "filter-language-en",
        ServiceLanguage::French => "filter-language-fr",
        ServiceLanguage::Both => "filter-language-both",
    }
}

/// How many filters are set (for the summary).
fn active_count(s: &FinderState) -> usize {
    s.levels.len()
        + s.networks.len()
        + s.categories.len()
        + usize::from(s.speaks != ServiceLanguage::Any)
        + usize::from(s.open_now)
        + usize::from(s.libraries)
        + usize::from(s.radius_km.is_some())
        + usize::from(s.service.is_some())
        + s.wheelchair.len()
        + s.sign.len()
        + s.parking.len()
        + s.passport.len()
}

/// The access facets and the passport levels, in the panel's order.
fn fact_facets() -> (ChoiceFacet<Wheelchair>, ChoiceFacet<Sign>, ChoiceFacet<Parking>, ChoiceFacet<PassportLevel>) {
    (
        ChoiceFacet {
            legend: "filter-wheelchair",
            lock: Lock::Wheelchair,
            label: labels::wheelchair,
            counts: |c| &c.wheelchair,
            chosen: |s| &s.wheelchair,
            chosen_mut: |s| &mut s.wheelchair,
        },
        ChoiceFacet {
            legend: "filter-sign",
            lock: Lock::Sign,
            label: labels::sign,
            counts: |c| &c.sign,
            chosen: |s| &s.sign,
            chosen_mut: |s| &mut s.sign,
        },
        ChoiceFacet {
            legend: "filter-parking",
            lock: Lock::Parking,
            label: labels::parking,
            counts: |c| &c.parking,
            chosen: |s| &s.parking,
            chosen_mut: |s| &mut s.parking,
        },
        ChoiceFacet {
            legend: "filter-passport",
            lock: Lock::Passport,
            label: labels::passport_level,
            counts: |c| &c.passport,
            chosen: |s| &s.passport,
            chosen_mut: |s| &mut s.passport,
        },
    )
}

/// The screens where the filters sit beside the results (as in `style/main.css`).
const WIDE: &str = "(min-width: 60rem)";

/// One memo per lock, so a group is rebuilt only when its lock changes.
type Locks = StoredValue<[(Lock, Memo<bool>); 12]>;

/// What every group of the panel reads: the URL state and catalog, the counts (once per
/// search; each option reads its own number from them), the locks, and how to change the
/// state. Closures take the fields they use, never the whole panel.
#[derive(Clone, Copy)]
struct Panel {
    state: Memo<FinderState>,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    origin: Memo<OriginState>,
    locale: Memo<Locale>,
    apply: Apply,
    counts: Memo<FacetCounts>,
    locks: Locks,
}

/// Changes the URL state.
fn set(apply: Apply, change: impl Fn(&mut FinderState)) {
    apply.with_value(|a| a(&change));
}

/// Whether the embedding site locked `lock`.
fn locked(locks: Locks, lock: Lock) -> bool {
    locks.with_value(|m| m.iter().find(|(l, _)| *l == lock).is_some_and(|(_, m)| m.get()))
}

/// What a locked setting shows instead of its controls.
fn fixed(loc: Locale, values: &[String]) -> impl IntoView {
    view! { <p class="locked">{locked_text(loc, values)}</p> }
}

/// The values a locked group shows, in a locale.
type Values = Box<dyn Fn(Locale) -> Vec<String> + Send>;
/// A group's controls.
type Controls = Box<dyn Fn() -> AnyView + Send>;

/// A group a host can lock: its fixed values when locked, else its controls. (One
/// function with boxed closures: its view is compiled once for the four groups.)
fn lockable(p: Panel, legend: &'static str, lock: Lock, values: Values, controls: Controls) -> impl IntoView {
    let (locks, locale) = (p.locks, p.locale);
    let group = move || {
        if locked(locks, lock) {
            let loc = locale.get();
            fixed(loc, &values(loc)).into_any()
        } else {
            controls()
        }
    };
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t(legend)}</legend>
            {group}
        </fieldset>
    }
}

#[component]
pub fn FilterPanel() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let go = navigator();
    // Filter changes replace the history entry: Back returns to the previous search.
    let apply = move |change: &dyn Fn(&mut FinderState)| {
        let mut next = f.state.get_untracked();
        change(&mut next);
        next.shown = crate::nav::PAGE_SIZE;
        go(&next, true);
    };
    let apply: Apply = StoredValue::new_local(Box::new(apply));
    // The counts follow a new search after the frame that paints its list: the list is
    // what the search is for, and eighty labels to format and lay out again would delay it.
    let counts_of = |r: &Option<Arc<Results>>| r.as_ref().map(|r| r.counts.clone()).unwrap_or_default();
    let latest = crate::platform::after_paint_copy(move || f.results.with(counts_of));
    let counts = Memo::new(move |_| latest.get());
    let locks = StoredValue::new(Lock::ALL.map(|l| (l, Memo::new(move |_| f.state.with(|s| s.locked(l))))));
    let p = Panel { state: f.state, catalog: f.catalog, origin: f.origin, locale, apply, counts, locks };
    let summary = move || tr(locale.get(), "filters-active", &[("count", Arg::from(f.state.with(active_count)))]);

    // Open beside the results on a wide screen; on a phone, where it would come between
    // the search and the results, closed until asked for, and its options built then.
    // The options are built once (per catalog for networks); a search only updates their
    // counts, checked states and visibility in place, instead of rebuilding the panel.
    let wide = crate::platform::media_matches(WIDE);
    let opened = RwSignal::new(wide);
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = ev.target().and_then(|t| crate::platform::property(&t, "open")).and_then(|v| v.as_bool());
        if open == Some(true) {
            opened.set(true);
        }
    };
    view! {
        <details class="filters" open=wide on:toggle=on_toggle>
            <summary class="filters__summary">{summary}</summary>
            {move || opened.get().then(|| view! {
            <div class="filters__body">
                {radius(p)}
                {open_now(p)}
                {levels(p)}
                {categories(p)}
                {service(p)}
                {languages(p)}
                {facts(p)}
                {networks(p)}
                {libraries(p)}
                <button type="button" class="secondary" on:click=move |_| set(apply, |s| *s = s.cleared_filters())>
                    {t("filters-clear")}
                </button>
            </div>
            })}
        </details>
    }
}

/// The distance: a select, hidden until there is an origin, or its locked value.
fn radius(p: Panel) -> impl IntoView {
    let Panel { state, origin, locale, apply, locks, .. } = p;
    let has_origin = move || matches!(origin.get(), OriginState::Ready(_));
    let radius_options = move || radius_choices(locale.get(), state.with(|s| s.radius_km));
    let locked_radius = move || {
        let loc = locale.get();
        let value = match state.with(|s| s.radius_km) {
            Some(km) => tr(loc, "filter-radius-km", &[("km", Arg::from(km))]),
            None => tr(loc, "filter-radius-any", &[]),
        };
        fixed(loc, &[value])
    };
    move || {
        if locked(locks, Lock::Radius) {
            view! {
                <div class="filters__group">
                    <p class="filters__legend">{t("filter-radius")}</p>
                    {locked_radius}
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="filters__group" class:hidden=move || !has_origin()>
                    <label for="filter-radius" class="filters__legend">{t("filter-radius")}</label>
                    <select id="filter-radius" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set(apply, |s| s.radius_km = v.parse().ok());
                    }>
                        {radius_options}
                    </select>
                </div>
            }
            .into_any()
        }
    }
}

/// Open now, with how many are open and how many have no hours.
fn open_now(p: Panel) -> impl IntoView {
    let Panel { state, locale, apply, counts, .. } = p;
    let open_counts = move || {
        let c = counts.get();
        let loc = locale.get();
        tr(
            loc,
            "filter-open-count",
            &[
                ("open", format_number(f64::from(c.open), loc, NumberFormat::INTEGER).into()),
                ("unknown", format_number(f64::from(c.hours_unknown), loc, NumberFormat::INTEGER).into()),
            ],
        )
    };
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t("filter-open")}</legend>
            <label class="check">
                <input type="checkbox" prop:checked=move || state.with(|s| s.open_now) on:change=move |_| set(apply, |s| s.open_now = !s.open_now)/>
                {t("filter-open")}
            </label>
            <p class="hint">{open_counts}</p>
        </fieldset>
    }
}

/// Levels of government.
fn levels(p: Panel) -> impl IntoView {
    let Panel { state, locale, apply, counts, .. } = p;
    let values = move |loc: Locale| -> Vec<String> {
        state.with(|s| s.levels.iter().map(|l| tr(loc, labels::level(*l), &[])).collect())
    };
    let controls = move || {
        Level::ALL
            .into_iter()
            .map(|l| {
                let label = move || {
                    let loc = locale.get();
                    option_label(loc, &tr(loc, labels::level(l), &[]), counts.with(|c| c.levels[l as usize]))
                };
                let checked = move || state.with(|s| s.levels.contains(&l));
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=move |_| set(apply, |s| s.levels = toggle(&s.levels, &l))/>
                        <span class=format!("level-mark level-mark--{}", l.id()) aria-hidden="true"></span>
                        {label}
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    lockable(p, "filter-level", Lock::Level, Box::new(values), Box::new(controls))
}

/// Categories of service (libraries have a checkbox of their own).
fn categories(p: Panel) -> impl IntoView {
    let Panel { state, locale, apply, counts, .. } = p;
    let values = move |loc: Locale| -> Vec<String> {
        state.with(|s| s.categories.iter().map(|c| tr(loc, labels::category(*c), &[])).collect())
    };
    let controls = move || {
        Category::ALL
            .into_iter()
            .filter(|cat| *cat != Category::Library)
            .map(|cat| {
                let count = move || counts.with(|c| c.categories[cat as usize]);
                let chosen = move || state.with(|s| s.categories.contains(&cat));
                let label = move || {
                    let loc = locale.get();
                    option_label(loc, &tr(loc, labels::category(cat), &[]), count())
                };
                view! {
                    <label class="check" class:hidden=move || count() == 0 && !chosen()>
                        <input type="checkbox" prop:checked=chosen on:change=move |_| set(apply, |s| s.categories = toggle(&s.categories, &cat))/>
                        {label}
                    </label>
                }
            })
            .collect::<Vec<_>>()
            .into_any()
    };
    lockable(p, "filter-category", Lock::Category, Box::new(values), Box::new(controls))
}

/// The service picker: in-person services from the core bundle (no catalogue to
/// load), each with the offices it would give; federal, then provincial.
fn service(p: Panel) -> impl IntoView {
    let Panel { state, catalog, locale, apply, counts, .. } = p;
    let service_options = move || {
        let loc = locale.get();
        let c = counts.get();
        let chosen = state.with(|s| s.service.clone());
        let cat = catalog.get()?;
        let (federal, provincial) = cat.service_choices(&c.services, chosen.as_deref(), loc);
        let options = |list: Vec<ServiceChoice>| {
            list.into_iter()
                .map(|ch| {
                    let s = &cat.in_person[ch.index];
                    let selected = chosen.as_deref() == Some(s.id.as_str());
                    let (name, lang) = s.name.get(loc).unwrap_or(("", loc));
                    view! { <option value=s.id.clone() lang=lang.code() selected=selected>{option_label(loc, name, ch.count)}</option> }
                })
                .collect_view()
        };
        let group = |label: &'static str, list: Vec<ServiceChoice>| {
            (!list.is_empty()).then(|| view! { <optgroup label=tr(loc, label, &[])>{options(list)}</optgroup> })
        };
        Some(view! {
            <option value="" selected=chosen.is_none()>{tr(loc, "filter-service-any", &[])}</option>
            {group("filter-service-federal", federal)}
            {group("filter-service-provincial", provincial)}
        })
    };
    view! {
        <div class="filters__group">
            <label for="filter-service" class="filters__legend">{t("filter-service")}</label>
            <select id="filter-service" on:change=move |ev| {
                let v = event_target_value(&ev);
                set(apply, |s| s.service = crate::domain::text::non_empty(&v));
            }>
                {service_options}
            </select>
        </div>
    }
}

/// The language of service.
fn languages(p: Panel) -> impl IntoView {
    let Panel { state, locale, apply, counts, .. } = p;
    let values = move |loc: Locale| -> Vec<String> { vec![tr(loc, speaks_label(state.with(|s| s.speaks)), &[])] };
    let controls = move || {
        std::iter::once(ServiceLanguage::Any)
            .chain(ServiceLanguage::CHOICES)
            .map(|l| {
                let label = move || {
                    let loc = locale.get();
                    match ServiceLanguage::CHOICES.iter().position(|x| *x == l) {
                        Some(i) => option_label(loc, &tr(loc, speaks_label(l), &[]), counts.with(|c| c.languages[i])),
                        None => tr(loc, "filter-language-any", &[]),
                    }
                };
                view! {
                    <label class="check">
                        <input type="radio" name="speaks" prop:checked=move || state.with(|s| s.speaks == l) on:change=move |_| set(apply, |s| s.speaks = l)/>
                        {label}
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    lockable(p, "filter-language", Lock::Speaks, Box::new(values), Box::new(controls))
}

/// Passport levels and the access facets.
fn facts(p: Panel) -> impl IntoView {
    let (wc, sign, park, pp) = fact_facets();
    view! {
        {choice_group(pp, p.counts, p.apply)}
        {choice_group(wc, p.counts, p.apply)}
        {choice_group(sign, p.counts, p.apply)}
        {choice_group(park, p.counts, p.apply)}
    }
}

/// Networks (built again when the catalog changes; optional layers have their own checkbox).
fn networks(p: Panel) -> impl IntoView {
    let Panel { state, catalog, locale, apply, counts, .. } = p;
    let values = move |loc: Locale| -> Vec<String> {
        let cat = catalog.get();
        state.with(|s| {
            s.networks
                .iter()
                .map(|id| {
                    cat.as_ref()
                        .and_then(|c| c.networks.iter().find(|n| &n.id == id))
                        .map_or_else(|| id.clone(), |n| n.name.show(loc).to_owned())
                })
                .collect()
        })
    };
    let options = move || {
        let Some(cat) = catalog.get() else { return Vec::new() };
        cat.networks
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.optional_layer)
            .map(|(i, n)| {
                let id = n.id.clone();
                let name = n.name.clone();
                let count = move || counts.with(|c| c.networks.get(i).copied().unwrap_or(0));
                let chosen = Memo::new({
                    let id = id.clone();
                    move |_| state.with(|s| s.networks.contains(&id))
                });
                let label = move || {
                    let loc = locale.get();
                    option_label(loc, name.show(loc), count())
                };
                view! {
                    <label class="check" class:hidden=move || count() == 0 && !chosen.get()>
                        <input type="checkbox" prop:checked=chosen on:change=move |_| set(apply, |s| s.networks = toggle(&s.networks, &id))/>
                        {label}
                    </label>
                }
            })
            .collect::<Vec<_>>()
    };
    let controls = move || options().into_any();
    lockable(p, "filter-network", Lock::Network, Box::new(values), Box::new(controls))
}

/// The libraries layer (its count once the layer is loaded).
fn libraries(p: Panel) -> impl IntoView {
    let Panel { state, catalog, locale, apply, counts, .. } = p;
    let failed = use_finder().libraries_failed;
    let libraries_label = move || {
        let loc = locale.get();
        let c = counts.get();
        let has = catalog.get().is_some_and(|cat| cat.has_libraries);
        let label = tr(loc, "filter-libraries", &[]);
        if has {
            option_label(loc, &label, c.libraries)
        } else {
            label
        }
    };
    view! {
        <fieldset class="filters__group">
            <legend class="visually-hidden">{t("filter-libraries")}</legend>
            <label class="check">
                <input type="checkbox" prop:checked=move || state.with(|s| s.libraries) on:change=move |_| set(apply, |s| s.libraries = !s.libraries)/>
                {libraries_label}
            </label>
            {move || failed.get().map(|e| view! {
                <p class="hint" role="status">
                    {t(optional_failed(&e, "load-error-network"))}
                </p>
            })}
        </fieldset>
    }
}

/// The radius `<option>`s ("any", then `RADII_KM`), `chosen` selected: the finder's filter
/// and the `/embed` generator offer the same choices.
pub fn radius_choices(loc: Locale, chosen: Option<u32>) -> impl IntoView {
    std::iter::once((None, tr(loc, "filter-radius-any", &[])))
        .chain(RADII_KM.into_iter().map(|km| (Some(km), tr(loc, "filter-radius-km", &[("km", Arg::from(km))]))))
        .map(|(value, label)| {
            let v = value.map(|k| k.to_string()).unwrap_or_default();
            view! { <option value=v selected=chosen == value>{label}</option> }
        })
        .collect_view()
}
