//! "Scenarios" (issue 20): the analyst's changes (a form, the list with a remove button
//! each), then the scenario against today: totals, maps before and after, the FSAs that
//! gain or lose, the points whose nearest partner changes, the list of changes (CSV). The
//! scenario lives in the URL (`ch`): shareable, and Back undoes a change.
use leptos::prelude::*;

use super::controls::navigator;
use super::map::InsightsMap;
use super::model::{InsightsModel, Model};
use super::table::DataTable;
use super::whatif::{WhatIf, DEFAULT_NETWORK};
use crate::app::components::map::Dot;
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::compare::{area_changes, totals};
use crate::domain::insights::scenario::{parse_where, Change, Where};
use crate::domain::insights::whatif::{self as tables, kind_label, Names};
use crate::domain::insights::{Area, Site};
use crate::i18n::{format_number, tr, Arg, Locale, NumberFormat};
use crate::map::projection::project;
use crate::nav::insights::{InsightsState, Tab};

/// The dots of a map: `sites` (those of the focus), new ones marked, and the FSAs that
/// gain or lose.
fn dots(model: &Model, sites: &[Site], focus: Option<u16>, changed: &[(u32, bool)], areas: &[Area]) -> Vec<Dot> {
    let n = model.points.len() as u32;
    let mut out: Vec<Dot> = changed
        .iter()
        .map(|&(a, gains)| Dot {
            pos: project(areas[a as usize].pos),
            r: 5.0,
            class: if gains { "dot dot--gain" } else { "dot dot--lose" },
        })
        .collect();
    out.extend(sites.iter().filter(|s| focus.is_none_or(|f| s.network == f)).map(|s| Dot {
        pos: project(s.pos),
        r: if s.point >= n { 5.0 } else { 2.5 },
        class: if s.point >= n { "dot dot--new" } else { "dot dot--site" },
    }));
    out
}

