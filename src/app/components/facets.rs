//! Facets whose options are values of a point's facts (wheelchair access, sign
//! languages, parking, passport levels): each a group of checkboxes with their counts,
//! "not reported" among them, or the fixed value when the embedding site locked it.
use leptos::prelude::*;

use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::domain::filter::{Choice, FacetCounts};
use crate::embed::Lock;
use crate::i18n::{format_number, tr, Locale, NumberFormat};
use crate::nav::FinderState;

/// What a facet reads and writes.
#[derive(Clone, Copy)]
pub struct ChoiceFacet<C: 'static> {
    /// Message id of the group's legend.
    pub legend: &'static str,
    pub lock: Lock,
    /// Message id of an option.
    pub label: fn(C) -> &'static str,
    /// The options' counts, in `C::ALL` order.
    pub counts: fn(&FacetCounts) -> &[u32],
    pub chosen: fn(&FinderState) -> &Vec<C>,
    pub chosen_mut: fn(&mut FinderState) -> &mut Vec<C>,
}

/// How a filter changes the URL state: a closure given the edit to make.
pub type Apply = StoredValue<Box<dyn Fn(&dyn Fn(&mut FinderState))>, LocalStorage>;

/// The facet's fieldset. `apply` changes the URL state; `counts` follow the search.
pub fn choice_group<C: Choice + Send + Sync>(
    facet: ChoiceFacet<C>,
    counts: Memo<FacetCounts>,
    apply: Apply,
) -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let locked = Memo::new(move |_| f.state.with(|s| s.locked(facet.lock)));
    let options = move || {
        C::ALL
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let count = move || counts.with(|x| (facet.counts)(x).get(i).copied().unwrap_or(0));
                let chosen = move || f.state.with(|s| (facet.chosen)(s).contains(&c));
                let label = move || {
                    let loc = locale.get();
                    option_label(loc, &tr(loc, (facet.label)(c), &[]), count())
                };
                let change = move |_| {
                    apply.with_value(|a| {
                        a(&|s: &mut FinderState| {
                            let next = toggle((facet.chosen)(s), &c);
                            *(facet.chosen_mut)(s) = next;
                        })
                    })
                };
                view! {
                    <label class="check" class:hidden=move || count() == 0 && !chosen()>
                        <input type="checkbox" prop:checked=chosen on:change=change/>
                        {label}
                    </label>
                }
            })
            .collect_view()
    };
    let fixed = move || {
        let loc = locale.get();
        let values: Vec<String> =
            f.state.with(|s| (facet.chosen)(s).iter().map(|c| tr(loc, (facet.label)(*c), &[])).collect());
        view! { <p class="locked">{locked_text(loc, &values)}</p> }
    };
    view! {
        <fieldset class="filters__group">
            <legend class="filters__legend">{t(facet.legend)}</legend>
            {move || if locked.get() { fixed().into_any() } else { options().into_any() }}
        </fieldset>
    }
}

/// "Federal, Municipal (set by this site)": the value of a setting the host locked.
pub fn locked_text(loc: Locale, values: &[String]) -> String {
    let value = if values.is_empty() { tr(loc, "embed-locked-any", &[]) } else { values.join(", ") };
    tr(loc, "embed-locked-value", &[("value", value.into())])
}

/// "Label (count)", with the count formatted for the locale.
pub fn option_label(loc: Locale, label: &str, count: u32) -> String {
    tr(
        loc,
        "filter-option",
        &[("label", label.into()), ("count", format_number(f64::from(count), loc, NumberFormat::INTEGER).into())],
    )
}

pub fn toggle<T: PartialEq + Clone>(list: &[T], x: &T) -> Vec<T> {
    if list.contains(x) {
        list.iter().filter(|y| *y != x).cloned().collect()
    } else {
        let mut v = list.to_vec();
        v.push(x.clone());
        v
    }
}
