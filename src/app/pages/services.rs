//! `/services` (search federal services, browse by life event) and `/service/:id` (one
//! service: description, owner, channels, how people apply, nearest delivering offices).
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::components::results::ExternalLink;
use crate::app::components::status::optional_failed;
use crate::app::data::use_data;
use crate::app::finder::{use_finder, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::services::{use_services, want_when, Services, ServicesState};
use crate::domain::model::Text;
use crate::domain::service::{delivered as delivered_at, Channel, ProvincialSource, Service, PROVINCIAL_DATASET};
use crate::domain::services::{channel_shares, offered};
use crate::i18n::{format_distance, tr, Arg, Locale};
use crate::nav::Page;

/// Results listed for a query.
const LIMIT: usize = 20;
/// Nearest delivering offices shown on a service page.
const NEAREST: usize = 3;

/// Text in the locale (else the other language) with the `lang` it is really in.
fn text_in(text: &Text, loc: Locale) -> (String, &'static str) {
    text.get(loc).map_or((String::new(), loc.code()), |(s, l)| (s.to_owned(), l.code()))
}

/// The catalogue's loading state, or `ready` once it is there.
fn with_services<V: IntoView + 'static>(ready: impl Fn(Arc<Services>) -> V + Send + Sync + 'static) -> impl IntoView {
    let services = use_services();
    move || match services.state.get() {
        ServicesState::Idle | ServicesState::Loading => view! {
            <p class="status status--loading" role="status" aria-live="polite">{t("services-loading")}</p>
        }
        .into_any(),
        ServicesState::Failed(e) => view! {
            <div class="notice notice--error" role="alert">
                <p>{t(optional_failed(&e, "services-failed"))}</p>
                <button type="button" class="button" on:click=move |_| services.want()>{t("services-retry")}</button>
            </div>
        }
        .into_any(),
        ServicesState::Ready(s) => ready(s).into_any(),
    }
}

#[component]
pub fn ServicesPage() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    want_when(|| true);
    let navigate = use_navigate();
    let typed = RwSignal::new(f.state.get_untracked().services_q.unwrap_or_default());
    // The results follow every keystroke; the URL (so a search can be shared) follows once
    // typing pauses: a navigation per keystroke would cost more than the search itself.
    let pending = StoredValue::new(0u32);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        typed.set(value.clone());
        pending.update_value(|g| *g += 1);
        let mine = pending.get_value();
        let navigate = navigate.clone();
        set_timeout(
            move || {
                if pending.try_get_value() != Some(mine) {
                    return;
                }
                let mut next = f.state.get_untracked();
                next.services_q = crate::domain::text::non_empty(&value);
                next.event = None;
                let href = next.href(&Page::Services, locale.get_untracked());
                navigate(&href, NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() });
            },
            std::time::Duration::from_millis(300),
        );
    };
    let event = Memo::new(move |_| f.state.with(|s| s.event.clone()));
    view! {
        <section class="page page--services" aria-labelledby="services-title">
            <h1 id="services-title">{t("services-title")}</h1>
            <p class="lead">{t("services-intro")}</p>
            <form class="services-search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="services-q">{t("services-search-label")}</label>
                <input
                    id="services-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="services-q-hint"
                    prop:value=move || typed.get()
                    on:input=on_input
                />
                <p class="hint" id="services-q-hint">{t("services-search-hint")}</p>
            </form>
            {with_services(move |sv| {
                let sv2 = sv.clone();
                move || {
                    let q = typed.get();
                    let loc = locale.get();
                    if q.trim().is_empty() {
                        view! { <LifeEvents services=sv2.clone() selected=event.get() loc=loc/> }.into_any()
                    } else {
                        view! { <Results services=sv.clone() query=q loc=loc/> }.into_any()
                    }
                }
            })}
        </section>
    }
}

#[component]
fn Results(services: Arc<Services>, query: String, loc: Locale) -> impl IntoView {
    let f = use_finder();
    let items: Vec<u32> = services.index.search(&query, LIMIT).iter().map(|h| h.service).collect();
    let count = tr(loc, "services-count", &[("count", Arg::from(items.len()))]);
    let state = f.state.get_untracked();
    view! {
        <p class="services__count" role="status" aria-live="polite">{count}</p>
        <ol class="services__list">
            {items.into_iter().map(|i| service_card(&services, i, &state, loc)).collect_view()}
        </ol>
    }
}

/// One result: plain markup in `loc` (the list is rebuilt on every keystroke and on a
/// language change, so nothing in it needs to react).
fn service_card(services: &Services, index: u32, state: &crate::nav::FinderState, loc: Locale) -> impl IntoView {
    let s = &services.catalogue.services[index as usize];
    let org = services.catalogue.org(s).map(|o| text_in(&o.name, loc).0).unwrap_or_default();
    let href = state.href(&Page::Service(s.id.clone()), loc);
    let (name, name_lang) = text_in(&s.name, loc);
    let (desc, desc_lang) = text_in(&s.description, loc);
    view! {
        <li class="service-card">
            <h2 class="service-card__name"><a href=href lang=name_lang>{name}</a></h2>
            <p class="service-card__org">{org}</p>
            <p class="service-card__desc" lang=desc_lang>{desc}</p>
        </li>
    }
}

