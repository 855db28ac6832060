//! `/insights`: the working group's view of the networks side by side: co-location
//! candidates, nearest partners, coverage and the accessibility index. Everything is
//! computed here from the bundle by `domain::insights`; this module only wires the URL
//! state to those computations and renders their tables and maps.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::components::status::with_data;
use crate::app::data::{fetch_insights, fetch_listed, Data};
use crate::app::i18n::{t, use_locale};
use crate::bundle::{self, LayerBundle, RoadBundle};
use crate::domain::geo::LatLon;
use crate::domain::insights::coverage::{self, Assignment, Scope};

use crate::domain::insights::pairs::{self, Colocation, Pair};
use crate::domain::insights::partners::{self, Partner};
use crate::domain::insights::report::{self, Context, Table};
use crate::domain::insights::table::{sort, to_csv};
use crate::domain::insights::{access, areas, sites, Area, Site};
use crate::domain::model::{Network, Point, Province};
use crate::i18n::{format_distance, tr, Arg, Locale};
use crate::map::projection::project;
use crate::map::scene::{transform_attr, BasemapPaths};
use crate::map::{Viewport, World};
use crate::nav::insights::{parse_circuity, InsightsState, Mode, Tab, CATCHMENT_STEPS_KM, PAIR_STEPS_M};
use crate::platform::timed;

/// Coverage assignments: all networks together (`None`), then each network.
type Runs = Arc<Vec<(Option<u16>, Vec<Assignment>)>>;

/// The bundle as the insights see it, built once per page.
struct Model {
    data: Arc<Data>,
    /// The core points, then the libraries layer's when it is included (road links index
    /// core points, which come first).
    points: Vec<Point>,
    sites: Vec<Site>,
    areas: Vec<Area>,
}

impl Model {
    /// What the report's tables read, in `loc`.
    fn context<'a>(&'a self, loc: Locale, label: &'a dyn Fn(&str) -> String) -> Context<'a> {
        Context {
            networks: &self.data.core.networks,
            points: &self.points,
            sites: &self.sites,
            areas: &self.areas,
            locale: loc,
            label,
        }
    }

    fn network_index(&self, id: Option<&str>) -> Option<u16> {
        let id = id?;
        self.data.core.networks.iter().position(|n| n.id == id).map(|i| i as u16)
    }
}

#[component]
pub fn InsightsPage() -> impl IntoView {
    view! {
        <section class="page page--insights" aria-labelledby="insights-title">
            <h1 id="insights-title">{t("insights-title")}</h1>
            <p class="lead">{t("insights-intro")}</p>
            {with_data(|data| view! { <Insights data=data/> })}
        </section>
    }
}

/// Navigates to the page with `next` (a new history entry: Back undoes a change).
fn navigator() -> impl Fn(&InsightsState) + Clone + 'static {
    let navigate = use_navigate();
    let locale = use_locale();
    move |next: &InsightsState| {
        navigate(&next.href(locale.get_untracked()), NavigateOptions { scroll: false, ..NavigateOptions::default() });
    }
}

/// A change handler for a number field or select: `set` writes the parsed value into the
/// state, which is then navigated to; a value that is not a number changes nothing.
fn on_number(state: Memo<InsightsState>, set: fn(&mut InsightsState, u32)) -> impl Fn(leptos::ev::Event) + 'static {
    let go = navigator();
    move |ev| {
        if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
            let mut next = state.get_untracked();
            set(&mut next, v);
            go(&next);
        }
    }
}

/// The `<option>`s of the networks (the libraries layer only when it is included).
fn network_options(networks: &[Network], current: Option<&str>, libraries: bool, loc: Locale) -> impl IntoView {
    networks
        .iter()
        .filter(|n| libraries || !n.optional_layer)
        .map(|n| {
            let selected = current == Some(n.id.as_str());
            view! { <option value=n.id.clone() selected=selected>{n.name.show(loc).to_owned()}</option> }
        })
        .collect_view()
}

