//! The insights' tables: a caption, sortable columns, "show more", and a CSV download of
//! every row.
use leptos::prelude::*;

use super::controls::navigator;
use crate::app::i18n::{t, use_locale};
use crate::domain::insights::report::Table;
use crate::domain::insights::table::{sort, to_csv};
use crate::i18n::{tr, Arg};
use crate::nav::insights::InsightsState;

/// A table with a caption, sortable columns (the section's main table: sort and rows
/// shown live in the URL), "show more", and a CSV download of every row.
#[component]
pub fn DataTable(
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
