//! The data part of /about: sources with licences, vintages and row counts, and what the
//! data covers, all read from the manifest and the core bundle.
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::open_data::DataDownloads;
use crate::app::components::results::ExternalLink;
use crate::app::data::Data;
use crate::app::i18n::{t, use_locale};
use crate::domain::model::Province;
use crate::i18n::{tr, Arg};

#[component]
pub fn Sources(data: Arc<Data>) -> impl IntoView {
    let locale = use_locale();
    let m = data.manifest.clone();
    let version = {
        let m = m.clone();
        move || {
            tr(
                locale.get(),
                "about-data-version",
                &[("version", m.data_version.as_str().into()), ("date", m.built.as_str().into())],
            )
        }
    };
    let sources = m
        .sources
        .iter()
        .cloned()
        .map(|s| {
            let rows = move || {
                tr(
                    locale.get(),
                    "about-source-rows",
                    &[("rows", Arg::from(s.rows_in)), ("kept", Arg::from(s.kept)), ("rejected", Arg::from(s.rejected))],
                )
            };
            let merged = move || tr(locale.get(), "about-source-merged", &[("merged", Arg::from(s.merged))]);
            let d = s.dataset.clone();
            let (name, publisher, attribution, caveat) = (d.name.clone(), d.publisher.clone(), d.attribution.clone(), d.caveat.clone());
            let licence = d.licence.clone();
            let licence_url = d.licence_url.clone();
            view! {
                <li class="source">
                    <h3 class="source__name">
                        <ExternalLink href=d.url.clone()>{name.show(locale.get()).to_owned()}</ExternalLink>
                    </h3>
                    <dl class="source__facts">
                        <dt>{t("about-source-publisher")}</dt>
                        <dd>{move || publisher.show(locale.get()).to_owned()}</dd>
                        <dt>{t("about-source-licence")}</dt>
                        <dd>
                            {match licence_url {
                                Some(u) => view! { <ExternalLink href=u>{licence.clone()}</ExternalLink> }.into_any(),
                                None => view! { <span>{licence}</span> }.into_any(),
                            }}
                        </dd>
                        <dt>{t("about-source-vintage")}</dt>
                        <dd>{d.vintage.clone()}</dd>
                    </dl>
                    <p class="source__rows">{rows} " " {merged}</p>
                    <p class="source__attribution">{move || attribution.show(locale.get()).to_owned()}</p>
                    {(!caveat.is_empty()).then(|| view! { <p class="source__caveat">{move || caveat.show(locale.get()).to_owned()}</p> })}
                </li>
            }
        })
        .collect_view();

    let c = m.counts.clone();
    let points = {
        let c = c.clone();
        move || {
            tr(
                locale.get(),
                "about-counts-points",
                &[
                    ("points", Arg::from(c.points)),
                    ("approximate", Arg::from(c.approximate)),
                    ("unlocated", Arg::from(c.unlocated)),
                    ("libraries", Arg::from(c.libraries)),
                ],
            )
        }
    };
    let by_network = data
        .core
        .networks
        .iter()
        .filter_map(|n| c.by_network.get(&n.id).map(|count| (n.clone(), *count)))
        .map(|(n, count)| {
            let level_id = crate::app::labels::level(n.level);
            view! {
                <tr>
                    <th scope="row">{move || n.name.show(locale.get()).to_owned()}</th>
                    <td>{t(level_id)}</td>
                    <td class="num">{move || crate::i18n::format_number(f64::from(count), locale.get(), crate::i18n::NumberFormat::INTEGER)}</td>
                </tr>
            }
        })
        .collect_view();
    let by_province = Province::ALL
        .into_iter()
        .map(|p| {
            let count = c.by_province.get(p.code()).copied().unwrap_or(0);
            view! {
                <tr>
                    <th scope="row">{move || p.name(locale.get())}</th>
                    <td class="num">{move || crate::i18n::format_number(f64::from(count), locale.get(), crate::i18n::NumberFormat::INTEGER)}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <p class="data-version">{version}</p>
        <ul class="sources">{sources}</ul>
        <p><ExternalLink href=String::from("/data/REPORT.md")>{t("about-report-link")}</ExternalLink></p>
        <h2>{t("open-data-download")}</h2>
        <p>{t("open-data-about")}</p>
        <DataDownloads readme=true />
        <h2>{t("about-counts-title")}</h2>
        <p>{points}</p>
        <div class="table-wrap">
            <table>
                <caption>{t("about-counts-by-network")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("about-col-network")}</th>
                        <th scope="col">{t("about-col-level")}</th>
                        <th scope="col" class="num">{t("about-col-points")}</th>
                    </tr>
                </thead>
                <tbody>{by_network}</tbody>
            </table>
        </div>
        <div class="table-wrap">
            <table>
                <caption>{t("about-counts-by-province")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("about-col-province")}</th>
                        <th scope="col" class="num">{t("about-col-points")}</th>
                    </tr>
                </thead>
                <tbody>{by_province}</tbody>
            </table>
        </div>
    }
}
