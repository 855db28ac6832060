//! "Suggested sites" and "Who is left out" (issue 20), and the controls they share with
//! the scenarios: the census year and the reach.
use leptos::prelude::*;

use super::controls::{navigator, network_options, on_number, select_field};
use super::map::InsightsMap;
use super::model::InsightsModel;
use super::table::DataTable;
use super::whatif::WhatIf;
use crate::app::components::map::Dot;
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::census::{unplaced, Year};
use crate::domain::insights::leftout::{self, Reach};
use crate::domain::insights::suggest::{Candidate, Pool};
use crate::domain::insights::whatif::{self as tables, Names};
use crate::i18n::{format_number, tr, Arg, NumberFormat};
use crate::map::projection::project;
use crate::nav::insights::{InsightsState, Tab, MAX_SUGGESTED, REACH_STEPS_KM};

/// The census whose population the figures count (`yr`).
pub fn year_select(state: Memo<InsightsState>) -> impl IntoView {
    let options = Year::ALL
        .into_iter()
        .map(|y| {
            let n = y.number();
            view! { <option value=n.to_string() selected=move || state.with(|s| s.year == y)>{n}</option> }
        })
        .collect_view();
    let on = on_number(state, |s, v| s.year = Year::parse(&v.to_string()).unwrap_or_default());
    view! { <div class="insights__settings no-print">{select_field("scen-year", "scen-year-label", on, options)}</div> }
}

/// "Within reach" (`x`), km.
fn reach_select(state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let options = move || {
        let loc = locale.get();
        let current = state.with(|s| s.reach_km);
        let mut steps = REACH_STEPS_KM.to_vec();
        if !steps.contains(&current) {
            steps.push(current);
            steps.sort_unstable();
        }
        steps
            .into_iter()
            .map(|km| view! { <option value=km.to_string() selected=current == km>{crate::i18n::format_distance(f64::from(km) * 1000.0, loc)}</option> })
            .collect_view()
    };
    select_field("scen-reach", "scen-reach-label", on_number(state, |s, v| s.reach_km = v.clamp(1, 500)), options)
}

/// The suggestion's controls: network, how many points, reach, candidates.
fn suggest_controls(m: InsightsModel, w: WhatIf) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let go = navigator();
    let on_net = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let mut next = state.get_untracked();
        next.network = (!v.is_empty()).then_some(v);
        go(&next);
    };
    let data = m.model.with_untracked(|x| x.data.clone());
    let nets = move || {
        let loc = locale.get();
        let current = w.suggestion.with(|x| data.core.networks[usize::from(x.network)].id.clone());
        network_options(&data.core.networks, Some(&current), false, loc)
    };
    let go2 = navigator();
    let on_pool = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let mut next = state.get_untracked();
        next.pool = Pool::ALL.into_iter().find(|p| p.id() == v).unwrap_or_default();
        go2(&next);
    };
    let pools = [(Pool::Offices, "scen-pool-offices"), (Pool::Both, "scen-pool-both"), (Pool::Fsas, "scen-pool-fsas")]
        .into_iter()
        .map(|(p, id)| view! { <option value=p.id() selected=move || state.with(|s| s.pool == p)>{t(id)}</option> })
        .collect_view();
    let on_k = on_number(state, |s, v| s.suggested = (v as usize).clamp(1, MAX_SUGGESTED));
    view! {
        <div class="insights__settings no-print">
            {select_field("scen-sug-net", "scen-sug-network", on_net, nets)}
            <div class="field">
                <label for="scen-k">{t("scen-k-label")}</label>
                <input id="scen-k" type="number" min="1" max=MAX_SUGGESTED.to_string() inputmode="numeric"
                    prop:value=move || state.with(|s| s.suggested.to_string()) on:change=on_k/>
            </div>
            {reach_select(state)}
            {select_field("scen-pool", "scen-pool-label", on_pool, pools)}
            {year_select(state)}
        </div>
    }
}

