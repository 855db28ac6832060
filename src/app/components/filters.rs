//! The filter panel: every option shows how many points it would give.
use leptos::prelude::*;

use crate::app::finder::{navigator, use_finder, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::labels;
use crate::domain::filter::ServiceLanguage;
use crate::domain::model::{Category, Level};
use crate::i18n::{format_number, tr, Arg, Locale, NumberFormat};
use crate::nav::{FinderState, RADII_KM};

/// "Label (count)", with the count formatted for the locale.
fn option_label(loc: Locale, label: &str, count: u32) -> String {
    tr(
        loc,
        "filter-option",
        &[("label", label.into()), ("count", format_number(f64::from(count), loc, NumberFormat::INTEGER).into())],
    )
}

fn toggle<T: PartialEq + Clone>(list: &[T], x: &T) -> Vec<T> {
    if list.contains(x) {
        list.iter().filter(|y| *y != x).cloned().collect()
    } else {
        let mut v = list.to_vec();
        v.push(x.clone());
        v
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
    let apply = StoredValue::new_local(apply);
    let counts = move || f.results.get().map(|r| r.counts.clone()).unwrap_or_default();

    let levels = move || {
        let loc = locale.get();
        let c = counts();
        let chosen = f.state.with(|s| s.levels.clone());
        Level::ALL
            .into_iter()
            .map(|l| {
                let label = option_label(loc, &tr(loc, labels::level(l), &[]), c.levels[l as usize]);
                let checked = chosen.contains(&l);
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.levels = toggle(&s.levels, &l)))/>
                        <span class=format!("level-mark level-mark--{}", l.id()) aria-hidden="true"></span>
                        {label}
                    </label>
                }
            })
            .collect_view()
    };
    let networks = move || {
        let loc = locale.get();
        let c = counts();
        let chosen = f.state.with(|s| s.networks.clone());
        let Some(cat) = f.catalog.get() else { return Vec::new() };
        cat.networks
            .iter()
            .enumerate()
            .filter(|(i, n)| !n.optional_layer && (c.networks.get(*i).copied().unwrap_or(0) > 0 || chosen.contains(&n.id)))
            .map(|(i, n)| {
                let id = n.id.clone();
                let label = option_label(loc, n.name.show(loc), c.networks.get(i).copied().unwrap_or(0));
                let checked = chosen.contains(&id);
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.networks = toggle(&s.networks, &id)))/>
                        {label}
                    </label>
                }
            })
            .collect::<Vec<_>>()
    };
    let categories = move || {
        let loc = locale.get();
        let c = counts();
        let chosen = f.state.with(|s| s.categories.clone());
        Category::ALL
            .into_iter()
            .filter(|cat| *cat != Category::Library && (c.categories[*cat as usize] > 0 || chosen.contains(cat)))
            .map(|cat| {
                let label = option_label(loc, &tr(loc, labels::category(cat), &[]), c.categories[cat as usize]);
                let checked = chosen.contains(&cat);
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.categories = toggle(&s.categories, &cat)))/>
                        {label}
                    </label>
                }
            })
            .collect::<Vec<_>>()
    };
    let languages = move || {
        let loc = locale.get();
        let c = counts();
        let chosen = f.state.with(|s| s.speaks);
        let any = std::iter::once((ServiceLanguage::Any, tr(loc, "filter-language-any", &[])));
        let rest = ServiceLanguage::CHOICES.into_iter().enumerate().map(move |(i, l)| {
            let id = match l {
                ServiceLanguage::English => "filter-language-en",
                ServiceLanguage::French => "filter-language-fr",
                _ => "filter-language-both",
            };
            (l, option_label(loc, &tr(loc, id, &[]), c.languages[i]))
        });
        any.chain(rest)
            .map(|(l, label)| {
                view! {
                    <label class="check">
                        <input type="radio" name="speaks" prop:checked=chosen == l on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.speaks = l))/>
                        {label}
                    </label>
                }
            })
            .collect_view()
    };
    let open_counts = move || {
        let c = counts();
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
    let libraries_label = move || {
        let loc = locale.get();
        let c = counts();
        let has = f.catalog.get().is_some_and(|cat| cat.has_libraries);
        let label = tr(loc, "filter-libraries", &[]);
        if has {
            option_label(loc, &label, c.libraries)
        } else {
            label
        }
    };
    let has_origin = move || matches!(f.origin.get(), OriginState::Ready(_));
    let radius_options = move || {
        let loc = locale.get();
        let chosen = f.state.with(|s| s.radius_km);
        std::iter::once((None, tr(loc, "filter-radius-any", &[])))
            .chain(RADII_KM.into_iter().map(|km| (Some(km), tr(loc, "filter-radius-km", &[("km", Arg::from(km))]))))
            .map(|(value, label)| {
                let v = value.map(|k| k.to_string()).unwrap_or_default();
                view! { <option value=v selected=chosen == value>{label}</option> }
            })
            .collect_view()
    };
    let summary = move || tr(locale.get(), "filters-active", &[("count", Arg::from(f.state.with(active_count)))]);

    view! {
        <details class="filters" open=true>
            <summary class="filters__summary">{summary}</summary>
            <div class="filters__body">
                <div class="filters__group" class:hidden=move || !has_origin()>
                    <label for="filter-radius" class="filters__legend">{t("filter-radius")}</label>
                    <select id="filter-radius" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        apply.with_value(|a| a(&|s: &mut FinderState| s.radius_km = v.parse().ok()));
                    }>
                        {radius_options}
                    </select>
                </div>
                <fieldset class="filters__group">
                    <legend class="filters__legend">{t("filter-open")}</legend>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || f.state.with(|s| s.open_now) on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.open_now = !s.open_now))/>
                        {t("filter-open")}
                    </label>
                    <p class="hint">{open_counts}</p>
                </fieldset>
                <fieldset class="filters__group">
                    <legend class="filters__legend">{t("filter-level")}</legend>
                    {levels}
                </fieldset>
                <fieldset class="filters__group">
                    <legend class="filters__legend">{t("filter-category")}</legend>
                    {categories}
                </fieldset>
                <fieldset class="filters__group">
                    <legend class="filters__legend">{t("filter-language")}</legend>
                    {languages}
                </fieldset>
                <fieldset class="filters__group">
                    <legend class="filters__legend">{t("filter-network")}</legend>
                    {networks}
                </fieldset>
                <fieldset class="filters__group">
                    <legend class="visually-hidden">{t("filter-libraries")}</legend>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || f.state.with(|s| s.libraries) on:change=move |_| apply.with_value(|a| a(&|s: &mut FinderState| s.libraries = !s.libraries))/>
                        {libraries_label}
                    </label>
                </fieldset>
                <button type="button" class="secondary" on:click=move |_| apply.with_value(|a| a(&|s: &mut FinderState| {
                    let keep = FinderState { q: s.q.clone(), at: s.at, province: s.province, selected: s.selected.clone(), ..FinderState::parse("") };
                    *s = keep;
                }))>
                    {t("filters-clear")}
                </button>
            </div>
        </details>
    }
}
