//! Every Fluent message id that the Rust code of `src/` names exists in both locales, and
//! every message and attribute of the locales is named by the code (or by another message).
//!
//! The code names a message with a string literal (`t("map-label")`, a `match` arm such as
//! `Level::Federal => "level-federal"`, a table's header ids). The test reads `src/` module
//! by module as the compiler does (from `lib.rs`, `main.rs` and `src/bin/*.rs`, following
//! `mod x;`), leaves out comments, attributes (`#[serde(rename = "America/St_Johns")]`) and items
//! under `#[cfg(test)]`, and sorts every literal shaped like a message id (lower-case words
//! joined by hyphens, then maybe `.attribute`) into:
//! - names: the value of a non-text attribute in `view!` markup (`id="map-title"`,
//!   `class="visually-hidden"`, `aria-labelledby="..."`, a table's `file=`), the argument
//!   of `get_element_by_id`, and what a function named `id` returns (the stable ids of URLs
//!   and data, `PointKind::CityHall.id()` = `"city-hall"`; message ids come from functions
//!   named otherwise, such as `message_id`);
//! - the few other names listed in [`NOT_MESSAGES`], each with its reason;
//! - message ids: every other one, which must exist in `locales/en` and `locales/fr`.
//!
//! The data pipeline (`src/pipeline`, `guichet-bundle`) is not read: it writes English
//! reports and data, never a message (checked: it never names `i18n`).
//!
//! A message id is never put together at run time: a literal that starts like one and goes
//! on with a `{` placeholder (`format!("level-{}", ...)`), or a bare id prefix such as
//! `"kind-"`, fails the test. An enum's ids come from a function with one literal per
//! value in an exhaustive `match` (`describe::labels`), which the compiler keeps complete.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Literals shaped like message ids that are not messages, outside markup attributes.
const NOT_MESSAGES: &[(&str, &str)] = &[
    ("guichet-data", "a Cache Storage name shared with public/sw.js"),
    ("guichet-meta", "a Cache Storage name shared with public/sw.js"),
    ("skip-waiting", "message posted to the service worker"),
    ("services-other.bin", "a bundle file"),
    ("provincial-centres", "a dataset id of the manifest"),
    ("result-", "start of a result card's HTML id (result-1, result-2...)"),
    ("ins-catch", "element id of an insights select (controls::select_field)"),
    ("ins-ck", "element id of an insights select (controls::select_field)"),
    ("ins-hk", "element id of an insights select (controls::select_field)"),
    ("ins-pair-d", "element id of an insights select (controls::select_field)"),
    ("ins-partner", "element id of an insights select (controls::select_field)"),
    ("ins-prov", "element id of an insights select (controls::select_field)"),
    ("scen-year", "element id of an insights select (controls::select_field)"),
    ("scen-reach", "element id of an insights select (controls::select_field)"),
    ("scen-sug-net", "element id of an insights select (controls::select_field)"),
    ("scen-pool", "element id of an insights select (controls::select_field)"),
    ("service-canada", "a network id: the default network of the suggested sites"),
];

/// Attributes of `view!` markup whose value is a name, not text shown to people.
const MARKUP_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "for",
    "name",
    "role",
    "list",
    "form",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-owns",
    "aria-activedescendant",
    "aria-haspopup",
    "autocomplete",
    "inputmode",
    "rel",
    "target",
    // `DataTable`'s CSV file name.
    "file",
];

/// Functions whose string argument is the name of an element of the page.
const DOM_LOOKUPS: &[&str] = &["get_element_by_id"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------
// Rust source: a lexer that knows comments, strings, raw strings, chars and lifetimes.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Punct(char),
    Str { text: String, line: usize },
    Other,
}

