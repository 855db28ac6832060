//! `/office/:id`: every detail of one office, its week, where the data comes from, and
//! other governments' offices within 1 km.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::open_data::DataDownloads;
use crate::app::components::results::{
    address_lines, report_link, status_class, tel_href, today_text, Bilingual, ExternalLink, Leaving,
};
use crate::app::components::status::with_data;
use crate::app::data::Data;
use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::app::labels;
use crate::describe;
use crate::domain::finder::Catalog;
use crate::domain::hours::Hours;
use crate::domain::model::{Category, Network, Point, Retired};
use crate::domain::status::LocalNow;
use crate::i18n::{format_distance, format_span, tr, Locale};
use crate::nav::{self, Page};
use crate::platform;

/// Co-location radius on the office page, in metres.
pub const COLOCATION_M: f64 = 1_000.0;

/// How many coming visits of an outreach site the office page lists.
const VISITS_SHOWN: usize = 8;

#[component]
pub fn Office(id: String) -> impl IntoView {
    let f = use_finder();
    view! {
        <section class="page page--office">
            {with_data(move |data| {
                let id = id.clone();
                move || {
                    let cat = f.catalog.get()?;
                    Some(match cat.point(&id) {
                        Some((i, _)) => view! { <Details catalog=cat.clone() index=i data=data.clone()/> }.into_any(),
                        None => match data.core.retired.iter().find(|r| r.id == id) {
                            Some(r) => view! { <RetiredOffice catalog=cat.clone() retired=r.clone()/> }.into_any(),
                            None => view! {
                                <h1>{t("not-found-title")}</h1>
                                <p class="notice notice--error">{t("office-not-found")}</p>
                            }
                            .into_any(),
                        },
                    })
                }
            })}
        </section>
    }
}

/// How many nearest current offices an old link to a retired office offers.
const RETIRED_NEAREST: usize = 5;

/// An office the sources no longer list, reached by an old link: says so, in both
/// languages, and offers the nearest current offices of its network (else any).
#[component]
fn RetiredOffice(catalog: Arc<Catalog>, retired: Retired) -> impl IntoView {
    let locale = use_locale();
    let f = use_finder();
    let back = move || f.state.with(|s| s.href(&Page::Home, locale.get()));
    let name = retired.name.clone();
    let nearest = move || {
        let loc = locale.get();
        let pos = retired.pos?;
        let same = catalog.nearest_where(pos, RETIRED_NEAREST, |p| p.network == retired.network);
        let list = if same.is_empty() { catalog.nearest_where(pos, RETIRED_NEAREST, |_| true) } else { same };
        let items = list
            .into_iter()
            .map(|(j, d)| {
                let q = &catalog.points[j as usize];
                let href = f.state.with(|s| s.href(&Page::Office(q.id.clone()), loc));
                let meta = format_distance(d, loc);
                let label = q.name.show(loc).to_owned();
                view! { <li><A href=href>{label}</A> <span class="hint">" (" {meta} ")"</span></li> }
            })
            .collect_view();
        Some(view! {
            <h2>{t("office-retired-nearest")}</h2>
            <ul class="colocated">{items}</ul>
        })
    };
    let community = retired.community.clone();
    view! {
        <p class="no-print"><A href=back>"← " {t("office-back")}</A></p>
        <h1><Bilingual text=name.clone() locale=locale/></h1>
        <p class="notice" role="note">
            {move || tr(locale.get(), "office-retired", &[("name", name.show(locale.get()).to_owned().into()), ("community", community.clone().into())])}
        </p>
        {nearest}
    }
}

fn week(hours: &Hours, loc: Locale) -> Option<Vec<(String, String)>> {
    (0..7u8)
        .map(|d| {
            let spans = hours.spans(d)?;
            let text = if spans.is_empty() {
                tr(loc, "office-hours-closed", &[])
            } else {
                spans.iter().map(|s| format_span(s.open, s.close, loc)).collect::<Vec<_>>().join(", ")
            };
            Some((tr(loc, labels::day(d), &[]), text))
        })
        .collect()
}

