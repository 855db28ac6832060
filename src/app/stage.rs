//! The staged start-up. The first render of the app was one task of 70–170 ms on this
//! machine (280–680 ms at Lighthouse's 4x CPU), most of it V8 compiling each wasm function
//! on its first call: input and paint wait that long. Started by [`super::start`], the
//! shell renders in steps, one task each ([`Stage`]), behind the static page of
//! `index.html` (`#boot`: `style/main.css` hides whatever follows it), which is removed
//! once the page's content is in place, so people see one complete page, never a part.
//!
//! Everything else (component tests, which mount the app themselves, and every navigation
//! after the start) renders at once.
use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;

thread_local! {
    static STAGED: Cell<bool> = const { Cell::new(false) };
}

/// The next shell to be provided starts in steps.
pub fn stage_next_start() {
    STAGED.set(true);
}

/// How far the start-up has come.
#[derive(Clone, Copy)]
pub struct Stage(RwSignal<u8>);

impl Stage {
    /// The shell's state (contexts, router).
    pub const SHELL: u8 = 0;
    /// The header.
    pub const HEADER: u8 = 1;
    /// The finder's contexts.
    pub const BODY: u8 = 2;
    /// The banners and the main region.
    pub const MAIN: u8 = 3;
    /// The current page.
    pub const PAGE: u8 = 4;
    /// `#boot` removed: the page is shown.
    pub const SHOWN: u8 = 5;
    /// The footer and what works in the background (kiosk timers).
    pub const DONE: u8 = 6;

    /// True once `step` is rendered: a memo, so that what depends on it is rendered once,
    /// not again at every later step.
    pub fn reached(self, step: u8) -> Memo<bool> {
        Memo::new(move |_| self.0.get() >= step)
    }
}

/// Provides [`Stage`], and walks it through the steps when the start-up is staged.
pub fn provide_stage() -> Stage {
    let staged = STAGED.replace(false);
    let stage = Stage(RwSignal::new(if staged { Stage::SHELL } else { Stage::DONE }));
    provide_context(stage);
    if staged {
        spawn_local(async move {
            while stage.0.get_untracked() < Stage::DONE {
                crate::platform::next_task().await;
                let next = stage.0.get_untracked() + 1;
                if next == Stage::SHOWN {
                    if let Some(boot) = document().get_element_by_id("boot") {
                        boot.remove();
                    }
                }
                stage.0.set(next);
            }
        });
    }
    stage
}
