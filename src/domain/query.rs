//! What the user typed in the search box: a full postal code, a forward sortation area,
//! or a place name, and the clear reasons an input is none of those.

/// Longest input we try to understand; anything longer (a paste gone wrong) is refused.
pub const MAX_QUERY_CHARS: usize = 100;

/// A classified search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocationQuery {
    /// "K1A 0B1": resolved through the postal shard of its FSA.
    PostalCode { fsa: String, ldu: String },
    /// "K1A": resolved to the FSA centroid.
    Fsa(String),
    /// Anything else: a place name for the gazetteer (cleaned of control characters).
    Place(String),
}

impl LocationQuery {
    /// The canonical text for the URL and the search box ("K1A 0B1", "K1A", the place).
    pub fn canonical(&self) -> String {
        match self {
            LocationQuery::PostalCode { fsa, ldu } => {
                let mut s = fsa.clone();
                s.push(' ');
                s.push_str(ldu);
                s
            }
            LocationQuery::Fsa(f) => f.clone(),
            LocationQuery::Place(p) => p.clone(),
        }
    }
}

/// Why an input cannot be searched. Each has its own bilingual message with the expected
/// format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryError {
    Empty,
    /// Longer than [`MAX_QUERY_CHARS`].
    TooLong,
    /// Looks like a postal code but is not one (wrong shape or letters Canada Post does
    /// not use).
    MalformedPostalCode,
    /// H0H 0H0 and the H0H area: Santa Claus's address, not a place.
    ReservedPostalCode,
}

impl QueryError {
    pub const fn message_id(self) -> &'static str {
        match self {
            QueryError::Empty => "search-error-empty",
            QueryError::TooLong => "search-error-too-long",
            QueryError::MalformedPostalCode => "search-error-postal-malformed",
            QueryError::ReservedPostalCode => "search-error-postal-reserved",
        }
    }
}

fn is_postal_letter(c: char, first: bool) -> bool {
    c.is_ascii_uppercase() && !"DFIOQU".contains(c) && !(first && "WZ".contains(c))
}

/// The FSA of a full postal code being typed ("E1C 4", "e1c4b"): the area is complete and
/// the code goes on, so its postal shard will be wanted. `None` for anything else (an FSA
/// alone needs no shard).
///
/// ```
/// use guichet::domain::query::fsa_being_typed;
/// assert_eq!(fsa_being_typed("e1c 4"), Some(String::from("E1C")));
/// assert_eq!(fsa_being_typed("E1C4B4"), Some(String::from("E1C")));
/// assert_eq!(fsa_being_typed("E1C"), None);
/// assert_eq!(fsa_being_typed("Moncton"), None);
/// assert_eq!(fsa_being_typed("H0H 0"), None);
/// ```
pub fn fsa_being_typed(input: &str) -> Option<String> {
    let compact: Vec<char> =
        input.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    let other: usize = input.chars().filter(|c| !c.is_ascii_alphanumeric() && !c.is_whitespace() && *c != '-').count();
    let fsa_ok = compact.len() >= 4
        && compact.len() <= 6
        && other == 0
        && is_postal_letter(compact[0], true)
        && compact[1].is_ascii_digit()
        && is_postal_letter(compact[2], false)
        && compact[3].is_ascii_digit();
    let fsa: String = compact.iter().take(3).collect();
    (fsa_ok && fsa != "H0H").then_some(fsa)
}

/// Classifies a search input.
///
/// ```
/// use guichet::domain::query::{classify, LocationQuery, QueryError};
/// assert_eq!(classify(" k1a0b1 "), Ok(LocationQuery::PostalCode { fsa: "K1A".into(), ldu: "0B1".into() }));
/// assert_eq!(classify("h2y-1c6"), Ok(LocationQuery::PostalCode { fsa: "H2Y".into(), ldu: "1C6".into() }));
/// assert_eq!(classify("e1c"), Ok(LocationQuery::Fsa("E1C".into())));
/// assert_eq!(classify("Trois-Rivières"), Ok(LocationQuery::Place("Trois-Rivières".into())));
/// assert_eq!(classify("K1A 0B"), Err(QueryError::MalformedPostalCode));
/// assert_eq!(classify("H0H 0H0"), Err(QueryError::ReservedPostalCode));
/// assert_eq!(classify("   "), Err(QueryError::Empty));
/// ```
pub fn classify(input: &str) -> Result<LocationQuery, QueryError> {
    let cleaned: String = input.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let text = crate::domain::text::clean(&cleaned);
    if text.is_empty() {
        return Err(QueryError::Empty);
    }
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    let compact: Vec<char> =
        text.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    let looks_postal = compact.len() >= 3
        && compact.len() <= 7
        && compact.iter().all(char::is_ascii_alphanumeric)
        && compact[0].is_ascii_alphabetic()
        && compact[1].is_ascii_digit();
    if !looks_postal {
        return Ok(LocationQuery::Place(text));
    }
    let shape_ok = |cs: &[char]| {
        cs.iter().enumerate().all(|(i, c)| if i % 2 == 0 { is_postal_letter(*c, i == 0) } else { c.is_ascii_digit() })
    };
    let fsa: String = compact.iter().take(3).collect();
    if fsa == "H0H" {
        return Err(QueryError::ReservedPostalCode);
    }
    match compact.len() {
        3 if shape_ok(&compact) => Ok(LocationQuery::Fsa(fsa)),
        6 if shape_ok(&compact) => Ok(LocationQuery::PostalCode { fsa, ldu: compact[3..].iter().collect() }),
        _ => Err(QueryError::MalformedPostalCode),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_inputs_get_reasons_not_panics() {
        assert_eq!(classify(&"a".repeat(500)), Err(QueryError::TooLong));
        assert_eq!(classify("D1A 0B1"), Err(QueryError::MalformedPostalCode));
        assert_eq!(classify("Z1A"), Err(QueryError::MalformedPostalCode));
        assert_eq!(classify("K1A 0B1X"), Err(QueryError::MalformedPostalCode));
        assert_eq!(classify("h0h"), Err(QueryError::ReservedPostalCode));
        assert_eq!(classify("<script>alert(1)</script>"), Ok(LocationQuery::Place("<script>alert(1)</script>".into())));
        assert_eq!(classify("Saint\u{0}John"), Ok(LocationQuery::Place("Saint John".into())));
        // Place names that start like codes are still places.
        assert_eq!(classify("100 Mile House"), Ok(LocationQuery::Place("100 Mile House".into())));
        assert_eq!(classify("K1A0B1").map(|q| q.canonical()), Ok("K1A 0B1".to_owned()));
    }
}
