//! `/insights`: the working group's view of the networks side by side: co-location
//! candidates, nearest partners, coverage and the accessibility index. Everything is
//! computed from the bundle by `domain::insights`, through the page's model
//! ([`model::use_insights`], which owns every figure); the components here only render.
//!
//! - [`model`]: the hook: URL state, bundle, layers fetched on demand, one memo a figure;
//! - [`settings`]: the settings every section shares;
//! - [`sections`]: pairs, partners, coverage, access;
//! - [`collab`]: collaboration today (issue 21);
//! - [`whatif`], [`scenario`], [`suggest`]: scenarios, suggested sites and who is left
//!   out (issue 20);
//! - [`table`]: sortable tables with CSV downloads;
//! - [`map`]: the maps, drawn with the finder map's basemap and dot layers.
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::status::with_data;
use crate::app::data::Data;
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::table::Cell;
use crate::i18n::{format_distance, format_number, tr, Arg, NumberFormat};
use crate::nav::insights::{InsightsState, Tab};

mod collab;
mod controls;
mod map;
mod model;
mod scenario;
mod sections;
mod settings;
mod suggest;
mod table;
mod whatif;

use collab::CollaborationSection;
use controls::navigator;
use model::{use_insights, InsightsModel};
use scenario::ScenarioSection;
use sections::{AccessSection, CoverageSection, PairsSection, PartnersSection};
use settings::Settings;
use suggest::{LeftOutSection, SuggestSection};
use whatif::use_whatif;

#[component]
pub fn InsightsPage() -> impl IntoView {
    view! {
        <section class="page page--insights" aria-labelledby="insights-title">
            <h1 id="insights-title">{t("insights-title")}</h1>
            <p class="lead">{t("insights-intro")}</p>
            {with_data(|data| view! { <Insights data=data/> })}
        </section>
    }
}

#[component]
fn Insights(data: Arc<Data>) -> impl IntoView {
    let locale = use_locale();
    let built = data.manifest.built.clone();
    let m = use_insights(data);
    let w = use_whatif(m);
    let state = m.state;
    let provenance = move || tr(locale.get(), "insights-provenance", &[("date", built.as_str().into())]);
    // Built again when the section changes, not at every change of the URL: a section's
    // own parts follow the state (a scenario's form keeps what is being typed).
    let tab = Memo::new(move |_| state.with(|s| s.tab));
    let section = move || match tab.get() {
        Tab::Pairs => view! { <PairsSection m=m/> }.into_any(),
        Tab::Partners => view! { <PartnersSection m=m/> }.into_any(),
        Tab::Coverage => view! { <CoverageSection m=m/> }.into_any(),
        Tab::Access => view! { <AccessSection m=m/> }.into_any(),
        Tab::Collaboration => view! { <CollaborationSection m=m/> }.into_any(),
        Tab::Scenario => view! { <ScenarioSection m=m w=w/> }.into_any(),
        Tab::Suggest => view! { <SuggestSection m=m w=w/> }.into_any(),
        Tab::LeftOut => view! { <LeftOutSection m=m w=w/> }.into_any(),
    };
    view! {
        <p class="insights__provenance">{provenance}</p>
        <section class="insights__summary" aria-labelledby="ins-summary-title">
            <h2 id="ins-summary-title">{t("insights-summary-title")}</h2>
            <dl><SummaryList m=m/></dl>
        </section>
        <Settings m=m/>
        <Tabs state=state/>
        {section}
        <p class="insights__print no-print">
            <button type="button" class="button" on:click=|_| {
                let _ = window().print();
            }>{t("insights-print")}</button>
        </p>
    }
}

/// The sections as links (each a URL).
#[component]
fn Tabs(state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let tab_link = move |tab: Tab| {
        let go = navigator();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            go(&state.get_untracked().with_tab(tab));
        }
    };
    let tab_href = move |tab: Tab| state.with(|s| s.with_tab(tab)).href(locale.get());
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            let id = match tab {
                Tab::Pairs => "insights-tab-pairs",
                Tab::Partners => "insights-tab-partners",
                Tab::Coverage => "insights-tab-coverage",
                Tab::Access => "insights-tab-access",
                Tab::Collaboration => "insights-tab-collab",
                Tab::Scenario => "insights-tab-scenario",
                Tab::Suggest => "insights-tab-suggest",
                Tab::LeftOut => "insights-tab-left-out",
            };
            view! {
                <li>
                    <a
                        href=move || tab_href(tab)
                        aria-current=move || (state.with(|s| s.tab) == tab).then_some("page")
                        on:click=tab_link(tab)
                    >
                        {t(id)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="insights__tabs no-print" aria-label=t("insights-tabs-label")>
            <ul>{tabs}</ul>
        </nav>
    }
}

/// Key figures of every section, at the current settings: the printable summary's head.
#[component]
fn SummaryList(m: InsightsModel) -> impl IntoView {
    let locale = use_locale();
    move || {
        let loc = locale.get();
        let s = m.state.get();
        let sum = m.figures.with(|f| f.summary);
        let num = |n: f64| format_number(n, loc, NumberFormat::INTEGER);
        let pairs = [
            ("pairs", Arg::from(sum.pairs)),
            ("colocated", Arg::from(sum.colocated)),
            ("distance", format_distance(f64::from(s.pair_m), loc).into()),
        ];
        let far = [
            ("count", Arg::from(sum.underserved)),
            ("population", Arg::from(s.min_population)),
            ("km", Arg::from(s.far_km)),
        ];
        let c = m.model.with(|x| crate::domain::insights::collaboration::counts(&x.data.core.points));
        let collab = [("partnered", Arg::from(c.partnered())), ("read", Arg::from(c.read))];
        let items = [
            ("insights-sum-pairs", tr(loc, "insights-sum-pairs-value", &pairs)),
            ("insights-sum-reach", Cell::Share(sum.reach).display(loc)),
            ("insights-sum-far", tr(loc, "insights-sum-far-value", &far)),
            ("insights-sum-none", num(sum.unreached as f64)),
            ("insights-sum-partners", num(sum.partners as f64)),
            ("collab-sum", tr(loc, "collab-sum-value", &collab)),
        ];
        items.into_iter().map(|(dt, dd)| view! { <div><dt>{tr(loc, dt, &[])}</dt><dd>{dd}</dd></div> }).collect_view()
    }
}
