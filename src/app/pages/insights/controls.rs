//! The page's controls: navigation to a new state (a history entry), number fields and
//! selects, the networks' options.
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::i18n::{t, use_locale};
use crate::domain::model::Network;
use crate::i18n::Locale;
use crate::nav::insights::InsightsState;

/// Navigates to the page with `next` (a new history entry: Back undoes a change).
pub(super) fn navigator() -> impl Fn(&InsightsState) + Clone + 'static {
    let navigate = use_navigate();
    let locale = use_locale();
    move |next: &InsightsState| {
        navigate(&next.href(locale.get_untracked()), NavigateOptions { scroll: false, ..NavigateOptions::default() });
    }
}

/// A change handler for a number field or select: `set` writes the parsed value into the
/// state, which is then navigated to; a value that is not a number changes nothing.
pub(super) fn on_number(
    state: Memo<InsightsState>,
    set: fn(&mut InsightsState, u32),
) -> impl Fn(leptos::ev::Event) + 'static {
    let go = navigator();
    move |ev| {
        if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
            let mut next = state.get_untracked();
            set(&mut next, v);
            go(&next);
        }
    }
}

/// A labelled select without a hint, `id` its element id and `label` its message.
pub(super) fn select_field(
    id: &'static str,
    label: &'static str,
    on_change: impl Fn(leptos::ev::Event) + 'static,
    options: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <div class="field no-print">
            <label for=id>{t(label)}</label>
            <select id=id on:change=on_change>{options}</select>
        </div>
    }
}

/// The `<option>`s of the networks (the libraries layer only when it is included).
pub(super) fn network_options(
    networks: &[Network],
    current: Option<&str>,
    libraries: bool,
    loc: Locale,
) -> impl IntoView {
    networks
        .iter()
        .filter(|n| libraries || !n.optional_layer)
        .map(|n| {
            let selected = current == Some(n.id.as_str());
            view! { <option value=n.id.clone() selected=selected>{n.name.show(loc).to_owned()}</option> }
        })
        .collect_view()
}
