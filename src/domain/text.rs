//! Text normalisation shared by the pipeline (matching records and places) and the app
//! (searching places): case, accents, punctuation and "St"/"Saint" folded away.

/// Folds a name for matching: lower case, accents removed, every run of punctuation or
/// spaces becomes one space, and the abbreviations "st", "ste", "mt", "ft" become
/// "saint", "sainte", "mount", "fort".
///
/// ```
/// use guichet::domain::text::fold;
/// assert_eq!(fold("Trois-Rivières"), "trois rivieres");
/// assert_eq!(fold("  MONTRÉAL "), "montreal");
/// assert_eq!(fold("St. John's"), "saint john s");
/// assert_eq!(fold("Saint-Jean-sur-Richelieu"), "saint jean sur richelieu");
/// assert_eq!(fold("Ste-Anne-des-Monts"), "sainte anne des monts");
/// assert_eq!(fold("Łutselk'e"), "lutselk e");
/// ```
///
/// Apostrophes separate (French elision: "d'emploi" is "d emploi"); place search also
/// indexes [`fold_joined`] so that "st johns" finds "St. John's".
pub fn fold(s: &str) -> String {
    let mut base = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let mapped = fold_char(c);
        match mapped {
            Some(m) => {
                if pending_space && !base.is_empty() {
                    base.push(' ');
                }
                pending_space = false;
                base.push_str(m);
            }
            None => pending_space = true,
        }
    }
    // Expand abbreviations word by word.
    let mut out = String::with_capacity(base.len() + 8);
    for (i, w) in base.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(match w {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            other => other,
        });
    }
    out
}

/// [`fold`] with apostrophes removed first, so that they join words instead of
/// separating them: the way people type English possessives.
///
/// ```
/// use guichet::domain::text::fold_joined;
/// assert_eq!(fold_joined("St. John's"), "saint johns");
/// assert_eq!(fold_joined("Pollard’s Point"), "pollards point");
/// ```
pub fn fold_joined(s: &str) -> String {
    fold(&s.replace(APOSTROPHES, ""))
}

/// The apostrophes [`fold_joined`] removes.
pub const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];

/// Maps one character to its folded form; `None` for separators.
fn fold_char(c: char) -> Option<&'static str> {
    // A table covering Latin-1, Latin Extended-A and the letters of Canadian place names
    // (Dene, Inuktitut romanisations); anything else alphanumeric is kept as its own
    // lower case through `lower_static`.
    Some(match c {
        'a'..='z' | '0'..='9' => return Some(ascii(c)),
        'A'..='Z' => return Some(ascii(c.to_ascii_lowercase())),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "i",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'Ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        // Combining marks (decomposed accents) vanish without splitting the word.
        '\u{300}'..='\u{36f}' => "",
        _ => return None,
    })
}

fn ascii(c: char) -> &'static str {
    const TABLE: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    let i = match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26 + c as usize - '0' as usize,
        _ => unreachable!("ascii() takes a-z or 0-9"),
    };
    &TABLE[i..=i]
}

/// Normalises a Canadian postal code to "A1A 1A1"; `None` when it is not one (wrong
/// shape, or letters Canada Post never uses: D F I O Q U anywhere, W Z first).
///
/// ```
/// use guichet::domain::text::postal_code;
/// assert_eq!(postal_code("k1a0b1").as_deref(), Some("K1A 0B1"));
/// assert_eq!(postal_code("H9H\u{a0} 2X2").as_deref(), Some("H9H 2X2"));
/// assert_eq!(postal_code("D1A 0B1"), None);
/// assert_eq!(postal_code("K1A 0B"), None);
/// ```
pub fn postal_code(s: &str) -> Option<String> {
    let compact: Vec<char> = s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if compact.len() != 6 {
        return None;
    }
    let up: Vec<char> = compact.iter().map(|c| c.to_ascii_uppercase()).collect();
    let letter_ok =
        |c: char, first: bool| c.is_ascii_uppercase() && !"DFIOQU".contains(c) && !(first && "WZ".contains(c));
    let ok = letter_ok(up[0], true)
        && up[1].is_ascii_digit()
        && letter_ok(up[2], false)
        && up[3].is_ascii_digit()
        && letter_ok(up[4], false)
        && up[5].is_ascii_digit();
    ok.then(|| {
        let mut out = String::with_capacity(7);
        out.extend(&up[..3]);
        out.push(' ');
        out.extend(&up[3..]);
        out
    })
}

/// Collapses runs of white space (including no-break spaces) to one space and trims.
///
/// ```
/// use guichet::domain::text::clean;
/// assert_eq!(clean("  13 Rue\u{a0}\u{a0}Chauret \n"), "13 Rue Chauret");
/// ```
pub fn clean(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `clean`, then `None` when nothing is left.
pub fn non_empty(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// `value` with exactly `decimals` decimals and a dot ("45.421"), for URLs and files.
///
/// ```
/// use guichet::domain::text::fixed;
/// assert_eq!(fixed(45.42149, 3), "45.421");
/// assert_eq!(fixed(-75.0, 2), "-75.00");
/// assert_eq!(fixed(-0.0004, 3), "0.000");
/// ```
pub fn fixed(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_equivalences() {
        for (a, b) in [
            ("Montréal", "montreal"),
            ("MONTREAL", "montreal"),
            ("Trois-Rivières", "trois rivieres"),
            ("St. John's", "Saint John’s"),
            ("Saint John", "st john"),
            ("Mt. Pearl", "Mount Pearl"),
            ("Côte-des-Neiges – N.-D.-de-Grâce", "cote des neiges n d de grace"),
            ("Sainte-Thérèse", "Ste Therese"),
            ("Kátł’odeeche", "katl odeeche"),
            ("e\u{301}cole", "école"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} vs {b}");
        }
        assert_ne!(fold("Saint John"), fold("Saint-Jean"));
        assert_eq!(fold(""), "");
        assert_eq!(fold("<script>"), "script");
    }
}
