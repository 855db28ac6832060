//! From tokens to elements: day sets, time ranges, closures and notes, in either order.
use super::lexer::{flat_tokens, tokenize};
use super::lexicon::{ENGLISH_WORDS, FRENCH_WORDS};
use super::token::{Clock, Lang, Tok, Token};

/// All seven days as a bit set (bit 0 = Monday).
pub(super) const ALL_DAYS: u8 = 0b111_1111;
/// Saturday and Sunday.
pub(super) const WEEKEND: u8 = 0b110_0000;

/// Days as a bit set (bit 0 = Monday), and whether holidays are named too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DaySet {
    pub(super) mask: u8,
    pub(super) holidays: bool,
}

/// A clause element: what tokens group into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum El {
    Days(DaySet),
    Ranges(Vec<(Clock, Clock)>),
    Closed,
    /// Punctuation or a word that separates clauses.
    Sep,
    /// "(closed 1:00 pm to 1:30 pm)" after hours.
    AttachedClosure(Vec<(Clock, Clock)>),
    /// A parenthesised day list (a translation of the days before it).
    Gloss(DaySet),
}

/// Days `from` to `to` inclusive, wrapping past Sunday.
pub(super) fn day_range(from: u8, to: u8) -> u8 {
    let mut mask = 0;
    let mut day = from % 7;
    loop {
        mask |= 1 << day;
        if day == to % 7 {
            return mask;
        }
        day = (day + 1) % 7;
    }
}

pub(super) fn days_of(mask: u8) -> impl Iterator<Item = usize> {
    (0..7).filter(move |d| mask & (1 << d) != 0)
}

/// One time range at `i` ("8:30 am to 4:30 pm") and the index after it.
pub(super) fn range_at(toks: &[&Tok], i: usize) -> Option<((Clock, Clock), usize)> {
    match (toks.get(i), toks.get(i + 1), toks.get(i + 2)) {
        (Some(Tok::Time(a)), Some(Tok::To | Tok::Dash), Some(Tok::Time(b))) => Some(((*a, *b), i + 3)),
        _ => None,
    }
}

/// Ranges joined by "&", "and" or commas at `i`.
pub(super) fn ranges_at(toks: &[&Tok], i: usize) -> Option<(Vec<(Clock, Clock)>, usize)> {
    let (first, mut next) = range_at(toks, i)?;
    let mut ranges = vec![first];
    loop {
        let mut j = next;
        while matches!(toks.get(j), Some(Tok::And | Tok::Comma)) {
            j += 1;
        }
        match range_at(toks, j) {
            Some((range, after)) if j > next => {
                ranges.push(range);
                next = after;
            }
            _ => return Some((ranges, next)),
        }
    }
}

/// One day, day range, "weekends" or holiday at `i`.
pub(super) fn day_item(toks: &[&Tok], i: usize) -> Option<(DaySet, usize)> {
    match toks.get(i)? {
        Tok::Day(a) => match (toks.get(i + 1), toks.get(i + 2)) {
            (Some(Tok::To | Tok::Dash), Some(Tok::Day(b))) => {
                Some((DaySet { mask: day_range(*a, *b), holidays: false }, i + 3))
            }
            _ => Some((DaySet { mask: 1 << a, holidays: false }, i + 1)),
        },
        Tok::Weekend => Some((DaySet { mask: WEEKEND, holidays: false }, i + 1)),
        Tok::Holiday => Some((DaySet { mask: 0, holidays: true }, i + 1)),
        _ => None,
    }
}

/// A list of day items joined by commas, "and", "&" or "et" at `i`.
pub(super) fn days_at(toks: &[&Tok], i: usize) -> Option<(DaySet, usize)> {
    let (mut set, mut next) = day_item(toks, i)?;
    loop {
        let mut j = next;
        while matches!(toks.get(j), Some(Tok::And | Tok::Comma)) {
            j += 1;
        }
        match day_item(toks, j) {
            Some((item, after)) if j > next => {
                set.mask |= item.mask;
                set.holidays |= item.holidays;
                next = after;
            }
            _ => return Some((set, next)),
        }
    }
}