fn lex(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    // Reads a quoted string whose opening quote is at `i`; returns its text and the index
    // after the closing quote. `raw` strings have no escapes and end with `"` + `hashes` #.
    let read_string = |mut i: usize, raw: Option<usize>, line: &mut usize| -> (String, usize) {
        let mut text = String::new();
        i += 1;
        while i < c.len() {
            match (c[i], raw) {
                ('\\', None) => {
                    text.push(c[i]);
                    text.push(at(i + 1));
                    i += 2;
                    continue;
                }
                ('"', None) => return (text, i + 1),
                ('"', Some(hashes)) if (1..=hashes).all(|k| at(i + k) == '#') => return (text, i + 1 + hashes),
                (ch, _) => {
                    if ch == '\n' {
                        *line += 1;
                    }
                    text.push(ch);
                }
            }
            i += 1;
        }
        (text, i)
    };
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if ch == '"' {
            let start = line;
            let (text, next) = read_string(i, None, &mut line);
            out.push(Tok::Str { text, line: start });
            i = next;
        } else if ch == '\'' {
            if at(i + 1) == '\\' {
                // A char with an escape: '\n', '\'', '\u{a0}'.
                i += 3;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or a label.
                i += 1;
                while at(i).is_ascii_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
            }
            out.push(Tok::Other);
        } else if ch.is_ascii_alphabetic() || ch == '_' {
            // Prefixed literals: b"..", c"..", r".." / r#".."#, br#".."#, b'..'.
            let prefix_end = match (ch, at(i + 1)) {
                ('b' | 'c', 'r') => i + 2,
                ('b' | 'c' | 'r', _) => i + 1,
                _ => i,
            };
            let raw = ch == 'r' || at(i + 1) == 'r';
            let hashes = (prefix_end..).take_while(|&k| at(k) == '#').count();
            if prefix_end > i && at(prefix_end + hashes) == '"' && (raw || hashes == 0) {
                let start = line;
                let (text, next) = read_string(prefix_end + hashes, raw.then_some(hashes), &mut line);
                out.push(Tok::Str { text, line: start });
                i = next;
                continue;
            }
            if ch == 'b' && at(i + 1) == '\'' {
                i += 1;
                continue; // the char literal follows
            }
            let start = i;
            while at(i).is_ascii_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
        } else if ch.is_ascii_digit() {
            while at(i).is_ascii_alphanumeric() || at(i) == '_' || (at(i) == '.' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
            out.push(Tok::Other);
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

#[test]
fn the_lexer_skips_what_is_not_code() {
    let toks = lex("// \"a-b\"\n/* \"c-d\" /* nested */ \"e-f\" */ let x: &'static str = \"g-h\"; \
         let y = r#\"i\"-j\"#; let z = '\"'; let w = b\"k-l\"; 'outer: loop {}");
    let strings: Vec<&str> = toks
        .iter()
        .filter_map(|t| match t {
            Tok::Str { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(strings, ["g-h", "i\"-j", "k-l"]);
}

/// Whether a `cfg(...)` predicate (the tokens inside the parentheses) can only hold in a
/// test build: `test`, or `all(...)` with such a member, or `any(...)` of such members.
fn requires_test(toks: &[Tok]) -> bool {
    fn pred(toks: &[Tok], i: &mut usize) -> bool {
        let name = match toks.get(*i) {
            Some(Tok::Ident(n)) => n.clone(),
            _ => return false,
        };
        *i += 1;
        match toks.get(*i) {
            Some(Tok::Punct('(')) => {
                *i += 1;
                let mut members = Vec::new();
                while !matches!(toks.get(*i), Some(Tok::Punct(')')) | None) {
                    members.push(pred(toks, i));
                    if toks.get(*i) == Some(&Tok::Punct(',')) {
                        *i += 1;
                    }
                }
                *i += 1;
                match name.as_str() {
                    "all" => members.iter().any(|m| *m),
                    "any" => !members.is_empty() && members.iter().all(|m| *m),
                    _ => false,
                }
            }
            Some(Tok::Punct('=')) => {
                *i += 2;
                false
            }
            _ => name == "test",
        }
    }
    pred(toks, &mut 0)
}

/// The index after the bracket group that opens at `i` (`(`, `[` or `{`).
fn group_end(toks: &[Tok], i: usize) -> usize {
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().skip(i) {
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// The index after the item that starts at `i`: its `;` or its closing `}`.
fn item_end(toks: &[Tok], mut i: usize) -> usize {
    while i < toks.len() {
        match toks[i] {
            Tok::Punct(';') => return i + 1,
            Tok::Punct('{') => return group_end(toks, i),
            Tok::Punct('(' | '[') => i = group_end(toks, i),
            _ => i += 1,
        }
    }
    i
}

/// The attribute name written just before `toks[i]` = `=` (`aria-labelledby`, `class:x`).
fn attribute_before(toks: &[Tok], eq: usize) -> Option<String> {
    let mut parts = Vec::new();
    let mut k = eq;
    loop {
        let Some(Tok::Ident(word)) = k.checked_sub(1).and_then(|j| toks.get(j)) else { return None };
        parts.push(word.as_str());
        k -= 1;
        match k.checked_sub(1).and_then(|j| toks.get(j)) {
            Some(Tok::Punct(p @ ('-' | ':'))) => {
                parts.push(if *p == '-' { "-" } else { ":" });
                k -= 1;
            }
            Some(Tok::Ident(kw)) if ["let", "mut", "const", "static"].contains(&kw.as_str()) => return None,
            _ => break,
        }
    }
    parts.reverse();
    Some(parts.concat())
}

/// Where a literal was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Site {
    file: String,
    line: usize,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A string literal of code (not of tests, comments or attributes).
struct Literal {
    text: String,
    site: Site,
    /// Why it is a name and not a message id, if its place says so.
    name: Option<String>,
}

#[derive(Default)]
struct Literals {
    code: Vec<Literal>,
    /// Files read.
    files: Vec<String>,
}

/// For each token, whether it is inside the body of a function named `id`.
fn in_id_functions(toks: &[Tok]) -> Vec<bool> {
    let mut inside = vec![false; toks.len()];
    for i in 0..toks.len().saturating_sub(1) {
        if toks[i] == Tok::Ident("fn".into()) && toks[i + 1] == Tok::Ident("id".into()) {
            let Some(open) = (i..toks.len()).find(|&k| matches!(toks[k], Tok::Punct('{' | ';'))) else { continue };
            if toks[open] == Tok::Punct('{') {
                inside[open..group_end(toks, open)].fill(true);
            }
        }
    }
    inside
}

/// Reads `file` and the modules it declares (not those under `#[cfg(test)]`).
fn read_module(file: &Path, out: &mut Literals) {
    let source = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let name = file.strip_prefix(root()).unwrap().display().to_string();
    out.files.push(name.clone());
    let toks = lex(&source);
    if name.starts_with("src/pipeline/") {
        assert!(!toks.contains(&Tok::Ident("i18n".into())), "{name} uses i18n: read it for message ids");
        return;
    }
    let in_id_fn = in_id_functions(&toks);
    // Where `mod x;` files are: beside lib.rs, main.rs, mod.rs and src/bin files, else in
    // a directory named after the file.
    let stem = file.file_stem().unwrap().to_str().unwrap();
    let parent = file.parent().unwrap();
    let dir = if ["lib", "main", "mod"].contains(&stem) || parent.ends_with("bin") {
        parent.to_path_buf()
    } else {
        parent.join(stem)
    };
    let mut i = 0;
    let mut skip_next_item = false;
    while i < toks.len() {
        // Attributes: `#[...]` and `#![...]`; a test-only `cfg` removes the next item.
        if toks[i] == Tok::Punct('#') {
            let open = if toks.get(i + 1) == Some(&Tok::Punct('!')) { i + 2 } else { i + 1 };
            if toks.get(open) == Some(&Tok::Punct('[')) {
                let end = group_end(&toks, open);
                let inner = &toks[open + 1..end - 1];
                if inner.first() == Some(&Tok::Ident("cfg".into())) && requires_test(&inner[2..]) {
                    assert_eq!(open, i + 1, "{name}: a test-only file should be declared under #[cfg(test)]");
                    skip_next_item = true;
                }
                i = end;
                continue;
            }
        }
        if skip_next_item {
            i = item_end(&toks, i);
            skip_next_item = false;
            continue;
        }
        match (&toks[i], toks.get(i + 1), toks.get(i + 2)) {
            (Tok::Ident(kw), Some(Tok::Ident(module)), Some(Tok::Punct(';'))) if kw == "mod" => {
                let candidates = [dir.join(format!("{module}.rs")), dir.join(module).join("mod.rs")];
                let path = candidates
                    .iter()
                    .find(|p| p.is_file())
                    .unwrap_or_else(|| panic!("{name}: no file for `mod {module};`"));
                read_module(path, out);
                i += 3;
            }
            (Tok::Str { text, line }, _, _) => {
                let before = |k: usize| i.checked_sub(k).map(|j| &toks[j]);
                let attribute = i
                    .checked_sub(1)
                    .filter(|&eq| toks[eq] == Tok::Punct('=') && before(2) != Some(&Tok::Punct('=')))
                    .and_then(|eq| attribute_before(&toks, eq))
                    .filter(|a| MARKUP_ATTRIBUTES.contains(&a.as_str()) || a.starts_with("class:"));
                let lookup = match (before(1), before(2)) {
                    (Some(Tok::Punct('(')), Some(Tok::Ident(f))) if DOM_LOOKUPS.contains(&f.as_str()) => {
                        Some(f.clone())
                    }
                    _ => None,
                };
                let name_reason = attribute
                    .map(|a| format!("markup attribute {a}="))
                    .or(lookup.map(|f| format!("argument of {f}")))
                    .or(in_id_fn[i].then(|| "returned by a function named id".to_owned()));
                out.code.push(Literal {
                    text: text.clone(),
                    site: Site { file: name.clone(), line: *line },
                    name: name_reason,
                });
                i += 1;
            }
            _ => i += 1,
        }
    }
}

fn code_literals() -> Literals {
    let mut out = Literals::default();
    let mut roots = vec![root().join("src/lib.rs"), root().join("src/main.rs")];
    let mut bins: Vec<PathBuf> = fs::read_dir(root().join("src/bin")).unwrap().map(|e| e.unwrap().path()).collect();
    bins.sort();
    roots.extend(bins);
    for file in roots {
        read_module(&file, &mut out);
    }
    out
}

/// Lower-case words of letters and digits joined by hyphens (at least two), then maybe
/// `.attribute`: the shape of every message id (checked below).
fn id_shaped(s: &str) -> bool {
    let (message, attribute) = s.split_once('.').unwrap_or((s, ""));
    let word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    let words: Vec<&str> = message.split('-').collect();
    words.len() >= 2
        && words.iter().all(|w| word(w))
        && message.starts_with(|c: char| c.is_ascii_lowercase())
        && (attribute.is_empty() || attribute.split('-').all(word))
}

// ---------------------------------------------------------------------------------------
// Locales: every message, term and attribute, and what each pattern references.

#[derive(Default)]
struct Locale {
    /// `id` for a message's value, `id.attr` for each attribute.
    entries: BTreeSet<String>,
    /// Messages named by the id alone (with or without a value).
    messages: BTreeSet<String>,
    /// Entries referenced from patterns (`{ other-message }`, `{ -term }`, `.attr` too).
    referenced: BTreeSet<String>,
}

fn references(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::MessageReference { id, attribute } => {
                out.insert(match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_owned(),
                });
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                out.insert(format!("-{}", id.name));
                for a in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                    inline(a, out);
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                    inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    references(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

fn locale(code: &str) -> Locale {
    locale_files(code, |_| true)
}

/// The messages of the .ftl files of locale `code` whose base name `keep` accepts.
fn locale_files(code: &str, keep: impl Fn(&str) -> bool) -> Locale {
    let dir = root().join("locales").join(code);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_stem().and_then(|s| s.to_str()).is_some_and(&keep))
        .collect();
    files.sort();
    let mut out = Locale::default();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let source = fs::read_to_string(path).unwrap();
        let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            if !id.starts_with('-') {
                out.messages.insert(id.clone());
            }
            if let Some(v) = value {
                out.entries.insert(id.clone());
                references(v, &mut out.referenced);
            }
            for a in attributes {
                out.entries.insert(format!("{id}.{}", a.id.name));
                references(&a.value, &mut out.referenced);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------

fn listed(text: &str) -> bool {
    NOT_MESSAGES.iter().any(|(n, _)| *n == text)
}

/// The message ids the code names, each with where.
fn message_ids_in_code(literals: &Literals) -> BTreeMap<String, Vec<Site>> {
    let mut ids: BTreeMap<String, Vec<Site>> = BTreeMap::new();
    for l in literals.code.iter().filter(|l| l.name.is_none() && !listed(&l.text)) {
        if id_shaped(&l.text) {
            ids.entry(l.text.clone()).or_default().push(l.site.clone());
        }
    }
    ids
}

#[test]
fn every_message_id_in_the_code_exists_in_both_locales() {
    let literals = code_literals();
    assert!(literals.files.iter().any(|f| f.ends_with("describe/labels.rs")), "the labels module was not read");
    let ids = message_ids_in_code(&literals);
    assert!(ids.len() > 300, "only {} message ids found: is the scan broken?", ids.len());
    for code in ["en", "fr"] {
        let loc = locale(code);
        let missing: Vec<String> = ids
            .iter()
            .filter(|(id, _)| !loc.entries.contains(*id) && !loc.messages.contains(*id))
            .map(|(id, sites)| format!("{id} ({})", sites.iter().map(Site::to_string).collect::<Vec<_>>().join(", ")))
            .collect();
        assert!(missing.is_empty(), "message ids used in src/ but missing in locales/{code}:\n{}", missing.join("\n"));
    }
}

#[test]
fn every_message_of_the_locales_is_used() {
    let ids = message_ids_in_code(&code_literals());
    for code in ["en", "fr"] {
        let loc = locale(code);
        let unused: Vec<&String> = loc
            .entries
            .iter()
            .filter(|e| !e.starts_with('-') && !ids.contains_key(*e) && !loc.referenced.contains(*e))
            .collect();
        assert!(unused.is_empty(), "messages of locales/{code} that nothing uses: {unused:?}");
        let unused_terms: Vec<&String> =
            loc.entries.iter().filter(|e| e.starts_with('-') && !loc.referenced.contains(*e)).collect();
        assert!(unused_terms.is_empty(), "terms of locales/{code} that no message uses: {unused_terms:?}");
    }
}

/// The code of the insights module alone: its page and the figures it shows.
const INSIGHTS_CODE: &[&str] = &["src/app/pages/insights/", "src/domain/insights/", "src/bin/guichet-insights.rs"];

#[test]
fn the_citizens_module_names_no_insights_only_message() {
    // Its translator does not know them (`i18n::insights_resources!`): they would show as ids.
    let only = locale_files("en", |stem| guichet::i18n::INSIGHTS_RESOURCE_NAMES.contains(&stem));
    assert!(only.messages.len() > 100, "only {} insights-only messages: is the list right?", only.messages.len());
    let literals = code_literals();
    let ids = message_ids_in_code(&literals);
    let misplaced: Vec<String> = ids
        .iter()
        .filter(|(id, _)| only.entries.contains(*id) || only.messages.contains(*id))
        .flat_map(|(id, sites)| {
            sites
                .iter()
                .filter(|s| !INSIGHTS_CODE.iter().any(|c| s.file.starts_with(c)))
                .map(move |s| format!("{id} ({s})"))
        })
        .collect();
    assert!(misplaced.is_empty(), "insights-only messages named outside the insights code:\n{}", misplaced.join("\n"));
}

#[test]
fn message_ids_are_literals_never_put_together() {
    let literals = code_literals();
    let loc = locale("en");
    let starts_an_id = |prefix: &str| prefix.ends_with('-') && loc.messages.iter().any(|m| m.starts_with(prefix));
    let built: Vec<String> = literals
        .code
        .iter()
        .filter(|l| l.name.is_none() && !listed(&l.text))
        .filter(|l| starts_an_id(&l.text) || l.text.split_once('{').is_some_and(|(head, _)| starts_an_id(head)))
        .map(|l| format!("{}: {:?}", l.site, l.text))
        .collect();
    assert!(built.is_empty(), "message ids built at run time (write a match with literal ids):\n{}", built.join("\n"));
}

#[test]
fn every_message_id_has_the_shape_the_scan_looks_for() {
    let loc = locale("en");
    let odd: Vec<&String> = loc.messages.iter().filter(|m| !id_shaped(m)).collect();
    assert!(odd.is_empty(), "message ids without a hyphen (the scan of src/ would not see them): {odd:?}");
    let literals = code_literals();
    for (name, why) in NOT_MESSAGES {
        assert!(!loc.messages.contains(*name), "{name} is listed as not a message ({why}) but is one");
        assert!(literals.code.iter().any(|l| l.text == *name), "{name} is listed but no longer in src/");
    }
}
