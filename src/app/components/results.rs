//! The results list (usable on its own, without the map) and the province browser.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::config::use_config;
use crate::app::data::{use_data, DataState};
use crate::app::finder::{navigator, use_finder, OriginState};
use crate::app::i18n::{t, use_locale};
use crate::app::kiosk::use_kiosk;
use crate::app::labels;
use crate::app::offline::use_offline;
use crate::describe;
use crate::domain::facts::Note;
use crate::domain::finder::{Catalog, Row};
use crate::domain::model::{Point, Province, Text};
use crate::domain::status::{LocalNow, Status};
use crate::i18n::{format_distance, format_number, format_span, tr, Arg, Locale, NumberFormat};
use crate::nav::open::ReportTemplate;
use crate::nav::{self, FinderState, Page};

/// A text in the interface language when the data has it; otherwise the other language,
/// marked with its `lang` so screen readers pronounce it right.
#[component]
pub fn Bilingual(text: Text, locale: Memo<Locale>) -> impl IntoView {
    move || {
        let loc = locale.get();
        match text.get(loc) {
            Some((s, l)) if l == loc => view! { <span>{s.to_owned()}</span> }.into_any(),
            Some((s, l)) => view! { <span lang=l.code()>{s.to_owned()}</span> }.into_any(),
            None => view! { <span></span> }.into_any(),
        }
    }
}

/// [`Bilingual`] for a view that is rebuilt anyway when the language changes (no effect).
pub fn bilingual_in(text: &Text, loc: Locale) -> AnyView {
    match text.get(loc) {
        Some((s, l)) if l == loc => view! { <span>{s.to_owned()}</span> }.into_any(),
        Some((s, l)) => view! { <span lang=l.code()>{s.to_owned()}</span> }.into_any(),
        None => view! { <span></span> }.into_any(),
    }
}

/// The CSS class of a status line.
pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::Open { .. } => "status status--open",
        Status::Closed { .. } => "status status--closed",
        Status::Unknown => "status status--unknown",
    }
}

/// How many days ahead a card announces a temporary closure.
const CLOSURE_NOTICE_DAYS: i64 = 14;

/// Today's hours ("Today: 8:30 a.m. to 4:30 p.m."), or None when unknown.
pub fn today_text(p: &Point, now_ms: i64, loc: Locale) -> Option<String> {
    let today = p.tz.local(now_ms).weekday;
    let spans = p.hours.spans(today)?;
    if spans.is_empty() {
        return Some(tr(loc, "result-today-closed", &[]));
    }
    let list: Vec<String> = spans.iter().map(|s| format_span(s.open, s.close, loc)).collect();
    Some(tr(loc, "result-today", &[("hours", list.join(", ").into())]))
}

/// The address lines of a point.
pub fn address_lines(p: &Point, loc: Locale) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(s) = p.address.street(loc) {
        lines.push(s.to_owned());
    }
    let mut city = p.address.city(loc).map_or_else(|| p.community.clone(), str::to_owned);
    city.push_str(" (");
    city.push_str(p.province.code());
    city.push(')');
    if let Some(pc) = &p.address.postal_code {
        city.push_str("  ");
        city.push_str(pc);
    }
    lines.push(city);
    lines
}

/// `tel:` link target of a printed phone number.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let mut s = String::from("tel:");
    if digits.len() == 10 {
        s.push_str("+1");
    } else if digits.len() == 11 && digits.starts_with('1') {
        s.push('+');
    }
    s.push_str(&digits);
    s
}

/// What a link that leaves Guichet looks like right now: offline it is disabled and marked
/// as needing a connection; on a kiosk it shows a QR code to scan instead of leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaving {
    pub usable: bool,
    pub kiosk: bool,
    pub loc: Locale,
}

