//! One validator for HSDS tabular data packages, used by the import (a government's
//! package) and by the export's test (Guichet's own package).
//!
//! Every table is checked against its [`Schema`] table: the file must be CSV with a
//! header that names every required column; each row must have the header's number of
//! fields, valid UTF-8, every required value, the right types (number, integer, date,
//! time, datetime, boolean), formats (uuid, email, uri) and allowed values, a unique
//! primary key and unique values where the schema says so, and foreign keys that find
//! their row among the rows kept. A rejected row is never fatal: it is kept with its
//! reason ([`RowCheck::rejected`]), and rows that refer to it are rejected in turn.
//!
//! Columns outside the schema are allowed when they follow Guichet's convention (a text
//! field's French twin `<field>_fr`, or a `guichet_` extension column); any other is
//! noted and ignored.
use std::collections::{BTreeMap, HashSet};
use std::io::BufRead;

use rustc_hash::{FxHashMap, FxHashSet};

use super::schema::{Field, Kind, Schema, Table};

/// What the validator found in one row.
#[derive(Clone, PartialEq, Eq)]
pub struct RowCheck {
    /// Row number in the file (the header is row 1, as a spreadsheet shows it).
    pub line: usize,
    /// The row's values by column of [`CheckedTable::header`] (trimmed), one after the
    /// other: a national package has tens of millions of cells, kept as two allocations
    /// per row rather than one per cell.
    text: Box<str>,
    /// Where each value ends in `text`.
    ends: Box<[u32]>,
    /// Why the row is rejected; `None` when it is kept.
    pub rejected: Option<String>,
}

impl RowCheck {
    /// A row of `cells` (tests and tools; the validator builds its rows as it reads).
    pub fn new(line: usize, cells: &[&str], rejected: Option<String>) -> RowCheck {
        let mut b = CellsBuilder::default();
        for c in cells {
            b.push(c);
        }
        b.row(line, rejected)
    }

    /// The value of column `i` (`None` past the row's last value).
    pub fn cell(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end])
    }

    /// Every value, in column order.
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| self.cell(i).unwrap_or_default())
    }

    /// How many values the row has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Frees the row's values (the import, once a kept row is a point): it keeps its
    /// number and its reason.
    pub(crate) fn forget_values(&mut self) {
        self.text = Box::default();
        self.ends = Box::default();
    }

    /// True when the row has no value at all (an unreadable row).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

impl std::fmt::Debug for RowCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowCheck")
            .field("line", &self.line)
            .field("cells", &self.cells().collect::<Vec<_>>())
            .field("rejected", &self.rejected)
            .finish()
    }
}

/// The values of the row being read, reused from row to row.
#[derive(Default)]
struct CellsBuilder {
    text: String,
    ends: Vec<u32>,
}

impl CellsBuilder {
    fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(u32::try_from(self.text.len()).expect("a row under 4 GB"));
    }

    fn all_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// The row, leaving the builder empty for the next one.
    fn row(&mut self, line: usize, rejected: Option<String>) -> RowCheck {
        let row = RowCheck { line, text: self.text.as_str().into(), ends: self.ends.as_slice().into(), rejected };
        self.clear();
        row
    }
}

/// One table of a package after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedTable {
    pub name: String,
    pub path: String,
    pub header: Vec<String>,
    pub rows: Vec<RowCheck>,
    /// A problem of the whole file (unreadable, a required column missing): every row is
    /// then rejected with it.
    pub error: Option<String>,
    /// Remarks that reject nothing (a byte-order mark, an unknown column).
    pub notes: Vec<String>,
    primary_key: String,
    /// Column index by name (the first of a repeated name, as the header's order gives).
    columns: FxHashMap<String, usize>,
}

impl CheckedTable {
    /// The index of `column` in the header.
    pub fn column(&self, column: &str) -> Option<usize> {
        self.columns.get(column).copied()
    }

