//! Locale-aware formatting of distances and times of day (pure, tested natively).
use super::locale::Locale;
use super::number::{format_number, NumberFormat};

/// A distance for display: metres under 1 km ("850 m"), one decimal under 10 km
/// ("2.5 km" / "2,5 km"), whole kilometres beyond ("37 km", "1,204 km" / "1 204 km").
/// A no-break space separates number and unit.
///
/// ```
/// use guichet::i18n::{format_distance, Locale};
/// assert_eq!(format_distance(2_460.0, Locale::En), "2.5\u{a0}km");
/// assert_eq!(format_distance(2_460.0, Locale::Fr), "2,5\u{a0}km");
/// assert_eq!(format_distance(847.0, Locale::Fr), "850\u{a0}m");
/// assert_eq!(format_distance(1_204_400.0, Locale::Fr), "1\u{202f}204\u{a0}km");
/// ```
pub fn format_distance(metres: f64, locale: Locale) -> String {
    let mut s = if metres < 995.0 {
        // Round to 10 m: positions are rarely better than that.
        let m = ((metres / 10.0).round() * 10.0).max(10.0);
        let mut s = format_number(m, locale, NumberFormat::INTEGER);
        s.push_str("\u{a0}m");
        return s;
    } else if metres < 9_950.0 {
        format_number(metres / 1000.0, locale, NumberFormat { min_fraction: 1, max_fraction: 1, grouping: true })
    } else {
        format_number(metres / 1000.0, locale, NumberFormat::INTEGER)
    };
    s.push_str("\u{a0}km");
    s
}

/// A time of day, `minutes` after midnight (values ≥ 1440 wrap to the next day):
/// English "8:30 a.m.", "12 p.m."; French "8 h 30", "12 h".
///
/// ```
/// use guichet::i18n::{format_time, Locale};
/// assert_eq!(format_time(510, Locale::En), "8:30\u{a0}a.m.");
/// assert_eq!(format_time(990, Locale::En), "4:30\u{a0}p.m.");
/// assert_eq!(format_time(720, Locale::En), "12\u{a0}p.m.");
/// assert_eq!(format_time(0, Locale::En), "12\u{a0}a.m.");
/// assert_eq!(format_time(990, Locale::Fr), "16\u{a0}h\u{a0}30");
/// assert_eq!(format_time(1020, Locale::Fr), "17\u{a0}h");
/// assert_eq!(format_time(1560, Locale::Fr), "2\u{a0}h");
/// ```
pub fn format_time(minutes: u16, locale: Locale) -> String {
    let m = minutes % 1440;
    let (h, min) = (m / 60, m % 60);
    match locale {
        Locale::Fr => {
            let mut s = h.to_string();
            s.push_str("\u{a0}h");
            if min > 0 {
                s.push('\u{a0}');
                if min < 10 {
                    s.push('0');
                }
                s.push_str(&min.to_string());
            }
            s
        }
        Locale::En => {
            let h12 = match h % 12 {
                0 => 12,
                x => x,
            };
            let mut s = h12.to_string();
            if min > 0 {
                s.push(':');
                if min < 10 {
                    s.push('0');
                }
                s.push_str(&min.to_string());
            }
            s.push_str(if h < 12 { "\u{a0}a.m." } else { "\u{a0}p.m." });
            s
        }
    }
}

/// An opening span: "8:30 a.m. to 4:30 p.m." / "8 h 30 à 16 h 30".
pub fn format_span(open: u16, close: u16, locale: Locale) -> String {
    let mut s = format_time(open, locale);
    s.push_str(match locale {
        Locale::En => " to ",
        Locale::Fr => " à ",
    });
    s.push_str(&format_time(close, locale));
    s
}
