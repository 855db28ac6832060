//! Embed mode in the page: the compact bar (language, "open in full page"), the `embedded`
//! class on `<html>`, and the messages to the host (height, selection).
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::finder::use_finder;
use crate::app::i18n::{t, use_locale};
use crate::embed::{self, Lock};
use crate::nav::Page;
use crate::platform::embed::{can_post_to, post, HeightObserver};

/// Wires embed mode: the `<html>` class, the height messages (observing `root`) and the
/// selection messages. Call once, in the shell.
pub fn wire(root: NodeRef<html::Main>) {
    let f = use_finder();
    let embed = Memo::new(move |_| f.state.with(|s| s.embed.clone()));
    // The host's origin, when messages can reach it.
    let target =
        Memo::new(move |_| embed.with(|e| e.as_ref().and_then(|e| e.parent.clone())).filter(|o| can_post_to(o)));

    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.class_list().toggle_with_force("embedded", embed.with(Option::is_some));
        }
    });

    // Height: posted on every size change of the page's content (deduplicated).
    let observer: StoredValue<Option<HeightObserver>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let origin = target.get();
        let el = root.get();
        observer.set_value(None);
        let (Some(origin), Some(el)) = (origin, el) else { return };
        let mut last = None;
        let obs = HeightObserver::new(&el, move |px| {
            let Some(h) = embed::message_height(px) else { return };
            if last != Some(h) {
                last = Some(h);
                post(&origin, embed::RESIZE, "height", JsValue::from_f64(f64::from(h)));
            }
        });
        observer.set_value(obs);
    });
    on_cleanup(move || observer.set_value(None));

    // Selection: posted when it changes, only if the host asked (`notify=select`).
    let selected = Memo::new(move |_| f.state.with(|s| s.selected.clone()));
    Effect::new(move |prev: Option<Option<String>>| {
        let id = selected.get();
        let notify = embed.with(|e| e.as_ref().is_some_and(|e| e.notify_select));
        if let (Some(prev), Some(origin), Some(id), true) = (prev, target.get_untracked(), id.clone(), notify) {
            if prev.as_deref() != Some(id.as_str()) {
                post(&origin, embed::SELECT, "id", JsValue::from_str(&id));
            }
        }
        id
    });
}

/// The compact bar of embed mode: language toggle (unless locked) and "open in full page".
#[component]
pub fn EmbedBar(page: Memo<Page>) -> impl IntoView {
    let f = use_finder();
    let locale = use_locale();
    let lang_locked = move || f.state.with(|s| s.locked(Lock::Lang));
    let full_page = move || {
        let page = match page.get() {
            Page::NotFound => Page::Home,
            p => p,
        };
        f.state.with(|s| s.full_page().href(&page, locale.get()))
    };
    view! {
        <div class="embed-bar">
            {move || (!lang_locked()).then(|| view! {
                <crate::app::i18n::LangToggle/>
            })}
            <a class="embed-bar__full" href=full_page target="_blank" rel="noopener">
                {t("embed-open-full")}
                <span class="visually-hidden">" " {t("embed-new-tab")}</span>
                <span class="external-mark" aria-hidden="true">" ↗"</span>
            </a>
        </div>
    }
}