impl Leaving {
    /// Read from the offline, kiosk and locale contexts (tracked: a view built from it is
    /// rebuilt when any of them changes, which is rare).
    pub fn current() -> Self {
        let (offline, kiosk) = (use_offline(), use_kiosk());
        let kiosk_on = kiosk.on.get();
        Leaving { usable: offline.online.get() || kiosk_on, kiosk: kiosk_on, loc: use_locale().get() }
    }
}

/// The anchor of a link that leaves Guichet (new tab, and says so), as `mode` says: no
/// effects of its own, for views that are rebuilt when `mode` changes (a result card).
pub fn external_anchor(href: String, class: Option<String>, mode: Leaving, label: AnyView) -> impl IntoView {
    let kiosk = use_kiosk();
    let target = href.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if kiosk.on.get_untracked() {
            ev.prevent_default();
            kiosk.qr.set(Some(absolute(&target)));
        }
    };
    let loc = mode.loc;
    let hint = tr(loc, if mode.kiosk { "kiosk-qr-hint" } else { "external-link" }, &[]);
    view! {
        <a
            href=mode.usable.then_some(href)
            class=class
            class:link--disabled=!mode.usable
            aria-disabled=(!mode.usable).then_some("true")
            target="_blank"
            rel="external noopener noreferrer"
            on:click=on_click
        >
            {label}
            <span class="visually-hidden">" " {hint}</span>
            <span class="external-mark" aria-hidden="true">{if mode.kiosk { " ▦" } else { " ↗" }}</span>
            {(!mode.usable).then(|| view! { <span class="needs-network">" " {tr(loc, "offline-needs-network", &[])}</span> })}
        </a>
    }
}

/// A link that leaves Guichet, following the connection, the kiosk mode and the language.
#[component]
pub fn ExternalLink(
    href: String,
    children: ChildrenFn,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    move || external_anchor(href.clone(), class.clone(), Leaving::current(), children().into_any())
}

/// "Report a problem with this information" for one office, when `config.json` gives an
/// address (`report`); nothing otherwise. `version` is the data version.
pub fn report_link(id: String, name: String, version: String, class: Option<String>, mode: Leaving) -> impl IntoView {
    let config = use_config();
    move || {
        let template = config.0.with(|c| c.report.as_deref().and_then(ReportTemplate::parse))?;
        let label = tr(mode.loc, "report-problem", &[]).into_any();
        Some(external_anchor(template.link(&id, &name, &version), class.clone(), mode, label))
    }
}

/// `href` resolved against the page (a QR code needs a full URL).
pub(crate) fn absolute(href: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(href, &base).ok())
        .map_or_else(|| href.to_owned(), |u| u.href())
}