/// The point choices of network `net`: (id, "name (community)"), by name.
fn point_options(model: &Model, net: &str, loc: Locale) -> Vec<(String, String)> {
    let Some(n) = model.network_index(Some(net)) else { return Vec::new() };
    let mut v: Vec<(String, String)> = model
        .sites
        .iter()
        .filter(|s| s.network == n)
        .map(|s| {
            let p = &model.points[s.point as usize];
            (p.id.clone(), format!("{} ({})", p.name.show(loc), p.community))
        })
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

/// The ten nearest offices of another government to point `id`: (id, label with km).
fn host_options(model: &Model, id: &str, loc: Locale) -> Vec<(String, String)> {
    let Some(me) = model.sites.iter().find(|s| model.points[s.point as usize].id == id) else { return Vec::new() };
    let mut v: Vec<(f64, &Site)> =
        model.sites.iter().filter(|s| s.government != me.government).map(|s| (s.pos.distance_m(me.pos), s)).collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    v.into_iter()
        .take(10)
        .map(|(m, s)| {
            let p = &model.points[s.point as usize];
            let net = model.data.core.networks[usize::from(s.network)].name.show(loc);
            let km = format_number(m / 1000.0, loc, NumberFormat::ONE_DECIMAL);
            (p.id.clone(), format!("{} ({}) – {net} – {km} km", p.name.show(loc), p.community))
        })
        .collect()
}

fn options(v: Vec<(String, String)>, current: String) -> impl IntoView {
    v.into_iter()
        .map(|(id, label)| {
            let selected = id == current;
            view! { <option value=id selected=selected>{label}</option> }
        })
        .collect_view()
}

/// The form that adds a change: what kind, which network and point, where to.
fn change_form(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let kind = RwSignal::new(String::from("close"));
    let initial = state.with_untracked(|s| s.network.clone()).unwrap_or_else(|| DEFAULT_NETWORK.into());
    let net = RwSignal::new(initial);
    let point = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let host = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let points = Memo::new(move |_| m.model.with(|x| point_options(x, &net.get(), locale.get())));
    // The first point of the network until one is chosen.
    let chosen = move || {
        let p = point.get();
        if points.with(|v| v.iter().any(|(id, _)| *id == p)) {
            p
        } else {
            points.with(|v| v.first().map(|x| x.0.clone()).unwrap_or_default())
        }
    };
    let hosts = Memo::new(move |_| m.model.with(|x| host_options(x, &chosen(), locale.get())));
    let chosen_host = move || {
        let h = host.get();
        if hosts.with(|v| v.iter().any(|(id, _)| *id == h)) {
            h
        } else {
            hosts.with(|v| v.first().map(|x| x.0.clone()).unwrap_or_default())
        }
    };
    let go = navigator();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = chosen();
        let change = match kind.get_untracked().as_str() {
            "close" => Some(Change::Close(p)),
            "move" => parse_where(&place.get_untracked()).map(|w| Change::Move(p, w)),
            "colocate" => Some(Change::Move(p, Where::Office(chosen_host()))),
            _ => parse_where(&place.get_untracked()).map(|w| Change::Add(net.get_untracked(), w)),
        };
        error.set(change.is_none());
        if let Some(c) = change {
            let mut next = state.get_untracked().with_tab(Tab::Scenario);
            next.changes.push(c);
            go(&next);
        }
    };
    let data = m.model.with_untracked(|x| x.data.clone());
    let networks = move || {
        let loc = locale.get();
        let current = net.get();
        let v = data
            .core
            .networks
            .iter()
            .filter(|n| !n.optional_layer)
            .map(|n| (n.id.clone(), n.name.show(loc).to_owned()))
            .collect();
        options(v, current)
    };
    let k = move || kind.get();
    let kinds = [
        ("close", "scen-kind-close"),
        ("move", "scen-kind-move"),
        ("colocate", "scen-kind-colocate"),
        ("add", "scen-kind-add"),
    ]
    .into_iter()
    .map(|(v, id)| view! { <option value=v selected=move || kind.get() == v>{t(id)}</option> })
    .collect_view();
    view! {
        <form class="insights__settings scen-form no-print" on:submit=submit aria-labelledby="scen-form-title">
            <h3 id="scen-form-title">{t("scen-form-title")}</h3>
            <div class="field">
                <label for="scen-kind">{t("scen-kind-label")}</label>
                <select id="scen-kind" on:change=move |ev| kind.set(event_target_value(&ev))>{kinds}</select>
            </div>
            <div class="field">
                <label for="scen-net">{t("scen-network-label")}</label>
                <select id="scen-net" on:change=move |ev| net.set(event_target_value(&ev))>{networks}</select>
            </div>
            <div class="field" hidden=move || k() == "add">
                <label for="scen-point">{t("scen-point-label")}</label>
                <select id="scen-point" on:change=move |ev| point.set(event_target_value(&ev))>
                    {move || options(points.get(), chosen())}
                </select>
            </div>
            <div class="field" hidden=move || k() != "colocate">
                <label for="scen-host">{t("scen-host-label")}</label>
                <select id="scen-host" on:change=move |ev| host.set(event_target_value(&ev))>
                    {move || options(hosts.get(), chosen_host())}
                </select>
            </div>
            <div class="field" hidden=move || k() != "move" && k() != "add">
                <label for="scen-where">{t("scen-where-label")}</label>
                <input id="scen-where" type="text" autocomplete="off" aria-describedby="scen-where-hint"
                    prop:value=move || place.get() on:input=move |ev| place.set(event_target_value(&ev))/>
                <p class="hint" id="scen-where-hint">{t("scen-where-hint")}</p>
            </div>
            {move || error.get().then(|| view! { <p class="notice notice--error" role="alert">{t("scen-where-invalid")}</p> })}
            <button type="submit" class="button">{t("scen-add-change")}</button>
        </form>
    }
}

/// The changes in order, each with a button that removes it; and one that clears them.
fn change_list(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let go = navigator();
    move || {
        let loc = locale.get();
        let changes = state.with(|s| s.changes.clone());
        if changes.is_empty() {
            return view! { <p class="hint">{tr(loc, "scen-empty", &[])}</p> }.into_any();
        }
        let model = m.model.get();
        let label = move |id: &str| tr(loc, id, &[]);
        let names = model.context(loc, &label);
        let items = changes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let what = match c {
                    Change::Close(id) | Change::Move(id, _) => names.point_by_id(id),
                    Change::Add(net, _) => model.network_index(Some(net)).map(|n| model.data.core.networks[usize::from(n)].name.show(loc).to_owned()).unwrap_or_default(),
                };
                let text = format!("{} – {what}", label(kind_label(c.kind())));
                let go = go.clone();
                let remove = move |_| {
                    let mut next = state.get_untracked();
                    if i < next.changes.len() {
                        next.changes.remove(i);
                    }
                    go(&next);
                };
                let aria = tr(loc, "scen-remove-label", &[("n", Arg::from(i + 1))]);
                view! { <li>{text}" "<button type="button" class="button secondary" aria-label=aria on:click=remove>{label("scen-remove")}</button></li> }
            })
            .collect_view();
        let go = go.clone();
        let clear = move |_| {
            let mut next = state.get_untracked();
            next.changes.clear();
            go(&next);
        };
        view! {
            <ol class="scen-changes">{items}</ol>
            <p><button type="button" class="button secondary" on:click=clear>{label("scen-clear")}</button></p>
        }
        .into_any()
    }
}

