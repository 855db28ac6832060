//! The page's four sections: each renders figures the model holds, with its own controls.
use leptos::prelude::*;

use super::controls::{navigator, network_options, on_number, select_field};
use super::map::{pair_dots, underserved_dots, InsightsMap};
use super::model::{InsightsModel, Model};
use super::table::DataTable;
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::coverage::Assignment;
use crate::domain::insights::report::{self, Context};
use crate::i18n::{format_distance, tr, Arg, Locale};
use crate::nav::insights::{InsightsState, CATCHMENT_STEPS_KM, PAIR_STEPS_M};

/// A section of the page: its heading (`ins-{id}-title`, the message `title`) and
/// introduction, its `controls`, then its `body`, drawn again when the model, the URL
/// state or the language changes, from the model, the tables' context, the state and the
/// language.
fn section<V: IntoView + 'static>(
    m: InsightsModel,
    id: &'static str,
    (title, intro): (&'static str, &'static str),
    controls: impl IntoView + 'static,
    body: impl Fn(&Model, &Context, &InsightsState, Locale) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let body = move || {
        let model = m.model.get();
        let loc = locale.get();
        let s = m.state.get();
        let label = move |id: &str| tr(loc, id, &[]);
        body(&model, &model.context(loc, &label), &s, loc)
    };
    let heading = format!("ins-{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="insights__section" aria-labelledby=labelled_by>
            <h2 id=heading>{t(title)}</h2>
            <p>{t(intro)}</p>
            {controls}
            {body}
        </section>
    }
}

/// The distance settings chosen from steps.
#[derive(Clone, Copy)]
enum Distance {
    /// Co-location pairs, metres.
    Pairs,
    /// The accessibility index's catchment, km.
    Catchment,
}

impl Distance {
    /// The select's id and label message, metres per unit, the steps.
    fn field(self) -> (&'static str, &'static str, f64, &'static [u32]) {
        match self {
            Distance::Pairs => ("ins-pair-d", "insights-pairs-distance", 1.0, &PAIR_STEPS_M),
            Distance::Catchment => ("ins-catch", "insights-catchment", 1000.0, &CATCHMENT_STEPS_KM),
        }
    }

    fn get(self, s: &InsightsState) -> u32 {
        match self {
            Distance::Pairs => s.pair_m,
            Distance::Catchment => s.catchment_km,
        }
    }

    fn setter(self) -> fn(&mut InsightsState, u32) {
        match self {
            Distance::Pairs => |s, m| s.pair_m = m,
            Distance::Catchment => |s, km| s.catchment_km = km,
        }
    }

    /// Its select: the state's value selected, and offered even when it is not a step.
    fn select(self, state: Memo<InsightsState>) -> impl IntoView {
        let (id, label, unit, steps) = self.field();
        let locale = use_locale();
        let current = move || state.with(|s| self.get(s));
        let options = move || {
            let loc = locale.get();
            let mut steps = steps.to_vec();
            if !steps.contains(&current()) {
                steps.push(current());
                steps.sort_unstable();
            }
            steps
                .into_iter()
                .map(|x| view! { <option value=x.to_string() selected=move || current() == x>{format_distance(f64::from(x) * unit, loc)}</option> })
                .collect_view()
        };
        select_field(id, label, on_number(state, self.setter()), options)
    }
}