    /// The value of `column` in `row` ("" when the table has no such column).
    pub fn get<'a>(&self, row: &'a RowCheck, column: &str) -> &'a str {
        self.at(row, self.column(column))
    }

    /// The value of the column at `index` (from [`CheckedTable::column`]) in `row`.
    pub fn at<'a>(&self, row: &'a RowCheck, index: Option<usize>) -> &'a str {
        index.and_then(|i| row.cell(i)).unwrap_or_default()
    }

    /// The value of `column`'s French twin (`<column>_fr`) in `row`.
    pub fn get_fr<'a>(&self, row: &'a RowCheck, column: &str) -> &'a str {
        let mut name = [0u8; 64];
        let n = column.len() + 3;
        if n > name.len() {
            return self.get(row, &format!("{column}_fr"));
        }
        name[..column.len()].copy_from_slice(column.as_bytes());
        name[column.len()..n].copy_from_slice(b"_fr");
        std::str::from_utf8(&name[..n]).map_or("", |c| self.get(row, c))
    }

    /// The row's primary key (or its line when it has none).
    pub fn key(&self, row: &RowCheck) -> String {
        let id = self.get(row, &self.primary_key);
        if id.is_empty() {
            let mut s = String::from("row ");
            s.push_str(&row.line.to_string());
            s
        } else {
            id.to_owned()
        }
    }

    /// Rows kept.
    pub fn kept(&self) -> impl Iterator<Item = &RowCheck> {
        self.rows.iter().filter(|r| r.rejected.is_none())
    }

    pub fn rejected_count(&self) -> usize {
        self.rows.iter().filter(|r| r.rejected.is_some()).count()
    }
}

/// Every table of a package, checked (tables the package does not have are absent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    pub tables: Vec<CheckedTable>,
}

impl Checked {
    pub fn table(&self, name: &str) -> Option<&CheckedTable> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// Rejects the kept rows of `table` for which `why` gives a reason, and then the rows
    /// that referred to them (the import's own checks use it).
    pub fn reject_where(
        &mut self,
        schema: &Schema,
        table: &str,
        why: impl Fn(&CheckedTable, &RowCheck) -> Option<String>,
    ) {
        if let Some(t) = self.tables.iter_mut().find(|t| t.name == table) {
            let reasons: Vec<Option<String>> =
                t.rows.iter().map(|r| if r.rejected.is_none() { why(t, r) } else { None }).collect();
            for (row, reason) in t.rows.iter_mut().zip(reasons) {
                if reason.is_some() {
                    row.rejected = reason;
                }
            }
        }
        foreign_keys(schema, self);
    }
}

/// Checks the files of a package: `files` maps a table name to the file's bytes.
pub fn validate(schema: &Schema, files: &BTreeMap<String, Vec<u8>>) -> Checked {
    validate_from(schema, |t| files.get(&t.name).map(Vec::as_slice))
}

/// Checks the files of a package as `open` gives them, table by table in the schema's
/// order (`None`: the package has no such table): each file is read row by row, never
/// held whole.
pub fn validate_from<R: BufRead>(schema: &Schema, mut open: impl FnMut(&Table) -> Option<R>) -> Checked {
    let mut checked = Checked::default();
    for table in &schema.tables {
        if let Some(input) = open(table) {
            checked.tables.push(check_table(table, input));
        }
    }
    foreign_keys(schema, &mut checked);
    checked
}

fn check_table(table: &Table, mut input: impl BufRead) -> CheckedTable {
    let mut out = CheckedTable {
        name: table.name.clone(),
        path: table.path.clone(),
        header: Vec::new(),
        rows: Vec::new(),
        error: None,
        notes: Vec::new(),
        primary_key: table.primary_key.clone(),
        columns: FxHashMap::default(),
    };
    // A read error here shows again, as the csv reader's, below.
    if input.fill_buf().is_ok_and(|b| b.starts_with(b"\xEF\xBB\xBF")) {
        input.consume(3);
        out.notes.push("byte-order mark ignored".into());
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input);
    let mut record = csv::ByteRecord::new();
    match reader.read_byte_record(&mut record) {
        Ok(true) => match utf8_fields(&record) {
            Some(h) => out.header = h.iter().map(|c| c.trim().to_owned()).collect(),
            None => out.error = Some("the header is not UTF-8 (save the file as UTF-8)".into()),
        },
        Err(e) => out.error = Some(format!("unreadable header: {e}")),
        Ok(false) => out.error = Some("empty file: no header".into()),
    }
    for (i, h) in out.header.iter().enumerate() {
        out.columns.entry(h.clone()).or_insert(i);
    }
    if out.error.is_none() {
        out.error = header_problem(table, &out.header, &mut out.notes);
    }
    let fields: Vec<Option<&Field>> = out.header.iter().map(|h| table.field(h)).collect();
    let mut cells = CellsBuilder::default();
    let mut line = 1;
    loop {
        line += 1;
        let mut rejected = match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => match utf8_fields(&record) {
                Some(values) => {
                    values.iter().for_each(|c| cells.push(c.trim()));
                    None
                }
                None => {
                    record.iter().for_each(|c| cells.push(String::from_utf8_lossy(c).trim()));
                    Some("not UTF-8 (wrong encoding? save the file as UTF-8)".to_owned())
                }
            },
            Err(e) => Some(format!("unreadable row: {e}")),
        };
        if rejected.is_none() && out.error.is_some() {
            rejected = out.error.clone();
        }
        if rejected.is_none() && cells.ends.len() != out.header.len() {
            rejected = Some(format!("{} fields where the header has {}", cells.ends.len(), out.header.len()));
        }
        if rejected.is_none() {
            rejected = row_problem(&fields, &out.header, &cells);
        }
        if cells.all_empty() && rejected.as_deref().is_some_and(|r| r.contains("fields where")) {
            cells.clear(); // a blank line
            continue;
        }
        out.rows.push(cells.row(line, rejected));
    }
    // The rows stay until the package is imported: no room to spare.
    out.rows.shrink_to_fit();
    unique(table, &mut out);
    out
}

