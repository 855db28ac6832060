//! Bilingual in CI: every .ftl file of both locales parses with zero errors, both locales
//! have the same files, message ids, attributes and variables, every file is embedded in
//! the app, and French text follows French typography (no-break space before : ; ! ? »
//! and after «).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Message id (with ".attr" for attributes) → variables it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn locale_dir(code: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(code)
}

fn ftl_files(code: &str) -> BTreeSet<String> {
    fs::read_dir(locale_dir(code))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".ftl").map(str::to_owned)
        })
        .collect()
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_vars(p, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for p in &arguments.positional {
                inline_vars(p, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// All text fragments of a pattern, including those inside select variants.
fn pattern_texts<'a>(p: &Pattern<&'a str>, out: &mut Vec<&'a str>) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for v in variants {
                    pattern_texts(&v.value, out);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

struct Parsed {
    catalogue: Catalogue,
    texts: Vec<(String, String)>,
}

fn parse_locale(code: &str) -> Parsed {
    let mut catalogue = Catalogue::new();
    let mut texts = Vec::new();
    for name in ftl_files(code) {
        let path = locale_dir(code).join(format!("{name}.ftl"));
        let source = fs::read_to_string(&path).unwrap();
        let resource = match parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}: {} parse error(s): {errors:?}", path.display(), errors.len()),
        };
        for entry in &resource.body {
            let (id, value, attributes): (String, Option<&Pattern<&str>>, &Vec<ast::Attribute<&str>>) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => panic!("{}: junk entry {content:?}", path.display()),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(v) = value {
                pattern_vars(v, &mut vars);
                let mut t = Vec::new();
                pattern_texts(v, &mut t);
                texts.push((format!("{name}:{id}"), t.concat()));
            }
            assert!(catalogue.insert(id.clone(), vars).is_none(), "{}: duplicate id {id}", path.display());
            for a in attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                let mut t = Vec::new();
                pattern_texts(&a.value, &mut t);
                texts.push((format!("{name}:{id}.{}", a.id.name), t.concat()));
                catalogue.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
    }
    Parsed { catalogue, texts }
}

#[test]
fn both_locales_have_the_same_files() {
    let en = ftl_files("en");
    assert!(!en.is_empty());
    assert_eq!(en, ftl_files("fr"));
    let embedded: BTreeSet<String> = guichet::i18n::RESOURCE_NAMES
        .iter()
        .chain(guichet::i18n::INSIGHTS_RESOURCE_NAMES)
        .map(|s| s.to_string())
        .collect();
    assert_eq!(en, embedded, "every .ftl file must be listed in i18n::resources! or insights_resources!");
}

#[test]
fn same_ids_attributes_and_variables() {
    let en = parse_locale("en").catalogue;
    let fr = parse_locale("fr").catalogue;
    let en_ids: BTreeSet<_> = en.keys().collect();
    let fr_ids: BTreeSet<_> = fr.keys().collect();
    assert_eq!(en_ids.difference(&fr_ids).collect::<Vec<_>>(), Vec::<&&String>::new(), "ids missing in French");
    assert_eq!(fr_ids.difference(&en_ids).collect::<Vec<_>>(), Vec::<&&String>::new(), "ids missing in English");
    for (id, vars) in &en {
        assert_eq!(vars, &fr[id], "variables differ for {id}");
    }
}

/// The characters that must follow a no-break space (U+00A0 or narrow U+202F) in French.
const NEEDS_SPACE_BEFORE: [char; 5] = [':', ';', '!', '?', '»'];

fn typography_errors(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut errors = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let nbsp = |ch: Option<char>| matches!(ch, Some('\u{a0}' | '\u{202f}'));
        if NEEDS_SPACE_BEFORE.contains(&c) {
            // Not punctuation inside a URL, a time ("8:30") or a number.
            let in_token = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '/')
                && next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '/');
            if !in_token && !nbsp(prev) {
                errors.push(format!("no no-break space before {c:?} in {text:?}"));
            }
        }
        if c == '«' && !nbsp(next) {
            errors.push(format!("no no-break space after « in {text:?}"));
        }
        if c == '\'' {
            errors.push(format!("straight apostrophe (use ’) in {text:?}"));
        }
    }
    errors
}

#[test]
fn french_typography() {
    let errors: Vec<String> = parse_locale("fr")
        .texts
        .iter()
        .flat_map(|(id, text)| typography_errors(text).into_iter().map(move |e| format!("{id}: {e}")))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn the_typography_check_catches_mistakes() {
    assert_eq!(typography_errors("Heures : 8:30").len(), 1);
    assert_eq!(typography_errors("Attention !").len(), 1);
    assert_eq!(typography_errors("« bonjour »").len(), 2);
    assert!(typography_errors("Heures\u{a0}: 8:30, https://x.ca/a?b\u{202f}!").is_empty());
    assert_eq!(typography_errors("l'adresse").len(), 1);
}

#[test]
fn every_message_formats_in_both_locales() {
    use guichet::i18n::{Locale, Translator};
    let t = Translator::with_insights();
    for id in parse_locale("en").catalogue.keys().filter(|id| !id.starts_with('-')) {
        for locale in Locale::ALL {
            assert!(t.has(locale, id.split('.').next().unwrap()), "{id} missing in {locale:?}");
        }
    }
}

#[test]
fn french_takes_the_right_preposition_for_each_province() {
    use guichet::domain::model::Province;
    use guichet::i18n::{tr, Locale};
    let title = |p: Province, loc: Locale| {
        tr(loc, "browse-results", &[("province", p.name(loc).into()), ("code", p.code().into())])
    };
    assert_eq!(title(Province::NB, Locale::Fr), "Bureaux au Nouveau-Brunswick");
    assert_eq!(title(Province::ON, Locale::Fr), "Bureaux en Ontario");
    assert_eq!(title(Province::PE, Locale::Fr), "Bureaux à l’Île-du-Prince-Édouard");
    assert_eq!(title(Province::NT, Locale::Fr), "Bureaux dans les Territoires du Nord-Ouest");
    assert_eq!(title(Province::NU, Locale::En), "Offices in Nunavut");
    // Every province has its own French variant (none falls to the default).
    for p in Province::ALL {
        assert!(!title(p, Locale::Fr).contains('—'), "{p:?}");
    }
}
