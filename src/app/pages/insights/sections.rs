//! The page's four sections: each renders figures the model holds, with its own controls.
use leptos::prelude::*;

use super::map::{pair_dots, underserved_dots, InsightsMap};
use super::model::InsightsModel;
use super::table::DataTable;
use super::{navigator, network_options, on_number};
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::coverage::Assignment;
use crate::domain::insights::report;
use crate::domain::insights::state::{CATCHMENT_STEPS_KM, PAIR_STEPS_M};
use crate::i18n::{format_distance, tr, Arg, Locale};

/// A section of the page: its heading and introduction, then its controls and tables.
#[component]
fn Section(id: &'static str, title: &'static str, intro: &'static str, children: Children) -> impl IntoView {
    let heading = format!("ins-{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="insights__section" aria-labelledby=labelled_by>
            <h2 id=heading>{t(title)}</h2>
            <p>{t(intro)}</p>
            {children()}
        </section>
    }
}

fn label_fn(loc: Locale) -> impl Fn(&str) -> String {
    move |id: &str| tr(loc, id, &[])
}

#[component]
pub fn PairsSection(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let on_distance = on_number(state, |s, m| s.pair_m = m);
    let current = move || state.with(|s| s.pair_m);
    let options = move || {
        let loc = locale.get();
        let mut steps: Vec<u32> = PAIR_STEPS_M.to_vec();
        if !steps.contains(&current()) {
            steps.push(current());
            steps.sort_unstable();
        }
        steps
            .into_iter()
            .map(|m| view! { <option value=m.to_string() selected=move || current() == m>{format_distance(f64::from(m), loc)}</option> })
            .collect_view()
    };
    let body = move || {
        let model = m.model.get();
        let loc = locale.get();
        let (pair_m, province) = state.with(|s| (s.pair_m, s.province));
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let figures = m.figures.get();
        let (pairs, counts) = (&figures.pairs, &figures.pair_counts);
        let headline = tr(
            loc,
            "insights-pairs-summary",
            &[
                ("pairs", Arg::from(counts.pairs)),
                ("colocated", Arg::from(counts.colocated)),
                ("distance", format_distance(f64::from(pair_m), loc).into()),
            ],
        );
        let map_label = tr(loc, "insights-pairs-map", &[("pairs", Arg::from(counts.pairs))]);
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <InsightsMap model=model.clone() dots=pair_dots(&model, pairs) label=map_label province=province/>
            <p class="legend">
                <span class="legend__item"><span class="swatch swatch--pair" aria-hidden="true"></span>{tr(loc, "insights-legend-pair", &[])}</span>
                <span class="legend__item"><span class="swatch swatch--colocated" aria-hidden="true"></span>{tr(loc, "insights-legend-colocated", &[])}</span>
            </p>
            <h3>{tr(loc, "insights-pairs-by-region", &[])}</h3>
            <DataTable table=report::pairs_by_region(counts) caption=tr(loc, "insights-pairs-by-region", &[]) file="pairs-by-province" state=state/>
            <h3>{tr(loc, "insights-pairs-by-networks", &[])}</h3>
            <DataTable table=report::pairs_by_networks(&cx, counts) caption=tr(loc, "insights-pairs-by-networks", &[]) file="pairs-by-network" state=state/>
            <h3>{tr(loc, "insights-pairs-list", &[])}</h3>
            <DataTable table=report::pairs_table(&cx, pairs, None) caption=tr(loc, "insights-pairs-list", &[]) file="pairs" state=state main=true/>
        }
    };
    view! {
        <Section id="pairs" title="insights-tab-pairs" intro="insights-pairs-intro">
            <div class="field no-print">
                <label for="ins-pair-d">{t("insights-pairs-distance")}</label>
                <select id="ins-pair-d" on:change=on_distance>{options}</select>
            </div>
            {body}
        </Section>
    }
}

