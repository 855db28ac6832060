//! The URL query codec: `a=1&b=x+y` to pairs and back (the `form_urlencoded` crate),
//! path segments (`percent-encoding`, a space is `%20`), and joining a path and a query.
/// Parses `a=1&b=x+y` (with or without the leading `?`) into decoded pairs.
/// Malformed escapes are kept literally; nothing is dropped silently but empty keys.
///
/// ```
/// use guichet::nav::parse_query;
/// assert_eq!(parse_query("?q=Qu%C3%A9bec+City&x"), vec![("q".into(), "Québec City".into()), ("x".into(), "".into())]);
/// ```
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Encodes pairs as `application/x-www-form-urlencoded`: a space is `+`, and every byte
/// but ASCII letters, digits and `*-._` is `%XX` (upper-case hex).
pub fn encode_query(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

/// Returns `query` with `key` set to `value` (or removed when `value` is None), keeping
/// every other parameter and their order: what the language toggle needs.
///
/// ```
/// use guichet::nav::with_param;
/// assert_eq!(with_param("?q=a&lang=en&r=25", "lang", Some("fr")), "q=a&lang=fr&r=25");
/// assert_eq!(with_param("q=a", "lang", Some("fr")), "q=a&lang=fr");
/// assert_eq!(with_param("q=a&lang=en", "lang", None), "q=a");
/// ```
pub fn with_param(query: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs = parse_query(query);
    match value {
        Some(v) => match pairs.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = v.to_owned(),
            None => pairs.push((key.to_owned(), v.to_owned())),
        },
        None => pairs.retain(|(k, _)| k != key),
    }
    // A key given twice keeps its first (updated) occurrence only.
    let mut seen = false;
    pairs.retain(|(k, _)| {
        if k != key {
            return true;
        }
        let keep = !seen;
        seen = true;
        keep
    });
    encode_query(&pairs)
}

/// Joins a path and an encoded query ("" gives the bare path).
pub fn join(path: &str, query: &str) -> String {
    let mut out = String::with_capacity(path.len() + query.len() + 1);
    out.push_str(path);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// Appends `s` percent-encoded as one path segment: the query's encoding, but a space is
/// `%20` (a `+` in a path is a plus; a literal `+` is `%2B` either way).
pub(super) fn encode_path_segment_into(s: &str, out: &mut String) {
    for chunk in form_urlencoded::byte_serialize(s.as_bytes()) {
        out.push_str(if chunk == "+" { "%20" } else { chunk });
    }
}

/// Decodes one path segment (`%XX` escapes; `+` stays a plus). Malformed escapes are kept
/// literally; invalid UTF-8 becomes U+FFFD.
pub(super) fn decode_path_segment(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip_keeps_odd_values() {
        let pairs = vec![
            ("q".to_owned(), "<script>alert('x')</script>".to_owned()),
            ("place".to_owned(), "Saint-Jean-sur-Richelieu (QC)".to_owned()),
            ("e".to_owned(), "100% = ½ + ½".to_owned()),
        ];
        assert_eq!(parse_query(&encode_query(&pairs)), pairs);
    }

    #[test]
    fn malformed_escapes_are_kept() {
        let value = |q: &str| parse_query(q).into_iter().map(|(_, v)| v).collect::<Vec<_>>();
        assert_eq!(value("q=%"), ["%"]);
        assert_eq!(value("q=%zz1"), ["%zz1"]);
        assert_eq!(value("q=ab%4"), ["ab%4"]);
        assert_eq!(value("q=%C3%A9+x"), ["é x"]);
        assert_eq!(value("q=%FF"), ["\u{FFFD}"]);
        assert_eq!(value("q=a=b&&=c&r"), ["a=b", ""]);
        assert_eq!(decode_path_segment("a+b%20c%zz%FF"), "a+b c%zz\u{FFFD}");
    }

    #[test]
    fn encoding_is_byte_exact() {
        let pairs = [("q".to_owned(), "Trois-Rivières & co, 1+1=2 ~*._-/?#".to_owned())];
        assert_eq!(encode_query(&pairs), "q=Trois-Rivi%C3%A8res+%26+co%2C+1%2B1%3D2+%7E*._-%2F%3F%23");
        let mut path = String::new();
        encode_path_segment_into("a b+c/é", &mut path);
        assert_eq!(path, "a%20b%2Bc%2F%C3%A9");
        assert_eq!(encode_query(&[]), "");
    }
}