#[component]
fn Insights(data: Arc<Data>) -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let state = Memo::new(move |_| InsightsState::parse(&location.search.get()));
    // The libraries layer, fetched the first time it is asked for.
    let library_points: RwSignal<Option<Arc<Vec<Point>>>> = RwSignal::new(None);
    let libraries_failed = RwSignal::new(false);
    let want_libraries = Memo::new(move |_| state.with(|s| s.libraries));
    let manifest = data.manifest.clone();
    Effect::new(move |_| {
        if want_libraries.get() && library_points.get_untracked().is_none() {
            let manifest = manifest.clone();
            leptos::task::spawn_local(async move {
                match fetch_listed::<LayerBundle>(&manifest, bundle::LIBRARIES).await {
                    Ok(layer) => {
                        library_points.try_set(Some(Arc::new(layer.points)));
                    }
                    Err(_) => {
                        libraries_failed.try_set(true);
                    }
                }
            });
        }
    });
    let d = data.clone();
    let model = Memo::new_with_compare(
        move |_| {
            let libs = if want_libraries.get() { library_points.get() } else { None };
            Arc::new(timed("insights:model", || {
                let mut points = d.core.points.clone();
                if let Some(l) = &libs {
                    points.extend(l.iter().cloned());
                }
                Model {
                    sites: sites(&d.core.networks, &points),
                    areas: areas(&d.core.gazetteer.fsas),
                    points,
                    data: d.clone(),
                }
            }))
        },
        |a, b| !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );

    // Road distances, when the pipeline was given a road network.
    let has_roads = data.manifest.insights.iter().any(|f| f.path == bundle::ROADS);
    let roads: RwSignal<Option<Arc<RoadBundle>>> = RwSignal::new(None);
    let roads_failed = RwSignal::new(false);
    if has_roads {
        let manifest = data.manifest.clone();
        leptos::task::spawn_local(async move {
            match fetch_insights::<RoadBundle>(&manifest, bundle::ROADS).await {
                Ok(r) => {
                    roads.try_set(Some(Arc::new(r)));
                }
                Err(_) => {
                    roads_failed.try_set(true);
                }
            }
        });
    }
    let road_data = move || if state.with(|s| s.mode == Mode::Road) { roads.get() } else { None };

    // Each computation depends only on the settings it reads.
    let pair_m = Memo::new(move |_| state.with(|s| s.pair_m));
    let pairs_memo = Memo::new(move |_| {
        let d = f64::from(pair_m.get());
        let m = model.get();
        Arc::new(timed("insights:pairs", || pairs::pairs(&m.sites, &m.points, d)))
    });
    let metric = Memo::new(move |_| state.with(|s| (s.metric(), s.mode)));
    let partners_memo = Memo::new(move |_| {
        let m = model.get();
        let (metric, _) = metric.get();
        let r = road_data();
        Arc::new(timed("insights:partners", || {
            partners::nearest_partners(&m.sites, m.data.core.networks.len(), metric, r.as_deref())
        }))
    });
    let coverage_memo = Memo::new(move |_| {
        let m = model.get();
        let lib = want_libraries.get();
        let (metric, _) = metric.get();
        let r = road_data();
        Arc::new(timed("insights:coverage", || {
            let mut runs: Vec<(Option<u16>, Vec<Assignment>)> =
                vec![(None, coverage::assign(&m.areas, &m.sites, Scope::All, metric, r.as_deref()))];
            for (i, n) in m.data.core.networks.iter().enumerate() {
                if n.optional_layer && !lib {
                    continue;
                }
                let scope = report::scope_of(&m.data.core.networks, i as u16);
                runs.push((Some(i as u16), coverage::assign(&m.areas, &m.sites, scope, metric, r.as_deref())));
            }
            runs
        }))
    });
    let access_key = Memo::new(move |_| state.with(|s| (s.catchment_km, s.network.clone())));
    let access_memo = Memo::new(move |_| {
        let m = model.get();
        let (metric, _) = metric.get();
        let (km, net) = access_key.get();
        let n = m.network_index(net.as_deref());
        Arc::new(timed("insights:access", || {
            access::two_step(&m.areas, &m.sites, |s| n.is_none_or(|n| s.network == n), f64::from(km) * 1000.0, metric)
        }))
    });

    let tab_link = move |tab: Tab| {
        let go = navigator();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            go(&state.get_untracked().with_tab(tab));
        }
    };
    let tab_href = move |tab: Tab| state.with(|s| s.with_tab(tab)).href(locale.get());
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            let id = match tab {
                Tab::Pairs => "insights-tab-pairs",
                Tab::Partners => "insights-tab-partners",
                Tab::Coverage => "insights-tab-coverage",
                Tab::Access => "insights-tab-access",
            };
            view! {
                <li>
                    <a
                        href=move || tab_href(tab)
                        aria-current=move || (state.with(|s| s.tab) == tab).then_some("page")
                        on:click=tab_link(tab)
                    >
                        {t(id)}
                    </a>
                </li>
            }
        })
        .collect_view();

    let built = data.manifest.built.clone();
    let provenance = move || tr(locale.get(), "insights-provenance", &[("date", built.as_str().into())]);
    let section = move || {
        let s = state.get();
        let m = model;
        match s.tab {
            Tab::Pairs => view! { <PairsSection model=m pairs=pairs_memo state=state/> }.into_any(),
            Tab::Partners => view! { <PartnersSection model=m partners=partners_memo state=state/> }.into_any(),
            Tab::Coverage => view! { <CoverageSection model=m runs=coverage_memo state=state/> }.into_any(),
            Tab::Access => view! { <AccessSection model=m index=access_memo state=state/> }.into_any(),
        }
    };
    // Key figures of every section, at the current settings: the printable summary's head,
    // and what makes every insight computed on arrival.
    let summary = move || {
        let m = model.get();
        let loc = locale.get();
        let s = state.get();
        let p = pairs_memo.get();
        let colocated = p.iter().filter(|x| x.colocation != Colocation::Near).count();
        let runs = coverage_memo.get();
        let all =
            runs.iter().find(|(n, _)| n.is_none()).map(|(_, a)| coverage::coverage(&m.areas, a)).unwrap_or_default();
        let share = if all.population > 0 { all.within[1] as f64 / all.population as f64 } else { 0.0 };
        let far = runs
            .iter()
            .find(|(n, _)| n.is_none())
            .map_or(0, |(_, a)| coverage::underserved(&m.areas, a, s.min_population, f64::from(s.far_km)).len());
        let idx = access_memo.get();
        let none: u64 =
            m.areas.iter().zip(idx.iter()).filter(|(_, x)| **x == 0.0).map(|(a, _)| u64::from(a.population)).sum();
        let partners_n = partners_memo.with(|p| p.len());
        let num = |n: f64| crate::i18n::format_number(n, loc, crate::i18n::NumberFormat::INTEGER);
        let items = [
            (
                "insights-sum-pairs",
                tr(
                    loc,
                    "insights-sum-pairs-value",
                    &[
                        ("pairs", Arg::from(p.len())),
                        ("colocated", Arg::from(colocated)),
                        ("distance", format_distance(f64::from(s.pair_m), loc).into()),
                    ],
                ),
            ),
            ("insights-sum-reach", crate::domain::insights::table::Cell::Share(share).display(loc)),
            (
                "insights-sum-far",
                tr(
                    loc,
                    "insights-sum-far-value",
                    &[
                        ("count", Arg::from(far)),
                        ("population", Arg::from(s.min_population)),
                        ("km", Arg::from(s.far_km)),
                    ],
                ),
            ),
            ("insights-sum-none", num(none as f64)),
            ("insights-sum-partners", num(partners_n as f64)),
        ];
        items.into_iter().map(|(dt, dd)| view! { <div><dt>{tr(loc, dt, &[])}</dt><dd>{dd}</dd></div> }).collect_view()
    };
    view! {
        <p class="insights__provenance">{provenance}</p>
        <section class="insights__summary" aria-labelledby="ins-summary-title">
            <h2 id="ins-summary-title">{t("insights-summary-title")}</h2>
            <dl>{summary}</dl>
        </section>
        <Settings data=data.clone() state=state libraries_failed=libraries_failed.into() has_roads=has_roads roads_ready=Signal::derive(move || roads.get().is_some()) roads_failed=roads_failed.into()/>
        <nav class="insights__tabs no-print" aria-label=t("insights-tabs-label")>
            <ul>{tabs}</ul>
        </nav>
        {section}
        <p class="insights__print no-print">
            <button type="button" class="button" on:click=|_| {
                let _ = window().print();
            }>{t("insights-print")}</button>
        </p>
    }
}