#[component]
pub fn SuggestSection(m: InsightsModel, w: WhatIf) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let go = navigator();
    let body = move || {
        let loc = locale.get();
        let a = w.areas.get();
        if a.is_empty() {
            return w.census_hint(loc);
        }
        let model = m.model.get();
        let s = state.get();
        let sug = w.suggestion.get();
        let label = move |id: &str| tr(loc, id, &[]);
        let names = Names { areas: &a, ..model.context(loc, &label) };
        let (reached, total) = sug.problem.reached(&a);
        let gained: u64 = sug.steps.iter().map(|x| x.gain).sum();
        let network = model.data.core.networks[usize::from(sug.network)].clone();
        let pct = |n: u64| if total > 0 { n as f64 / total as f64 * 100.0 } else { 0.0 };
        let headline = tr(
            loc,
            "scen-sug-summary",
            &[
                ("network", network.name.show(loc).into()),
                ("steps", Arg::from(sug.steps.len())),
                ("gained", Arg::Num(gained as f64, NumberFormat::INTEGER)),
                ("before", format_number(pct(reached), loc, NumberFormat::ONE_DECIMAL).into()),
                ("after", format_number(pct(reached + gained), loc, NumberFormat::ONE_DECIMAL).into()),
                ("km", Arg::from(s.reach_km)),
                ("year", s.year.number().to_string().into()),
            ],
        );
        let already = tr(loc, "scen-sug-already", &[("count", Arg::from(sug.problem.already))]);
        let dots: Vec<Dot> = sug
            .steps
            .iter()
            .map(|x| Dot {
                pos: project(x.pos),
                r: 6.0,
                class: if matches!(x.candidate, Candidate::Office(_)) { "dot dot--new" } else { "dot dot--gain" },
            })
            .collect();
        let map_label = tr(loc, "scen-sug-map", &[("count", Arg::from(dots.len()))]);
        let changes = tables::suggestion_changes(&network.id, &model.points, &model.sites, &a, &sug.steps);
        let go = go.clone();
        let open = move |_| {
            let mut next = state.get_untracked().with_tab(Tab::Scenario);
            next.network = Some(network.id.clone());
            next.changes = changes.clone();
            go(&next);
        };
        let caption = label("scen-sug-table");
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <p>{already}</p>
            <InsightsMap viewport=model.map_view(s.province) paths=model.basemap() dots=dots label=map_label/>
            <DataTable table=tables::steps_table(&names, &model.sites, &sug.steps, (reached, total)) caption=caption file="suggested-sites" state=state main=true/>
            <p><button type="button" class="button" on:click=open>{label("scen-sug-open")}</button></p>
        }
        .into_any()
    };
    view! {
        <section class="insights__section" aria-labelledby="ins-suggest-title">
            <h2 id="ins-suggest-title">{t("insights-tab-suggest")}</h2>
            <p>{t("scen-sug-intro")}</p>
            {suggest_controls(m, w)}
            {body}
            <h3>{t("scen-method-title")}</h3>
            <p>{t("scen-sug-method")}</p>
            <p>{t("scen-sug-bound")}</p>
        </section>
    }
}

#[component]
pub fn LeftOutSection(m: InsightsModel, w: WhatIf) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let body = move || {
        let loc = locale.get();
        let Some(census) = w.census.get() else { return w.census_hint(loc) };
        let s = state.get();
        let a = w.areas.get();
        let (today, after) = (w.today.get(), w.after.get());
        let scenario = (!s.changes.is_empty()).then_some(after.nearest.as_slice());
        let model = m.model.get();
        // A provincial network is measured over its own province, as in the coverage table.
        let scope = w.settings.get().network.and_then(|n| model.data.core.networks[usize::from(n)].jurisdiction);
        let reach = Reach { today: &today.nearest, scenario, band_m: f64::from(s.reach_km) * 1000.0, scope };
        let mut groups = leftout::groups(&a, &census, s.year, reach);
        groups.extend(census.tables.iter().map(|t| leftout::table_group(&a, t, reach)));
        let label = move |id: &str| tr(loc, id, &[]);
        let (codes, people) = unplaced(&model.data.core.gazetteer.fsas, &census, s.year);
        let unplaced_note = tr(
            loc,
            "left-unplaced",
            &[
                ("count", Arg::from(codes.len())),
                ("people", Arg::Num(people as f64, NumberFormat::INTEGER)),
                ("year", s.year.number().to_string().into()),
                ("codes", codes.join(", ").into()),
            ],
        );
        let caption = label("left-table");
        view! {
            <DataTable table=leftout::table(&groups, loc, &label) caption=caption file="left-out" state=state main=true/>
            <p>{unplaced_note}</p>
        }
        .into_any()
    };
    view! {
        <section class="insights__section" aria-labelledby="ins-left-out-title">
            <h2 id="ins-left-out-title">{t("insights-tab-left-out")}</h2>
            <p>{t("left-intro")}</p>
            <div class="insights__settings no-print">{reach_select(state)}</div>
            {year_select(state)}
            {body}
            <h3>{t("scen-method-title")}</h3>
            <p>{t("left-method-years")}</p>
            <p>{t("left-method-income")}</p>
            <p>{t("left-method-sets")}</p>
            <p>{t("left-method-suppressed")}</p>
            <p class="notice">{t("left-missing")}</p>
        </section>
    }
}
