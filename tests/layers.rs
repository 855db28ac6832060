//! The layers of the code, as ARCHITECTURE.md states them, checked on the source: every
//! `use crate::…` and `use super::…` of `src/` (test modules aside) must point down the
//! order below or stay inside its own module, and no two files may depend on each other,
//! directly or around a cycle.
//!
//! ```text
//! i18n → domain → {map, kiosk, qr, embed, describe} → bundle → nav → pipeline → platform → app
//! ```
//! (Each may use what is to its left; `map`, `kiosk`, `qr`, `embed` and `describe` are
//! side by side and use none of one another.)
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layer of each top-level module, bottom first.
const LAYERS: &[(&str, u8)] = &[
    ("i18n", 0),
    ("domain", 1),
    ("map", 2),
    ("kiosk", 2),
    ("qr", 2),
    ("embed", 2),
    ("describe", 2),
    ("bundle", 3),
    ("nav", 4),
    ("pipeline", 5),
    ("platform", 6),
    ("app", 7),
];

/// Entry points that sit above every module (the crate root and the binaries).
const ROOTS: &[&str] = &["lib", "main", "bin"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file: `domain/holidays/mod.rs` → `domain::holidays`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs").to_owned();
    if stem != "mod" && stem != "lib" {
        parts.push(stem);
    }
    parts
}

/// Test-only files: test modules declared `#[cfg(test)] mod tests;` and test kits.
fn test_only(rel: &Path) -> bool {
    rel.file_name().is_some_and(|n| ["tests.rs", "testkit.rs", "testing.rs"].contains(&n.to_string_lossy().as_ref()))
}

/// The file's code without its test modules (`#[cfg(test)]` or `#[cfg(all(test, …))]`
/// followed by `mod …`: everything from there to the end of the file, where this project
/// keeps them) and without comments.
fn code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut end = lines.len();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        if (t.starts_with("#[cfg(test)]") || t.starts_with("#[cfg(all(test"))
            && lines[i + 1..]
                .iter()
                .find(|n| !n.trim().starts_with("#["))
                .is_some_and(|n| n.trim_start().starts_with("mod ") || n.trim_start().starts_with("pub(crate) mod "))
        {
            end = i;
            break;
        }
    }
    lines[..end].iter().filter(|l| !l.trim_start().starts_with("//")).copied().collect::<Vec<_>>().join("\n")
}

/// Every path a `use` statement names, as segments, `crate`/`super` resolved from `me`.
fn used_paths(code: &str, me: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        rest = &rest[at + 4..];
        // Only `use` at the start of a statement (after a newline, `;`, `{` or `pub(...)`).
        let ok = before.trim_end().is_empty()
            || before.ends_with('\n')
            || before.trim_end().ends_with(';')
            || before.trim_end().ends_with('{')
            || before.trim_end().ends_with("pub")
            || before.trim_end().ends_with(')');
        if !ok {
            continue;
        }
        let Some(end) = rest.find(';') else { break };
        let stmt: String = rest[..end].chars().filter(|c| !c.is_whitespace()).collect();
        let base: Vec<String> = if let Some(s) = stmt.strip_prefix("crate::") {
            expand("", s)
        } else if let Some(s) = stmt.strip_prefix("super::") {
            // `me` is the file's module path (`a::b` for `a/b/mod.rs` and for `a/b.rs`):
            // `super` is its parent either way.
            let parent = &me[..me.len().saturating_sub(1)];
            expand(&parent.join("::"), s)
        } else {
            // `use child::X` or `use self::child::X`: relative to this module (a path that
            // names no file of the crate, `std::…` say, resolves to nothing and is dropped).
            let s = stmt.strip_prefix("self::").unwrap_or(&stmt);
            expand(&me.join("::"), s)
        };
        out.extend(
            base.into_iter()
                .map(|p| p.split("::").filter(|x| !x.is_empty() && *x != "self").map(str::to_owned).collect()),
        );
    }
    out
}

