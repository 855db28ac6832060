//! `/office/:id`: every detail of one office, its week, where the data comes from, and
//! other governments' offices within 1 km.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::results::{address_lines, open_text, tel_href, today_text, Bilingual, ExternalLink};
use crate::app::components::status::with_data;
use crate::app::data::Data;
use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::app::labels;
use crate::domain::finder::Catalog;
use crate::domain::hours::Hours;
use crate::i18n::{format_distance, format_span, tr, Locale};
use crate::nav::{self, Page};
use crate::platform;

/// Co-location radius on the office page, in metres.
pub const COLOCATION_M: f64 = 1_000.0;

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
                        None => view! {
                            <h1>{t("not-found-title")}</h1>
                            <p class="notice notice--error">{t("office-not-found")}</p>
                        }
                        .into_any(),
                    })
                }
            })}
        </section>
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

    let back = move || f.state.with(|s| s.href(&Page::Home, locale.get()));
    let status = {
        let p = p.clone();
        move || {
            let now = now.get();
            open_text(p.hours.state(p.tz, now), p.tz.local(now).weekday, locale.get())
        }
    };
    let today = {
        let p = p.clone();
        move || today_text(&p, now.get(), locale.get())
    };
    let hours = p.hours.clone();
    let hours_view = move || {
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
            Hours::Unknown => view! { <p>{t("result-hours-unknown")}</p> }.into_any(),
        }
    };
    let languages = {
        let l = p.languages;
        move || {
            labels::languages(l)
                .map_or_else(|| tr(locale.get(), "result-languages-unknown", &[]), |id| tr(locale.get(), id, &[]))
        }
    };
    let provenance = {
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
    let colocated = {
        let cat = catalog.clone();
        move || {
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
        }
    };
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let copy = move |_| platform::copy_text(&platform::current_url(), move |ok| copied.set(Some(ok)));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let caveats = p.caveats.clone();
    let services = p.services.clone();
    let website = p.website(&n);
    let directions = p.pos.map(nav::directions_href);
    let position = labels::position(p.geocode.method);
    let phone = p.phone.clone();
    let net_phone = n.phone.clone();

    view! {
        <p class="no-print"><A href=back>"← " {t("office-back")}</A></p>
        <h1><Bilingual text=p.name.clone() locale=locale/></h1>
        <p class="lead">
            <Bilingual text=n.name.clone() locale=locale/> " · " {t(labels::level(n.level))} " · " {t(labels::kind(p.kind))}
        </p>
        <p class="status">{status}</p>
        {move || today().map(|s| view! { <p>{s}</p> })}
        {(!caveats.is_empty()).then(|| view! {
            <div class="notice" role="note">
                <h2 class="notice__title">{t("office-caveats")}</h2>
                <ul>{caveats.iter().map(|c| view! { <li>{t(labels::caveat(*c))}</li> }).collect_view()}</ul>
            </div>
        })}
        <div class="office-grid">
            <section aria-labelledby="office-address">
                <h2 id="office-address">{t("office-address")}</h2>
                <address>{address_lines(&p).into_iter().map(|l| view! { <span class="line">{l}</span> }).collect_view()}</address>
                <p class="hint">{move || tr(locale.get(), "office-position-line", &[("how", tr(locale.get(), position, &[]).into())])}</p>
                {directions.map(|href| view! { <p class="no-print"><ExternalLink href=href>{t("result-directions")}</ExternalLink></p> })}
            </section>
            <section aria-labelledby="office-hours">
                <h2 id="office-hours">{t("office-hours")}</h2>
                {hours_view}
            </section>
            <section aria-labelledby="office-contact">
                <h2 id="office-contact">{t("office-contact")}</h2>
                {phone.or(net_phone).map(|ph| {
                    let href = tel_href(&ph);
                    view! { <p><a href=href>{move || tr(locale.get(), "result-phone", &[("phone", ph.clone().into())])}</a></p> }
                })}
                {move || website.get(locale.get()).map(|(url, _)| view! { <p><ExternalLink href=url.to_owned()>{t("office-website")}</ExternalLink></p> })}
                <p>{move || tr(locale.get(), "office-languages-line", &[("languages", languages().into())])}</p>
            </section>
            {(!services.is_empty()).then(|| view! {
                <section aria-labelledby="office-services">
                    <h2 id="office-services">{t("office-services")}</h2>
                    <p><Bilingual text=services.clone() locale=locale/></p>
                </section>
            })}
        </div>
        <section aria-labelledby="office-colocated">
            <h2 id="office-colocated">{t("office-colocated")}</h2>
            {colocated}
        </section>
        <section aria-labelledby="office-provenance">
            <h2 id="office-provenance">{t("office-provenance")}</h2>
            <ul>{provenance}</ul>
        </section>
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