/// The comparison at the current state.
fn comparison(m: InsightsModel, w: WhatIf, loc: Locale, s: &InsightsState) -> impl IntoView {
    let model = m.model.get();
    let areas = w.areas.get();
    if areas.is_empty() {
        return w.census_hint(loc);
    }
    let (today, after, applied, settings) = (w.today.get(), w.after.get(), w.applied.get(), w.settings.get());
    let label = move |id: &str| tr(loc, id, &[]);
    let names = Names { areas: &areas, ..model.context(loc, &label) };
    let (t0, t1) = (totals(&areas, &today, &settings), totals(&areas, &after, &settings));
    let changed = area_changes(&areas, &today, &after);
    let focus_name = settings
        .network
        .map(|n| model.data.core.networks[usize::from(n)].name.show(loc).to_owned())
        .unwrap_or_default();
    let applied_count = applied.skipped.iter().filter(|x| x.is_none()).count();
    let headline = tr(
        loc,
        if settings.network.is_some() { "scen-summary" } else { "scen-summary-any" },
        &[
            ("changes", Arg::from(s.changes.len())),
            ("applied", Arg::from(applied_count)),
            ("network", focus_name.into()),
            ("before", Arg::Num(t0.within[1] as f64, NumberFormat::INTEGER)),
            ("after", Arg::Num(t1.within[1] as f64, NumberFormat::INTEGER)),
            ("year", s.year.number().to_string().into()),
        ],
    );
    let gains: Vec<(u32, bool)> = changed.iter().map(|c| (c.area, c.gains())).collect();
    let before_dots = dots(&model, &model.sites, settings.network, &[], &areas);
    let after_dots = dots(&model, &applied.sites, settings.network, &gains, &areas);
    let view_port = model.map_view(s.province);
    let gaining = gains.iter().filter(|g| g.1).count();
    let before_label = tr(loc, "scen-map-before", &[("count", Arg::from(before_dots.len()))]);
    let after_label =
        tr(loc, "scen-map-after", &[("gain", Arg::from(gaining)), ("lose", Arg::from(gains.len() - gaining))]);
    let (label_changes, label_totals, label_areas, label_partners) = (
        label("scen-changes-table"),
        label("scen-totals-table"),
        label("scen-areas-table"),
        label("scen-partners-table"),
    );
    let state = m.state;
    view! {
        <p class="insights__headline" role="status">{headline}</p>
        <h3>{label_totals.clone()}</h3>
        <DataTable table=tables::totals_table(&names, &t0, &t1, settings.network.is_none()) caption=label_totals file="scenario-totals" state=state/>
        <div class="scen-maps">
            <InsightsMap viewport=view_port paths=model.basemap() dots=before_dots label=before_label/>
            <InsightsMap viewport=view_port paths=model.basemap() dots=after_dots label=after_label/>
        </div>
        <p class="legend">
            <span class="legend__item"><span class="swatch swatch--site" aria-hidden="true"></span>{label("scen-legend-site")}</span>
            <span class="legend__item"><span class="swatch swatch--new" aria-hidden="true"></span>{label("scen-legend-new")}</span>
            <span class="legend__item"><span class="swatch swatch--gain" aria-hidden="true"></span>{label("scen-legend-gain")}</span>
            <span class="legend__item"><span class="swatch swatch--lose" aria-hidden="true"></span>{label("scen-legend-lose")}</span>
        </p>
        <h3>{label_areas.clone()}</h3>
        <DataTable table=tables::areas_table(&names, &changed) caption=label_areas file="scenario-fsas" state=state main=true/>
        <h3>{label_partners.clone()}</h3>
        <DataTable table=tables::partners_table(&names, (&today, &model.sites), (&after, &applied.sites)) caption=label_partners file="scenario-partners" state=state/>
        <h3>{label_changes.clone()}</h3>
        <DataTable table=tables::changes_table(&names, &s.changes, &applied.skipped) caption=label_changes file="scenario-changes" state=state/>
    }
    .into_any()
}

#[component]
pub fn ScenarioSection(m: InsightsModel, w: WhatIf) -> impl IntoView {
    let locale = use_locale();
    let body = move || {
        let s = m.state.get();
        comparison(m, w, locale.get(), &s)
    };
    view! {
        <section class="insights__section" aria-labelledby="ins-scenario-title">
            <h2 id="ins-scenario-title">{t("insights-tab-scenario")}</h2>
            <p>{t("scen-intro")}</p>
            {super::suggest::year_select(m.state)}
            {change_form(m)}
            <h3>{t("scen-list-title")}</h3>
            {change_list(m)}
            {body}
            <h3>{t("scen-method-title")}</h3>
            <p>{t("scen-method")}</p>
            <p>{t("scen-estimates")}</p>
        </section>
    }
}