/// The record's fields as text, or `None` when one of them is not UTF-8.
fn utf8_fields(record: &csv::ByteRecord) -> Option<Vec<&str>> {
    record.iter().map(|f| std::str::from_utf8(f).ok()).collect()
}

/// A header that names a column twice or lacks a required one makes the file unusable.
fn header_problem(table: &Table, header: &[String], notes: &mut Vec<String>) -> Option<String> {
    let mut seen = HashSet::new();
    for h in header {
        if !seen.insert(h.as_str()) {
            return Some(format!("the header names column \"{h}\" twice"));
        }
        let known = table.field(h).is_some()
            || h.starts_with("guichet_")
            || h.strip_suffix("_fr").is_some_and(|base| table.field(base).is_some_and(|f| f.kind == Kind::String));
        if !known {
            notes.push(format!("column \"{h}\" is not in the HSDS {} table: ignored", table.name));
        }
    }
    let missing: Vec<&str> =
        table.fields.iter().filter(|f| f.required && !header.contains(&f.name)).map(|f| f.name.as_str()).collect();
    (!missing.is_empty()).then(|| {
        let mut s = String::from("the header lacks the required column");
        if missing.len() > 1 {
            s.push('s');
        }
        s.push_str(" \"");
        s.push_str(&missing.join("\", \""));
        s.push('"');
        s
    })
}

