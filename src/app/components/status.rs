//! What every data-driven page shows while the bundle loads or when it failed.
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::data::{use_data, Data, DataState};
use crate::app::i18n::{t, use_locale};
use crate::bundle::LoadError;
use crate::i18n::{tr, Arg};

/// Renders `ready` with the bundle once it is loaded; a polite live region while loading;
/// a bilingual error with a retry button when loading failed.
pub fn with_data<V: IntoView + 'static>(ready: impl Fn(Arc<Data>) -> V + Send + Sync + 'static) -> impl IntoView {
    let data = use_data();
    move || match data.state.get() {
        DataState::Loading => view! {
            <p class="status status--loading" role="status" aria-live="polite">{t("data-loading")}</p>
        }
        .into_any(),
        DataState::Failed(e) => view! { <LoadFailed error=e/> }.into_any(),
        DataState::Ready(d) => ready(d).into_any(),
    }
}

/// The error box: what happened, what to do, and a retry button.
#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let message = move || {
        let loc = locale.get();
        match &error {
            LoadError::Http { file, status } => tr(
                loc,
                error.message_id(),
                &[("file", file.as_str().into()), ("status", Arg::from(u32::from(*status)))],
            ),
            LoadError::HashMismatch { file } => tr(loc, error.message_id(), &[("file", file.as_str().into())]),
            LoadError::Schema { found, expected } => {
                tr(loc, error.message_id(), &[("found", Arg::from(*found)), ("expected", Arg::from(*expected))])
            }
            LoadError::Network(_) | LoadError::Decode(_) | LoadError::NotOnDevice { .. } => {
                tr(loc, error.message_id(), &[])
            }
        }
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{t("data-error-title")}</h2>
            <p>{message}</p>
            <button type="button" on:click=move |_| data.load()>{t("data-retry")}</button>
        </div>
    }
}

/// The message for an optional file that could not be loaded: "not saved on this device
/// yet" when offline and never kept, else `other`.
pub fn optional_failed(error: &LoadError, other: &'static str) -> &'static str {
    if matches!(error, LoadError::NotOnDevice { .. }) {
        error.message_id()
    } else {
        other
    }
}
