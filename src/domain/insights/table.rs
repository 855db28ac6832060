//! Tables of the insights view: one model for the page (sorted, filtered, paged) and for
//! the CSV export, so what people download is what they saw.
use std::cmp::Ordering;

use crate::i18n::{format_number, Locale, NumberFormat};

/// One cell. Numbers stay numbers until displayed, so sorting is numeric.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A count or population.
    Int(u64),
    /// A distance in kilometres (one decimal).
    Km(f64),
    /// A share, 0–1, displayed as a percentage (one decimal).
    Share(f64),
    /// Any other number, with this many decimals.
    Decimal(f64, u8),
    Empty,
}

impl Cell {
    /// The cell for the page: grouped thousands, the locale's decimal sign.
    pub fn display(&self, locale: Locale) -> String {
        let one = NumberFormat::ONE_DECIMAL;
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => format_number(*n as f64, locale, NumberFormat::INTEGER),
            Cell::Km(km) => format_number(*km, locale, NumberFormat { min_fraction: 1, ..one }),
            Cell::Share(s) => {
                let n = format_number(s * 100.0, locale, NumberFormat { min_fraction: 1, ..one });
                if locale == Locale::Fr {
                    format!("{n}\u{a0}%")
                } else {
                    format!("{n}%")
                }
            }
            Cell::Decimal(x, d) => {
                format_number(*x, locale, NumberFormat { min_fraction: *d, max_fraction: *d, grouping: true })
            }
            Cell::Empty => String::new(),
        }
    }

    /// The cell for a CSV file: no grouping, the locale's decimal sign, shares as
    /// percentages without the sign (the header says %).
    pub fn csv(&self, locale: Locale) -> String {
        let plain = |x: f64, d: u8| {
            format_number(x, locale, NumberFormat { min_fraction: d, max_fraction: d, grouping: false })
        };
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Km(km) => plain(*km, 2),
            Cell::Share(s) => plain(s * 100.0, 2),
            Cell::Decimal(x, d) => plain(*x, *d),
            Cell::Empty => String::new(),
        }
    }

    /// True for numbers (right-aligned on the page).
    pub fn is_numeric(&self) -> bool {
        self.number().is_some()
    }

    fn number(&self) -> Option<f64> {
        match self {
            Cell::Int(n) => Some(*n as f64),
            Cell::Km(x) | Cell::Share(x) | Cell::Decimal(x, _) => Some(*x),
            Cell::Text(_) | Cell::Empty => None,
        }
    }

    /// Numbers numerically, text by its folded form, empty cells last.
    pub fn compare(&self, other: &Cell) -> Ordering {
        match (self, other) {
            (Cell::Empty, Cell::Empty) => Ordering::Equal,
            (Cell::Empty, _) => Ordering::Greater,
            (_, Cell::Empty) => Ordering::Less,
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => a.total_cmp(&b),
                _ => {
                    let (a, b) = (self.display(Locale::En), other.display(Locale::En));
                    crate::domain::text::fold(&a).cmp(&crate::domain::text::fold(&b)).then(a.cmp(&b))
                }
            },
        }
    }
}

/// Sorts rows by column `col` (stable: equal rows keep their order), empty cells last in
/// both directions.
pub fn sort(rows: &mut [Vec<Cell>], col: usize, descending: bool) {
    rows.sort_by(|a, b| {
        let (x, y) = (&a[col], &b[col]);
        match (x, y) {
            (Cell::Empty, _) | (_, Cell::Empty) => x.compare(y),
            _ if descending => y.compare(x),
            _ => x.compare(y),
        }
    });
}

/// The field separator a spreadsheet expects in this locale: French spreadsheet software
/// uses the comma as the decimal sign and reads `;` as the separator.
pub fn csv_separator(locale: Locale) -> char {
    match locale {
        Locale::En => ',',
        Locale::Fr => ';',
    }
}

/// A CSV file (RFC 4180): UTF-8 with a byte-order mark, CRLF line ends, fields quoted
/// when they hold the separator, a quote or a line break.
///
/// ```
/// use guichet::domain::insights::table::{to_csv, Cell};
/// use guichet::i18n::Locale;
/// let rows = vec![vec![Cell::Text("Saint-Jérôme, QC".into()), Cell::Km(2.5)]];
/// assert_eq!(to_csv(&["Place".into(), "km".into()], &rows, Locale::En), "\u{feff}Place,km\r\n\"Saint-Jérôme, QC\",2.50\r\n");
/// assert_eq!(to_csv(&["Lieu".into(), "km".into()], &rows, Locale::Fr), "\u{feff}Lieu;km\r\nSaint-Jérôme, QC;2,50\r\n");
/// ```
pub fn to_csv(headers: &[String], rows: &[Vec<Cell>], locale: Locale) -> String {
    let sep = csv_separator(locale);
    let mut out = String::from('\u{feff}');
    let mut line = |fields: &mut dyn Iterator<Item = String>| {
        for (i, f) in fields.enumerate() {
            if i > 0 {
                out.push(sep);
            }
            if f.contains([sep, '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&f.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&f);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut headers.iter().cloned());
    for r in rows {
        line(&mut r.iter().map(|c| c.csv(locale)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_is_numeric_and_keeps_empty_cells_last() {
        let mut rows: Vec<Vec<Cell>> =
            [Cell::Km(10.0), Cell::Empty, Cell::Km(9.5), Cell::Km(100.0)].into_iter().map(|c| vec![c]).collect();
        sort(&mut rows, 0, false);
        assert_eq!(
            rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>(),
            vec![Cell::Km(9.5), Cell::Km(10.0), Cell::Km(100.0), Cell::Empty]
        );
        sort(&mut rows, 0, true);
        assert_eq!(
            rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>(),
            vec![Cell::Km(100.0), Cell::Km(10.0), Cell::Km(9.5), Cell::Empty]
        );
        let mut names: Vec<Vec<Cell>> = ["Éco", "abc", "Zed"].into_iter().map(|s| vec![Cell::Text(s.into())]).collect();
        sort(&mut names, 0, false);
        assert_eq!(names.iter().map(|r| r[0].display(Locale::En)).collect::<Vec<_>>(), vec!["abc", "Éco", "Zed"]);
    }

    #[test]
    fn display_follows_the_locale() {
        assert_eq!(Cell::Share(0.4567).display(Locale::En), "45.7%");
        assert_eq!(Cell::Share(0.4567).display(Locale::Fr), "45,7\u{a0}%");
        assert_eq!(Cell::Int(1_234_567).display(Locale::Fr), "1\u{202f}234\u{202f}567");
        assert_eq!(Cell::Int(1_234_567).csv(Locale::Fr), "1234567");
    }
}