/// Groups tokens into clause elements; parenthesised remarks go to `notes`.
pub(super) fn group(tokens: &[Token], notes: &mut Vec<String>) -> Option<Vec<El>> {
    let toks: Vec<&Tok> = tokens.iter().map(|t| &t.tok).filter(|t| **t != Tok::Filler).collect();
    let mut els = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match toks[i] {
            Tok::Time(_) => {
                let (ranges, next) = ranges_at(&toks, i)?;
                els.push(El::Ranges(ranges));
                i = next;
            }
            Tok::Day(_) | Tok::Weekend | Tok::Holiday => {
                let (set, next) = days_at(&toks, i)?;
                els.push(El::Days(set));
                i = next;
            }
            Tok::Closed => {
                els.push(El::Closed);
                i += 1;
            }
            Tok::Paren(inner) => {
                els.extend(paren(inner, notes)?);
                i += 1;
            }
            Tok::Word | Tok::Number => return None,
            Tok::To | Tok::Dash | Tok::And | Tok::Comma | Tok::Colon | Tok::Semicolon | Tok::Open | Tok::Filler => {
                els.push(El::Sep);
                i += 1;
            }
        }
    }
    Some(els)
}

/// What a parenthesised part means: hours, a closure, a day gloss, or (no element) a
/// note pushed to `notes`. `None` when it is none of these.
pub(super) fn paren(inner: &str, notes: &mut Vec<String>) -> Option<Option<El>> {
    let tokens = tokenize(inner)?;
    if tokens.iter().any(|t| matches!(t.tok, Tok::Word | Tok::Number)) {
        if !acceptable_note(inner) {
            return None;
        }
        notes.push(inner.trim().to_owned());
        return Some(None);
    }
    let els: Vec<El> = group(&tokens, notes)?.into_iter().filter(|e| *e != El::Sep).collect();
    match els.as_slice() {
        [] => Some(None),
        [El::Ranges(r)] => Some(Some(El::Ranges(r.clone()))),
        [El::Closed, El::Ranges(r)] => Some(Some(El::AttachedClosure(r.clone()))),
        [El::Days(d)] if !d.holidays => Some(Some(El::Gloss(*d))),
        _ => None,
    }
}

/// True when `text` can be kept as a note without hiding a change of hours: no clock
/// time, no "closed", and no day name unless it is about appointments.
pub(super) fn acceptable_note(text: &str) -> bool {
    let Some(tokens) = flat_tokens(text) else { return false };
    let explicit_time = tokens.iter().any(|t| matches!(t.tok, Tok::Time(c) if c.is_explicit()));
    let time_range = tokens
        .windows(3)
        .any(|w| matches!((&w[0].tok, &w[1].tok, &w[2].tok), (Tok::Time(_), Tok::To | Tok::Dash, Tok::Time(_))));
    let closed = tokens.iter().any(|t| t.tok == Tok::Closed);
    let day = tokens.iter().any(|t| matches!(t.tok, Tok::Day(_) | Tok::Weekend));
    let lower = text.to_lowercase();
    let appointment = lower.contains("appointment") || lower.contains("rendez-vous");
    !explicit_time && !time_range && !closed && (!day || appointment)
}

/// The language of a note by its common words (accented words count as French); `None`
/// when neither wins (a year alone).
pub(super) fn note_lang(text: &str) -> Option<Lang> {
    let (mut en, mut fr) = (0, 0);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        let word = word.to_lowercase();
        if ENGLISH_WORDS.contains(&word.as_str()) {
            en += 1;
        } else if FRENCH_WORDS.contains(&word.as_str()) || !word.is_ascii() {
            fr += 1;
        }
    }
    match en.cmp(&fr) {
        std::cmp::Ordering::Greater => Some(Lang::En),
        std::cmp::Ordering::Less => Some(Lang::Fr),
        std::cmp::Ordering::Equal => None,
    }
}