/// Every problem of one row's values, joined; `None` when there is none. `fields` are the
/// schema's fields of the header's columns.
fn row_problem(fields: &[Option<&Field>], header: &[String], cells: &CellsBuilder) -> Option<String> {
    let mut problems = Vec::new();
    let mut start = 0;
    for ((field, name), &end) in fields.iter().zip(header).zip(&cells.ends) {
        let value = &cells.text[start..end as usize];
        start = end as usize;
        let Some(field) = field else { continue };
        if value.is_empty() {
            if field.required {
                problems.push(format!("{name} is required"));
            }
            continue;
        }
        if let Some(p) = value_problem(field, value) {
            problems.push(format!("{name} {p}"));
        }
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// Why `value` does not fit `field` (type, format, allowed values).
pub fn value_problem(field: &Field, value: &str) -> Option<String> {
    let bad = |what: &str| Some(format!("\"{value}\" is not {what}"));
    let ok = match field.kind {
        Kind::Number => value.parse::<f64>().is_ok_and(f64::is_finite),
        Kind::Integer => value.parse::<i64>().is_ok(),
        Kind::Boolean => matches!(value, "true" | "false" | "TRUE" | "FALSE" | "True" | "False" | "1" | "0"),
        Kind::Date => is_date(value),
        Kind::Time => is_time(value),
        Kind::DateTime => value.split_once(['T', ' ']).is_some_and(|(d, t)| is_date(d) && is_time(t)),
        Kind::String | Kind::Other => true,
    };
    if !ok {
        return bad(match field.kind {
            Kind::Number => "a number",
            Kind::Integer => "an integer",
            Kind::Boolean => "true or false",
            Kind::Date => "a date (YYYY-MM-DD)",
            Kind::Time => "a time (HH:MM or HH:MM:SS)",
            _ => "a date and time (YYYY-MM-DDTHH:MM:SS)",
        });
    }
    match field.format.as_deref() {
        Some("uuid") if !is_uuid(value) => return bad("a UUID"),
        Some("email") if !is_email(value) => return bad("an e-mail address"),
        Some("uri") if !is_uri(value) => return bad("a URI"),
        _ => {}
    }
    match &field.allowed {
        Some(allowed) if !allowed.iter().any(|a| a == value) => {
            Some(format!("\"{value}\" is not one of {}", allowed.join(", ")))
        }
        _ => None,
    }
}

/// `YYYY-MM-DD`, a real day.
pub fn is_date(s: &str) -> bool {
    parse_date(s).is_some()
}

/// `(year, month, day)` of a `YYYY-MM-DD` date that exists.
pub fn parse_date(s: &str) -> Option<(i64, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s[..4].parse().ok()?;
    let m: u8 = s[5..7].parse().ok()?;
    let d: u8 = s[8..].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    ((1..=12).contains(&m) && d >= 1 && d <= days[usize::from(m - 1)]).then_some((y, m, d))
}

/// `HH:MM` or `HH:MM:SS`, optionally followed by `Z` or an offset: minutes after midnight.
pub fn parse_time(s: &str) -> Option<u16> {
    let s = s.trim_end_matches('Z');
    let s = match s.get(8..).map(|rest| rest.starts_with(['+', '-'])) {
        Some(true) => &s[..8],
        _ => s,
    };
    let mut parts = s.split(':');
    let h: u16 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let m: u16 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if let Some(sec) = parts.next() {
        let sec: u16 = sec.split('.').next().filter(|p| p.len() == 2)?.parse().ok()?;
        if sec > 59 {
            return None;
        }
    }
    (parts.next().is_none() && h < 24 && m < 60).then_some(h * 60 + m)
}

fn is_time(s: &str) -> bool {
    parse_time(s).is_some()
}

/// The 8-4-4-4-12 hexadecimal form.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn is_email(s: &str) -> bool {
    let s = s.strip_prefix("mailto:").unwrap_or(s);
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn is_uri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, rest)) => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !rest.is_empty()
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Rejects a repeated primary key or unique value: the first row keeps it.
fn unique(table: &Table, out: &mut CheckedTable) {
    let columns: Vec<(usize, &Field)> = out
        .header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| table.field(h).filter(|f| f.unique || f.name == table.primary_key).map(|f| (i, f)))
        .collect();
    for (i, field) in columns {
        let mut first: FxHashMap<&str, usize> = FxHashMap::default();
        let mut repeated: Vec<(usize, String)> = Vec::new();
        for (k, row) in out.rows.iter().enumerate().filter(|(_, r)| r.rejected.is_none()) {
            let Some(v) = row.cell(i).filter(|v| !v.is_empty()) else { continue };
            match first.get(v) {
                Some(line) => repeated.push((k, format!("duplicate {} \"{v}\" (first on row {line})", field.name))),
                None => {
                    first.insert(v, row.line);
                }
            }
        }
        for (k, why) in repeated {
            out.rows[k].rejected = Some(why);
        }
    }
}

/// The primary keys of `t`'s rows (kept ones only, or all).
fn keys_of(t: &CheckedTable, kept_only: bool) -> FxHashSet<&str> {
    let pk = t.column(&t.primary_key);
    t.rows.iter().filter(|r| !kept_only || r.rejected.is_none()).map(|r| t.at(r, pk)).collect()
}

