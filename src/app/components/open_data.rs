//! "Download the data (HSDS, GeoJSON)" (issue 18; "Report a problem with this
//! information" is `results::report_link`). The links are built by `nav::open` (tested
//! natively); here they only
//! follow the connection, the kiosk mode and the language, like the other links that
//! leave the app's pages (`results::external_anchor`): disabled and marked offline, a QR
//! code on a kiosk. Downloads carry `download` and `rel="external"`, so the router never
//! takes them over.
use leptos::prelude::*;

use crate::app::components::results::{absolute, external_anchor, Leaving};
use crate::app::kiosk::use_kiosk;
use crate::i18n::tr;
use crate::nav::open::{OPEN_GEOJSON, OPEN_HSDS, OPEN_README};

/// One download link, as `mode` says.
fn download(href: &'static str, label: &'static str, mode: Leaving) -> impl IntoView {
    let kiosk = use_kiosk();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if kiosk.on.get_untracked() {
            ev.prevent_default();
            kiosk.qr.set(Some(absolute(href)));
        }
    };
    let loc = mode.loc;
    let hint = tr(loc, if mode.kiosk { "kiosk-qr-hint" } else { "open-data-hint" }, &[]);
    view! {
        <a
            href=mode.usable.then_some(href)
            class="open-data__link"
            class:link--disabled=!mode.usable
            aria-disabled=(!mode.usable).then_some("true")
            download=mode.usable.then_some("")
            // In a portal's frame a download, like every link that leaves the app's pages,
            // must not replace the embedded finder (embed.spec.mjs).
            target="_blank"
            rel="external"
            on:click=on_click
        >
            {tr(loc, label, &[])}
            <span class="visually-hidden">" " {hint}</span>
            {(!mode.usable).then(|| view! { <span class="needs-network">" " {tr(loc, "offline-needs-network", &[])}</span> })}
        </a>
    }
}

/// "Download the data (HSDS, GeoJSON)"; with `readme`, also the link to what the files
/// hold and their licences (the About page).
#[component]
pub fn DataDownloads(#[prop(optional)] readme: bool) -> impl IntoView {
    move || {
        let mode = Leaving::current();
        let loc = mode.loc;
        let about = readme.then(|| {
            let label = tr(loc, "open-data-readme", &[]).into_any();
            view! { " · " {external_anchor(OPEN_README.to_owned(), None, mode, label)} }
        });
        view! {
            <p class="open-data no-print">
                {tr(loc, "open-data-download", &[])}
                " ("
                {download(OPEN_HSDS, "open-data-hsds", mode)}
                ", "
                {download(OPEN_GEOJSON, "open-data-geojson", mode)}
                ")"
                {about}
            </p>
        }
    }
}
