//! The Content-Security-Policy is written in three places: index.html (a <meta>, so every
//! host gets it), the test server tests/e2e/serve.mjs (a header, with frame-ancestors) and
//! the README (what hosts must send). They must say the same thing, and it must stay strict.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The policy of index.html's <meta http-equiv="Content-Security-Policy">.
fn meta_policy() -> String {
    meta_policy_of("index.html")
}

fn meta_policy_of(page: &str) -> String {
    let html = read(page);
    let at = html.find("http-equiv=\"Content-Security-Policy\"").unwrap_or_else(|| panic!("{page} has no CSP <meta>"));
    let rest = &html[at..];
    let start = rest.find("content=\"").unwrap() + "content=\"".len();
    rest[start..start + rest[start..].find('"').unwrap()].to_owned()
}

#[test]
fn the_policy_is_strict() {
    let p = meta_policy();
    let directives: Vec<&str> = p.split(';').map(str::trim).collect();
    assert!(directives.contains(&"script-src 'self' 'wasm-unsafe-eval'"), "{p}");
    assert!(directives.contains(&"default-src 'self'"), "{p}");
    assert!(directives.contains(&"style-src 'self'"), "{p}");
    assert!(directives.contains(&"object-src 'none'"), "{p}");
    assert!(!p.contains("'unsafe-inline'") && !p.contains("'unsafe-eval'") && !p.contains('*'), "{p}");
    // Ignored (with a console error) in a <meta>: it belongs in the header only.
    assert!(!p.contains("frame-ancestors"), "{p}");
}

#[test]
fn server_and_readme_send_the_same_policy() {
    let p = meta_policy();
    assert!(read("tests/e2e/serve.mjs").contains(&p), "serve.mjs must send the index.html policy");
    assert!(read("README.md").contains(&p), "README.md must document the index.html policy");
    assert_eq!(meta_policy_of("insights.html"), p, "insights.html must carry the same policy");
}

#[test]
fn no_inline_script_in_the_source_page() {
    for page in ["index.html", "insights.html"] {
        assert!(!read(page).contains("<script"), "{page}: the app starts from public/boot.js");
    }
    let trunk = read("Trunk.toml");
    assert!(trunk.contains("pattern_script = \"\"\"<script type=\"module\" src=\"{base}boot.js\""), "Trunk.toml");
    assert!(trunk.contains("no_autoreload = true"), "Trunk.toml: the auto-reload client is an inline script");
}
