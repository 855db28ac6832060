//! From text to tokens: times, day names, the words and phrases of the lexicon, clauses
//! and parenthesised remarks.
use super::lexicon::{DAY_NAMES, PHRASES};
use super::token::{Clock, Lang, Meridiem, Tok, Token};

/// Splits `text` into tokens; `None` when parentheses do not balance.
pub(super) fn tokenize(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut raw: Vec<Result<Token, String>> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() || matches!(c, '.' | '"' | '“' | '”' | '«' | '»') => i += 1,
            '(' => {
                let close = matching_paren(&chars, i)?;
                raw.push(Ok(Token::new(Tok::Paren(chars[i + 1..close].iter().collect()), None)));
                i = close + 1;
            }
            ')' => return None,
            ';' | ',' | ':' | '&' | '+' | '-' | '–' | '—' | '‑' => {
                let tok = match c {
                    ';' => Tok::Semicolon,
                    ',' => Tok::Comma,
                    ':' => Tok::Colon,
                    '&' | '+' => Tok::And,
                    _ => Tok::Dash,
                };
                raw.push(Ok(Token::new(tok, None)));
                i += 1;
            }
            c if c.is_ascii_digit() => {
                let (token, next) = time_at(&chars, i);
                raw.push(Ok(token));
                i = next;
            }
            c if c.is_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphabetic() || matches!(chars[i], '\'' | '’' | '/')) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect::<String>().to_lowercase().replace('’', "'");
                raw.push(Err(word));
            }
            _ => {
                raw.push(Ok(Token::new(Tok::Word, None)));
                i += 1;
            }
        }
    }
    Some(words_to_tokens(raw))
}

/// Index of the parenthesis closing the one at `open`.
pub(super) fn matching_paren(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads a number at `start` (a digit): a time ("8", "8:30", "8:30 am", "8 h 30",
/// "17h") or, with three digits or more, a [`Tok::Number`]. Returns the token and the
/// index after it.
pub(super) fn time_at(chars: &[char], start: usize) -> (Token, usize) {
    let digits_from = |from: usize| chars[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let value = |from: usize, len: usize| {
        chars[from..from + len].iter().fold(0u32, |v, c| v * 10 + c.to_digit(10).unwrap_or(0))
    };
    let n = digits_from(start);
    let mut i = start + n;
    if n > 2 {
        return (Token::new(Tok::Number, None), i);
    }
    let hour = value(start, n);
    let mut minute = 0;
    let mut has_minutes = false;
    if chars.get(i) == Some(&':') && digits_from(i + 1) == 2 {
        minute = value(i + 1, 2);
        has_minutes = true;
        i += 3;
    }
    let mut j = i;
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    let is_letter = |k: usize| chars.get(k).is_some_and(|c| c.is_alphabetic());
    let clock = |minute: u32, meridiem| {
        (hour <= 24 && minute < 60).then_some(Clock { hour: hour as u8, minute: minute as u8, meridiem })
    };
    let (clock, lang, next) = if matches!(chars.get(j), Some('h' | 'H')) && !is_letter(j + 1) && !has_minutes {
        // French "9 h", "8 h 30", "17h30".
        let mut k = j + 1;
        while chars.get(k) == Some(&' ') {
            k += 1;
        }
        let mut next = j + 1;
        if digits_from(k) == 2 {
            minute = value(k, 2);
            next = k + 2;
        }
        (clock(minute, Meridiem::H24), Some(Lang::Fr), next)
    } else if let Some((meridiem, len)) = meridiem_at(chars, j) {
        (clock(minute, meridiem), Some(Lang::En), j + len)
    } else {
        (clock(minute, Meridiem::Bare), None, i)
    };
    match clock {
        Some(clock) if clock.readings().is_empty() => (Token::new(Tok::Word, None), next),
        Some(clock) => (Token::new(Tok::Time(clock), lang), next),
        None => (Token::new(Tok::Word, None), next),
    }
}

/// "am", "a.m.", "pm", "p.m." (any case) at `at`, followed by no letter.
pub(super) fn meridiem_at(chars: &[char], at: usize) -> Option<(Meridiem, usize)> {
    for (form, meridiem) in [
        ("a.m.", Meridiem::Am),
        ("p.m.", Meridiem::Pm),
        ("a.m", Meridiem::Am),
        ("p.m", Meridiem::Pm),
        ("am", Meridiem::Am),
        ("pm", Meridiem::Pm),
    ] {
        let len = form.chars().count();
        let matches = chars.len() >= at + len
            && chars[at..at + len].iter().zip(form.chars()).all(|(a, b)| a.to_ascii_lowercase() == b);
        if matches && !chars.get(at + len).is_some_and(|c| c.is_alphanumeric()) {
            return Some((meridiem, len));
        }
    }
    None
}

/// Maps words (the `Err` entries) to tokens, matching phrases of consecutive words.
pub(super) fn words_to_tokens(raw: Vec<Result<Token, String>>) -> Vec<Token> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let word = match &raw[i] {
            Ok(token) => {
                out.push(token.clone());
                i += 1;
                continue;
            }
            Err(word) => word,
        };
        let phrase = PHRASES.iter().find(|(words, _, _)| {
            words.iter().enumerate().all(|(k, w)| matches!(raw.get(i + k), Some(Err(x)) if x == w))
        });
        if let Some((words, tok, lang)) = phrase {
            out.push(Token::new(tok.clone(), *lang));
            i += words.len();
            continue;
        }
        let day = DAY_NAMES.iter().find_map(|(d, en, fr)| {
            if en.contains(&word.as_str()) {
                Some(Token::new(Tok::Day(*d), Some(Lang::En)))
            } else if fr.contains(&word.as_str()) {
                Some(Token::new(Tok::Day(*d), Some(Lang::Fr)))
            } else {
                None
            }
        });
        out.push(day.unwrap_or(Token::new(Tok::Word, None)));
        i += 1;
    }
    out
}

/// `text` split at the semicolons outside parentheses.
pub(super) fn split_clauses(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Every token of `text`, parenthesised parts included (for checking notes).
pub(super) fn flat_tokens(text: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    for token in tokenize(text)? {
        match token.tok {
            Tok::Paren(inner) => out.extend(flat_tokens(&inner)?),
            _ => out.push(token),
        }
    }
    Some(out)
}