/// The settings every section shares: distances, province and network.
#[component]
fn Settings(
    data: Arc<Data>,
    state: Memo<InsightsState>,
    libraries_failed: Signal<bool>,
    has_roads: bool,
    roads_ready: Signal<bool>,
    roads_failed: Signal<bool>,
) -> impl IntoView {
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
        let id = if roads_failed.get() {
            "insights-roads-failed"
        } else if roads_ready.get() {
            "insights-roads-ready"
        } else {
            "insights-roads-loading"
        };
        Some(view! { <p class="hint" role="status">{t(id)}</p> })
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
                <input
                    id="ins-circ"
                    type="number"
                    min="1"
                    max="3"
                    step="0.05"
                    inputmode="decimal"
                    prop:value=move || crate::domain::text::fixed(state.with(|s| s.circuity), 2)
                    disabled=move || mode() == Mode::Straight
                    on:change=on_circuity
                    aria-describedby="ins-circ-hint"
                />
                <p class="hint" id="ins-circ-hint">{t("insights-circuity-hint")}</p>
            </div>
            <div class="field">
                <label for="ins-prov">{t("insights-province-label")}</label>
                <select id="ins-prov" on:change=on_province>
                    <option value="" selected=move || state.with(|s| s.province.is_none())>{t("insights-all-provinces")}</option>
                    {province_options}
                </select>
            </div>
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
                {move || libraries_failed.get().then(|| view! { <p class="notice notice--error" role="alert">{t("insights-libraries-failed")}</p> })}
            </div>
        </form>
    }
}

