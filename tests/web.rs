//! Component tests in headless Chromium (wasm-bindgen-test): mount the real app, interact,
//! read the DOM. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use guichet::app::App;
use guichet::platform::AFTER_PAINT_LATEST;
use leptos::prelude::Owner;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text(selector: &str) -> String {
    let selector = format!("#app-under-test {selector}");
    let selector = selector.as_str();
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn click(selector: &str) {
    let selector = format!("#app-under-test {selector}");
    let selector = selector.as_str();
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Waits until what follows a new list has followed: the URL and the filter counts come
/// after the frame that paints the list, [`AFTER_PAINT_LATEST`] later at most.
async fn painted() {
    sleep(AFTER_PAINT_LATEST.as_millis() as i32 + 50).await;
    settle().await;
}

/// Waits (up to 5 s) until `selector`'s text is `expected`, then asserts it.
async fn wait_text(selector: &str, expected: &str) {
    for _ in 0..100 {
        settle().await;
        if document()
            .query_selector(&format!("#app-under-test {selector}"))
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .is_some_and(|t| t.trim() == expected)
        {
            return;
        }
        sleep(50).await;
    }
    assert_eq!(text(selector), expected);
}

/// A mounted app; dropping it disposes its reactive owner, which removes the router's
/// window listeners so the next test's app is the only one listening.
struct Mounted {
    owner: Owner,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.owner.cleanup();
    }
}

/// Mounts the app in a fresh container with the given query string.
async fn mount(query: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
    let _ = window.local_storage().unwrap().unwrap().clear();
    // The test runner reports through its own elements in <body>: leave them alone.
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let host = document().create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    host.set_id("app-under-test");
    document().body().unwrap().append_child(&host).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(host, App));
    settle().await;
    Mounted { owner, _handle: Box::new(handle) }
}

#[wasm_bindgen_test]
async fn shell_renders_and_language_toggles_without_reload() {
    let _app = mount("?lang=en").await;
    assert_eq!(text("#home-title"), "Find a government service counter near you");
    assert_eq!(text(".skip-link"), "Skip to main content");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert!(document().query_selector("#app-under-test header").unwrap().is_some());
    assert!(document().query_selector("#app-under-test main#main").unwrap().is_some());
    assert!(document().query_selector("#app-under-test footer").unwrap().is_some());

    click(".lang-toggle");
    wait_text("#home-title", "Trouvez un comptoir de services gouvernementaux près de chez vous").await;
    assert_eq!(text(".lang-toggle"), "English");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    painted().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("lang=fr"), "URL keeps the language: {search}");
    let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("guichet.lang").unwrap();
    assert_eq!(saved.as_deref(), Some("fr"));
}

#[wasm_bindgen_test]
async fn language_toggle_keeps_other_parameters() {
    let _app = mount("?q=K1A+0B1&lang=fr").await;
    assert_eq!(text(".lang-toggle"), "English");
    click(".lang-toggle");
    wait_text("#home-title", "Find a government service counter near you").await;
    painted().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?q=K1A+0B1&lang=en");
}

#[wasm_bindgen_test]
async fn unknown_path_shows_bilingual_not_found() {
    let _app = mount("?lang=fr").await;
    let window = web_sys::window().unwrap();
    window.history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/nowhere?lang=fr")).unwrap();
    window.dispatch_event(&web_sys::Event::new("popstate").unwrap()).unwrap();
    wait_text("#nf-title", "Page introuvable").await;
}

// ---------- The finder, on a small synthetic bundle (no network) ----------

mod synthetic {
    use std::sync::Arc;

    use guichet::app::data::Data;
    use guichet::bundle::{CoreBundle, Counts, Manifest};
    use guichet::domain::basemap::Basemap;
    use guichet::domain::gazetteer::{Fsa, Gazetteer, Place, PlaceSource};
    use guichet::domain::geo::LatLon;
    use guichet::domain::hours::Hours;
    use guichet::domain::model::*;
    use guichet::domain::service::{Delivery, InPerson};
    use guichet::domain::tz::TimeZone;

    fn place(name: &str, province: Province, lat: f64, lon: f64, population: u32) -> Place {
        Place {
            name: name.into(),
            name_fr: None,
            alt: vec![],
            province,
            pos: LatLon::new(lat, lon),
            population,
            source: PlaceSource::GeoNames,
        }
    }

