//! The one way the pipeline reads a CSV file: rows deserialised into a serde struct by
//! header name (never by column number), with the file-level checks every source needs.
//!
//! A row type lists the columns it reads as its fields (`#[serde(rename = "…")]` for
//! names that are not Rust identifiers); other columns of the file are ignored. A file
//! that is not UTF-8, has no header or lacks one of the row type's columns is unusable as
//! a whole (`Err`); a row that cannot be read (wrong number of fields, a value of the
//! wrong type) is an `Err` of its own, for the caller to reject with its reason.
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

/// The columns a row type reads: its field names, as serde sees them.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Row {
///     fsa: String,
///     #[serde(rename = "population_2016")]
///     population: u32,
/// }
/// assert_eq!(guichet::pipeline::table::columns::<Row>(), ["fsa", "population_2016"]);
/// ```
pub fn columns<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = FieldNames(&[]);
    // The deserializer only records the field list and then refuses to go on.
    let _ = T::deserialize(&mut names);
    names.0
}

/// The rows of a file: `(row number, the row or why it cannot be read)`, numbered from 1
/// (the header, in a CSV file, is row 0).
pub type Rows<T> = Vec<(usize, Result<T, String>)>;

/// Reads a CSV file into rows of `T`. A byte-order mark is dropped and header names are
/// trimmed.
pub fn rows<T: DeserializeOwned>(bytes: &[u8]) -> Result<Rows<T>, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))?;
    let mut reader = reader(text, false);
    check_header::<T>(&mut reader, false)?;
    Ok(reader.deserialize::<T>().enumerate().map(|(i, r)| (i + 1, r.map_err(|e| reason(&e)))).collect())
}

/// Reads one of the project's curated tables (`data/…`): lines starting with `#` are
/// comments, fields are trimmed, the header must be exactly the row type's columns in
/// order, and any row that cannot be read makes the whole file an error (the files are
/// reviewed like code).
/// Rows come with their line number in the file.
pub fn curated<T: DeserializeOwned>(text: &str) -> Result<Vec<(usize, T)>, String> {
    let mut reader = reader(text, true);
    check_header::<T>(&mut reader, true)?;
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    // The reader's line numbers skip some comment and blank lines: a record's line is the
    // file's n-th line that is neither (the header is record 0; no field spans lines).
    let read_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start_matches('\u{feff}').starts_with('#'))
        .map(|(i, _)| i + 1)
        .collect();
    while reader.read_record(&mut record).map_err(|e| reason(&e))? {
        let index = record.position().map_or(0, |p| p.record() as usize);
        let line = read_lines.get(index).copied().unwrap_or(0);
        let row = record.deserialize(Some(&headers)).map_err(|e| format!("line {line}: {}", reason(&e)))?;
        out.push((line, row));
    }
    Ok(out)
}

/// A reader of `text`: headers trimmed; for curated tables (`curated`), every field
/// trimmed and `#` lines skipped.
fn reader(text: &str, curated: bool) -> csv::Reader<&[u8]> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .trim(if curated { csv::Trim::All } else { csv::Trim::Headers })
        .comment(curated.then_some(b'#'))
        .from_reader(text.as_bytes())
}

fn check_header<T: DeserializeOwned>(reader: &mut csv::Reader<&[u8]>, exact: bool) -> Result<(), String> {
    let headers = reader.headers().map_err(|e| format!("no header row: {e}"))?;
    let wanted = columns::<T>();
    if exact {
        let found: Vec<&str> = headers.iter().collect();
        if found != wanted {
            return Err(format!("header {found:?}, expected {wanted:?}"));
        }
    }
    match wanted.iter().find(|c| !headers.iter().any(|h| h == **c)) {
        Some(missing) => Err(format!("missing column \"{missing}\"")),
        None => Ok(()),
    }
}

/// A row's error without the csv crate's position prefix noise.
fn reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(i) => format!("field {}: {}", i + 1, err.kind()),
            None => err.kind().to_string(),
        },
        _ => e.to_string(),
    }
}

/// A deserializer that records the field list a struct asks for, and nothing else.
struct FieldNames(&'static [&'static str]);

impl<'de> Deserializer<'de> for &mut FieldNames {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("a row type is a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        self.0 = fields;
        Err(de::Error::custom("field names recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Row {
        b: String,
        a: u32,
    }

    #[test]
    fn rows_by_header_name() {
        let rows = rows::<Row>("\u{feff}a, b ,c\n1,x,y\n2,z\n3,w,v\nq,w,e\n".as_bytes()).unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0], (1, Ok(Row { b: "x".into(), a: 1 })));
        assert_eq!(rows[1], (2, Err("2 fields where the header has 3".into())));
        assert_eq!(rows[2].1.as_ref().unwrap().a, 3);
        assert!(rows[3].1.as_ref().unwrap_err().starts_with("field 1:"), "{:?}", rows[3]);
    }

    #[test]
    fn file_errors() {
        assert_eq!(rows::<Row>(b"a,c\n1,2\n").unwrap_err(), "missing column \"b\"");
        assert!(rows::<Row>(b"a,b\n\xff,1\n").unwrap_err().starts_with("not UTF-8"));
        assert_eq!(columns::<Row>(), ["b", "a"]);
    }

    #[test]
    fn curated_tables_are_strict() {
        let ok = curated::<Row>("# a comment\nb,a\nx,1\n# another\ny,2\n").unwrap();
        assert_eq!(ok.iter().map(|(line, r)| (*line, r.a)).collect::<Vec<_>>(), [(3, 1), (5, 2)]);
        assert!(curated::<Row>("a,b\n1,x\n").unwrap_err().starts_with("header"));
        assert!(curated::<Row>("b,a\nx,not a number\n").unwrap_err().starts_with("line 2:"));
    }
}