/// A table with a caption, sortable columns (the section's main table: sort and rows
/// shown live in the URL), "show more", and a CSV download of every row.
#[component]
fn DataTable(
    table: Table,
    caption: String,
    file: &'static str,
    state: Memo<InsightsState>,
    #[prop(optional)] main: bool,
) -> impl IntoView {
    let locale = use_locale();
    let loc = locale.get_untracked();
    let Table { headers, mut rows } = table;
    let s = state.get_untracked();
    if main {
        if let Some(c) = s.sort.filter(|c| *c < headers.len()) {
            sort(&mut rows, c, s.descending);
        }
    }
    let total = rows.len();
    let shown = if main { s.shown.min(total) } else { total };
    let labels: Vec<String> = headers.iter().map(|h| tr(loc, h, &[])).collect();
    let go = navigator();
    let head = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let numeric = rows.first().is_some_and(|r| r[i].is_numeric());
            let class = if numeric { "num" } else { "" };
            if !main {
                return view! { <th scope="col" class=class>{label.clone()}</th> }.into_any();
            }
            let sorted = (s.sort == Some(i)).then_some(if s.descending { "descending" } else { "ascending" });
            let go = go.clone();
            let on_click = move |_| {
                let mut next = state.get_untracked();
                if next.sort == Some(i) {
                    next.descending = !next.descending;
                } else {
                    next.sort = Some(i);
                    next.descending = false;
                }
                go(&next);
            };
            let hint = tr(loc, "insights-sort-hint", &[("column", label.as_str().into())]);
            view! {
                <th scope="col" class=class aria-sort=sorted.unwrap_or("none")>
                    <button type="button" class="sort" on:click=on_click title=hint.clone() aria-label=hint>
                        {label.clone()}
                        <span aria-hidden="true">{match sorted { Some("ascending") => " ▲", Some(_) => " ▼", None => "" }}</span>
                    </button>
                </th>
            }
            .into_any()
        })
        .collect_view();
    let body = rows[..shown]
        .iter()
        .map(|r| {
            let cells = r
                .iter()
                .map(|c| {
                    view! { <td class=if c.is_numeric() { "num" } else { "" }>{c.display(loc)}</td> }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let count = tr(loc, "insights-rows", &[("shown", Arg::from(shown)), ("total", Arg::from(total))]);
    let more = (main && shown < total).then(|| {
        let go = go.clone();
        view! {
            <button type="button" class="button" on:click=move |_| {
                let mut next = state.get_untracked();
                next.shown += crate::nav::insights::PAGE_ROWS * 4;
                go(&next);
            }>{t("insights-more")}</button>
        }
    });
    let export = {
        let labels = labels.clone();
        move |_| {
            let text = to_csv(&labels, &rows, loc);
            let name = format!("guichet-{file}-{}.csv", loc.code());
            crate::platform::download(&name, "text/csv;charset=utf-8", &text);
        }
    };
    let download_label = tr(loc, "insights-download", &[("table", caption.as_str().into())]);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption.clone()>
            <table class="insights__table" class:insights__table--main=main>
                <caption>{caption.clone()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="table-tools">
            <span class="count" role="status">{count}</span>
            {more}
            <button type="button" class="button secondary no-print" on:click=export aria-label=download_label>{t("insights-csv")}</button>
        </p>
    }
}

/// A map of Canada (or the chosen province) with dots: co-location pairs or underserved
/// FSAs. The table beside it holds the same facts for people who cannot see the map.
#[component]
fn InsightsMap(
    model: Arc<Model>,
    dots: Vec<(LatLon, f64, &'static str)>,
    label: String,
    province: Option<Province>,
) -> impl IntoView {
    const W: f64 = 800.0;
    const H: f64 = 520.0;
    let viewport = match province {
        Some(p) => {
            let inside: Vec<World> = model.sites.iter().filter(|s| s.province == p).map(|s| project(s.pos)).collect();
            if inside.is_empty() {
                Viewport::canada(W, H)
            } else {
                let min = World::new(
                    inside.iter().map(|w| w.x).fold(f64::MAX, f64::min),
                    inside.iter().map(|w| w.y).fold(f64::MAX, f64::min),
                );
                let max = World::new(
                    inside.iter().map(|w| w.x).fold(f64::MIN, f64::max),
                    inside.iter().map(|w| w.y).fold(f64::MIN, f64::max),
                );
                Viewport::fit(min, max, W, H, 40.0)
            }
        }
        None => Viewport::canada(W, H),
    };
    let paths = BasemapPaths::new(&model.data.core.basemap);
    let lod = paths.lod_for(viewport.zoom).cloned();
    let base = lod.map(|lod| {
        view! {
            <g transform=transform_attr(&viewport)>
                {lod.areas.into_iter().map(|(_, d)| view! { <path class="land" d=d/> }).collect_view()}
                <path class="lake" d=lod.lakes/>
            </g>
        }
    });
    let marks = dots
        .into_iter()
        .filter_map(|(pos, r, class)| {
            let p = viewport.to_screen(project(pos));
            ((-20.0..W + 20.0).contains(&p.x) && (-20.0..H + 20.0).contains(&p.y))
                .then(|| view! { <circle class=class cx=format!("{:.1}", p.x) cy=format!("{:.1}", p.y) r=format!("{r:.1}")/> })
        })
        .collect_view();
    view! {
        <figure class="insights__map">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=label.clone() preserveAspectRatio="xMidYMid meet">
                <rect class="sea" width=W height=H/>
                {base}
                <g class="insights__dots">{marks}</g>
            </svg>
            <figcaption class="hint">{label}</figcaption>
        </figure>
    }
}

/// A section of the page: its heading and introduction, then its controls and tables.
#[component]
fn Section(id: &'static str, title: &'static str, intro: &'static str, children: Children) -> impl IntoView {
    let heading = format!("ins-{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="insights__section" aria-labelledby=labelled_by>
            <h2 id=heading>{t(title)}</h2>
            <p>{t(intro)}</p>
            {children()}
        </section>
    }
}

fn label_fn(loc: Locale) -> impl Fn(&str) -> String {
    move |id: &str| tr(loc, id, &[])
}

#[component]
fn PairsSection(model: Memo<Arc<Model>>, pairs: Memo<Arc<Vec<Pair>>>, state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let on_distance = on_number(state, |s, m| s.pair_m = m);
    let current = move || state.with(|s| s.pair_m);
    let options = move || {
        let loc = locale.get();
        let mut steps: Vec<u32> = PAIR_STEPS_M.to_vec();
        if !steps.contains(&current()) {
            steps.push(current());
            steps.sort_unstable();
        }
        steps
            .into_iter()
            .map(|m| view! { <option value=m.to_string() selected=move || current() == m>{format_distance(f64::from(m), loc)}</option> })
            .collect_view()
    };
    let body = move || {
        let model = model.get();
        let loc = locale.get();
        let s = state.get();
        let all = pairs.get();
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let in_province: Vec<Pair> = all
            .iter()
            .filter(|p| {
                s.province.is_none_or(|pr| {
                    model.sites[p.a as usize].province == pr || model.sites[p.b as usize].province == pr
                })
            })
            .copied()
            .collect();
        let summary = pairs::summary(&model.sites, &in_province);
        let headline = tr(
            loc,
            "insights-pairs-summary",
            &[
                ("pairs", Arg::from(summary.pairs)),
                ("colocated", Arg::from(summary.colocated)),
                ("distance", format_distance(f64::from(s.pair_m), loc).into()),
            ],
        );
        let dots: Vec<(LatLon, f64, &'static str)> = in_province
            .iter()
            .map(|p| {
                let a = &model.sites[p.a as usize];
                (a.pos, 4.0, if p.colocation == Colocation::Near { "dot dot--pair" } else { "dot dot--colocated" })
            })
            .collect();
        let map_label = tr(loc, "insights-pairs-map", &[("pairs", Arg::from(summary.pairs))]);
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <InsightsMap model=model.clone() dots=dots label=map_label province=s.province/>
            <p class="legend">
                <span class="legend__item"><span class="swatch swatch--pair" aria-hidden="true"></span>{tr(loc, "insights-legend-pair", &[])}</span>
                <span class="legend__item"><span class="swatch swatch--colocated" aria-hidden="true"></span>{tr(loc, "insights-legend-colocated", &[])}</span>
            </p>
            <h3>{tr(loc, "insights-pairs-by-region", &[])}</h3>
            <DataTable table=report::pairs_by_region(&summary) caption=tr(loc, "insights-pairs-by-region", &[]) file="pairs-by-province" state=state/>
            <h3>{tr(loc, "insights-pairs-by-networks", &[])}</h3>
            <DataTable table=report::pairs_by_networks(&cx, &summary) caption=tr(loc, "insights-pairs-by-networks", &[]) file="pairs-by-network" state=state/>
            <h3>{tr(loc, "insights-pairs-list", &[])}</h3>
            <DataTable table=report::pairs_table(&cx, &in_province, None) caption=tr(loc, "insights-pairs-list", &[]) file="pairs" state=state main=true/>
        }
    };
    view! {
        <Section id="pairs" title="insights-tab-pairs" intro="insights-pairs-intro">
            <div class="field no-print">
                <label for="ins-pair-d">{t("insights-pairs-distance")}</label>
                <select id="ins-pair-d" on:change=on_distance>{options}</select>
            </div>
            {body}
        </Section>
    }
}

#[component]
fn PartnersSection(
    model: Memo<Arc<Model>>,
    partners: Memo<Arc<Vec<Partner>>>,
    state: Memo<InsightsState>,
) -> impl IntoView {
    let locale = use_locale();
    let go = navigator();
    let on_partner = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let mut next = state.get_untracked();
        next.partner = (!v.is_empty()).then_some(v);
        go(&next);
    };
    let data = model.get_untracked().data.clone();
    let options = move || {
        let loc = locale.get();
        state.with(|s| network_options(&data.core.networks, s.partner.as_deref(), s.libraries, loc))
    };
    let body = move || {
        let model = model.get();
        let loc = locale.get();
        let s = state.get();
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let from = model.network_index(s.network.as_deref());
        let partner = model.network_index(s.partner.as_deref());
        let table = report::partners_table(&cx, &partners.get(), from, partner, s.province);
        view! { <DataTable table=table caption=tr(loc, "insights-partners-table", &[]) file="nearest-partners" state=state main=true/> }
    };
    view! {
        <Section id="partners" title="insights-tab-partners" intro="insights-partners-intro">
            <div class="field no-print">
                <label for="ins-partner">{t("insights-partner-label")}</label>
                <select id="ins-partner" on:change=on_partner>
                    <option value="" selected=move || state.with(|s| s.partner.is_none())>{t("insights-partner-any")}</option>
                    {options}
                </select>
            </div>
            {body}
        </Section>
    }
}

#[component]
fn CoverageSection(model: Memo<Arc<Model>>, runs: Memo<Runs>, state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let on_pop = on_number(state, |s, v| s.min_population = v.min(1_000_000));
    let on_far = on_number(state, |s, v| s.far_km = v.clamp(1, 2_000));
    let body = move || {
        let model = model.get();
        let loc = locale.get();
        let s = state.get();
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let runs = runs.get();
        let chosen = model.network_index(s.network.as_deref());
        let shown: Vec<(Option<u16>, Vec<Assignment>)> = runs
            .iter()
            .filter(|(n, _)| {
                let p = n.and_then(|n| model.data.core.networks[usize::from(n)].jurisdiction);
                s.province.is_none() || n.is_none() || p == s.province
            })
            .cloned()
            .collect();
        let assignments: &[Assignment] = runs.iter().find(|(n, _)| *n == chosen).map_or(&[], |(_, a)| a.as_slice());
        let far = report::underserved_table(&cx, assignments, s.min_population, f64::from(s.far_km), s.province);
        let underserved = coverage::underserved(&model.areas, assignments, s.min_population, f64::from(s.far_km));
        let biggest =
            underserved.iter().map(|a| u64::from(model.areas[a.area as usize].population)).max().unwrap_or(1).max(1)
                as f64;
        let dots: Vec<(LatLon, f64, &'static str)> = underserved
            .into_iter()
            .filter(|a| s.province.is_none_or(|p| model.areas[a.area as usize].province == p))
            .map(|a| {
                let area = &model.areas[a.area as usize];
                // Proportional circles: area ∝ population, the largest 18 px across.
                let r = 3.0 + 15.0 * (f64::from(area.population) / biggest).sqrt();
                (area.pos, r, if area.approximate { "dot dot--far dot--approximate" } else { "dot dot--far" })
            })
            .collect();
        let map_label = tr(loc, "insights-underserved-map", &[("count", Arg::from(dots.len()))]);
        view! {
            <DataTable table=report::coverage_table(&cx, &shown) caption=tr(loc, "insights-coverage-table", &[]) file="coverage" state=state/>
            <h3>{tr(loc, "insights-underserved-title", &[])}</h3>
            <InsightsMap model=model.clone() dots=dots label=map_label province=s.province/>
            <DataTable table=far caption=tr(loc, "insights-underserved-title", &[]) file="underserved-fsas" state=state main=true/>
        }
    };
    view! {
        <Section id="coverage" title="insights-tab-coverage" intro="insights-coverage-intro">
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
            {body}
        </Section>
    }
}

#[component]
fn AccessSection(model: Memo<Arc<Model>>, index: Memo<Arc<Vec<f64>>>, state: Memo<InsightsState>) -> impl IntoView {
    let locale = use_locale();
    let on_catch = on_number(state, |s, km| s.catchment_km = km);
    let current = move || state.with(|s| s.catchment_km);
    let options = move || {
        let loc = locale.get();
        CATCHMENT_STEPS_KM
            .into_iter()
            .map(|km| view! { <option value=km.to_string() selected=move || current() == km>{format_distance(f64::from(km) * 1000.0, loc)}</option> })
            .collect_view()
    };
    let body = move || {
        let model = model.get();
        let loc = locale.get();
        let s = state.get();
        let label = label_fn(loc);
        let cx = model.context(loc, &label);
        let idx = index.get();
        let none = model
            .areas
            .iter()
            .zip(idx.iter())
            .filter(|(a, x)| **x == 0.0 && s.province.is_none_or(|p| a.province == p))
            .map(|(a, _)| u64::from(a.population))
            .sum::<u64>();
        let headline = tr(
            loc,
            "insights-access-summary",
            &[("population", Arg::Num(none as f64, crate::i18n::NumberFormat::INTEGER))],
        );
        view! {
            <p class="insights__headline" role="status">{headline}</p>
            <DataTable table=report::access_table(&cx, &idx, s.province) caption=tr(loc, "insights-access-table", &[]) file="accessibility" state=state main=true/>
        }
    };
    view! {
        <Section id="access" title="insights-tab-access" intro="insights-access-method">
            <div class="field no-print">
                <label for="ins-catch">{t("insights-catchment")}</label>
                <select id="ins-catch" on:change=on_catch>{options}</select>
            </div>
            {body}
        </Section>
    }
}
