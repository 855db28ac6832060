//! A network package on disk: its `datapackage.json` with Guichet's keys, its tables
//! checked by the validator, and the report of what became of every row.
//!
//! Guichet's convention (docs/contribute.md): the standard HSDS tables, plus
//! - in `datapackage.json`, a `guichet` object with `networks`: one entry per network
//!   (`id`, `name` `{en, fr}`, `level`, `province`, optionally `organization_id` when the
//!   package has several organizations, `categories`), and optionally `as_of`;
//! - French twins of text columns (`name_fr`, `address_1_fr`, `city_fr`, `description_fr`,
//!   `url_fr`) and `guichet_…` extension columns in `locations.csv`.
use std::collections::BTreeMap;
use std::fmt::Write;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::schema::Schema;
use super::validate::{validate_from, Checked};
use crate::domain::model::{Categories, Category, Level, Province, Text};

/// What `datapackage.json` says about one network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkMeta {
    /// Stable id in URLs: lower-case letters, digits and hyphens.
    pub id: String,
    pub name: Text,
    pub level: Level,
    /// The province or territory whose government runs it (`None` for a federal network).
    pub province: Option<Province>,
    /// The organization (row of `organizations.csv`) that runs it; optional when the
    /// package has one network.
    pub organization_id: Option<String>,
    pub categories: Categories,
    /// Extra keys the export writes (organization names, websites, phone…), kept as given.
    pub extra: serde_json::Map<String, Value>,
}

/// The package's metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// `name`, else the folder's name.
    pub name: String,
    pub title: String,
    pub homepage: String,
    /// The first of `licenses` (title or name, and path).
    pub licence: Option<(String, Option<String>)>,
    /// `guichet.as_of`, else the date of `created`.
    pub as_of: Option<String>,
    pub networks: Vec<NetworkMeta>,
}

/// A package read and checked.
#[derive(Debug, Clone)]
pub struct Package {
    pub dir: PathBuf,
    /// `Err`: why the metadata is unusable (every location is then rejected with it).
    pub meta: Result<Meta, String>,
    pub checked: Checked,
    /// Files that could not be read at all.
    pub missing: Vec<String>,
}

/// The packages under `dir`: `dir` itself when it holds a `datapackage.json`, else each
/// sub-folder that does (sorted). An absent folder has none.
pub fn discover(dir: &Path) -> Vec<PathBuf> {
    if dir.join("datapackage.json").is_file() {
        return vec![dir.to_owned()];
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.join("datapackage.json").is_file()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

/// Reads the package in `dir` and checks its tables against `schema`; never fails: what
/// cannot be read is in [`Package::meta`] or [`Package::missing`].
pub fn read(dir: &Path, schema: &Schema) -> Package {
    let folder = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
    let doc: Result<Value, String> = std::fs::read(dir.join("datapackage.json"))
        .map_err(|e| format!("datapackage.json: {e}"))
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| format!("datapackage.json is not JSON: {e}")));
    // The package's own paths where it lists its resources, else HSDS's file names.
    let listed: BTreeMap<String, String> = doc
        .as_ref()
        .ok()
        .and_then(|d| d.get("resources"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|r| Some((r.get("name")?.as_str()?.to_owned(), r.get("path")?.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let mut missing = Vec::new();
    // Each file is read row by row as it is checked (a national package is gigabytes).
    let checked = validate_from(schema, |t| {
        let path = listed.get(&t.name).cloned().unwrap_or_else(|| t.path.clone());
        let opened = std::fs::File::open(dir.join(&path)).map(|f| BufReader::with_capacity(1 << 16, f));
        // The first read says what reading the whole file would (a folder opens but is
        // not read).
        match opened.and_then(|mut r| r.fill_buf().map(|_| ()).map(|()| r)) {
            Ok(r) => Some(r),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if listed.contains_key(&t.name) || ["organization", "location"].contains(&t.name.as_str()) {
                    missing.push(format!("{path}: not found"));
                }
                None
            }
            Err(e) => {
                missing.push(format!("{path}: {e}"));
                None
            }
        }
    });
    let meta = doc.and_then(|d| meta(&d, &folder));
    Package { dir: dir.to_owned(), meta, checked, missing }
}

/// Guichet's keys of `datapackage.json`.
pub fn meta(doc: &Value, folder: &str) -> Result<Meta, String> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let g = doc.get("guichet").ok_or("datapackage.json has no \"guichet\" object (docs/contribute.md)")?;
    let list = g.get("networks").and_then(Value::as_array).ok_or("guichet.networks is missing")?;
    if list.is_empty() {
        return Err("guichet.networks is empty".into());
    }
    let mut networks = Vec::new();
    for (i, n) in list.iter().enumerate() {
        let at = |what: &str| format!("guichet.networks[{i}]: {what}");
        let id = s(n, "id").ok_or_else(|| at("no id"))?;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(at(&format!("id \"{id}\" must be lower-case letters, digits and hyphens")));
        }
        let name = n.get("name").map(text).unwrap_or_default();
        if name.is_empty() {
            return Err(at("no name (an object with \"en\" and \"fr\")"));
        }
        let level_text = s(n, "level").unwrap_or_default();
        let level = Level::from_id(&level_text).ok_or_else(|| {
            at(&format!("level \"{level_text}\" is not federal, provincial, territorial or municipal"))
        })?;
        let province = match s(n, "province").filter(|p| !p.is_empty()) {
            Some(p) => Some(Province::parse(&p).ok_or_else(|| at(&format!("province \"{p}\" does not exist")))?),
            // Then each location names its own (its address's `state_province`).
            None => None,
        };
        let mut categories = Categories::NONE;
        for c in n.get("categories").and_then(Value::as_array).into_iter().flatten() {
            let c = c.as_str().unwrap_or_default();
            categories.insert(Category::from_id(c).ok_or_else(|| at(&format!("unknown category \"{c}\"")))?);
        }
        if categories == Categories::NONE {
            categories = Categories::of(&[Category::General]);
        }
        let mut extra = n.as_object().cloned().unwrap_or_default();
        for k in ["id", "name", "level", "province", "organization_id", "categories"] {
            extra.remove(k);
        }
        networks.push(NetworkMeta {
            id,
            name,
            level,
            province,
            organization_id: s(n, "organization_id").filter(|o| !o.is_empty()),
            categories,
            extra,
        });
    }
    if networks.len() > 1 && networks.iter().any(|n| n.organization_id.is_none()) {
        return Err("with several networks, each needs its organization_id".into());
    }
    let licence = doc.get("licenses").and_then(Value::as_array).and_then(|a| a.first()).and_then(|l| {
        let name = s(l, "title").or_else(|| s(l, "name"))?;
        Some((name, s(l, "path")))
    });
    let as_of = s(g, "as_of").or_else(|| s(doc, "created").map(|c| c.chars().take(10).collect()));
    Ok(Meta {
        name: s(doc, "name").unwrap_or_else(|| folder.to_owned()),
        title: s(doc, "title").unwrap_or_else(|| folder.to_owned()),
        homepage: s(doc, "homepage").unwrap_or_default(),
        licence,
        as_of,
        networks,
    })
}

/// A `{ "en": …, "fr": … }` object (or a plain string, taken as both).
pub fn text(v: &Value) -> Text {
    match v {
        Value::String(s) => Text::same(s.clone()),
        _ => {
            let side = |k: &str| v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned);
            Text { en: side("en"), fr: side("fr") }
        }
    }
}

