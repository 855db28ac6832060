//! `/`: the finder.
use leptos::prelude::*;

use crate::app::components::filters::FilterPanel;
use crate::app::components::results::{BrowseProvinces, ResultList};
use crate::app::components::search::{LocateButton, OriginLine, SearchBox};
use crate::app::components::status::with_data;
use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::i18n::tr;

#[component]
pub fn Home() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let idle = move || f.state.with(|s| !s.has_location() && s.province.is_none());
    let province_title = move || {
        let s = f.state.get();
        if s.has_location() {
            return None;
        }
        s.province.map(|p| tr(locale.get(), "browse-results", &[("province", p.name(locale.get()).into())]))
    };
    view! {
        <section class="page page--home" aria-labelledby="home-title">
            <h1 id="home-title">{t("home-title")}</h1>
            <p class="lead">{t("home-intro")}</p>
            <div class="finder">
                <div class="finder__search">
                    <SearchBox/>
                    <LocateButton/>
                </div>
                <OriginLine/>
                {with_data(move |_| view! {
                    <div class="finder__layout">
                        <div class="finder__filters">
                            <FilterPanel/>
                        </div>
                        <div class="finder__main">
                            {move || province_title().map(|title| view! { <h2 class="finder__province">{title}</h2> })}
                            {move || idle().then(|| view! { <p class="hint results__start">{t("results-start")}</p> })}
                            <ResultList/>
                            {move || idle().then(|| view! { <BrowseProvinces/> })}
                        </div>
                    </div>
                })}
            </div>
        </section>
    }
}