    fn point(id: &str, name: &str, network: u16, province: Province, lat: f64, lon: f64) -> Point {
        Point {
            id: id.into(),
            network,
            kind: PointKind::ServiceCentre,
            name: Text::en(name),
            address: Address { street: Some("1 Main Street".into()), ..Address::default() },
            community: name.split(' ').next().unwrap().into(),
            province,
            pos: Some(LatLon::new(lat, lon)),
            geocode: Geocode { method: GeocodeMethod::Source, confidence: Confidence::High },
            tz: TimeZone::Halifax,
            languages: Languages::BOTH,
            phone: Some("506-555-0100".into()),
            website: Text::default(),
            hours: Hours::Unknown,
            categories: Categories::of(&[Category::General]),
            services: Text::default(),
            caveats: vec![],
            sources: vec![Provenance { dataset: 0, record: id.into() }],
            ..Point::bare(id, network, None)
        }
    }

    pub fn data() -> Arc<Data> {
        let network = Network::bare;
        let core = CoreBundle {
            networks: vec![network("federal-net", Level::Federal), network("nb-net", Level::Provincial)],
            points: vec![
                point("f-sj", "Saint John Federal Centre", 0, Province::NB, 45.273, -66.063),
                point("p-sj", "Saint John Provincial Centre", 1, Province::NB, 45.275, -66.060),
                point("f-mc", "Moncton Federal Centre", 0, Province::NB, 46.088, -64.778),
                point("f-sjr", "Saint-Jean Federal Centre", 0, Province::QC, 45.307, -73.262),
            ],
            gazetteer: Gazetteer {
                places: vec![
                    place("Saint John", Province::NB, 45.2733, -66.0633, 67_575),
                    place("Saint-Jean-sur-Richelieu", Province::QC, 45.3071, -73.2625, 95_114),
                    place("St. John's", Province::NL, 47.5615, -52.7126, 110_525),
                    place("Moncton", Province::NB, 46.0878, -64.7782, 71_889),
                ],
                fsas: vec![Fsa {
                    code: "E1C".into(),
                    province: Province::NB,
                    pos: LatLon::new(46.09, -64.79),
                    place: "Moncton Central".into(),
                    population: Some(20_000),
                    incomplete: false,
                    spread_km: None,
                }],
            },
            basemap: Basemap::default(),
            in_person: vec![
                InPerson {
                    id: "1292".into(),
                    name: Text::both("Social Insurance Number", "Numéro d’assurance sociale"),
                    provincial: false,
                    delivery: vec![Delivery { network: 0, category: None, points: vec![] }],
                },
                InPerson {
                    id: "prov-driver-licence".into(),
                    name: Text::both("Driver's licences and road tests", "Permis de conduire et examens de conduite"),
                    provincial: true,
                    delivery: vec![Delivery { network: 1, category: None, points: vec!["p-sj".into()] }],
                },
            ],
            retired: vec![],
        };
        let manifest = Manifest {
            schema: SCHEMA_VERSION,
            data_version: "test".into(),
            built: "2026-11-28".into(),
            files: vec![],
            insights: vec![],
            counts: Counts::default(),
            sources: vec![],
        };
        Arc::new(Data { manifest, core })
    }
}

async fn mount_with_data(query: &str) -> Mounted {
    mount_at(&format!("/{query}")).await
}

/// Mounts the app with the synthetic data at `url` (path and query).
async fn mount_at(url: &str) -> Mounted {
    mount_app(url, false).await
}

/// Mounts the app (or, with `insights`, the insights app) with the synthetic data at `url`.
async fn mount_app(url: &str, insights: bool) -> Mounted {
    let window = web_sys::window().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).unwrap();
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let host = document().create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    host.set_id("app-under-test");
    document().body().unwrap().append_child(&host).unwrap();
    let owner = Owner::new();
    let data = synthetic::data();
    if insights {
        // As `app::start_insights` does: the insights page's messages are its module's own.
        guichet::i18n::use_insights_messages();
    }
    let handle = owner.with(|| {
        leptos::mount::mount_to(host, move || {
            use leptos::prelude::IntoAny;
            if insights {
                leptos::prelude::view! { <guichet::app::InsightsAppWithData data=data.clone()/> }.into_any()
            } else {
                leptos::prelude::view! { <guichet::app::AppWithData data=data.clone()/> }.into_any()
            }
        })
    });
    // The catalog is built two tasks after the data is in (start-up work is split into
    // zero-delay timer tasks, which run in order): a few timer turns see it in place.
    for _ in 0..4 {
        sleep(0).await;
        settle().await;
    }
    Mounted { owner, _handle: Box::new(handle) }
}

fn input() -> web_sys::HtmlInputElement {
    document().get_element_by_id("search-input").expect("search box").dyn_into().unwrap()
}

async fn type_text(s: &str) {
    let i = input();
    i.set_value(s);
    i.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
}

async fn key(k: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(k);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    input().dispatch_event(&ev).unwrap();
    settle().await;
}

fn options() -> Vec<String> {
    let list = document().query_selector_all("#search-listbox [role=option]").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default().trim().to_owned()).collect()
}

