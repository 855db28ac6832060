//! English and French through Project Fluent.
//!
//! All user-visible strings live in `locales/{en,fr}/*.ftl`; they are embedded at compile
//! time so the app needs no extra request and works offline. Lookup falls back from the
//! requested locale to English, then to the message id itself (never a blank).
//!
//! Numbers passed as Fluent arguments are formatted for the bundle's locale by
//! [`format_number`] ("2.5" in English, "2,5" in French), plugged in with
//! `FluentBundle::set_formatter`.
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

mod format;
mod locale;
mod number;

pub use format::{format_distance, format_span, format_time};
pub use locale::{negotiate, Locale};
pub use number::{format_number, NumberFormat};

macro_rules! resources {
    ($($name:literal),* $(,)?) => {
        /// The .ftl files of each locale, by base name, in load order.
        pub const RESOURCE_NAMES: &[&str] = &[$($name),*];
        const EN_SOURCES: &[&str] = &[$(include_str!(concat!("../../locales/en/", $name, ".ftl"))),*];
        const FR_SOURCES: &[&str] = &[$(include_str!(concat!("../../locales/fr/", $name, ".ftl"))),*];
    };
}

resources!("app", "data", "embed", "finder", "map", "offline", "open", "services");

macro_rules! insights_resources {
    ($($name:literal),* $(,)?) => {
        /// The .ftl files only the insights module embeds (the insights page and issue 20's
        /// scenarios): the citizen's module never names [`insights_sources`], so link-time
        /// optimisation leaves their text out of it (21 KB less in its first visit and in
        /// what its start-up parses).
        pub const INSIGHTS_RESOURCE_NAMES: &[&str] = &[$($name),*];

        /// The insights-only resources of `locale` ([`Translator::with_insights`]).
        pub fn insights_sources(locale: Locale) -> &'static [&'static str] {
            match locale {
                Locale::En => &[$(include_str!(concat!("../../locales/en/", $name, ".ftl"))),*],
                Locale::Fr => &[$(include_str!(concat!("../../locales/fr/", $name, ".ftl"))),*],
            }
        }
    };
}

insights_resources!("insights", "scenarios");

/// No resources beyond the shared ones (the citizen's module).
fn no_extra(_: Locale) -> &'static [&'static str] {
    &[]
}

/// One Fluent bundle per locale, each parsed the first time it is used: a page in one
/// language never parses the other (a few milliseconds of a phone's start-up).
pub struct Translator {
    en: OnceCell<FluentBundle<FluentResource>>,
    fr: OnceCell<FluentBundle<FluentResource>>,
    /// Resources added to the shared ones: none, or [`insights_sources`].
    extra: fn(Locale) -> &'static [&'static str],
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Translator")
    }
}

/// A Fluent argument value: text or a number (formatted per locale).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64, NumberFormat),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64, NumberFormat::INTEGER)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n), NumberFormat::INTEGER)
    }
}

fn build(locale: Locale, sources: &[&str], extra: &[&str]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.langid()]);
    // Bidi isolation marks only matter for right-to-left text; EN/FR never need them and
    // they would leak into copied text and tests.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::En => format_value_en,
        Locale::Fr => format_value_fr,
    }));
    for src in sources.iter().chain(extra) {
        // The parity test guarantees zero parse errors; keep what parsed if one slips in.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, _)| res);
        // Duplicate ids are also caught by the parity test.
        let _ = bundle.add_resource(res);
    }
    bundle
}

fn format_fluent_number(n: &FluentNumber, locale: Locale) -> String {
    let o = &n.options;
    let fmt = NumberFormat {
        min_fraction: o.minimum_fraction_digits.unwrap_or(0) as u8,
        max_fraction: o.maximum_fraction_digits.unwrap_or(3).max(o.minimum_fraction_digits.unwrap_or(0)) as u8,
        grouping: o.use_grouping,
    };
    format_number(n.value, locale, fmt)
}

fn format_value_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(format_fluent_number(n, Locale::En)),
        _ => None,
    }
}

fn format_value_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(format_fluent_number(n, Locale::Fr)),
        _ => None,
    }
}

impl Default for Translator {
    fn default() -> Self {
        Self::new()
    }
}

impl Translator {
    /// A translator over the embedded resources (parsed when a locale is first used).
    pub fn new() -> Self {
        Self { en: OnceCell::new(), fr: OnceCell::new(), extra: no_extra }
    }

    /// A translator over the embedded resources and the insights-only ones.
    pub fn with_insights() -> Self {
        Self { extra: insights_sources, ..Self::new() }
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        match locale {
            Locale::En => self.en.get_or_init(|| build(Locale::En, EN_SOURCES, (self.extra)(Locale::En))),
            Locale::Fr => self.fr.get_or_init(|| build(Locale::Fr, FR_SOURCES, (self.extra)(Locale::Fr))),
        }
    }

    /// True when `id` exists in `locale` (no fallback).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    /// Formats message `id` (or `id.attr`) with `args`; falls back to English, then to the id.
    ///
    /// ```
    /// use guichet::i18n::{Locale, Translator};
    /// let t = Translator::new();
    /// assert_eq!(t.tr(Locale::Fr, "app-name", &[]), "Guichet");
    /// assert_eq!(t.tr(Locale::En, "no-such-message", &[]), "no-such-message");
    /// ```
    pub fn tr(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.try_tr(locale, id, args)
            .or_else(|| (locale != Locale::En).then(|| self.try_tr(Locale::En, id, args)).flatten())
            .unwrap_or_else(|| id.to_owned())
    }

    fn try_tr(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let bundle = self.bundle(locale);
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let fargs = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (k, v) in args {
                match v {
                    Arg::Str(s) => fa.set(*k, FluentValue::from(s.to_string())),
                    Arg::Num(n, f) => {
                        let mut num = FluentNumber::from(*n);
                        num.options.minimum_fraction_digits = Some(f.min_fraction.into());
                        num.options.maximum_fraction_digits = Some(f.max_fraction.into());
                        num.options.use_grouping = f.grouping;
                        fa.set(*k, FluentValue::Number(num));
                    }
                }
            }
            fa
        });
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, fargs.as_ref(), &mut errors);
        Some(out.into_owned())
    }
}

thread_local! {
    static TRANSLATOR: RefCell<Option<Translator>> = const { RefCell::new(None) };
}

/// Makes the process-wide translator know the insights-only messages (the insights
/// module calls it first thing).
pub fn use_insights_messages() {
    TRANSLATOR.with(|cell| *cell.borrow_mut() = Some(Translator::with_insights()));
}

/// Formats `id` with the process-wide translator (built on first use; `FluentBundle` is
/// not `Send`, so it lives in a thread-local).
pub fn tr(locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    TRANSLATOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        slot.get_or_insert_with(process_translator).tr(locale, id, args)
    })
}

/// The process-wide translator before anyone chose: in a wasm module the shared messages
/// (the insights module adds its own with [`use_insights_messages`]); natively (the
/// pipeline's REPORT.md, tests) every message.
#[cfg(target_arch = "wasm32")]
fn process_translator() -> Translator {
    Translator::new()
}

#[cfg(not(target_arch = "wasm32"))]
fn process_translator() -> Translator {
    Translator::with_insights()
}
