//! Browser edges: storage and navigator. Every call degrades quietly when the browser
//! refuses (private mode, sandboxed iframe): the app then behaves as on a first visit.
pub mod fetch;
pub mod storage;

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let nav = window.navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}
