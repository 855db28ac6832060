//! Locale-aware number formatting (what `Intl.NumberFormat` would do for en-CA and fr-CA),
//! without pulling ICU into the wasm module.
use super::locale::Locale;

/// How many fraction digits to show and whether to group thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    pub min_fraction: u8,
    pub max_fraction: u8,
    pub grouping: bool,
}

impl NumberFormat {
    pub const INTEGER: NumberFormat = NumberFormat { min_fraction: 0, max_fraction: 0, grouping: true };
    /// One decimal at most: distances such as "2.5 km".
    pub const ONE_DECIMAL: NumberFormat = NumberFormat { min_fraction: 0, max_fraction: 1, grouping: true };
}

/// Formats `value` for `locale`: English "1,234.5", French "1 234,5" (narrow no-break space
/// U+202F between groups, comma as decimal sign). Rounds half away from zero; trailing
/// zeros beyond `min_fraction` are dropped.
///
/// ```
/// use guichet::i18n::{format_number, Locale, NumberFormat};
/// assert_eq!(format_number(2.5, Locale::En, NumberFormat::ONE_DECIMAL), "2.5");
/// assert_eq!(format_number(2.5, Locale::Fr, NumberFormat::ONE_DECIMAL), "2,5");
/// assert_eq!(format_number(12345.0, Locale::Fr, NumberFormat::INTEGER), "12\u{202f}345");
/// assert_eq!(format_number(12345.0, Locale::En, NumberFormat::INTEGER), "12,345");
/// assert_eq!(format_number(3.04, Locale::En, NumberFormat::ONE_DECIMAL), "3");
/// ```
pub fn format_number(value: f64, locale: Locale, fmt: NumberFormat) -> String {
    if !value.is_finite() {
        return String::from("–");
    }
    let max = fmt.max_fraction.max(fmt.min_fraction) as i32;
    let scale = 10f64.powi(max);
    // Round half away from zero on the decimal value (adding a tiny epsilon guards
    // against 2.45 being stored as 2.4499999).
    let scaled = (value.abs() * scale * (1.0 + 4.0 * f64::EPSILON)).round();
    let negative = value < 0.0 && scaled > 0.0;
    let int_part = (scaled / scale).trunc() as u64;
    let mut frac_part = (scaled - (int_part as f64) * scale).round() as u64;
    let mut frac_digits = max as usize;
    while frac_digits > fmt.min_fraction as usize && frac_part.is_multiple_of(10) {
        frac_part /= 10;
        frac_digits -= 1;
    }
    let (group_sep, dec_sep) = match locale {
        Locale::En => (",", "."),
        Locale::Fr => ("\u{202f}", ","),
    };
    let digits = int_part.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if fmt.grouping && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group_sep);
        }
        out.push(c);
    }
    if frac_digits > 0 {
        out.push_str(dec_sep);
        let f = frac_part.to_string();
        for _ in f.len()..frac_digits {
            out.push('0');
        }
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_padding() {
        let two = NumberFormat { min_fraction: 2, max_fraction: 2, grouping: false };
        assert_eq!(format_number(1.005, Locale::En, two), "1.01");
        assert_eq!(format_number(-0.004, Locale::En, two), "0.00");
        assert_eq!(format_number(1234567.891, Locale::Fr, two), "1234567,89");
        assert_eq!(format_number(0.96, Locale::En, NumberFormat::ONE_DECIMAL), "1");
        assert_eq!(format_number(999.96, Locale::Fr, NumberFormat::ONE_DECIMAL), "1\u{202f}000");
        assert_eq!(format_number(-1500.0, Locale::En, NumberFormat::INTEGER), "-1,500");
        assert_eq!(format_number(f64::NAN, Locale::En, NumberFormat::INTEGER), "–");
    }
}