#[component]
pub fn PartnersSection(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let go = navigator();
    let on_partner = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let mut next = state.get_untracked();
        next.partner = (!v.is_empty()).then_some(v);
        go(&next);
    };
    let data = m.model.with_untracked(|x| x.data.clone());
    let options = move || {
        let loc = locale.get();
        state.with(|s| network_options(&data.core.networks, s.partner.as_deref(), s.libraries, loc))
    };
    let body = move || {
        let model = m.model.get();
        let loc = locale.get();
        let s = state.get();
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let from = model.network_index(s.network.as_deref());
        let partner = model.network_index(s.partner.as_deref());
        let table = report::partners_table(&cx, &m.partners.get(), from, partner, s.province);
        view! { <DataTable table=table caption=tr(loc, "insights-partners-table", &[]) file="nearest-partners" state=state main=true/> }
    };
    view! {
        <Section id="partners" title="insights-tab-partners" intro="insights-partners-intro">
            <div class="field no-print">
                <label for="ins-partner">{t("insights-partner-label")}</label>
                <select id="ins-partner" on:change=on_partner>
                    <option value="" selected=move || state.with(|s| s.partner.is_none())>{t("insights-partner-any")}</option>
                    {options}
                </select>
            </div>
            {body}
        </Section>
    }
}

#[component]
pub fn CoverageSection(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let on_pop = on_number(state, |s, v| s.min_population = v.min(1_000_000));
    let on_far = on_number(state, |s, v| s.far_km = v.clamp(1, 2_000));
    let body = move || {
        let model = m.model.get();
        let loc = locale.get();
        let province = state.with(|s| s.province);
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let runs = m.runs.get();
        let networks = &model.data.core.networks;
        let in_view = runs.iter().filter(|r| {
            let p = r.network.and_then(|n| networks[usize::from(n)].jurisdiction);
            province.is_none() || r.network.is_none() || p == province
        });
        let coverage =
            report::coverage_table_of(&cx, in_view.map(|r| (r.network, r.assignments.as_slice(), &r.coverage)));
        let figures = m.figures.get();
        let underserved = &figures.underserved;
        let shown: Vec<&Assignment> = underserved
            .iter()
            .filter(|a| province.is_none_or(|p| model.areas[a.area as usize].province == p))
            .collect();
        let dots = underserved_dots(&model, underserved, &shown);
        let map_label = tr(loc, "insights-underserved-map", &[("count", Arg::from(dots.len()))]);
        let far = report::underserved_table_of(&cx, shown, None);
        view! {
            <DataTable table=coverage caption=tr(loc, "insights-coverage-table", &[]) file="coverage" state=state/>
            <h3>{tr(loc, "insights-underserved-title", &[])}</h3>
            <InsightsMap model=model.clone() dots=dots label=map_label province=province/>
            <DataTable table=far caption=tr(loc, "insights-underserved-title", &[]) file="underserved-fsas" state=state main=true/>
        }
    };
    view! {
        <Section id="coverage" title="insights-tab-coverage" intro="insights-coverage-intro">
            <div class="insights__settings no-print">
                <div class="field">
                    <label for="ins-pop">{t("insights-min-population")}</label>
                    <input id="ins-pop" type="number" min="0" step="500" inputmode="numeric" prop:value=move || state.with(|s| s.min_population.to_string()) on:change=on_pop/>
                </div>
                <div class="field">
                    <label for="ins-far">{t("insights-far-km")}</label>
                    <input id="ins-far" type="number" min="1" max="2000" step="5" inputmode="numeric" prop:value=move || state.with(|s| s.far_km.to_string()) on:change=on_far/>
                </div>
            </div>
            {body}
        </Section>
    }
}

#[component]
pub fn AccessSection(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let on_catch = on_number(state, |s, km| s.catchment_km = km);
    let current = move || state.with(|s| s.catchment_km);
    let options = move || {
        let loc = locale.get();
        CATCHMENT_STEPS_KM
            .into_iter()
            .map(|km| view! { <option value=km.to_string() selected=move || current() == km>{format_distance(f64::from(km) * 1000.0, loc)}</option> })
            .collect_view()
    };
    let body = move || {
        let model = m.model.get();
        let loc = locale.get();
        let province = state.with(|s| s.province);
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let headline = tr(
            loc,
            "insights-access-summary",
            &[("population", Arg::Num(m.figures.with(|f| f.unreached) as f64, crate::i18n::NumberFormat::INTEGER))],
        );
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <DataTable table=report::access_table(&cx, &m.access.get(), province) caption=tr(loc, "insights-access-table", &[]) file="accessibility" state=state main=true/>
        }
    };
    view! {
        <Section id="access" title="insights-tab-access" intro="insights-access-method">
            <div class="field no-print">
                <label for="ins-catch">{t("insights-catchment")}</label>
                <select id="ins-catch" on:change=on_catch>{options}</select>
            </div>
            {body}
        </Section>
    }
}