#[wasm_bindgen_test]
async fn search_box_suggests_and_is_keyboard_usable() {
    let _app = mount_with_data("?lang=en").await;
    type_text("st john").await;
    assert_eq!(options(), vec!["Saint John (NB)", "St. John's (NL)"]);
    let listbox = document().get_element_by_id("search-listbox").unwrap();
    assert!(!listbox.has_attribute("hidden"));
    assert_eq!(input().get_attribute("aria-expanded").as_deref(), Some("true"));

    key("ArrowDown").await;
    assert_eq!(input().get_attribute("aria-activedescendant").as_deref(), Some("search-option-0"));
    key("ArrowDown").await;
    key("ArrowUp").await;
    assert_eq!(input().get_attribute("aria-activedescendant").as_deref(), Some("search-option-0"));
    key("Enter").await;
    wait_text(".origin__text", "Offices nearest to Saint John (New Brunswick)").await;
    assert_eq!(input().value(), "Saint John (NB)");
    let first = text(".results__list .result .result__name");
    assert_eq!(first, "Saint John Federal Centre");
    painted().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("q=Saint+John+%28NB%29"), "{search}");
}

#[wasm_bindgen_test]
async fn escape_closes_suggestions_then_clears() {
    let _app = mount_with_data("?lang=fr").await;
    type_text("monc").await;
    assert_eq!(options(), vec!["Moncton (NB)"]);
    key("Escape").await;
    assert_eq!(input().get_attribute("aria-expanded").as_deref(), Some("false"));
    key("Escape").await;
    assert_eq!(input().value(), "");
}

#[wasm_bindgen_test]
async fn bad_inputs_get_bilingual_messages() {
    let _app = mount_with_data("?lang=fr&q=H0H+0H0").await;
    wait_text(".origin__text", "H0H 0H0 est le code postal du père Noël\u{a0}: ce n’est pas un lieu. Tapez votre propre code postal, par exemple K1A 0B1.").await;
    let _app = mount_with_data("?lang=en&q=%3Cb%3ENowhere%3C%2Fb%3E").await;
    wait_text(".origin__text", "We did not find a place called “<b>Nowhere</b>”. Check the spelling, add the province (for example Richmond (BC)), or type a postal code.").await;
    // Markup is shown as text, never interpreted.
    assert!(document().query_selector("#app-under-test .origin b").unwrap().is_none());
    let _app = mount_with_data("?lang=en&q=E1C").await;
    wait_text(".origin__text", "Offices nearest to the centre of postal area E1C (Moncton Central)").await;
    assert_eq!(text(".results__list .result .result__name"), "Moncton Federal Centre");
}

/// Opens the filter panel (closed at first on a narrow window, such as the test runner's)
/// and waits for its options.
async fn open_filters() {
    for _ in 0..100 {
        settle().await;
        if let Some(details) = document().query_selector("#app-under-test details.filters").unwrap() {
            if !details.has_attribute("open") {
                click(".filters__summary");
            }
            if document().query_selector("#app-under-test .filters__body").unwrap().is_some() {
                return;
            }
        }
        sleep(20).await;
    }
    panic!("the filter panel did not open");
}

fn filter_labels() -> Vec<(String, web_sys::HtmlInputElement)> {
    let labels = document().query_selector_all("#app-under-test .filters .check:not(.hidden)").unwrap();
    (0..labels.length())
        .map(|i| {
            let el = labels.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap();
            let input = el.query_selector("input").unwrap().unwrap().dyn_into().unwrap();
            (el.text_content().unwrap_or_default().trim().to_owned(), input)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn filter_counts_and_toggle() {
    let _app = mount_with_data("?lang=en&q=Saint+John+%28NB%29").await;
    open_filters().await;
    wait_text(".results__count", "Showing 4 of 4 offices.").await;
    painted().await;
    let labels: Vec<String> = filter_labels().into_iter().map(|(l, _)| l).collect();
    assert!(labels.contains(&"Federal (3)".to_owned()), "{labels:?}");
    assert!(labels.contains(&"Provincial (1)".to_owned()), "{labels:?}");
    let (_, provincial) = filter_labels().into_iter().find(|(l, _)| l.starts_with("Provincial")).unwrap();
    provincial.click();
    wait_text(".results__count", "Showing 1 of 1 offices.").await;
    assert_eq!(text(".results__list .result .result__name"), "Saint John Provincial Centre");
    painted().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("level=provincial"), "{search}");
    // Counts of the level facet ignore the level filter itself.
    let labels: Vec<String> = filter_labels().into_iter().map(|(l, _)| l).collect();
    assert!(labels.contains(&"Federal (3)".to_owned()), "{labels:?}");
}

#[wasm_bindgen_test]
async fn insights_show_pairs_sort_and_switch_sections() {
    let _app = mount_app("/insights.html?lang=en", true).await;
    // The two Saint John centres (federal, provincial) are 0.3 km apart.
    wait_text(".insights__headline", "One pair within 1.0\u{a0}km, 0 already co-located (same address or postal code, or in the other’s premises by the sources’ words).")
        .await;
    assert_eq!(text(".insights__table--main tbody tr td"), "Saint John Federal Centre");
    click(".insights__table--main th:nth-child(7) button");
    settle().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("sort=6"), "{search}");
    assert_eq!(
        document()
            .query_selector("#app-under-test th[aria-sort=ascending]")
            .unwrap()
            .map(|e| e.text_content().unwrap_or_default()),
        Some("Distance (km) ▲".to_owned())
    );
    // Coverage: the only FSA (20,000 people) is assigned, all within 10 km of Moncton.
    click(".insights__tabs li:nth-child(3) a");
    wait_text(".insights__section h2", "Coverage").await;
    assert_eq!(text(".insights__section table tbody tr td:nth-child(3)"), "20,000");
    assert_eq!(text(".insights__section table tbody tr td:nth-child(4)"), "100.0%");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("tab=coverage") && !search.contains("sort="), "{search}");
}