/// One office in the list. The list is rebuilt whenever its rows, the language, the clock,
/// the connection or the kiosk mode change, so the card's text is computed once (`loc`,
/// `now`, `leaving`), not kept in effects of its own: only what changes without a new
/// list (the selection, and the office link, which carries the URL's state) stays reactive.
#[component]
pub fn ResultCard(catalog: Arc<Catalog>, row: Row, rank: usize, now: i64, leaving: Leaving) -> impl IntoView {
    let loc = leaving.loc;
    let f = use_finder();
    let go = navigator();
    let p = &catalog.points[row.point as usize];
    let n = catalog.network(p);
    let id = p.id.clone();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| f.state.with(|s| s.selected.as_deref() == Some(id.as_str())))
    };
    let href = {
        let id = id.clone();
        move || f.state.with(|s| s.href(&Page::Office(id.clone()), loc))
    };
    let local_day = LocalNow::at(p.tz, now).day;
    let status = describe::status(p, row.open, local_day, loc);
    let status_class = status_class(row.open);
    let today = today_text(p, now, loc);
    // Closures soon or under way, and the source's notes (express delays stay on the
    // office page).
    let mut notes: Vec<(String, Locale)> = describe::coming_closures(p, local_day, CLOSURE_NOTICE_DAYS)
        .into_iter()
        .map(|c| (describe::closure(c, loc), loc))
        .collect();
    notes.extend(describe::notes(p.notes.iter().filter(|n| !matches!(n, Note::ExpressDays { .. })), loc));
    let distance = match row.distance_m {
        Some(d) => tr(loc, "result-distance", &[("distance", format_distance(d, loc).into())]),
        None => tr(loc, "result-distance-unknown", &[]),
    };
    let languages = match labels::languages(p.languages) {
        Some(id) => tr(loc, "result-languages", &[("languages", tr(loc, id, &[]).into())]),
        None => tr(loc, "result-languages-unknown", &[]),
    };
    let level = n.level;
    let meta = {
        let mut m = String::from(" · ");
        m.push_str(&tr(loc, labels::level(level), &[]));
        m.push_str(" · ");
        m.push_str(&tr(loc, labels::kind(p.kind), &[]));
        m
    };
    let approximate = p.pos.is_some() && p.geocode.is_approximate();
    let unlocated = p.pos.is_none();
    let directions = p.pos.map(nav::directions_href);
    let phone = p.phone.as_ref().map(|ph| (tel_href(ph), tr(loc, "result-phone", &[("phone", ph.clone().into())])));
    let select = {
        let id = id.clone();
        move |ev: leptos::ev::MouseEvent| {
            // A click on a link inside the card (details, phone, directions) is that
            // link's navigation, not a selection: rewriting the URL here would replace
            // the office page's history entry.
            if crate::platform::inside_link(&ev) {
                return;
            }
            let mut next: FinderState = f.state.get_untracked();
            next.selected = Some(id.clone());
            go(&next, true);
        }
    };
    let title_id = {
        let mut s = String::from("result-");
        s.push_str(&rank.to_string());
        s
    };
    let heading_id = title_id.clone();
    let address = address_lines(p, loc);
    let (id_report, name_report) = (p.id.clone(), p.name.show(loc).to_owned());
    let version = use_data().state.with_untracked(|s| match s {
        DataState::Ready(d) => d.manifest.data_version.clone(),
        _ => String::new(),
    });
    let name = bilingual_in(&p.name, loc);
    let network = bilingual_in(&n.name, loc);
    view! {
        <li class="result" class:result--selected=move || selected.get() data-id=id aria-labelledby=title_id on:click=select>
            <div class="result__head">
                <span class=format!("level-mark level-mark--{}", level.id()) aria-hidden="true"></span>
                <h3 class="result__name" id=heading_id>
                    // A plain anchor: the router handles clicks on every same-origin link,
                    // and `A` would add effects of its own to each card.
                    <a href=href>{name}</a>
                </h3>
            </div>
            <p class="result__meta">{network} {meta}</p>
            <p class="result__distance">{distance}</p>
            <address class="result__address">
                {address.into_iter().map(|l| view! { <span class="line">{l}</span> }).collect_view()}
            </address>
            {approximate.then(|| view! { <p class="result__note">{tr(loc, "result-approximate", &[])}</p> })}
            {unlocated.then(|| view! { <p class="result__note">{tr(loc, "result-no-location", &[])}</p> })}
            <p class=status_class>{status}</p>
            {today.map(|s| view! { <p class="result__today">{s}</p> })}
            {notes.into_iter().map(|(n, l)| view! { <p class="result__note" lang=(l != loc).then(|| l.code())>{n}</p> }).collect_view()}
            <p class="result__languages">{languages}</p>
            <p class="result__actions">
                {phone.map(|(href, label)| view! { <a class="action" href=href>{label}</a> })}
                {directions.map(|href| {
                    let label = tr(loc, "result-directions", &[]).into_any();
                    external_anchor(href, Some(String::from("action")), leaving, label)
                })}
                {report_link(id_report, name_report, version, Some(String::from("action")), leaving)}
            </p>
        </li>
    }
}