/// What became of one package: the report's section and `--check`'s output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackageReport {
    /// The folder's name.
    pub folder: String,
    pub title: String,
    /// Package-level problems (metadata, missing files).
    pub errors: Vec<String>,
    /// `id (name, level, province)` of each network.
    pub networks: Vec<String>,
    pub licence: String,
    /// (table, file, rows read, kept, rejected).
    pub tables: Vec<(String, String, usize, usize, usize)>,
    /// Remarks that reject nothing.
    pub notes: Vec<String>,
    /// (table, row number, record, reason) of every rejected row.
    pub rejected: Vec<(String, usize, String, String)>,
    /// Service points kept.
    pub points: usize,
}

impl PackageReport {
    /// True when every row was kept and the package is usable.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.rejected.is_empty()
    }

    /// The package's section of REPORT.md (`###` heading).
    pub fn markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "### {} (`{}`)\n", md(&self.title), self.folder);
        for e in &self.errors {
            let _ = writeln!(s, "- **Package problem**: {}", md(e));
        }
        if !self.networks.is_empty() {
            let _ = writeln!(s, "- Networks: {}", self.networks.join("; "));
        }
        let _ = writeln!(s, "- Licence: {}", md(&self.licence));
        let rows = self.tables.iter().find(|t| t.0 == "location").map_or(0, |t| t.2);
        let _ = writeln!(s, "- Service points kept: {} of {} locations", self.points, rows);
        for n in &self.notes {
            let _ = writeln!(s, "- Note: {}", md(n));
        }
        let _ = writeln!(s, "\n| table | file | rows read | kept | rejected |\n| --- | --- | ---: | ---: | ---: |");
        for (t, f, read, kept, rejected) in &self.tables {
            let _ = writeln!(s, "| {t} | {f} | {read} | {kept} | {rejected} |");
        }
        if !self.rejected.is_empty() {
            let _ = writeln!(s, "\n| table | row | record | reason |\n| --- | ---: | --- | --- |");
            for (t, line, record, why) in &self.rejected {
                let _ = writeln!(s, "| {t} | {line} | {} | {} |", md(record), md(why));
            }
        }
        s
    }
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