#[component]
fn Details(catalog: Arc<Catalog>, index: u32, data: Arc<Data>) -> impl IntoView {
    let locale = use_locale();
    let f = use_finder();
    let p = catalog.points[index as usize].clone();
    let n = catalog.network(&p).clone();
    let now = f.now;
    let tz = p.tz;
    let today_day = move || LocalNow::at(tz, now.get()).day;

    view! {
        {heading(&p, &n, locale)}
        {status_lines(&catalog, index, &p, now, today_day, locale)}
        {caveats(&p, today_day, locale)}
        <div class="office-grid">
            {address(&p, &n, locale)}
            <section aria-labelledby="office-hours">
                <h2 id="office-hours">{t("office-hours")}</h2>
                {hours(&catalog, index, &p, today_day, locale)}
            </section>
            {contact(&p, &n, locale)}
            {access(&p, locale)}
            {passport(&p)}
            {services(&p, locale)}
        </div>
        {colocated(&catalog, index, locale)}
        {provenance(&p, &data, locale)}
        {actions()}
    }
}

/// Back to the results, the office's name, its network, level and kind.
fn heading(p: &Point, n: &Network, locale: Memo<Locale>) -> impl IntoView {
    let f = use_finder();
    let back = move || f.state.with(|s| s.href(&Page::Home, locale.get()));
    view! {
        <p class="no-print"><A href=back>"← " {t("office-back")}</A></p>
        <h1><Bilingual text=p.name.clone() locale=locale/></h1>
        <p class="lead">
            <Bilingual text=n.name.clone() locale=locale/> " · " {t(labels::level(n.level))} " · " {t(labels::kind(p.kind))}
        </p>
    }
}

/// Open or closed now, and today's hours.
fn status_lines(
    catalog: &Arc<Catalog>,
    index: u32,
    p: &Point,
    now: RwSignal<i64>,
    today_day: impl Fn() -> i64 + Copy + Send + Sync + 'static,
    locale: Memo<Locale>,
) -> impl IntoView {
    let status_now = {
        let cat = catalog.clone();
        move || cat.status(index, now.get())
    };
    let status = {
        let p = p.clone();
        let status_now = status_now.clone();
        move || describe::status(&p, status_now(), today_day(), locale.get())
    };
    let status_css = move || status_class(status_now());
    let today = {
        let p = p.clone();
        move || today_text(&p, now.get(), locale.get())
    };
    view! {
        <p class=status_css>{status}</p>
        {move || today().map(|s| view! { <p>{s}</p> })}
    }
}

