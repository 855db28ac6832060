//! One component per page; each only wires domain results to markup.
use leptos::prelude::*;
use leptos_router::components::A;

use super::components::status::with_data;
use super::i18n::{t, use_locale};

mod about;
mod embed;
mod home;
mod insights;
mod office;
mod services;

use crate::nav::{Href, Page};
pub use embed::EmbedPage;
pub use home::Home;
pub use insights::InsightsPage;
pub use office::Office;
pub use services::{ServicePage, ServicesPage};

#[component]
pub fn About() -> impl IntoView {
    let locale = use_locale();
    let insights = move || Href::new(&Page::Insights).lang(locale.get()).to_string();
    view! {
        <section class="page page--about" aria-labelledby="about-title">
            <h1 id="about-title">{t("about-title")}</h1>
            <p>{t("about-what")}</p>
            <p>{t("about-insights")}" "<a href=insights rel="external">{t("about-insights-link")}</a></p>
            <h2>{t("about-data-title")}</h2>
            <p>{t("about-data-intro")}</p>
            {with_data(|data| view! { <about::Sources data=data/> })}
        </section>
    }
}

/// `/insights` in the citizen's app, whose module does not carry the insights page: the
/// insights app is `insights.html` (a host that sends every path to index.html lands
/// here), so go there, keeping the query; a link if the browser does not follow.
#[component]
pub fn InsightsElsewhere() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let target = move || crate::nav::join(&Page::Insights.path(), location.search.get().trim_start_matches('?'));
    let on_html = location.pathname.get_untracked().ends_with(".html");
    let online = crate::app::offline::use_offline().online;
    if !on_html {
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(&target());
        }
    }
    view! {
        <section class="page" aria-labelledby="insights-elsewhere-title">
            <h1 id="insights-elsewhere-title">{t("insights-title")}</h1>
            // Offline, the service worker answers a page never visited with the app shell.
            {move || (on_html && !online.get()).then(|| view! {
                <p class="notice" role="status">{t("load-error-not-saved")}</p>
            })}
            <p><a href=target rel="external">{t("about-insights-link")}</a></p>
        </section>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    let home = move || Href::new(&Page::Home).lang(locale.get()).to_string();
    view! {
        <section class="page page--not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <p><A href=home>{t("not-found-home")}</A></p>
        </section>
    }
}