#[component]
pub fn PairsSection(m: InsightsModel) -> impl IntoView {
    let state = m.state;
    let body = move |model: &Model, cx: &Context, s: &InsightsState, loc: Locale| {
        let figures = m.figures.get();
        let (pairs, counts) = (&figures.pairs, &figures.pair_counts);
        let headline = tr(
            loc,
            "insights-pairs-summary",
            &[
                ("pairs", Arg::from(counts.pairs)),
                ("colocated", Arg::from(counts.colocated)),
                ("distance", format_distance(f64::from(s.pair_m), loc).into()),
            ],
        );
        let map_label = tr(loc, "insights-pairs-map", &[("pairs", Arg::from(counts.pairs))]);
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <InsightsMap viewport=model.map_view(s.province) paths=model.basemap() dots=pair_dots(model, pairs) label=map_label/>
            <p class="legend">
                <span class="legend__item"><span class="swatch swatch--pair" aria-hidden="true"></span>{tr(loc, "insights-legend-pair", &[])}</span>
                <span class="legend__item"><span class="swatch swatch--colocated" aria-hidden="true"></span>{tr(loc, "insights-legend-colocated", &[])}</span>
            </p>
            <h3>{tr(loc, "insights-pairs-by-region", &[])}</h3>
            <DataTable table=report::pairs_by_region(counts) caption=tr(loc, "insights-pairs-by-region", &[]) file="pairs-by-province" state=state/>
            <h3>{tr(loc, "insights-pairs-by-networks", &[])}</h3>
            <DataTable table=report::pairs_by_networks(cx, counts) caption=tr(loc, "insights-pairs-by-networks", &[]) file="pairs-by-network" state=state/>
            <h3>{tr(loc, "insights-pairs-list", &[])}</h3>
            <DataTable table=report::pairs_table(cx, pairs, None) caption=tr(loc, "insights-pairs-list", &[]) file="pairs" state=state main=true/>
        }
    };
    let controls = Distance::Pairs.select(state);
    section(m, "pairs", ("insights-tab-pairs", "insights-pairs-intro"), controls, body)
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
    let body = move |model: &Model, cx: &Context, s: &InsightsState, loc: Locale| {
        let from = model.network_index(s.network.as_deref());
        let partner = model.network_index(s.partner.as_deref());
        let table = report::partners_table(cx, &m.partners.get(), from, partner, s.province);
        view! { <DataTable table=table caption=tr(loc, "insights-partners-table", &[]) file="nearest-partners" state=state main=true/> }
    };
    let any = view! { <option value="" selected=move || state.with(|s| s.partner.is_none())>{t("insights-partner-any")}</option> };
    let controls = select_field("ins-partner", "insights-partner-label", on_partner, (any, options));
    section(m, "partners", ("insights-tab-partners", "insights-partners-intro"), controls, body)
}

#[component]
pub fn CoverageSection(m: InsightsModel) -> impl IntoView {
    let state = m.state;
    let on_pop = on_number(state, |s, v| s.min_population = v.min(1_000_000));
    let on_far = on_number(state, |s, v| s.far_km = v.clamp(1, 2_000));
    let body = move |model: &Model, cx: &Context, s: &InsightsState, loc: Locale| {
        let province = s.province;
        let runs = m.runs.get();
        let networks = &model.data.core.networks;
        let in_view = runs.iter().filter(|r| {
            let p = r.network.and_then(|n| networks[usize::from(n)].jurisdiction);
            province.is_none() || r.network.is_none() || p == province
        });
        let coverage =
            report::coverage_table_of(cx, in_view.map(|r| (r.network, r.assignments.as_slice(), &r.coverage)));
        let figures = m.figures.get();
        let underserved = &figures.underserved;
        let shown: Vec<&Assignment> = underserved
            .iter()
            .filter(|a| province.is_none_or(|p| model.areas[a.area as usize].province == p))
            .collect();
        let dots = underserved_dots(model, underserved, &shown);
        let map_label = tr(loc, "insights-underserved-map", &[("count", Arg::from(dots.len()))]);
        let far = report::underserved_table_of(cx, shown, None);
        view! {
            <DataTable table=coverage caption=tr(loc, "insights-coverage-table", &[]) file="coverage" state=state/>
            <h3>{tr(loc, "insights-underserved-title", &[])}</h3>
            <InsightsMap viewport=model.map_view(province) paths=model.basemap() dots=dots label=map_label/>
            <DataTable table=far caption=tr(loc, "insights-underserved-title", &[]) file="underserved-fsas" state=state main=true/>
        }
    };
    let controls = view! {
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
    };
    section(m, "coverage", ("insights-tab-coverage", "insights-coverage-intro"), controls, body)
}

#[component]
pub fn AccessSection(m: InsightsModel) -> impl IntoView {
    let state = m.state;
    let body = move |_: &Model, cx: &Context, s: &InsightsState, loc: Locale| {
        let headline = tr(
            loc,
            "insights-access-summary",
            &[("population", Arg::Num(m.figures.with(|f| f.unreached) as f64, crate::i18n::NumberFormat::INTEGER))],
        );
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <DataTable table=report::access_table(cx, &m.access.get(), s.province) caption=tr(loc, "insights-access-table", &[]) file="accessibility" state=state main=true/>
        }
    };
    let controls = Distance::Catchment.select(state);
    section(m, "access", ("insights-tab-access", "insights-access-method"), controls, body)
}