/// `a::{b, c::{d, e}}` under `prefix` → every full path.
fn expand(prefix: &str, s: &str) -> Vec<String> {
    let join = |a: &str, b: &str| if a.is_empty() { b.to_owned() } else { format!("{a}::{b}") };
    match s.find('{') {
        None => vec![join(prefix, s.trim_end_matches("::*"))],
        Some(open) => {
            let head = join(prefix, s[..open].trim_end_matches("::"));
            let inner = &s[open + 1..s.rfind('}').unwrap_or(s.len())];
            let mut parts = Vec::new();
            let (mut depth, mut start) = (0, 0);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(&inner[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&inner[start..]);
            parts.into_iter().filter(|p| !p.is_empty()).flat_map(|p| expand(&head, p)).collect()
        }
    }
}

struct Graph {
    /// File (relative path) → files it uses.
    edges: BTreeMap<String, BTreeSet<String>>,
    /// File → its module path.
    modules: BTreeMap<String, Vec<String>>,
}

fn graph() -> Graph {
    let root = src();
    let mut all = Vec::new();
    files(&root, &mut all);
    let mut modules = BTreeMap::new();
    let mut by_module: BTreeMap<Vec<String>, String> = BTreeMap::new();
    for f in &all {
        let rel = f.strip_prefix(&root).unwrap();
        let name = rel.to_string_lossy().into_owned();
        let m = module_of(rel);
        by_module.insert(m.clone(), name.clone());
        modules.insert(name, m);
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &all {
        let rel = f.strip_prefix(&root).unwrap();
        if test_only(rel) {
            continue;
        }
        let name = rel.to_string_lossy().into_owned();
        let me = &modules[&name];
        let text = std::fs::read_to_string(f).unwrap();
        for path in used_paths(&code(&text), me) {
            // The longest prefix of the path that is a file's module.
            let target = (1..=path.len()).rev().find_map(|k| by_module.get(&path[..k]));
            if let Some(t) = target.filter(|t| **t != name && !test_only(Path::new(t.as_str()))) {
                edges.entry(name.clone()).or_default().insert(t.clone());
            }
        }
    }
    Graph { edges, modules }
}

fn layer(module: &[String]) -> Option<u8> {
    let top = module.first()?;
    LAYERS.iter().find(|(m, _)| m == top).map(|(_, l)| *l)
}

#[test]
fn imports_point_down_the_layers() {
    let g = graph();
    let mut wrong = Vec::new();
    for (from, tos) in &g.edges {
        let fm = &g.modules[from];
        if fm.first().is_none_or(|t| ROOTS.contains(&t.as_str())) || fm.is_empty() {
            continue;
        }
        let Some(lf) = layer(fm) else {
            wrong.push(format!("{from}: module {} has no layer in this test", fm[0]));
            continue;
        };
        for to in tos {
            let tm = &g.modules[to];
            if tm.first() == fm.first() {
                continue;
            }
            match layer(tm) {
                Some(lt) if lt < lf => {}
                _ => wrong.push(format!("{from} → {to}")),
            }
        }
    }
    assert!(wrong.is_empty(), "imports that point up or sideways:\n{}", wrong.join("\n"));
}

#[test]
fn no_cycle_between_files() {
    let g = graph();
    // Tarjan's strongly connected components.
    struct State<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        cycles: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on.insert(v);
        let g = s.g;
        for w in g.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low[v];
                s.low.insert(v, lv.min(lw));
            } else if s.on.contains(w) {
                let iw = s.index[w];
                let lv = s.low[v];
                s.low.insert(v, lv.min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                comp.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                s.cycles.push(comp);
            }
        }
    }
    let mut s = State {
        g: &g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        cycles: Vec::new(),
    };
    let names: Vec<&str> = g.modules.keys().map(String::as_str).collect();
    for v in names {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    assert!(s.cycles.is_empty(), "files that depend on each other: {:?}", s.cycles);
}

#[test]
fn the_checker_sees_what_it_should() {
    // Grouped and nested imports expand to every path; `super` resolves from the file.
    let me: Vec<String> = ["domain", "insights", "coverage"].iter().map(|s| s.to_string()).collect();
    let paths = used_paths(
        "use super::{roads::RoadBundle, Metric};\nuse crate::domain::{geo::LatLon, model::{Point, Province}};",
        &me,
    );
    let shown: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        shown,
        [
            "domain::insights::roads::RoadBundle",
            "domain::insights::Metric",
            "domain::geo::LatLon",
            "domain::model::Point",
            "domain::model::Province"
        ]
    );
    // Test modules at the end of a file are left out.
    assert!(!code("use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::app::X;\n}\n").contains("app"));
    // The real graph has edges, and the layer table names every top-level module.
    let g = graph();
    assert!(g.edges.values().map(BTreeSet::len).sum::<usize>() > 200);
    for m in g.modules.values().filter_map(|m| m.first()) {
        assert!(layer(std::slice::from_ref(m)).is_some() || ROOTS.contains(&m.as_str()) || m.ends_with(".rs"), "{m}");
    }
}