/// The texts of the service picker's options, with the chosen value.
fn service_options() -> (Vec<String>, String) {
    let list = document().query_selector_all("#app-under-test #filter-service option").unwrap();
    let texts = (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default().trim().to_owned())
        .collect();
    let select = document().query_selector("#app-under-test #filter-service").unwrap().expect("service picker");
    let value = js_sys::Reflect::get(&select, &"value".into()).unwrap().as_string().unwrap_or_default();
    (texts, value)
}

#[wasm_bindgen_test]
async fn service_picker_counts_filters_and_clears() {
    let _app = mount_with_data("?lang=en&q=Saint+John+%28NB%29").await;
    open_filters().await;
    wait_text(".results__count", "Showing 4 of 4 offices.").await;
    painted().await;
    let (texts, value) = service_options();
    assert_eq!(texts, ["Any service", "Social Insurance Number (3)", "Driver's licences and road tests (1)"]);
    assert_eq!(value, "");
    let groups = document().query_selector_all("#app-under-test #filter-service optgroup").unwrap();
    assert_eq!(groups.length(), 2);
    let label = |i| groups.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap().get_attribute("label");
    assert_eq!(
        (label(0).as_deref(), label(1).as_deref()),
        (Some("Federal services"), Some("Provincial and territorial services"))
    );
    // Choosing a service: the list, the URL, the named scope and every count follow.
    let select = document().query_selector("#app-under-test #filter-service").unwrap().unwrap();
    js_sys::Reflect::set(&select, &"value".into(), &"prov-driver-licence".into()).unwrap();
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    wait_text(".results__count", "Showing 1 of 1 offices.").await;
    assert_eq!(text(".results__list .result .result__name"), "Saint John Provincial Centre");
    painted().await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("svc=prov-driver-licence"), "{search}");
    wait_text(".service-scope", "Offices that deliver: Driver's licences and road tests. Show all offices").await;
    assert_eq!(service_options().1, "prov-driver-licence");
    // The other choices keep their counts (the scope is one choice among them).
    assert_eq!(service_options().0[1], "Social Insurance Number (3)");
    let labels: Vec<String> = filter_labels().into_iter().map(|(l, _)| l).collect();
    assert!(labels.contains(&"Provincial (1)".to_owned()) && labels.contains(&"Federal (0)".to_owned()), "{labels:?}");
    // "Any service" clears it.
    js_sys::Reflect::set(&select, &"value".into(), &"".into()).unwrap();
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    wait_text(".results__count", "Showing 4 of 4 offices.").await;
    painted().await;
    assert!(!web_sys::window().unwrap().location().search().unwrap().contains("svc="));
    assert!(document().query_selector("#app-under-test .service-scope").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_service_in_the_url_is_named_chosen_and_removable_in_french() {
    let _app = mount_with_data("?lang=fr&q=Saint+John+%28NB%29&svc=prov-driver-licence").await;
    open_filters().await;
    wait_text(
        ".service-scope",
        "Bureaux qui offrent\u{a0}: Permis de conduire et examens de conduite. Afficher tous les bureaux",
    )
    .await;
    painted().await;
    let (texts, value) = service_options();
    assert_eq!(value, "prov-driver-licence");
    assert_eq!(texts[0], "Tous les services");
    assert!(texts.contains(&"Permis de conduire et examens de conduite (1)".to_owned()), "{texts:?}");
    assert_eq!(text(".filters__summary"), "Filtres (1 actif)");
    click(".service-scope a");
    wait_text(".results__count", "4 bureaux affichés sur 4.").await;
    painted().await;
    assert!(!web_sys::window().unwrap().location().search().unwrap().contains("svc="));
}
