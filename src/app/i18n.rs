//! The reactive side of i18n: the current locale, derived from the URL.
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{self as core, Locale};
use crate::nav;
use crate::platform::{browser_languages, storage};

/// Where the saved language choice lives in localStorage.
pub const LANG_KEY: &str = "guichet.lang";

/// The current locale: the URL's `lang` when valid, else the choice made at start-up.
#[derive(Clone, Copy)]
pub struct LocaleCtx(pub Memo<Locale>);

/// The language a query string's `lang` names, when it is one of ours.
fn url_locale(search: &str) -> Option<Locale> {
    nav::parse_query(search).into_iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Locale::from_tag(&v))
}

/// The language when the URL names none: the saved choice, else the browser's.
fn initial_locale() -> Locale {
    core::negotiate(None, storage::get(LANG_KEY).as_deref(), &browser_languages())
}

/// Derives the locale from the URL and provides it; updates `<html lang>`.
pub fn provide_locale() -> Memo<Locale> {
    let location = use_location();
    let initial = initial_locale();
    let locale = Memo::new(move |_| location.search.with(|q| url_locale(q).unwrap_or(initial)));
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.get().code());
        }
    });
    provide_context(LocaleCtx(locale));
    locale
}

/// Parses the translations of the language the app will start in (the URL's, the saved
/// choice or the browser's) and formats a few messages, so that the first render, a task
/// of its own, does neither.
pub fn warm_up() {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let locale = url_locale(&search).unwrap_or_else(initial_locale);
    // A message with a text argument and one with a number (a plural): the first call of
    // each kind also compiles its code (V8 compiles wasm functions on their first call).
    let home = core::tr(locale, "home-title", &[]);
    let _ = core::tr(locale, "page-title", &[("page", home.into())]);
    let _ = core::tr(locale, "filters-active", &[("count", core::Arg::from(2u32))]);
}

/// The current locale (panics outside the shell, which always provides it).
pub fn use_locale() -> Memo<Locale> {
    expect_context::<LocaleCtx>().0
}

/// A reactive translation of `id`: use it directly in `view!`.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || core::tr(locale.get(), id, &[])
}

/// The language toggle: a link to the same page and state in the other language (so it
/// also works without the router, and can be opened in a new tab); following it saves the
/// choice.
#[component]
pub fn LangToggle() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let href = move || {
        let next = locale.get().other();
        nav::join(&location.pathname.get(), &nav::with_param(&location.search.get(), "lang", Some(next.code())))
    };
    view! {
        <a
            class="lang-toggle"
            href=href
            lang=move || locale.get().other().code()
            hreflang=move || locale.get().other().code()
            title=t("lang-toggle.title")
            on:click=move |_| storage::set(LANG_KEY, locale.get_untracked().other().code())
        >
            {t("lang-toggle")}
        </a>
    }
}