#[component]
fn LifeEvents(services: Arc<Services>, selected: Option<String>, loc: Locale) -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let cat = &services.catalogue;
    let state = f.state.get_untracked();
    let link = move |event: Option<String>| {
        move || {
            let mut next = f.state.get();
            next.event = event.clone();
            next.services_q = None;
            next.href(&Page::Services, locale.get())
        }
    };
    match selected.and_then(|id| cat.life_events.iter().find(|e| e.id == id).cloned()) {
        Some(e) => {
            let name = e.name.clone();
            view! {
                <h2 class="services__event">{move || text_in(&name, locale.get()).0}</h2>
                <p><A href=link(None)>{t("services-event-back")}</A></p>
                <ol class="services__list">
                    {e.services.iter().map(|&i| service_card(&services, i, &state, loc)).collect_view()}
                </ol>
            }
            .into_any()
        }
        None => {
            let events = cat.life_events.clone();
            view! {
                <h2>{t("services-events-title")}</h2>
                <ul class="life-events">
                    {events.into_iter().map(|e| {
                        let name = e.name.clone();
                        let n = e.services.len();
                        view! {
                            <li>
                                <A href=link(Some(e.id.clone()))>{move || text_in(&name, locale.get()).0}</A>
                                " "
                                <span class="life-events__count">{move || tr(locale.get(), "services-event-count", &[("count", Arg::from(n))])}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

#[component]
pub fn ServicePage(id: String) -> impl IntoView {
    want_when(|| true);
    view! {
        <section class="page page--service">
            {with_services(move |sv| match sv.find(&id).cloned() {
                Some(s) => view! { <ServiceDetails services=sv.clone() service=s/> }.into_any(),
                None => view! {
                    <h1>{t("not-found-title")}</h1>
                    <p class="notice notice--error">{t("service-not-found")}</p>
                }
                .into_any(),
            })}
        </section>
    }
}

fn channel_id(c: Channel) -> &'static str {
    match c {
        Channel::Online => "service-channel-online",
        Channel::InPerson => "service-channel-in-person",
        Channel::Phone => "service-channel-phone",
        Channel::Mail => "service-channel-mail",
        Channel::Email => "service-channel-email",
        Channel::Fax => "service-channel-fax",
        Channel::Other => "service-channel-other",
    }
}

#[component]
fn ServiceDetails(services: Arc<Services>, service: Service) -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let s = service;
    let org = services.catalogue.org(&s).map(|o| o.name.clone()).unwrap_or_default();
    let ways = offered(&s);
    let shares = channel_shares(&s);
    let name = s.name.clone();
    let desc = s.description.clone();
    let url = s.url.clone();
    let back = move || f.state.with(|st| st.href(&Page::Services, locale.get()));
    let finder_href = {
        let id = s.id.clone();
        move || {
            let mut next = f.state.get();
            next.service = Some(id.clone());
            next.services_q = None;
            next.event = None;
            next.href(&Page::Home, locale.get())
        }
    };
    let official = move || {
        let loc = locale.get();
        url.get(loc).map(|(u, _)| {
            view! {
                <li class="channel channel--online">
                    <h3>{t("service-channel-online")}</h3>
                    <p><ExternalLink href=u.to_owned() class="service__official">{t("service-official-link")}</ExternalLink></p>
                </li>
            }
        })
    };
    let delivered = !s.delivery.is_empty();
    let provincial = services.catalogue.provincial_source(&s.id).cloned();
    let varies = provincial.as_ref().is_some_and(|p| p.networks.iter().any(|e| e.network_wide));
    let nearest = {
        let id = s.id.clone();
        move || {
            let loc = locale.get();
            let cat = f.catalog.get()?;
            Some(match f.origin.get() {
                OriginState::Ready(o) => {
                    // Where it is delivered, point by point for a provincial service: the
                    // core bundle's in-person list.
                    let at = cat.delivery(&id);
                    let near = cat.nearest_where(o.pos, NEAREST, |p| delivered_at(&at, p));
                    if near.is_empty() {
                        view! { <p>{t("service-nearest-none")}</p> }.into_any()
                    } else {
                        view! {
                            <h4>{t("service-nearest")}</h4>
                            <ol class="service__nearest">
                                {near.into_iter().map(|(i, d)| {
                                    let p = cat.points[i as usize].clone();
                                    let href = f.state.with(|st| st.href(&Page::Office(p.id.clone()), loc));
                                    let (n, l) = text_in(&p.name, loc);
                                    view! {
                                        <li>
                                            <A href=href><span lang=l>{n}</span></A>
                                            " · " {p.community.clone()} " · " {format_distance(d, loc)}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        }
                        .into_any()
                    }
                }
                _ => view! { <p>{t("service-nearest-need-location")}</p> }.into_any(),
            })
        }
    };
    // Who delivers it: the owning department, or the provincial networks that list it.
    let org_line = {
        let networks: Vec<u16> =
            provincial.as_ref().map(|p| p.networks.iter().map(|e| e.network).collect()).unwrap_or_default();
        move || {
            let loc = locale.get();
            let by = if networks.is_empty() {
                text_in(&org, loc).0
            } else {
                let cat = f.catalog.get();
                networks
                    .iter()
                    .map(|&n| {
                        cat.as_ref()
                            .and_then(|c| c.networks.get(usize::from(n)))
                            .map_or("", |n| n.name.show(loc))
                            .to_owned()
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            tr(loc, "service-org", &[("org", Arg::from(by))])
        }
    };
    let is_provincial = provincial.is_some();
    view! {
        <p><A href=back>{t("service-back")}</A></p>
        <h1>{move || { let (n, l) = text_in(&name, locale.get()); view! { <span lang=l>{n}</span> } }}</h1>
        <p class="service__org">{org_line}</p>
        <p class="service__desc">{move || { let (d, l) = text_in(&desc, locale.get()); view! { <span lang=l>{d}</span> } }}</p>
        <h2>{t("service-ways")}</h2>
        <ul class="service__channels">
            {official}
            {ways.phone.then(|| view! {
                <li class="channel channel--phone">
                    <h3>{t("service-channel-phone")}</h3>
                    <p>{t("service-phone-text")}</p>
                </li>
            })}
            {ways.in_person.then(|| view! {
                <li class="channel channel--in-person">
                    <h3>{t("service-channel-in-person")}</h3>
                    {if delivered {
                        view! {
                            {varies.then(|| view! { <p class="service__varies">{t("service-varies")}</p> })}
                            {nearest.clone()}
                            <p><A href=finder_href.clone()>{t("service-finder-link")}</A></p>
                        }.into_any()
                    } else {
                        view! { <p>{t("service-in-person-elsewhere")}</p> }.into_any()
                    }}
                </li>
            })}
        </ul>
        {provincial.map(|src| view! { <ProvincialSourceView source=src/> })}
        {(!is_provincial).then(|| view! { <h2>{t("service-usage")}</h2> })}
        {if is_provincial {
            ().into_any()
        } else if shares.is_empty() {
            view! { <p>{t("service-usage-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="service__usage">
                    {shares.into_iter().map(|sh| view! {
                        <li>{move || tr(locale.get(), "service-usage-line", &[
                            ("channel", Arg::from(tr(locale.get(), channel_id(sh.channel), &[]))),
                            ("percent", Arg::from(u32::from(sh.percent))),
                            ("count", Arg::Num(sh.count as f64, crate::i18n::NumberFormat::INTEGER)),
                        ])}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Where a provincial service comes from: per network, the words of the offices' lists
/// of services that name it and what those lists say about themselves (dates, caveats),
/// verbatim and in English, as the source gives them.
#[component]
fn ProvincialSourceView(source: ProvincialSource) -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let data = use_data();
    let intro = move || {
        let loc = locale.get();
        let d = data.ready();
        let entry = d.as_ref().and_then(|d| d.manifest.sources.iter().find(|e| e.dataset.id == PROVINCIAL_DATASET));
        let (name, vintage) =
            entry.map(|e| (e.dataset.name.show(loc).to_owned(), e.dataset.vintage.clone())).unwrap_or_default();
        tr(loc, "service-source-intro", &[("dataset", name.into()), ("vintage", vintage.into())])
    };
    // Quoted English words, in the page's quotation marks.
    let quoted = move |items: Vec<String>| {
        move || {
            let loc = locale.get();
            let (open, close) = (tr(loc, "service-quote-open", &[]), tr(loc, "service-quote-close", &[]));
            let n = items.len();
            items
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let sep = if i + 1 < n { ", " } else { "" };
                    view! { {open.clone()}<span lang="en">{q.clone()}</span>{close.clone()}{sep} }
                })
                .collect_view()
        }
    };
    let networks = source.networks.clone();
    view! {
        <h2>{t("service-source")}</h2>
        <p>{intro}</p>
        <ul class="service__sources">
            {networks.into_iter().map(|e| {
                let network = e.network;
                let name = move || {
                    let loc = locale.get();
                    f.catalog.get().and_then(|c| c.networks.get(usize::from(network)).map(|n| n.name.show(loc).to_owned())).unwrap_or_default()
                };
                let scope = move || {
                    let loc = locale.get();
                    if e.network_wide {
                        tr(loc, "service-source-network-wide", &[])
                    } else {
                        tr(loc, "service-source-offices", &[("count", Arg::from(usize::from(e.points)))])
                    }
                };
                let notes = (!e.notes.is_empty()).then(|| view! {
                    <p class="service__notes">{t("service-source-notes")} " " {quoted(e.notes.clone())}</p>
                });
                view! {
                    <li>
                        <h3>{name}</h3>
                        <p>{scope}</p>
                        <p class="service__quotes">{t("service-source-quoted")} " " {quoted(e.quotes.clone())}</p>
                        {notes}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