/// Coming closures, the source's notes and our caveats, when there are any.
fn caveats(
    p: &Point,
    today_day: impl Fn() -> i64 + Copy + Send + Sync + 'static,
    locale: Memo<Locale>,
) -> impl IntoView {
    let closures = {
        let p = p.clone();
        move || {
            let loc = locale.get();
            describe::coming_closures(&p, today_day(), i64::MAX / 4)
                .into_iter()
                .map(|c| describe::closure(c, loc))
                .collect::<Vec<_>>()
        }
    };
    let notes = {
        let p = p.clone();
        move || describe::notes(&p.notes, locale.get())
    };
    let caveats = p.caveats.clone();
    move || {
        let (closures, notes) = (closures(), notes());
        (!caveats.is_empty() || !closures.is_empty() || !notes.is_empty()).then(|| {
            view! {
                <div class="notice" role="note">
                    <h2 class="notice__title">{t("office-caveats")}</h2>
                    <ul>
                        {closures.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                        {notes.into_iter().map(|(n, l)| view! { <li lang=l.code()>{n}</li> }).collect_view()}
                        {caveats.iter().map(|c| view! { <li>{t(labels::caveat(*c))}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The address, where the service is held (a partner's premises), how the office was
/// placed on the map, and directions.
fn address(p: &Point, n: &Network, locale: Memo<Locale>) -> impl IntoView {
    let directions = p.pos.map(nav::directions_href);
    let position = labels::position(p.geocode.method);
    let p = p.clone();
    let held = {
        let (p, n) = (p.clone(), n.clone());
        move || {
            crate::describe::held::held(&p, n.name.show(locale.get()), locale.get())
                .map(|s| view! { <p class="held">{s}</p> })
        }
    };
    view! {
        <section aria-labelledby="office-address">
            <h2 id="office-address">{t("office-address")}</h2>
            <address>{move || address_lines(&p, locale.get()).into_iter().map(|l| view! { <span class="line">{l}</span> }).collect_view()}</address>
            {held}
            <p class="hint">{move || tr(locale.get(), "office-position-line", &[("how", tr(locale.get(), position, &[]).into())])}</p>
            {directions.map(|href| view! { <p class="no-print"><ExternalLink href=href>{t("result-directions")}</ExternalLink></p> })}
        </section>
    }
}

/// The week, the monthly rules or the coming visits, or what the source says instead.
fn hours(
    catalog: &Arc<Catalog>,
    index: u32,
    p: &Point,
    today_day: impl Fn() -> i64 + Copy + Send + Sync + 'static,
    locale: Memo<Locale>,
) -> impl IntoView {
    let visits = {
        let cat = catalog.clone();
        move || {
            let loc = locale.get();
            let list = describe::visits(&cat.openings(index, today_day(), VISITS_SHOWN), loc);
            if list.is_empty() {
                return view! { <p>{t("office-visits-none")}</p> }.into_any();
            }
            view! {
                <h3>{t("office-visits")}</h3>
                <ul class="visits">{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    };
    let hours = p.hours.clone();
    move || {
        let loc = locale.get();
        match &hours {
            Hours::Weekly(s) => {
                let rows = week(&hours, loc).unwrap_or_default();
                let note = s.note.get(loc).map(|(text, l)| view! { <p lang=l.code()>{text.to_owned()}</p> });
                view! {
                    <table class="week">
                        <caption class="visually-hidden">{t("office-hours")}</caption>
                        <tbody>
                            {rows.into_iter().map(|(d, h)| view! { <tr><th scope="row">{d}</th><td>{h}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                    {s.closed_on_holidays.then(|| view! { <p>{t("office-hours-holidays")}</p> })}
                    {note}
                }
                .into_any()
            }
            Hours::Text(text) => {
                let (s, l) = text.get(loc).unwrap_or(("", loc));
                view! { <p lang=l.code()>{tr(loc, "office-hours-text", &[("text", s.into())])}</p> }.into_any()
            }
            Hours::Monthly(rules) => view! {
                <ul>{rules.iter().map(|r| view! { <li>{describe::monthly(r, loc)}</li> }).collect_view()}</ul>
                {visits.clone()}
            }
            .into_any(),
            Hours::Visits(_) => visits.clone()().into_any(),
            Hours::Unknown => view! { <p>{t("result-hours-unknown")}</p> }.into_any(),
        }
    }
}

/// Phone (the office's, else its network's), website and languages of service.
fn contact(p: &Point, n: &Network, locale: Memo<Locale>) -> impl IntoView {
    let languages = {
        let l = p.languages;
        move || {
            labels::languages(l)
                .map_or_else(|| tr(locale.get(), "result-languages-unknown", &[]), |id| tr(locale.get(), id, &[]))
        }
    };
    let website = p.website(n);
    let phone = p.phone.clone();
    let net_phone = n.phone.clone();
    view! {
        <section aria-labelledby="office-contact">
            <h2 id="office-contact">{t("office-contact")}</h2>
            {phone.or(net_phone).map(|ph| {
                let href = tel_href(&ph);
                view! { <p><a href=href>{move || tr(locale.get(), "result-phone", &[("phone", ph.clone().into())])}</a></p> }
            })}
            {move || website.get(locale.get()).map(|(url, _)| view! { <p><ExternalLink href=url.to_owned()>{t("office-website")}</ExternalLink></p> })}
            <p>{move || tr(locale.get(), "office-languages-line", &[("languages", languages().into())])}</p>
        </section>
    }
}

/// Wheelchair access, sign languages and parking, as far as they are reported.
fn access(p: &Point, locale: Memo<Locale>) -> impl IntoView {
    let reported = p.access.is_reported();
    let p = p.clone();
    let access = move || describe::access(&p, locale.get());
    view! {
        <section aria-labelledby="office-access">
            <h2 id="office-access">{t("office-access")}</h2>
            <ul class="facts" class:facts--unreported=!reported>{move || access().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}

/// Passport services and biometrics, when the office offers any.
fn passport(p: &Point) -> impl IntoView {
    let passport_levels: Vec<_> = p.passport.iter().collect();
    let biometrics = p.categories.contains(Category::Biometrics);
    (!passport_levels.is_empty() || biometrics).then(|| {
        view! {
            <section aria-labelledby="office-passport">
                <h2 id="office-passport">{t("office-passport")}</h2>
                <ul>
                    {passport_levels.iter().map(|l| view! { <li>{t(describe::passport(*l))}</li> }).collect_view()}
                    {biometrics.then(|| view! { <li>{t("office-biometrics")}</li> })}
                </ul>
            </section>
        }
    })
}

/// The services the source lists, when it lists any.
fn services(p: &Point, locale: Memo<Locale>) -> impl IntoView {
    let services = p.services.clone();
    (!services.is_empty()).then(|| {
        view! {
            <section aria-labelledby="office-services">
                <h2 id="office-services">{t("office-services")}</h2>
                <p><Bilingual text=services.clone() locale=locale/></p>
            </section>
        }
    })
}

/// Other governments' offices within [`COLOCATION_M`].
fn colocated(catalog: &Arc<Catalog>, index: u32, locale: Memo<Locale>) -> impl IntoView {
    let f = use_finder();
    let cat = catalog.clone();
    let colocated = move || {
        let loc = locale.get();
        let near = cat.colocated(index, COLOCATION_M);
        if near.is_empty() {
            return view! { <p>{t("office-colocated-none")}</p> }.into_any();
        }
        let items = near
            .into_iter()
            .map(|(j, d)| {
                let q = &cat.points[j as usize];
                let qn = cat.network(q);
                let href = f.state.with(|s| s.href(&Page::Office(q.id.clone()), loc));
                let label = q.name.show(loc).to_owned();
                let meta = {
                    let mut m = qn.name.show(loc).to_owned();
                    m.push_str(" · ");
                    m.push_str(&tr(loc, labels::level(qn.level), &[]));
                    m.push_str(" · ");
                    m.push_str(&format_distance(d, loc));
                    m
                };
                view! { <li><A href=href>{label}</A> <span class="hint">" (" {meta} ")"</span></li> }
            })
            .collect_view();
        view! { <ul class="colocated">{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="office-colocated">
            <h2 id="office-colocated">{t("office-colocated")}</h2>
            {colocated}
        </section>
    }
}

/// Where the data comes from: the date of the facts, and each source record.
fn provenance(p: &Point, data: &Arc<Data>, locale: Memo<Locale>) -> impl IntoView {
    let list = {
        let sources = p.sources.clone();
        let data = data.clone();
        move || {
            let loc = locale.get();
            sources
                .iter()
                .map(|s| {
                    let entry = data.manifest.sources.get(usize::from(s.dataset));
                    let (name, vintage, url) = entry
                        .map(|e| {
                            (e.dataset.name.show(loc).to_owned(), e.dataset.vintage.clone(), e.dataset.url.clone())
                        })
                        .unwrap_or_default();
                    let text = tr(
                        loc,
                        "office-provenance-item",
                        &[("dataset", name.into()), ("vintage", vintage.into()), ("record", s.record.clone().into())],
                    );
                    view! { <li><ExternalLink href=url>{text.clone()}</ExternalLink></li> }
                })
                .collect_view()
        }
    };
    let as_of = {
        let p = p.clone();
        let data = data.clone();
        move || {
            let loc = locale.get();
            let day = p.as_of?;
            let source = p.sources.first().and_then(|s| data.manifest.sources.get(usize::from(s.dataset)))?;
            let args = [
                ("date", describe::full_date(i64::from(day), loc).into()),
                ("source", source.dataset.name.show(loc).to_owned().into()),
            ];
            Some(tr(loc, "office-as-of", &args))
        }
    };
    view! {
        <section aria-labelledby="office-provenance">
            <h2 id="office-provenance">{t("office-provenance")}</h2>
            {move || as_of().map(|s| view! { <p>{s}</p> })}
            <ul>{list}</ul>
            {report(p, data, locale)}
            <DataDownloads />
        </section>
    }
}

/// "Report a problem with this information" (when the site configures an address).
fn report(p: &Point, data: &Arc<Data>, locale: Memo<Locale>) -> impl IntoView {
    let (id, name, version) = (p.id.clone(), p.name.clone(), data.manifest.data_version.clone());
    move || {
        let mode = Leaving::current();
        let name = name.show(locale.get()).to_owned();
        view! { <p class="report-problem no-print">{report_link(id.clone(), name, version.clone(), None, mode)}</p> }
    }
}

/// Copy the link, print.
fn actions() -> impl IntoView {
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let copy = move |_| platform::copy_text(&platform::current_url(), move |ok| copied.set(Some(ok)));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <p class="office-actions no-print">
            <button type="button" class="secondary" on:click=copy>{t("office-copy-link")}</button>
            " "
            <button type="button" class="secondary" on:click=print>{t("office-print")}</button>
        </p>
        <p class="no-print" role="status" aria-live="polite">
            {move || copied.get().map(|ok| t(if ok { "office-copied" } else { "office-copy-failed" })())}
        </p>
    }
}
