//! The settings every section shares: distances, province, network and the libraries
//! layer.
use leptos::prelude::*;

use super::controls::{navigator, network_options, select_field};
use super::model::InsightsModel;
use crate::app::i18n::{t, use_locale};
use crate::domain::model::Province;
use crate::domain::text::fixed;
use crate::nav::insights::{parse_circuity, InsightsState, Mode};

/// The settings form (each change is a new URL: Back undoes it).
#[component]
pub fn Settings(m: InsightsModel) -> impl IntoView {
    let state = m.state;
    let data = m.model.with_untracked(|x| x.data.clone());
    let has_roads = m.roads.listed;
    let locale = use_locale();
    let go = navigator();
    let set = move |f: fn(&mut InsightsState, String)| {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut next = state.get_untracked();
            f(&mut next, event_target_value(&ev));
            next.shown = InsightsState::default().shown;
            go(&next);
        }
    };
    let on_mode = set(|s, v| {
        s.mode = match v.as_str() {
            "estimate" => Mode::Estimate,
            "road" => Mode::Road,
            _ => Mode::Straight,
        }
    });
    let on_circuity = set(|s, v| {
        if let Some(c) = parse_circuity(&v) {
            s.circuity = c;
        }
    });
    let on_province = set(|s, v| s.province = Province::parse(&v));
    let on_network = set(|s, v| s.network = (!v.is_empty()).then_some(v));
    let go2 = navigator();
    let on_libraries = move |ev: leptos::ev::Event| {
        let mut next = state.get_untracked();
        next.set_libraries(event_target_checked(&ev));
        go2(&next);
    };
    let network_choices = move || {
        let loc = locale.get();
        state.with(|s| network_options(&data.core.networks, s.network.as_deref(), s.libraries, loc))
    };
    let province_options = move || {
        let loc = locale.get();
        let current = state.with(|s| s.province);
        Province::ALL
            .into_iter()
            .map(|p| {
                view! { <option value=p.code() selected=current == Some(p)>{p.name(loc).to_owned()}</option> }
            })
            .collect_view()
    };
    let mode = move || state.with(|s| s.mode);
    let road_note = move || {
        if !has_roads {
            return None;
        }
        let id = if m.roads.failed.get() {
            "insights-roads-failed"
        } else if m.roads.data.with(Option::is_some) {
            "insights-roads-ready"
        } else {
            "insights-roads-loading"
        };
        Some(view! { <p class="hint" role="status">{t(id)}</p> })
    };
    let all_provinces = view! {
        <option value="" selected=move || state.with(|s| s.province.is_none())>{t("insights-all-provinces")}</option>
    };
    view! {
        <form class="insights__settings no-print" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="ins-dist">{t("insights-distance-label")}</label>
                <select id="ins-dist" on:change=on_mode aria-describedby="ins-dist-hint">
                    <option value="straight" selected=move || mode() == Mode::Straight>{t("insights-distance-straight")}</option>
                    <option value="estimate" selected=move || mode() == Mode::Estimate>{t("insights-distance-estimate")}</option>
                    {has_roads.then(|| view! {
                        <option value="road" selected=move || mode() == Mode::Road>{t("insights-distance-road")}</option>
                    })}
                </select>
                <p class="hint" id="ins-dist-hint">{t("insights-distance-hint")}</p>
                {road_note}
            </div>
            <div class="field">
                <label for="ins-circ">{t("insights-circuity-label")}</label>
                <input id="ins-circ" type="number" min="1" max="3" step="0.05" inputmode="decimal" aria-describedby="ins-circ-hint"
                    prop:value=move || fixed(state.with(|s| s.circuity), 2) disabled=move || mode() == Mode::Straight on:change=on_circuity/>
                <p class="hint" id="ins-circ-hint">{t("insights-circuity-hint")}</p>
            </div>
            {select_field("ins-prov", "insights-province-label", on_province, (all_provinces, province_options))}
            <div class="field">
                <label for="ins-net">{t("insights-network-label")}</label>
                <select id="ins-net" on:change=on_network aria-describedby="ins-net-hint">
                    <option value="" selected=move || state.with(|s| s.network.is_none())>{t("insights-all-networks")}</option>
                    {network_choices}
                </select>
                <p class="hint" id="ins-net-hint">{t("insights-network-hint")}</p>
            </div>
            <div class="field">
                <label class="check">
                    <input type="checkbox" prop:checked=move || state.with(|s| s.libraries) on:change=on_libraries aria-describedby="ins-lib-hint"/>
                    {t("insights-libraries")}
                </label>
                <p class="hint" id="ins-lib-hint">{t("insights-libraries-hint")}</p>
                {move || m.libraries_failed.get().then(|| view! { <p class="notice notice--error" role="alert">{t("insights-libraries-failed")}</p> })}
            </div>
        </form>
    }
}
