//! Header (name, language toggle), skip link, main region and footer; in embed mode
//! (`embed=1`) only the main region, with a compact bar instead of header and footer.
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::i18n::{provide_locale, t};
use super::pages;
use super::stage::Stage;
use crate::i18n::tr;
use crate::nav::{Href, Page};

#[component]
pub fn Shell(
    preloaded: Option<std::sync::Arc<super::data::Data>>,
    /// The insights page, in the insights app only (`None` in the citizen's app, which then
    /// sends `/insights` to `insights.html`).
    #[prop(optional)]
    insights: Option<fn() -> AnyView>,
) -> impl IntoView {
    let stage = super::stage::provide_stage();
    let (header_in, body_in) = (stage.reached(Stage::HEADER), stage.reached(Stage::BODY));
    let locale = provide_locale();
    super::config::provide_config();
    let data = super::data::provide_data(preloaded);
    let location = use_location();
    // As the finder's state has it (`embed` is kept by every navigation of the finder).
    let embedded = Memo::new(move |_| location.search.with(|q| crate::nav::FinderState::parse(q).embed.is_some()));
    let page = Memo::new(move |_| Page::parse(&location.pathname.get()));

    // We route with `Page::parse` instead of `<Routes>`, so nothing tells the router that
    // the new page is in place: a link to another path would render it but never push
    // the URL (and Back would leave the app). Completing the navigation once the path
    // has changed pushes it.
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        let _ = location.pathname.get();
        if let Some(b) = &browser_url {
            b.ready_to_complete();
        }
    });

    // Page title follows the page and the language.
    Effect::new(move |_| {
        let loc = locale.get();
        let heading = match page.get() {
            Page::Home => "home-title",
            Page::About => "about-title",
            Page::Embed => "embed-title",
            Page::NotFound => "not-found-title",
            Page::Office(_) => "office-details-title",
            Page::Services => "services-title",
            Page::Service(_) => "service-title",
            Page::Insights => "insights-title",
        };
        let title = tr(loc, "page-title", &[("page", tr(loc, heading, &[]).into())]);
        document().set_title(&title);
    });
    // The web app manifest in the page's language (what "install" uses).
    Effect::new(move |_| {
        let href = if locale.get() == crate::i18n::Locale::Fr {
            "/manifest.fr.webmanifest"
        } else {
            "/manifest.en.webmanifest"
        };
        if let Ok(Some(link)) = document().query_selector("link[rel=\"manifest\"]") {
            let _ = link.set_attribute("href", href);
        }
    });

    let home = move || Href::new(&Page::Home).lang(locale.get()).to_string();
    let about = move || Href::new(&Page::About).lang(locale.get()).to_string();
    let services_page = move || Href::new(&Page::Services).lang(locale.get()).to_string();
    let embed_page = move || Href::new(&Page::Embed).lang(locale.get()).to_string();
    let skip_to_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    let header = move || {
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{t("skip-link")}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <A href=home attr:class="brand">
                        <span class="brand__mark" aria-hidden="true">"G"</span>
                        <span class="brand__text">
                            <span class="brand__name">{t("app-name")}</span>
                            <span class="brand__tagline">{t("app-tagline")}</span>
                        </span>
                    </A>
                    <nav class="site-nav" aria-label=t("nav-label")>
                        <A href=home exact=true>{t("nav-home")}</A>
                        <A href=services_page>{t("nav-services")}</A>
                        <A href=about>{t("nav-about")}</A>
                        <A href=embed_page>{t("nav-embed")}</A>
                    </nav>
                    <super::i18n::LangToggle/>
                </div>
            </header>
        }
    };
    view! {
        {move || (header_in.get() && !embedded.get()).then(header)}
        {move || body_in.get().then(|| view! { <Body data page embedded insights/> })}
    }
}

/// Banners, the main region with the current page, and the footer, with the finder's
/// contexts: two steps of the start-up, the contexts then the view (see [`Stage`]).
#[component]
fn Body(
    data: super::data::DataCtx,
    page: Memo<Page>,
    embedded: Memo<bool>,
    insights: Option<fn() -> AnyView>,
) -> impl IntoView {
    let stage = expect_context::<Stage>();
    let (main_in, page_in, done) = (stage.reached(Stage::MAIN), stage.reached(Stage::PAGE), stage.reached(Stage::DONE));
    let locale = super::i18n::use_locale();
    let kiosk = super::kiosk::provide_kiosk(locale);
    let services = super::services::provide_services(data);
    super::finder::provide_finder(data, move || kiosk.here(), services);
    super::offline::provide_offline(data, kiosk.on);
    let main_ref: NodeRef<html::Main> = NodeRef::new();
    super::embed::wire(main_ref);
    let insights_page = move || Href::new(&Page::Insights).lang(locale.get()).to_string();
    let footer = move || {
        view! {
            <footer class="site-footer">
                <p>{t("footer-text")}</p>
                <p>{t("footer-privacy")}</p>
                <p><a href=insights_page rel="external">{t("footer-insights")}</a></p>
            </footer>
        }
    };
    let main = move || {
        view! {
            <super::offline::OfflineBanner/>
            <super::offline::UpdateBanner/>
            <main id="main" tabindex="-1" node_ref=main_ref class:main--embed=move || embedded.get()>
                {move || embedded.get().then(|| view! { <super::embed::EmbedBar page=page/> })}
                {move || page_in.get().then(|| match page.get() {
                    Page::Home => view! { <pages::Home/> }.into_any(),
                    Page::About => view! { <pages::About/> }.into_any(),
                    Page::Embed => view! { <pages::EmbedPage/> }.into_any(),
                    Page::NotFound => view! { <pages::NotFound/> }.into_any(),
                    Page::Office(id) => view! { <pages::Office id=id/> }.into_any(),
                    Page::Services => view! { <pages::ServicesPage/> }.into_any(),
                    Page::Service(id) => view! { <pages::ServicePage id=id/> }.into_any(),
                    Page::Insights => match insights {
                        Some(page) => page(),
                        None => view! { <pages::InsightsElsewhere/> }.into_any(),
                    },
                })}
            </main>
            {move || (done.get() && !embedded.get()).then(footer)}
            {move || done.get().then(|| view! { <super::kiosk::KioskRuntime/> })}
        }
    };
    move || main_in.get().then(main)
}