/// How many result cards are built in the frame that shows a new list (see [`ResultList`]).
const FIRST_CARDS: usize = 3;

#[component]
pub fn ResultList() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let go = navigator();
    // Memos: the list is rebuilt when what it shows changes, not on every URL change
    // (selecting an office, for one).
    let listing = Memo::new(move |_| {
        f.origin.with(|o| matches!(o, OriginState::Ready(_)))
            || f.state.with(|s| s.province.is_some() && !s.has_location())
    });
    let body = move || {
        let cat = f.catalog.get()?;
        let results = f.results.get()?;
        if !listing.get() {
            return None;
        }
        let leaving = Leaving::current();
        let (loc, now) = (leaving.loc, f.now.get());
        let count = tr(
            loc,
            "results-count",
            &[("shown", Arg::from(results.rows.len())), ("total", Arg::from(results.matching))],
        );
        let more = (results.matching > results.rows.len()).then(|| {
            let go = go.clone();
            let left = (results.matching - results.rows.len()).min(crate::nav::PAGE_SIZE);
            view! {
                <button type="button" class="secondary results__more" on:click=move |_| {
                    let mut next = f.state.get_untracked();
                    next.shown += crate::nav::PAGE_SIZE;
                    go(&next, true);
                }>
                    {move || tr(locale.get(), "results-more", &[("count", Arg::from(left))])}
                </button>
            }
        });
        // The cards a screen shows first are built at once; the rest after the frame that
        // paints those (a phone shows two or three cards, and building ten was most of a
        // search's time). Nobody sees the list grow below the fold.
        let mut rows = results.rows.clone();
        let later_rows = rows.split_off(rows.len().min(FIRST_CARDS));
        let later = RwSignal::new(false);
        if !later_rows.is_empty() {
            crate::platform::after_paint(move || {
                later.try_set(true);
            });
        }
        let card = {
            let cat = cat.clone();
            move |(i, row): (usize, Row)| view! { <ResultCard catalog=cat.clone() row=row rank=i now=now leaving=leaving/> }
        };
        let none = rows.is_empty();
        let rest = {
            let card = card.clone();
            move || {
                later.get().then(|| {
                    later_rows
                        .clone()
                        .into_iter()
                        .enumerate()
                        .map(|(i, row)| card((i + FIRST_CARDS, row)))
                        .collect_view()
                })
            }
        };
        Some(view! {
            <p class="results__count" role="status">{count}</p>
            {none.then(|| view! { <p class="notice">{t("results-none")}</p> })}
            <ol class="results__list">
                {rows.into_iter().enumerate().map(card).collect_view()}
                {rest}
            </ol>
            {more}
        })
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" class="results__title">{t("results-title")}</h2>
            {body}
        </section>
    }
}

/// Province and territory links, with how many points each has.
#[component]
pub fn BrowseProvinces() -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let links = move || {
        let cat = f.catalog.get()?;
        let loc = locale.get();
        let base = f.state.get();
        let items = Province::ALL
            .into_iter()
            .map(|p| {
                let count = cat.points.iter().filter(|x| x.province == p && !cat.network(x).optional_layer).count();
                let next = FinderState {
                    q: None,
                    at: None,
                    province: Some(p),
                    selected: None,
                    shown: crate::nav::PAGE_SIZE,
                    ..base.clone()
                };
                let href = next.href(&Page::Home, loc);
                let label = tr(
                    loc,
                    "browse-count",
                    &[("count", format_number(count as f64, loc, NumberFormat::INTEGER).into())],
                );
                view! {
                    <li><A href=href>{p.name(loc)}</A> " " <span class="count">"(" {label} ")"</span></li>
                }
            })
            .collect_view();
        Some(items)
    };
    view! {
        <nav class="browse" aria-labelledby="browse-title">
            <h2 id="browse-title">{t("browse-title")}</h2>
            <ul class="browse__list">{links}</ul>
        </nav>
    }
}
