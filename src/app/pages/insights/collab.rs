//! "Collaboration today" (issue 21): who already shares a counter with Service Canada, and
//! how, by the sources' own words. The counts are `domain::insights::collaboration`'s,
//! the same REPORT.md prints; the list's filters (`ck`, `hk`, `prov`) live in the URL.
use leptos::prelude::*;

use super::controls::{navigator, select_field};
use super::map::InsightsMap;
use super::model::{InsightsModel, Model};
use super::table::DataTable;
use crate::app::components::map::Dot;
use crate::app::i18n::{t, use_locale};
use crate::domain::collaboration::{CollabKind, HostKind};
use crate::domain::insights::collaboration::{self as collab, host_label, kind_label, Filter};
use crate::i18n::{tr, Arg, Locale};
use crate::map::projection::project;
use crate::nav::insights::{InsightsState, Tab};

/// The map's class of a kind of collaboration.
fn dot_class(k: CollabKind) -> &'static str {
    match k {
        CollabKind::CoLocation => "dot dot--collab-co",
        CollabKind::HostedOutreach => "dot dot--collab-outreach",
        CollabKind::Integration => "dot dot--collab-integration",
        CollabKind::NoneStated => "dot dot--collab-none",
    }
}

/// A dot for every listed point with a position, the partnerships drawn last (on top).
fn dots(model: &Model, rows: &[u32]) -> Vec<Dot> {
    let points = &model.data.core.points;
    let mut out: Vec<(bool, Dot)> = rows
        .iter()
        .filter_map(|i| {
            let p = &points[*i as usize];
            let kind = p.collaboration.as_ref()?.kind;
            Some((kind != CollabKind::NoneStated, Dot { pos: project(p.pos?), r: 4.0, class: dot_class(kind) }))
        })
        .collect();
    out.sort_by_key(|(partnered, _)| *partnered);
    out.into_iter().map(|(_, d)| d).collect()
}

/// The `<option>`s of a filter: every value (`any`), then each `(value, message)`,
/// `current` selected.
fn options(
    loc: Locale,
    any: &'static str,
    choices: Vec<(&'static str, &'static str)>,
    current: Option<&str>,
) -> impl IntoView {
    let all = view! { <option value="" selected={current.is_none()}>{tr(loc, any, &[])}</option> };
    let each = choices
        .into_iter()
        .map(|(value, message)| {
            let selected = current == Some(value);
            view! { <option value=value selected=selected>{tr(loc, message, &[])}</option> }
        })
        .collect_view();
    (all, each)
}

/// A filter's change handler: `set` writes the chosen value (`""`: every value).
fn on_choice(state: Memo<InsightsState>, set: fn(&mut InsightsState, &str)) -> impl Fn(leptos::ev::Event) + 'static {
    let go = navigator();
    move |ev| {
        let mut next = state.get_untracked().with_tab(Tab::Collaboration);
        set(&mut next, &event_target_value(&ev));
        go(&next);
    }
}

/// The two filters: kind of collaboration and kind of host.
fn filters(state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let on_kind = on_choice(state, |s, v| s.collab_kind = CollabKind::from_id(v));
    let on_host = on_choice(state, |s, v| s.host_kind = HostKind::from_id(v));
    let kinds = move || {
        let choices = CollabKind::ALL.into_iter().map(|k| (k.id(), kind_label(k))).collect();
        options(locale.get(), "collab-any-kind", choices, state.with(|s| s.collab_kind.map(CollabKind::id)))
    };
    let hosts = move || {
        let choices = HostKind::ALL.into_iter().map(|k| (k.id(), host_label(k))).collect();
        options(locale.get(), "collab-any-host", choices, state.with(|s| s.host_kind.map(HostKind::id)))
    };
    view! {
        <div class="insights__settings no-print">
            {select_field("ins-ck", "collab-kind-label", on_kind, kinds)}
            {select_field("ins-hk", "collab-host-label", on_host, hosts)}
        </div>
    }
}

/// The section's body at the current state.
fn body(model: &Model, s: &InsightsState, loc: Locale, state: Memo<InsightsState>) -> impl IntoView {
    let points = &model.data.core.points;
    let label = move |id: &str| tr(loc, id, &[]);
    let c = collab::counts(points);
    let headline = tr(loc, "collab-summary", &[("partnered", Arg::from(c.partnered())), ("read", Arg::from(c.read))]);
    let filter = Filter { kind: s.collab_kind, host: s.host_kind, province: s.province };
    let rows = collab::listed(points, filter);
    let map_label = tr(loc, "collab-map", &[("count", Arg::from(rows.len()))]);
    let legend = CollabKind::ALL
        .into_iter()
        .map(|k| {
            let swatch = format!("swatch swatch--collab-{}", k.id());
            view! { <span class="legend__item"><span class=swatch aria-hidden="true"></span>{label(kind_label(k))}</span> }
        })
        .collect_view();
    view! {
        <p class="insights__headline" role="status">{headline}</p>
        <InsightsMap viewport=model.map_view(s.province) paths=model.basemap() dots=dots(model, &rows) label=map_label/>
        <p class="legend">{legend}</p>
        <h3>{label("collab-by-kind")}</h3>
        <DataTable table=collab::kind_table(&c, &label) caption=label("collab-by-kind") file="collaboration-by-kind" state=state/>
        <h3>{label("collab-by-host")}</h3>
        <DataTable table=collab::host_table(&c, &label) caption=label("collab-by-host") file="collaboration-by-host" state=state/>
        <h3>{label("collab-by-province")}</h3>
        <DataTable table=collab::province_table(&c) caption=label("collab-by-province") file="collaboration-by-province" state=state/>
        <h3>{label("collab-list")}</h3>
        <DataTable table=collab::list_table(points, &rows, loc, &label) caption=label("collab-list") file="collaboration" state=state main=true/>
        <h3>{label("collab-method-title")}</h3>
        <p>{label("collab-method")}</p>
        <p>{label("collab-limits")}</p>
    }
}

#[component]
pub fn CollaborationSection(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    let state = m.state;
    let content = move || {
        let model = m.model.get();
        let s = state.get();
        body(&model, &s, locale.get(), state)
    };
    view! {
        <section class="insights__section" aria-labelledby="ins-collab-title">
            <h2 id="ins-collab-title">{t("insights-tab-collab")}</h2>
            <p>{t("collab-intro")}</p>
            {filters(state)}
            {content}
        </section>
    }
}