/// Rejects, until nothing changes, the rows whose foreign key finds no kept row.
fn foreign_keys(schema: &Schema, checked: &mut Checked) {
    // The tables some key points to.
    let targets: FxHashSet<&str> = checked
        .tables
        .iter()
        .filter_map(|t| schema.table(&t.name))
        .flat_map(|t| t.foreign_keys.iter().map(|k| k.target.as_str()))
        .collect();
    loop {
        // Borrowed keys, made again each round: a national package has millions.
        let targets_of = |kept_only: bool| -> FxHashMap<&str, FxHashSet<&str>> {
            checked
                .tables
                .iter()
                .filter(|t| targets.contains(t.name.as_str()))
                .map(|t| (t.name.as_str(), keys_of(t, kept_only)))
                .collect()
        };
        let kept = targets_of(true);
        // Every row's key, only for the reasons of a round that rejects something.
        let mut all: Option<FxHashMap<&str, FxHashSet<&str>>> = None;
        // (table, row, reason) of every row to reject in this round.
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        for (ti, t) in checked.tables.iter().enumerate() {
            let Some(table) = schema.table(&t.name) else { continue };
            for key in &table.foreign_keys {
                let Some(col) = t.header.iter().position(|h| *h == key.field) else { continue };
                let rows = t.rows.iter().enumerate().filter(|(_, r)| r.rejected.is_none());
                for (ri, row) in rows {
                    let Some(v) = row.cell(col).filter(|v| !v.is_empty()) else { continue };
                    if kept.get(key.target.as_str()).is_some_and(|k| k.contains(v)) {
                        continue;
                    }
                    let all = all.get_or_insert_with(|| targets_of(false));
                    let reason = match (kept.get(key.target.as_str()), all.get(key.target.as_str())) {
                        (None, _) => format!("{} \"{v}\": the package has no {} table", key.field, key.target),
                        (Some(k), _) if k.contains(v) => continue,
                        (Some(_), Some(a)) if a.contains(v) => {
                            format!("{} \"{v}\": that {} row is rejected", key.field, key.target)
                        }
                        _ => format!("{} \"{v}\": no such {}", key.field, key.target),
                    };
                    found.push((ti, ri, reason));
                }
            }
        }
        drop((kept, all));
        if found.is_empty() {
            break;
        }
        for (ti, ri, reason) in found {
            // A row with two broken keys keeps the reason of the first, as it did when
            // rows were rejected as they were found.
            let row = &mut checked.tables[ti].rows[ri];
            if row.rejected.is_none() {
                row.rejected = Some(reason);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        list.iter().map(|(k, v)| ((*k).to_owned(), v.as_bytes().to_vec())).collect()
    }

    const ORG: &str = "11111111-1111-4111-8111-111111111111";

    #[test]
    fn values_types_and_formats() {
        assert!(is_uuid(ORG) && !is_uuid("sc-1137"));
        assert!(is_date("2024-02-29") && !is_date("2023-02-29") && !is_date("2024-13-01"));
        assert_eq!(parse_time("08:30"), Some(510));
        assert_eq!(parse_time("17:00:00"), Some(1020));
        assert_eq!(parse_time("24:00"), None);
        assert!(is_uri("https://example.ca/x") && !is_uri("example dot ca"));
        assert!(is_email("a@b.ca") && !is_email("a@b"));
    }

    #[test]
    fn rows_are_rejected_with_reasons_and_references_follow() {
        let s = Schema::hsds();
        let org = format!("id,name,description\n{ORG},Org,An organization\n");
        let loc = format!(
            "id,location_type,organization_id,latitude\n\
             22222222-2222-4222-8222-222222222222,physical,{ORG},46.1\n\
             33333333-3333-4333-8333-333333333333,boat,{ORG},x\n\
             22222222-2222-4222-8222-222222222222,physical,{ORG},46\n\
             44444444-4444-4444-8444-444444444444,physical,99999999-9999-4999-8999-999999999999,46\n"
        );
        let phone =
            "id,location_id,number\n55555555-5555-4555-8555-555555555555,33333333-3333-4333-8333-333333333333,555\n";
        let c = validate(&s, &files(&[("organization", &org), ("location", &loc), ("phone", phone)]));
        let l = c.table("location").unwrap();
        let why: Vec<Option<&str>> = l.rows.iter().map(|r| r.rejected.as_deref()).collect();
        assert_eq!(why[0], None);
        assert!(why[1].unwrap().contains("location_type \"boat\" is not one of"), "{why:?}");
        assert!(why[1].unwrap().contains("latitude \"x\" is not a number"), "{why:?}");
        assert!(why[2].unwrap().starts_with("duplicate id"), "{why:?}");
        assert!(why[3].unwrap().contains("no such organization"), "{why:?}");
        let p = c.table("phone").unwrap();
        assert!(p.rows[0].rejected.as_deref().unwrap().contains("that location row is rejected"));
    }

    #[test]
    fn broken_files_reject_every_row_but_never_fail() {
        let s = Schema::hsds();
        let c = validate(&s, &files(&[("location", "id,name\n1,a\n2,b\n")]));
        let l = c.table("location").unwrap();
        assert!(l.error.as_deref().unwrap().contains("location_type"));
        assert_eq!(l.rejected_count(), 2);
        let mut latin = b"\xEF\xBB\xBFid,location_type\r\n".to_vec();
        latin.extend_from_slice(b"22222222-2222-4222-8222-222222222222,physical\r\n");
        latin.extend_from_slice(b"33333333-3333-4333-8333-33333333333\xe9,physical\r\n");
        let c = validate(&s, &BTreeMap::from([("location".to_owned(), latin)]));
        let l = c.table("location").unwrap();
        assert_eq!(l.notes, ["byte-order mark ignored"]);
        assert!(l.rows[0].rejected.is_none(), "{:?}", l.rows[0]);
        assert!(l.rows[1].rejected.as_deref().unwrap().starts_with("not UTF-8"));
    }
}
