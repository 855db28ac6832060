//! Parses opening-hours text (English and French) into a weekly schedule.
//!
//! # What is understood
//!
//! A line is read as a sequence of clauses, in either order of days and times:
//!
//! - hours on days: "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
//!   "Monday to Friday 8:30 a.m. to 4:30 p.m.", "Du lundi au vendredi, 8 h 30 à 17 h",
//!   "OPEN: Monday - Friday (8:30am - 4:30pm)", several spans joined by "&"/"and";
//! - closed days: "Friday - Closed", "Saturday Closed", "CLOSED: Weekends and Holidays",
//!   "Saturdays, Sundays and Statutory Holidays - Closed" (statutory and named holidays
//!   set [`Schedule::closed_on_holidays`]);
//! - a closure inside the hours, which splits the spans: "(closed 1:00 pm to 1:30 pm)"
//!   after hours applies to those days; "Closed for lunch 12:15 pm to 12:45 pm" as a
//!   clause of its own applies to every day with hours (of all lines given);
//! - day names in English and French, singular, plural or abbreviated ("Mon"), ranges
//!   ("Tuesday to Friday", "du lundi au vendredi", "Monday -Thursday", wrapping past Sunday),
//!   lists (", ", "and", "&", "et"), "weekends"/"fin de semaine", "every";
//! - times "8:30 am", "4:30pm", "8:30 a.m.", "noon"/"midi", "midnight"/"minuit", and the
//!   French 24-hour "9 h", "8 h 30", "17h". A time without am/pm ("12 to 1:00 p.m.",
//!   "noon to 1") takes the reading that makes the range increase and, for a closure, fall
//!   inside the opening hours; if two readings remain the text is ambiguous. Only explicit
//!   times may run past midnight ("10 pm to 2 am" is 22:00–02:00).
//!
//! # Notes
//!
//! Text that is not a clause (a parenthesised remark such as "(2015)" or "(per 2019
//! announcement)", a clause after ";" such as "open over the lunch hour with two agents",
//! a line such as "\"In Person Services\" by appointment only") goes verbatim into
//! [`Schedule::note`], on the side of its language (recognised by common words; a note
//! without words of either language, such as a year, goes with the language of its line).
//! A note is accepted only when it cannot change the hours: it must not contain a clock
//! time or the word "closed"/"fermé", nor name a day unless it is about appointments.
//! A parenthesised day list that repeats the days before it in the other language
//! ("Jeudi et vendredi (Thursdays and Fridays)") is dropped.
//!
//! # Closed days
//!
//! Days not mentioned are closed only when at least one day is listed with hours: a text
//! that gives no hours at all ("Statutory Holidays - Closed" alone) is not a schedule and
//! gives `None`. Empty lines, "n/a" and a bare "Closed" add nothing.
//!
//! # Ambiguity gives `None`
//!
//! Anything else gives `None` so that the caller keeps the raw text: unknown words outside
//! a note, a time without a partner ("Opens 8:30 a.m."), hours with no days or days with
//! no hours, a day both open and closed, overlapping hours for a day, a closure outside
//! the hours, or a note that fails the test above ("pilot open until 5:30 p.m. from Jan 4").
use crate::domain::hours::{Schedule, Span};
use crate::domain::model::Text;

/// All seven days as a bit set (bit 0 = Monday).
const ALL_DAYS: u8 = 0b111_1111;
/// Saturday and Sunday.
const WEEKEND: u8 = 0b110_0000;
/// Lines that say nothing (compared in lower case).
const EMPTY_LINES: [&str; 3] = ["n/a", "-", "—"];

/// Parses the lines of one office's hours ("8:30 am to 4:30 pm Monday, Tuesday",
/// "Du lundi au vendredi, 8 h 30 à 17 h", "Statutory Holidays - Closed"). `None` when any
/// line cannot be understood: the caller then keeps the text as is. See the module
/// documentation for the grammar, the notes and what counts as ambiguous.
///
/// ```
/// use guichet::domain::hours::Span;
/// use guichet::pipeline::hours_text::parse;
/// let s = parse(&[
///     "8:30 am to 4:30 pm Monday to Wednesday (closed 12:00 pm to 1:00 pm)",
///     "9:00 am to 12:00 pm Friday",
///     "Statutory Holidays - Closed",
/// ])
/// .unwrap();
/// assert_eq!(s.days[0], [Span::new(510, 720), Span::new(780, 990)]);
/// assert_eq!(s.days[3], []);
/// assert_eq!(s.days[4], [Span::new(540, 720)]);
/// assert!(s.closed_on_holidays);
///
/// let fr = parse(&["Du lundi au vendredi, 8 h 30 à 17 h (2009)"]).unwrap();
/// assert_eq!(fr.days[4], [Span::new(510, 1020)]);
/// assert_eq!(fr.note.fr.as_deref(), Some("2009"));
///
/// assert_eq!(parse(&["Opens 8:30 a.m. (per Aug 2004 notice)"]), None);
/// assert_eq!(parse(&["Statutory Holidays - Closed"]), None);
/// ```
pub fn parse(lines: &[&str]) -> Option<Schedule> {
    let mut builder = Builder::default();
    for (index, line) in lines.iter().enumerate() {
        builder.line(index, line)?;
    }
    builder.finish()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Fr,
}

/// How a written time says which half of the day it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
    /// French 24-hour notation ("17 h").
    H24,
    /// A number alone ("12", "1:00"): 12- or 24-hour reading decided by context.
    Bare,
    Noon,
    Midnight,
}

/// A time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Clock {
    hour: u8,
    minute: u8,
    meridiem: Meridiem,
}

impl Clock {
    /// The possible readings in minutes after midnight (none for an impossible time).
    fn readings(self) -> Vec<u16> {
        let (h, m) = (u16::from(self.hour), u16::from(self.minute));
        match self.meridiem {
            Meridiem::Am if (1..=12).contains(&h) => vec![h % 12 * 60 + m],
            Meridiem::Pm if (1..=12).contains(&h) => vec![(h % 12 + 12) * 60 + m],
            Meridiem::Am | Meridiem::Pm => vec![],
            Meridiem::H24 | Meridiem::Bare if h == 24 && m == 0 => vec![1440],
            Meridiem::Bare if (1..=12).contains(&h) => vec![h % 12 * 60 + m, (h % 12 + 12) * 60 + m],
            Meridiem::H24 | Meridiem::Bare if h < 24 => vec![h * 60 + m],
            Meridiem::H24 | Meridiem::Bare => vec![],
            Meridiem::Noon => vec![720],
            Meridiem::Midnight => vec![0, 1440],
        }
    }

    fn is_explicit(self) -> bool {
        self.meridiem != Meridiem::Bare
    }
}

/// The one reading of the range `from`–`to` in minutes that `fits` accepts, if exactly
/// one exists. Only explicit times may wrap past midnight.
fn resolve(from: Clock, to: Clock, fits: impl Fn(u16, u16) -> bool) -> Option<(u16, u16)> {
    let explicit = from.is_explicit() && to.is_explicit();
    let mut found: Vec<(u16, u16)> = Vec::new();
    for open in from.readings() {
        for mut close in to.readings() {
            if explicit && close <= open {
                close += 1440;
            }
            let valid = open < 1440 && open < close && close - open <= 1440;
            if valid && fits(open, close) && !found.contains(&(open, close)) {
                found.push((open, close));
            }
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A lexical token.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Time(Clock),
    /// A number that cannot be a time of day (a year).
    Number,
    /// 0 = Monday … 6 = Sunday.
    Day(u8),
    Weekend,
    Holiday,
    To,
    Dash,
    And,
    Comma,
    Colon,
    Semicolon,
    Closed,
    Open,
    /// Words that add nothing ("from", "every", "du", "for lunch").
    Filler,
    /// The text inside parentheses, verbatim.
    Paren(String),
    /// Anything else.
    Word,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    tok: Tok,
    lang: Option<Lang>,
}

impl Token {
    fn new(tok: Tok, lang: Option<Lang>) -> Token {
        Token { tok, lang }
    }
}

/// Vocabulary, longest phrases first (lower case).
const PHRASES: &[(&[&str], Tok, Option<Lang>)] = {
    use Lang::{En, Fr};
    use Tok::*;
    &[
        (&["new", "year's", "day"], Holiday, Some(En)),
        (&["lundi", "de", "pâques"], Holiday, Some(Fr)),
        (&["lundi", "de", "paques"], Holiday, Some(Fr)),
        (&["fin", "de", "semaine"], Weekend, Some(Fr)),
        (&["fins", "de", "semaine"], Weekend, Some(Fr)),
        (&["pour", "le", "dîner"], Filler, Some(Fr)),
        (&["pour", "le", "diner"], Filler, Some(Fr)),
        (&["pour", "le", "lunch"], Filler, Some(Fr)),
        (&["statutory", "holidays"], Holiday, Some(En)),
        (&["statutory", "holiday"], Holiday, Some(En)),
        (&["stat", "holidays"], Holiday, Some(En)),
        (&["public", "holidays"], Holiday, Some(En)),
        (&["easter", "monday"], Holiday, Some(En)),
        (&["good", "friday"], Holiday, Some(En)),
        (&["boxing", "day"], Holiday, Some(En)),
        (&["christmas", "day"], Holiday, Some(En)),
        (&["vendredi", "saint"], Holiday, Some(Fr)),
        (&["jours", "fériés"], Holiday, Some(Fr)),
        (&["jours", "feries"], Holiday, Some(Fr)),
        (&["congés", "fériés"], Holiday, Some(Fr)),
        (&["for", "lunch"], Filler, Some(En)),
        (&["tous", "les"], Filler, Some(Fr)),
        (&["holidays"], Holiday, Some(En)),
        (&["holiday"], Holiday, Some(En)),
        (&["christmas"], Holiday, Some(En)),
        (&["fériés"], Holiday, Some(Fr)),
        (&["férié"], Holiday, Some(Fr)),
        (&["feries"], Holiday, Some(Fr)),
        (&["noël"], Holiday, Some(Fr)),
        (&["weekends"], Weekend, Some(En)),
        (&["weekend"], Weekend, Some(En)),
        (&["noon"], Time(Clock { hour: 12, minute: 0, meridiem: Meridiem::Noon }), Some(En)),
        (&["midday"], Time(Clock { hour: 12, minute: 0, meridiem: Meridiem::Noon }), Some(En)),
        (&["midi"], Time(Clock { hour: 12, minute: 0, meridiem: Meridiem::Noon }), Some(Fr)),
        (&["midnight"], Time(Clock { hour: 0, minute: 0, meridiem: Meridiem::Midnight }), Some(En)),
        (&["minuit"], Time(Clock { hour: 0, minute: 0, meridiem: Meridiem::Midnight }), Some(Fr)),
        (&["closed"], Closed, Some(En)),
        (&["fermé"], Closed, Some(Fr)),
        (&["fermée"], Closed, Some(Fr)),
        (&["fermés"], Closed, Some(Fr)),
        (&["fermées"], Closed, Some(Fr)),
        (&["ferme"], Closed, Some(Fr)),
        (&["fermee"], Closed, Some(Fr)),
        (&["open"], Open, Some(En)),
        (&["opens"], Open, Some(En)),
        (&["ouvert"], Open, Some(Fr)),
        (&["ouverte"], Open, Some(Fr)),
        (&["ouverts"], Open, Some(Fr)),
        (&["to"], To, Some(En)),
        (&["through"], To, Some(En)),
        (&["thru"], To, Some(En)),
        (&["à"], To, Some(Fr)),
        (&["au"], To, Some(Fr)),
        (&["and"], And, Some(En)),
        (&["et"], And, Some(Fr)),
        (&["from"], Filler, Some(En)),
        (&["every"], Filler, Some(En)),
        (&["each"], Filler, Some(En)),
        (&["lunch"], Filler, None),
        (&["de"], Filler, Some(Fr)),
        (&["du"], Filler, Some(Fr)),
        (&["le"], Filler, Some(Fr)),
        (&["les"], Filler, Some(Fr)),
        (&["chaque"], Filler, Some(Fr)),
    ]
};

/// Day names: (weekday, English forms, French forms).
const DAY_NAMES: [(u8, &[&str], &[&str]); 7] = [
    (0, &["monday", "mondays", "mon"], &["lundi", "lundis"]),
    (1, &["tuesday", "tuesdays", "tue", "tues"], &["mardi", "mardis"]),
    (2, &["wednesday", "wednesdays", "wed"], &["mercredi", "mercredis"]),
    (3, &["thursday", "thursdays", "thu", "thur", "thurs"], &["jeudi", "jeudis"]),
    (4, &["friday", "fridays", "fri"], &["vendredi", "vendredis"]),
    (5, &["saturday", "saturdays", "sat"], &["samedi", "samedis"]),
    (6, &["sunday", "sundays", "sun"], &["dimanche", "dimanches"]),
];

/// Splits `text` into tokens; `None` when parentheses do not balance.
fn tokenize(text: &str) -> Option<Vec<Token>> {
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
fn matching_paren(chars: &[char], open: usize) -> Option<usize> {
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
fn time_at(chars: &[char], start: usize) -> (Token, usize) {
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
fn meridiem_at(chars: &[char], at: usize) -> Option<(Meridiem, usize)> {
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
fn words_to_tokens(raw: Vec<Result<Token, String>>) -> Vec<Token> {
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
fn split_clauses(text: &str) -> Vec<&str> {
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
fn flat_tokens(text: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    for token in tokenize(text)? {
        match token.tok {
            Tok::Paren(inner) => out.extend(flat_tokens(&inner)?),
            _ => out.push(token),
        }
    }
    Some(out)
}

/// True when `text` can be kept as a note without hiding a change of hours: no clock
/// time, no "closed", and no day name unless it is about appointments.
fn acceptable_note(text: &str) -> bool {
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

/// Common words of each language, to tell the language of a note.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "of",
    "per",
    "for",
    "with",
    "from",
    "by",
    "only",
    "and",
    "to",
    "at",
    "in",
    "until",
    "over",
    "after",
    "before",
    "later",
    "ended",
    "open",
    "opens",
    "closed",
    "notice",
    "announcement",
    "pilot",
    "appointment",
    "appointments",
    "hours",
    "hour",
    "lunch",
    "agents",
    "reserved",
    "people",
    "seniors",
    "office",
    "call",
    "ahead",
    "week",
    "day",
    "days",
    "except",
    "during",
    "also",
    "between",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const FRENCH_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "et",
    "à",
    "au",
    "aux",
    "avec",
    "pour",
    "sur",
    "sans",
    "seulement",
    "rendez",
    "vous",
    "ouvert",
    "ouverte",
    "fermé",
    "fermée",
    "heures",
    "heure",
    "midi",
    "selon",
    "avis",
    "annonce",
    "projet",
    "pilote",
    "bureau",
    "jours",
    "semaine",
    "en",
    "par",
    "sauf",
    "pendant",
    "aussi",
    "entre",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];

/// The language of a note by its common words (accented words count as French); `None`
/// when neither wins (a year alone).
fn note_lang(text: &str) -> Option<Lang> {
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

/// Days as a bit set (bit 0 = Monday), and whether holidays are named too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DaySet {
    mask: u8,
    holidays: bool,
}

/// A clause element: what tokens group into.
#[derive(Debug, Clone, PartialEq, Eq)]
enum El {
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
fn day_range(from: u8, to: u8) -> u8 {
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

fn days_of(mask: u8) -> impl Iterator<Item = usize> {
    (0..7).filter(move |d| mask & (1 << d) != 0)
}

/// One time range at `i` ("8:30 am to 4:30 pm") and the index after it.
fn range_at(toks: &[&Tok], i: usize) -> Option<((Clock, Clock), usize)> {
    match (toks.get(i), toks.get(i + 1), toks.get(i + 2)) {
        (Some(Tok::Time(a)), Some(Tok::To | Tok::Dash), Some(Tok::Time(b))) => Some(((*a, *b), i + 3)),
        _ => None,
    }
}

/// Ranges joined by "&", "and" or commas at `i`.
fn ranges_at(toks: &[&Tok], i: usize) -> Option<(Vec<(Clock, Clock)>, usize)> {
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
fn day_item(toks: &[&Tok], i: usize) -> Option<(DaySet, usize)> {
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
fn days_at(toks: &[&Tok], i: usize) -> Option<(DaySet, usize)> {
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
fn group(tokens: &[Token], notes: &mut Vec<String>) -> Option<Vec<El>> {
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
fn paren(inner: &str, notes: &mut Vec<String>) -> Option<Option<El>> {
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

/// A note and the language it goes under.
#[derive(Debug, Clone)]
struct Note {
    text: String,
    lang: Option<Lang>,
    line: usize,
    line_lang: Lang,
}

/// The schedule being built from successive lines.
#[derive(Debug, Default)]
struct Builder {
    days: [Vec<Span>; 7],
    /// Days said to be closed.
    closed: u8,
    holidays: bool,
    /// Closures to cut out of the spans of the days in the mask, once all lines are read.
    closures: Vec<(u8, Vec<(Clock, Clock)>)>,
    notes: Vec<Note>,
}

impl Builder {
    fn line(&mut self, index: usize, line: &str) -> Option<()> {
        let line = line.trim();
        if line.is_empty() || EMPTY_LINES.contains(&line.to_lowercase().as_str()) {
            return Some(());
        }
        let mut els = Vec::new();
        let mut notes = Vec::new();
        let (mut en, mut fr) = (0, 0);
        for clause in split_clauses(line) {
            let clause = clause.trim();
            if clause.is_empty() {
                continue;
            }
            let tokens = tokenize(clause)?;
            if tokens.iter().any(|t| matches!(t.tok, Tok::Word | Tok::Number)) {
                if !acceptable_note(clause) {
                    return None;
                }
                notes.push(clause.to_owned());
            } else {
                for t in &tokens {
                    match t.lang {
                        Some(Lang::En) => en += 1,
                        Some(Lang::Fr) => fr += 1,
                        None => {}
                    }
                }
                els.extend(group(&tokens, &mut notes)?);
            }
            els.push(El::Sep);
        }
        self.interpret(els)?;
        let line_lang = if fr > en { Lang::Fr } else { Lang::En };
        self.notes.extend(notes.into_iter().map(|text| Note { lang: note_lang(&text), text, line: index, line_lang }));
        Some(())
    }

    /// Pairs days with hours or "closed" and records closures.
    fn interpret(&mut self, els: Vec<El>) -> Option<()> {
        let mut cleaned: Vec<El> = Vec::with_capacity(els.len());
        for el in els {
            if let El::Gloss(gloss) = el {
                match cleaned.last() {
                    Some(El::Days(d)) if *d == gloss => continue,
                    _ => return None,
                }
            }
            cleaned.push(el);
        }
        let els = cleaned;
        let next_non_sep = |from: usize| (from..els.len()).find(|&j| els[j] != El::Sep).unwrap_or(els.len());
        // Days of the last hours clause and where a closure attached to it may stand.
        let mut attach: Option<(u8, usize)> = None;
        let mut k = 0;
        while k < els.len() {
            match &els[k] {
                El::Sep => k += 1,
                El::Ranges(ranges) => {
                    let j = next_non_sep(k + 1);
                    let Some(El::Days(days)) = els.get(j) else { return None };
                    // "9-5 Monday, Saturday closed": which days are closed is unclear.
                    if els.get(j + 1) == Some(&El::Closed) {
                        return None;
                    }
                    self.assign(*days, ranges)?;
                    attach = Some((days.mask, j + 1));
                    k = j + 1;
                }
                El::Days(days) => {
                    let j = next_non_sep(k + 1);
                    match els.get(j) {
                        Some(El::Ranges(ranges)) => {
                            self.assign(*days, ranges)?;
                            attach = Some((days.mask, j + 1));
                        }
                        Some(El::Closed) => self.close(*days)?,
                        _ => return None,
                    }
                    k = j + 1;
                }
                El::Closed => {
                    let j = next_non_sep(k + 1);
                    match els.get(j) {
                        Some(El::Days(days)) => {
                            self.close(*days)?;
                            k = j + 1;
                        }
                        Some(El::Ranges(ranges)) => {
                            self.closures.push((ALL_DAYS, ranges.clone()));
                            k = j + 1;
                        }
                        None | Some(El::Closed) => k = j,
                        _ => return None,
                    }
                }
                El::AttachedClosure(ranges) => match attach {
                    Some((mask, at)) if at == k => {
                        self.closures.push((mask, ranges.clone()));
                        attach = Some((mask, k + 1));
                        k += 1;
                    }
                    _ => return None,
                },
                El::Gloss(_) => return None,
            }
        }
        Some(())
    }

    /// Opens `days` during `ranges`.
    fn assign(&mut self, days: DaySet, ranges: &[(Clock, Clock)]) -> Option<()> {
        if days.holidays || days.mask == 0 || days.mask & self.closed != 0 {
            return None;
        }
        for &(from, to) in ranges {
            let (open, close) = resolve(from, to, |_, _| true)?;
            let span = Span::new(open, close);
            for d in days_of(days.mask) {
                if self.days[d].iter().any(|s| span.open < s.close && s.open < span.close) {
                    return None;
                }
                self.days[d].push(span);
                self.days[d].sort_unstable();
            }
        }
        Some(())
    }

    /// Marks `days` (and holidays) closed.
    fn close(&mut self, days: DaySet) -> Option<()> {
        if days_of(days.mask).any(|d| !self.days[d].is_empty()) {
            return None;
        }
        self.closed |= days.mask;
        self.holidays |= days.holidays;
        Some(())
    }

    fn finish(mut self) -> Option<Schedule> {
        if self.days.iter().all(Vec::is_empty) {
            return None;
        }
        for (mask, ranges) in std::mem::take(&mut self.closures) {
            for (from, to) in ranges {
                let inside = |open: u16, close: u16| {
                    days_of(mask).any(|d| {
                        self.days[d]
                            .iter()
                            .any(|s| s.open <= open && close <= s.close && close - open < s.close - s.open)
                    })
                };
                let (open, close) = resolve(from, to, inside)?;
                for d in days_of(mask) {
                    self.days[d] = cut(&self.days[d], open, close);
                }
            }
        }
        let note = self.note();
        Some(Schedule { days: self.days, closed_on_holidays: self.holidays, note })
    }

    /// The notes, each under its language; a note of no language goes under the
    /// language of its line, and also under the other one if that line has notes there.
    fn note(&self) -> Text {
        let mut en: Vec<&str> = Vec::new();
        let mut fr: Vec<&str> = Vec::new();
        for note in &self.notes {
            let same_line = || self.notes.iter().filter(|n| n.line == note.line);
            let (to_en, to_fr) = match note.lang {
                Some(Lang::En) => (true, false),
                Some(Lang::Fr) => (false, true),
                None => (
                    note.line_lang == Lang::En || same_line().any(|n| n.lang == Some(Lang::En)),
                    note.line_lang == Lang::Fr || same_line().any(|n| n.lang == Some(Lang::Fr)),
                ),
            };
            for (wanted, side) in [(to_en, &mut en), (to_fr, &mut fr)] {
                if wanted && !side.contains(&note.text.as_str()) {
                    side.push(&note.text);
                }
            }
        }
        let join = |parts: Vec<&str>| (!parts.is_empty()).then(|| parts.join("; "));
        Text { en: join(en), fr: join(fr) }
    }
}

/// `spans` without the minutes from `open` to `close`.
fn cut(spans: &[Span], open: u16, close: u16) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len() + 1);
    for s in spans {
        if close <= s.open || s.close <= open {
            out.push(*s);
            continue;
        }
        if s.open < open {
            out.push(Span::new(s.open, open));
        }
        if close < s.close {
            out.push(Span::new(close, s.close));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every distinct non-empty `hours1`–`hours4` value of workbc_centres_bc.geojson (2022).
    const WORKBC: [&str; 164] = [
        "\"In Person Services\" by appointment only",
        "\"In Person Services\" by appointment only ",
        "10:00 am to 2:00 pm Saturday",
        "10:00 am to 3:00 pm Saturday",
        "10:00 am to 4:00 pm Tuesday to Thursday (closed 1:00 pm to 1:30 pm)",
        "10:00 am to 4:00 pm Tuesday, Wednesday, Thursday",
        "10:00 am to 6:00 pm Monday",
        "10:00 am to 6:00 pm Monday (closed 1:00 pm to 1:30 pm)",
        "10:00 am to 6:00 pm Monday, Wednesday",
        "10:00 am to 6:00 pm Thursdays",
        "10:00am to 6:00pm Wednesday",
        "10:30 am - 6:30 pm Thursday",
        "10:30 am to 4:00 pm & 5:00 pm to 6:30 pm Monday",
        "10:30 am to 5:30 pm Wednesday (Closed 1:00 pm to 2:00 pm)",
        "10:30 am to 5:30 pm every Wednesday",
        "10:30 am to 6:30 pm Thursday",
        "10:30 am to 6:30 pm Wednesday",
        "11:00 am to 4:30 pm Friday",
        "11:00 am to 5:00 pm Saturday",
        "11:00 am to 6:00 pm Monday",
        "11:00 am to 6:00 pm Monday (closed 2 pm to 3 pm for lunch)",
        "11:00 am to 6:00 pm Tuesday (Closed 2:00 pm to 3:00 pm)",
        "11:00 am to 6:00 pm Wednesday",
        "11:00 am to 7:00 pm Wednesday",
        "11:30 am to 5:30 pm Thursday",
        "12:00 pm to 3:00 pm Friday",
        "8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed",
        "8:00 am to 2:00 pm Wednesday",
        "8:00 am to 3:30 pm Friday",
        "8:00 am to 4:00 pm Friday",
        "8:00 am to 4:00 pm Monday to Wednesday",
        "8:00 am to 4:00 pm Monday to Wednesday, Friday",
        "8:00 am to 4:00 pm Monday, Tuesday, Thursday, Friday",
        "8:00 am to 4:00 pm Monday, Tuesday, Wednesday, Friday",
        "8:00 am to 4:30 pm Monday to Tuesday",
        "8:00 am to 4:30 pm Monday, Tuesday",
        "8:00 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
        "8:00 am to 4:30 pm Thursday to Friday",
        "8:00 am to 4:30 pm Thursday, Friday",
        "8:00 am to 4:30 pm Tuesday, Thursday, Friday",
        "8:00 am to 5:00 pm Tuesday, Thursday, Friday",
        "8:00 am to 5:30pm Monday to Thursday",
        "8:00 am to 6:00 pm Monday",
        "8:00 am to 6:00 pm Monday to Thursday",
        "8:00 am to 6:00 pm Thursday",
        "8:00 am to 6:00 pm Thursdays",
        "8:00 am to 7:00 pm Wednesday",
        "8:00 am to 8:00 pm Wednesday",
        "8:30 AM to 5:30 PM Monday -Thursday",
        "8:30 am to 12:30 pm Friday",
        "8:30 am to 12:30 pm Thursday",
        "8:30 am to 1:30 pm Thursday",
        "8:30 am to 2:00 pm Wednesday",
        "8:30 am to 2:30 pm Friday",
        "8:30 am to 3:00 pm Friday",
        "8:30 am to 3:00 pm Thursday",
        "8:30 am to 3:00 pm Wednesday",
        "8:30 am to 3:30 pm Friday",
        "8:30 am to 3:30 pm Monday, Tuesday, Thursday, Friday",
        "8:30 am to 3:30 pm Tuesday",
        "8:30 am to 3:30 pm Wednesday",
        "8:30 am to 4:30 pm   Thursday, Friday",
        "8:30 am to 4:30 pm Friday",
        "8:30 am to 4:30 pm Monday to Tuesday",
        "8:30 am to 4:30 pm Monday to Wednesday",
        "8:30 am to 4:30 pm Monday,  Tuesday",
        "8:30 am to 4:30 pm Monday, Tuesday",
        "8:30 am to 4:30 pm Monday, Tuesday, Friday",
        "8:30 am to 4:30 pm Monday, Tuesday, Thursday",
        "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
        "8:30 am to 4:30 pm Monday, Tuesday, Wednesday, Friday",
        "8:30 am to 4:30 pm Monday, Tuesday, Wednesday, and Friday",
        "8:30 am to 4:30 pm Monday, Wednesday",
        "8:30 am to 4:30 pm Monday, Wednesday, Friday",
        "8:30 am to 4:30 pm Monday, Wednesday, Thursday, Friday",
        "8:30 am to 4:30 pm Thursday, Friday",
        "8:30 am to 4:30 pm Tuesday and Thursday",
        "8:30 am to 4:30 pm Tuesday to Friday",
        "8:30 am to 4:30 pm Tuesday, Thursday",
        "8:30 am to 4:30 pm Tuesday, Thursday, and Friday",
        "8:30 am to 4:30 pm Tuesday, Wednesday, Thursday",
        "8:30 am to 4:30 pm Wednesday to Friday ",
        "8:30 am to 4:30 pm Wednesday, Friday",
        "8:30 am to 4:30pm Monday to Tuesday (Closed 12:00 pm to 1:00 pm)",
        "8:30 am to 4:30pm Monday, Tuesday, Thursday, Friday",
        "8:30 am to 5:00 pm Monday, Tuesday, Thursday, Friday",
        "8:30 am to 5:00 pm Monday, Wednesday",
        "8:30 am to 5:30 pm Monday",
        "8:30 am to 5:30 pm Monday, Tuesday, Thursday",
        "8:30 am to 5:30 pm every Wednesday",
        "8:30 am to 6:00 pm Monday to Friday",
        "8:30 am to 6:00 pm Monday, Tuesday",
        "8:30 am to 6:00 pm Thursday",
        "8:30 am to 6:00 pm Tuesday, Thursday",
        "8:30 am to 6:00 pm Wednesday",
        "8:30 am to 6:30 pm Monday, Tuesday, Wednesday",
        "8:30 am to 6:30 pm Thursday",
        "8:30 am to 6:30 pm Tuesday, Thursday",
        "8:30 am to 6:30 pm Wednesday",
        "8:30 am to 6:30pm Monday to Thursday",
        "8:30 am to 7:00 pm Monday",
        "8:30 am to 7:30 pm Thursday",
        "8:30 am to 7:30 pm Wednesday",
        "8:30 am to 8:00 pm Wednesday",
        "8:30am-7:30pm Wednesday",
        "9:00 AM to 4:30 PM Friday",
        "9:00 am - 5:00 pm Monday, Tuesday",
        "9:00 am to 12:00 pm &  1:00 pm to 4:00 pm Tuesday to Thursday",
        "9:00 am to 2:00 pm Thursday",
        "9:00 am to 2:00 pm Wednesday",
        "9:00 am to 3:00 pm Friday",
        "9:00 am to 4:00 pm Friday",
        "9:00 am to 4:00 pm Monday to Wednesday",
        "9:00 am to 4:00 pm Monday, Tuesday, Thursday",
        "9:00 am to 4:00 pm Tuesday to Friday (closed noon to 1 for lunch)",
        "9:00 am to 4:00 pm Tuesday, Thursday, Friday",
        "9:00 am to 4:00 pm Wednesday to Friday (Closed 12:00 pm to 1:00 pm)",
        "9:00 am to 4:30 pm Monday, Thursday, Friday",
        "9:00 am to 4:30 pm Tuesday to Friday",
        "9:00 am to 5:00 pm Monday, Tuesday and Friday",
        "9:00 am to 5:00 pm Monday, Tuesday, Friday",
        "9:00 am to 5:00 pm Monday, Tuesday, Thursday, Friday",
        "9:00 am to 5:00 pm Monday, Tuesday, Wednesday, Friday, Saturday",
        "9:00 am to 5:00 pm Monday, Wednesday",
        "9:00 am to 5:00 pm Monday, Wednesday, Friday",
        "9:00 am to 5:00 pm Tuesday to Friday",
        "9:00 am to 5:00 pm Tuesday to Thursday",
        "9:00 am to 5:00 pm Tuesday, Thursday, Friday",
        "9:00 am to 5:30 pm Monday",
        "9:00 am to 6:00 pm Tuesday",
        "9:00 am to 6:00 pm Tuesday, Thursday",
        "9:00 am to 6:00 pm Tuesday, Wednesday",
        "9:00 am to 7 pm Monday",
        "9:00 am to 7:00 pm Monday",
        "9:00 am to 7:00 pm to Monday",
        "9:00 am to 8:00 pm Monday, Wednesday",
        "9:00 am to 8:00 pm Wednesday, Thursday",
        "9:00am to 4:00 pm Friday",
        "9:30 am to 1:30 pm Friday",
        "9:30 am to 2:00 pm Wednesday",
        "9:30 am to 3:30 pm Monday, Wednesday, Thursday",
        "9:30 am to 4:30 pm Thursday, Friday",
        "9:30 am to 5:30 pm Monday",
        "9:30 am to 5:30 pm Tuesday",
        "9:30 am to 5:30 pm Wednesday",
        "9:30 am to 6:00 pm Monday, Tuesday",
        "CLOSED: Weekends and Holidays",
        "Closed",
        "Closed for lunch 12:15 pm to 12:45 pm",
        "Friday - Closed",
        "Fridays - Closed",
        "Fridays, Statutory Holidays, Easter Monday, Boxing Day - Closed",
        "Monday and Friday - Closed",
        "OPEN: Monday - Friday (8:30am - 4:30pm)",
        "Saturday & Statutory Holidays - Closed",
        "Saturday Closed",
        "Saturday, Sunday - Closed",
        "Saturday, Sunday, Statutory Holidays - Closed",
        "Saturdays, Sundays and Statutory Holidays - Closed",
        "Statutory Holidays - Closed",
        "Statutory Holidays -Closed",
        "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        "Wednesday, Friday, Weekends - Closed",
        "n/a",
    ];

    /// Every distinct `(hours1, hours2, hours3, hours4)` of a WorkBC centre.
    const WORKBC_OFFICES: [[&str; 4]; 82] = [
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
            "8:30 am to 6:00 pm Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        ["9:30 am to 5:30 pm Wednesday", "8:30 am to 4:30 pm Thursday, Friday", "", "Statutory Holidays - Closed"],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday",
            "8:00 am to 8:00 pm Wednesday",
            "8:30 am to 12:30 pm Friday",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday",
            "8:30 am to 7:30 pm Wednesday",
            "8:30 am to 1:30 pm Thursday",
            "Fridays, Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 5:30 pm Monday",
            "8:30 am to 4:30 pm Tuesday, Wednesday, Thursday",
            "8:30 am to 3:30 pm Friday",
            "Saturdays, Sundays and Statutory Holidays - Closed",
        ],
        [
            "9:30 am to 5:30 pm Monday",
            "8:30 am to 4:30 pm Tuesday, Thursday",
            "Saturdays, Sundays and Statutory Holidays - Closed",
            "",
        ],
        [
            "9:30 am to 5:30 pm Monday",
            "8:30 am to 4:30 pm Wednesday, Friday",
            "Saturdays, Sundays and Statutory Holidays - Closed",
            "",
        ],
        [
            "8:30 am to 4:30 pm Monday,  Tuesday",
            "8:30 am to 6:30 pm Wednesday",
            "8:30 am to 4:30 pm   Thursday, Friday",
            "Saturdays, Sundays and Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Friday",
            "8:30 am to 6:00 pm Wednesday",
            "8:30 am to 3:00 pm Thursday",
            "Statutory Holidays - Closed",
        ],
        ["", "", "OPEN: Monday - Friday (8:30am - 4:30pm)", "CLOSED: Weekends and Holidays"],
        ["10:00 am to 6:00 pm Monday, Wednesday", "8:30 am to 4:30 pm Friday", "", "Statutory Holidays - Closed"],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
            "8:30am-7:30pm Wednesday",
            "Statutory Holidays -Closed",
            "",
        ],
        [
            "9:00 am to 4:00 pm Monday, Tuesday, Thursday",
            "11:00 am to 6:00 pm Wednesday",
            "Fridays - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Friday",
            "8:30 am to 6:00 pm Wednesday",
            "8:30 am to 3:00 pm Thursday",
            "Saturday, Sunday, Statutory Holidays - Closed",
        ],
        ["8:30 am to 7:00 pm Monday", "8:30 am to 4:30 pm Tuesday to Friday", "", ""],
        [
            "10:30 am to 4:00 pm & 5:00 pm to 6:30 pm Monday",
            "9:00 am to 12:00 pm &  1:00 pm to 4:00 pm Tuesday to Thursday",
            "",
            "",
        ],
        [
            "8:30 am to 6:00 pm Monday, Tuesday",
            "8:30 am to 2:00 pm Wednesday",
            "8:30 am to 4:30 pm Thursday, Friday",
            "Statutory Holidays - Closed",
        ],
        ["9:00 am to 5:00 pm Monday, Wednesday, Friday", "9:00 am to 6:00 pm Tuesday, Thursday", "", ""],
        [
            "9:00 am to 5:30 pm Monday",
            "8:00 am to 4:30 pm Tuesday, Thursday, Friday",
            "8:00 am to 2:00 pm Wednesday",
            "Statutory Holidays - Closed",
        ],
        [
            "9:30 am to 6:00 pm Monday, Tuesday",
            "9:30 am to 2:00 pm Wednesday",
            "9:30 am to 4:30 pm Thursday, Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 4:30 pm Monday, Thursday, Friday",
            "9:00 am to 6:00 pm Tuesday, Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 5:00 pm Monday, Wednesday",
            "9:00 am to 6:00 pm Tuesday, Thursday",
            "9:00 am to 4:00 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 5:00 pm Monday, Tuesday, Thursday, Friday",
            "8:30 am to 3:00 pm Wednesday",
            "10:00 am to 2:00 pm Saturday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 6:00 pm Monday",
            "8:00 am to 5:00 pm Tuesday, Thursday, Friday",
            "8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed",
            "\"In Person Services\" by appointment only ",
        ],
        [
            "9:00 am to 5:00 pm Monday, Tuesday and Friday",
            "9:00 am to 8:00 pm Wednesday, Thursday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am - 5:00 pm Monday, Tuesday",
            "10:30 am - 6:30 pm Thursday",
            "Wednesday, Friday, Weekends - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 5:00 pm Tuesday, Thursday, Friday",
            "9:00 am to 8:00 pm Monday, Wednesday",
            "11:00 am to 5:00 pm Saturday",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 5:00 pm Monday, Tuesday, Wednesday, Friday, Saturday",
            "9:00 am to 2:00 pm Thursday",
            "Statutory Holidays - Closed",
            "",
        ],
        [
            "9:00 am to 5:00 pm Monday, Tuesday, Friday",
            "9:00 am to 8:00 pm Wednesday, Thursday",
            "10:00 am to 3:00 pm Saturday",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 5:00 pm Monday, Tuesday, Thursday, Friday",
            "11:00 am to 7:00 pm Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 5:00 pm Monday, Wednesday",
            "8:30 am to 6:30 pm Tuesday, Thursday",
            "9:00 am to 3:00 pm Friday",
            "Saturday & Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 5:00 pm Monday, Wednesday",
            "8:30 am to 6:30 pm Tuesday, Thursday",
            "8:30 am to 3:00 pm Friday",
            "Saturday Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Wednesday",
            "8:30 am to 6:00 pm Tuesday, Thursday",
            "8:30 am to 3:00 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Wednesday, Friday",
            "8:30 am to 6:00 pm Tuesday, Thursday",
            "Saturday, Sunday - Closed",
            "Closed",
        ],
        [
            "8:00 am to 4:30 pm Monday, Tuesday",
            "8:00 am to 7:00 pm Wednesday",
            "8:00 am to 4:30 pm Thursday, Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 AM to 5:30 PM Monday -Thursday",
            "9:00 AM to 4:30 PM Friday",
            "Saturday Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "9:00 am to 4:00 pm Monday to Wednesday",
            "11:30 am to 5:30 pm Thursday",
            "12:00 pm to 3:00 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "9:30 am to 3:30 pm Monday, Wednesday, Thursday",
            "9:30 am to 5:30 pm Tuesday",
            "9:30 am to 1:30 pm Friday",
            "Statutory Holidays - Closed",
        ],
        ["9:00 am to 7:00 pm Monday", "9:00 am to 4:30 pm Tuesday to Friday", "", "Statutory Holidays - Closed"],
        ["9:00 am to 7 pm Monday", "9:00 am to 4:30 pm Tuesday to Friday", "", "Statutory Holidays - Closed"],
        [
            "10:00 am to 6:00 pm Monday (closed 1:00 pm to 1:30 pm)",
            "10:00 am to 4:00 pm Tuesday to Thursday (closed 1:00 pm to 1:30 pm)",
            "Friday - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30pm Monday, Tuesday, Thursday, Friday",
            "8:30 am to 5:30 pm every Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 3:30 pm Monday, Tuesday, Thursday, Friday",
            "10:30 am to 5:30 pm every Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Friday",
            "8:30 am to 2:00 pm Wednesday",
            "8:30 am to 6:00 pm Thursday",
            "Statutory Holidays - Closed",
        ],
        [
            "10:00 am to 6:00 pm Monday",
            "9:00 am to 2:00 pm Wednesday",
            "9:00 am to 4:00 pm Tuesday, Thursday, Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "11:00 am to 6:00 pm Monday",
            "10:00 am to 4:00 pm Tuesday, Wednesday, Thursday",
            "Friday - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:30 pm Monday to Tuesday",
            "8:00 am to 7:00 pm Wednesday",
            "8:00 am to 4:30 pm Thursday to Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
            "8:00 am to 7:00 pm Wednesday",
            "Closed for lunch 12:15 pm to 12:45 pm",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:30 pm Monday to Tuesday",
            "8:00 am to 7:00 pm Wednesday",
            "Closed for lunch 12:15 pm to 12:45 pm",
            "Statutory Holidays - Closed",
        ],
        ["8:00 am to 6:00 pm Monday to Thursday", "9:00 am to 4:00 pm Friday", "", "Statutory Holidays - Closed"],
        ["8:00 am to 5:30pm Monday to Thursday", "8:00 am to 3:30 pm Friday", "", "Statutory Holidays - Closed"],
        [
            "8:30 am to 4:30 pm Monday to Wednesday",
            "8:30 am to 6:30 pm Thursday",
            "8:30 am to 2:30 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30pm Monday to Tuesday (Closed 12:00 pm to 1:00 pm)",
            "10:30 am to 5:30 pm Wednesday (Closed 1:00 pm to 2:00 pm)",
            "8:30 am to 12:30 pm Thursday",
            "Statutory Holidays - Closed",
        ],
        [
            "11:00 am to 6:00 pm Tuesday (Closed 2:00 pm to 3:00 pm)",
            "9:00 am to 4:00 pm Wednesday to Friday (Closed 12:00 pm to 1:00 pm)",
            "",
            "Statutory Holidays - Closed",
        ],
        ["8:30 am to 4:30 pm Monday to Tuesday", "10:30 am to 6:30 pm Wednesday", "", "Statutory Holidays - Closed"],
        [
            "8:30 am to 5:30 pm Monday, Tuesday, Thursday",
            "8:30 am to 6:30 pm Wednesday",
            "8:30 am to 4:30 pm Friday",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Wednesday, and Friday",
            "8:30 am to 7:30 pm Thursday",
            "",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Wednesday, Thursday, Friday",
            "9:00 am to 6:00 pm Tuesday",
            "",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:00 am to 4:00 pm Monday, Tuesday, Wednesday, Friday",
            "8:00 am to 6:00 pm Thursday",
            "",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 6:30 pm Monday, Tuesday, Wednesday",
            "8:30 am to 7:30 pm Thursday",
            "8:30 am to 4:30 pm Friday",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Wednesday, Friday",
            "8:30 am to 6:00 pm Thursday",
            "",
            "Statutory Holidays, Easter Monday, Boxing Day - Closed",
        ],
        [
            "8:00 am to 4:00 pm Monday to Wednesday, Friday",
            "8:00 am to 6:00 pm Thursdays",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:00 pm Monday to Wednesday",
            "10:00 am to 6:00 pm Thursdays",
            "Friday - Closed",
            "Statutory Holidays - Closed",
        ],
        ["10:00 am to 6:00 pm Monday", "9:00 am to 5:00 pm Tuesday to Friday", "", "Statutory Holidays - Closed"],
        [
            "10:00 am to 6:00 pm Monday",
            "9:00 am to 5:00 pm Tuesday to Thursday",
            "9:00 am to 3:00 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday",
            "8:30 am to 8:00 pm Wednesday",
            "Statutory Holidays - Closed",
            "",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday",
            "10:00am to 6:00pm Wednesday",
            "11:00 am to 4:30 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Tuesday and Thursday",
            "10:00am to 6:00pm Wednesday",
            "Monday and Friday - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday to Wednesday",
            "8:30 am to 6:00 pm Thursday",
            "8:30 am to 4:30 pm Friday",
            "Statutory Holidays - Closed",
        ],
        ["8:30 am to 5:30 pm Monday", "8:30 am to 4:30 pm Tuesday to Friday", "", "Statutory Holidays - Closed"],
        ["8:30 am to 6:00 pm Monday to Friday", "", "n/a", "Statutory Holidays - Closed"],
        [
            "8:30 am to 5:00 pm Monday, Tuesday, Thursday, Friday",
            "11:00 am to 7:00 pm Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:00 pm Monday, Tuesday, Thursday, Friday",
            "11:00 am to 7:00 pm Wednesday",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 4:30 pm Monday, Tuesday, Thursday",
            "11:00 am to 7:00 pm Wednesday",
            "Fridays - Closed",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 4:00 pm Monday to Wednesday",
            "8:00 am to 6:00 pm Thursday",
            "8:00 am to 4:00 pm Friday",
            "Statutory Holidays - Closed",
        ],
        ["8:30 am to 6:30pm Monday to Thursday", "9:00am to 4:00 pm Friday", "", "Statutory Holidays - Closed"],
        [
            "8:30 am to 4:30 pm Monday to Wednesday",
            "10:30 am to 6:30 pm Thursday",
            "8:30 am to 4:30 pm Friday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 5:30 pm Monday",
            "8:30 am to 4:30 pm Tuesday, Thursday, and Friday",
            "8:30 am to 3:30 pm Wednesday",
            "Statutory Holidays - Closed",
        ],
        [
            "8:30 am to 5:30 pm Monday",
            "8:30 am to 3:30 pm Tuesday",
            "8:30 am to 4:30 pm Wednesday to Friday ",
            "Statutory Holidays - Closed",
        ],
        ["9:00 am to 7:00 pm to Monday", "9:00 am to 4:30 pm Tuesday to Friday", "", "Statutory Holidays - Closed"],
        [
            "11:00 am to 6:00 pm Monday (closed 2 pm to 3 pm for lunch)",
            "9:00 am to 4:00 pm Tuesday to Friday (closed noon to 1 for lunch)",
            "",
            "Statutory Holidays - Closed",
        ],
        [
            "8:00 am to 6:00 pm Monday",
            "8:00 am to 5:00 pm Tuesday, Thursday, Friday",
            "8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed",
            "\"In Person Services\" by appointment only",
        ],
    ];

    /// Every distinct non-empty `hours_text` of provincial_service_centres.csv.
    const PROVINCIAL: [&str; 8] = [
        "Du lundi au vendredi, 8 h 30 à 17 h (2009); open over the lunch hour with two agents",
        "Jeudi et vendredi (Thursdays and Fridays); 9 h à 17 h (per 2019 announcement)",
        "Mardi et mercredi (Tuesdays and Wednesdays); 9 h à 17 h (per 2019 announcement)",
        "Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016",
        "Monday to Friday 8:30 a.m. to 4:30 p.m.; closed for lunch 12 to 1:00 p.m. (2015); Saturday appointment pilot from Jan 9, 2016 (later ended)",
        "Office message: 9am-10am reserved for seniors and people with underlying health issues (COVID-era)",
        "Opens 8:30 a.m. (per Aug 2004 notice)",
        "Tuesday and Thursday, 10 a.m. to 2 p.m. (May 2012)",
    ];

    /// Opening hour and minute, closing hour and minute.
    type Hm = (u16, u16, u16, u16);

    /// Builds the days of a schedule from `(weekdays, spans)`.
    fn week(spec: &[(&[usize], &[Hm])]) -> [Vec<Span>; 7] {
        let mut days: [Vec<Span>; 7] = Default::default();
        for (which, spans) in spec {
            for d in *which {
                days[*d] = spans.iter().map(|&(h1, m1, h2, m2)| Span::new(h1 * 60 + m1, h2 * 60 + m2)).collect();
            }
        }
        days
    }

    fn days_of(lines: &[&str]) -> Option<[Vec<Span>; 7]> {
        parse(lines).map(|s| s.days)
    }

    const MON_FRI: &[usize] = &[0, 1, 2, 3, 4];

    #[test]
    fn workbc_representative_schedules() {
        assert_eq!(
            days_of(&["8:30 am to 4:30 pm Monday, Tuesday, Thursday, Friday"]),
            Some(week(&[(&[0, 1, 3, 4], &[(8, 30, 16, 30)])]))
        );
        assert_eq!(
            days_of(&["9:00 am to 4:30 pm Tuesday to Friday"]),
            Some(week(&[(&[1, 2, 3, 4], &[(9, 0, 16, 30)])]))
        );
        assert_eq!(days_of(&["8:00 am to 4:30 pm Monday to Tuesday"]), Some(week(&[(&[0, 1], &[(8, 0, 16, 30)])])));
        assert_eq!(
            days_of(&["8:30 AM to 5:30 PM Monday -Thursday"]),
            Some(week(&[(&[0, 1, 2, 3], &[(8, 30, 17, 30)])]))
        );
        assert_eq!(days_of(&["8:30am-7:30pm Wednesday"]), Some(week(&[(&[2], &[(8, 30, 19, 30)])])));
        assert_eq!(days_of(&["9:00 am to 7:00 pm to Monday"]), Some(week(&[(&[0], &[(9, 0, 19, 0)])])));
        assert_eq!(
            days_of(&["10:30 am to 4:00 pm & 5:00 pm to 6:30 pm Monday"]),
            Some(week(&[(&[0], &[(10, 30, 16, 0), (17, 0, 18, 30)])]))
        );
        assert_eq!(
            days_of(&["9:00 am to 4:00 pm Tuesday to Friday (closed noon to 1 for lunch)"]),
            Some(week(&[(&[1, 2, 3, 4], &[(9, 0, 12, 0), (13, 0, 16, 0)])]))
        );
        let wednesday = parse(&["8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed"]);
        assert_eq!(
            wednesday.as_ref().map(|s| (&s.days, s.closed_on_holidays)),
            Some((&week(&[(&[2], &[(8, 0, 13, 0)])]), true))
        );
        let open = parse(&["", "", "OPEN: Monday - Friday (8:30am - 4:30pm)", "CLOSED: Weekends and Holidays"]);
        assert_eq!(
            open.as_ref().map(|s| (&s.days, s.closed_on_holidays)),
            Some((&week(&[(MON_FRI, &[(8, 30, 16, 30)])]), true))
        );
        // A lunch closure on a line of its own applies to every day with hours.
        let lunch = parse(&[
            "8:00 am to 4:30 pm Monday to Tuesday",
            "8:00 am to 7:00 pm Wednesday",
            "Closed for lunch 12:15 pm to 12:45 pm",
            "Statutory Holidays - Closed",
        ]);
        let expected =
            week(&[(&[0, 1], &[(8, 0, 12, 15), (12, 45, 16, 30)]), (&[2], &[(8, 0, 12, 15), (12, 45, 19, 0)])]);
        assert_eq!(lunch.map(|s| s.days), Some(expected));
        // Closed days named next to hours, and a note about appointments.
        let office = parse(&[
            "8:00 am to 6:00 pm Monday",
            "8:00 am to 5:00 pm Tuesday, Thursday, Friday",
            "8:00 am to 1:00 pm Wednesday - Statutory Holidays - Closed",
            "\"In Person Services\" by appointment only ",
        ]);
        let expected = Schedule {
            days: week(&[(&[0], &[(8, 0, 18, 0)]), (&[1, 3, 4], &[(8, 0, 17, 0)]), (&[2], &[(8, 0, 13, 0)])]),
            closed_on_holidays: true,
            note: Text::en("\"In Person Services\" by appointment only"),
        };
        assert_eq!(office, Some(expected));
    }

    #[test]
    fn provincial_schedules_and_notes() {
        let ns = parse(&[
            "Monday to Friday 8:30 a.m. to 4:30 p.m.; closed for lunch 12 to 1:00 p.m. (2015); Saturday appointment pilot from Jan 9, 2016 (later ended)",
        ]);
        let expected = Schedule {
            days: week(&[(MON_FRI, &[(8, 30, 12, 0), (13, 0, 16, 30)])]),
            closed_on_holidays: false,
            note: Text::en("2015; Saturday appointment pilot from Jan 9, 2016 (later ended)"),
        };
        assert_eq!(ns, Some(expected));

        let tno = parse(&["Du lundi au vendredi, 8 h 30 à 17 h (2009); open over the lunch hour with two agents"]);
        let expected = Schedule {
            days: week(&[(MON_FRI, &[(8, 30, 17, 0)])]),
            closed_on_holidays: false,
            note: Text::both("2009; open over the lunch hour with two agents", "2009"),
        };
        assert_eq!(tno, Some(expected));

        let snb = parse(&["Jeudi et vendredi (Thursdays and Fridays); 9 h à 17 h (per 2019 announcement)"]);
        let expected = Schedule {
            days: week(&[(&[3, 4], &[(9, 0, 17, 0)])]),
            closed_on_holidays: false,
            note: Text::en("per 2019 announcement"),
        };
        assert_eq!(snb, Some(expected));

        let bc = parse(&["Tuesday and Thursday, 10 a.m. to 2 p.m. (May 2012)"]);
        assert_eq!(bc.as_ref().map(|s| &s.days), Some(&week(&[(&[1, 3], &[(10, 0, 14, 0)])])));
        assert_eq!(bc.map(|s| s.note), Some(Text::en("May 2012")));

        // A later change of hours, a lone opening time, a message with times: ambiguous.
        assert_eq!(
            parse(&["Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016"]),
            None
        );
        assert_eq!(parse(&["Opens 8:30 a.m. (per Aug 2004 notice)"]), None);
        assert_eq!(
            parse(&[
                "Office message: 9am-10am reserved for seniors and people with underlying health issues (COVID-era)"
            ]),
            None
        );
    }

    #[test]
    fn french_forms() {
        assert_eq!(
            days_of(&["Du lundi au vendredi de 8 h 30 à 12 h et de 13 h à 16 h 30", "Fermé les jours fériés"]),
            Some(week(&[(MON_FRI, &[(8, 30, 12, 0), (13, 0, 16, 30)])]))
        );
        assert_eq!(
            parse(&["Lundi, mercredi et vendredi : 9h à 17h", "Samedi : fermé"]).map(|s| s.closed_on_holidays),
            Some(false)
        );
        assert_eq!(
            days_of(&["Mardi au jeudi, 9 h à 16 h (fermé de midi à 13 h)"]),
            Some(week(&[(&[1, 2, 3], &[(9, 0, 12, 0), (13, 0, 16, 0)])]))
        );
        assert_eq!(days_of(&["Samedi et dimanche, 10 h à minuit"]), Some(week(&[(&[5, 6], &[(10, 0, 24, 0)])])));
        assert_eq!(parse(&["Fermé les jours fériés"]), None);
    }

    #[test]
    fn times_and_ranges() {
        // A range without am/pm has one increasing reading here...
        assert_eq!(days_of(&["9 to 5 Monday"]), Some(week(&[(&[0], &[(9, 0, 17, 0)])])));
        // ...but two here (8–11 or 20–23).
        assert_eq!(parse(&["8 to 11 Monday"]), None);
        assert_eq!(parse(&["12 to 1:00 p.m. Monday"]), None);
        // Explicit times may run past midnight; the span counts on the next day.
        assert_eq!(days_of(&["10:00 pm to 2:00 am Friday"]), Some(week(&[(&[4], &[(22, 0, 26, 0)])])));
        assert_eq!(days_of(&["noon to midnight Sunday"]), Some(week(&[(&[6], &[(12, 0, 24, 0)])])));
        // Day ranges wrap past Sunday; weekends and abbreviations.
        assert_eq!(days_of(&["Fri to Mon 9 am to 5 pm"]), Some(week(&[(&[4, 5, 6, 0], &[(9, 0, 17, 0)])])));
        assert_eq!(days_of(&["10 am to 4 pm weekends"]), Some(week(&[(&[5, 6], &[(10, 0, 16, 0)])])));
        assert_eq!(parse(&["9:00 am to 13:00 pm Monday"]), None);
    }

    #[test]
    fn ambiguous_or_contradictory_text_is_none() {
        let cases: &[&[&str]] = &[
            &["9:00 am to 5:00 pm Monday, Saturday Closed"],
            &["9:00 am to 5:00 pm Monday", "Monday - Closed"],
            &["Monday - Closed", "9:00 am to 5:00 pm Monday"],
            &["9 am to 5 pm Monday", "10 am to 2 pm Monday"],
            &["9 am to 5 pm Monday (closed 6 pm to 7 pm)"],
            &["9 am to 5 pm Monday (closed in July)"],
            &["Monday to Friday 9 am to 5 pm; also Saturdays"],
            &["Jeudi (Fridays); 9 h à 17 h"],
            &["9 am to 5 pm Monday (closed 12 to 1"],
            &["9 am to 5 pm"],
            &["Monday to Friday"],
            &["Hours vary, call ahead 9 am"],
            &["Statutory Holidays 9 am to 5 pm"],
            &[],
            &["", "n/a"],
        ];
        for lines in cases {
            assert_eq!(parse(lines), None, "{lines:?}");
        }
    }

    /// Parses `line` alone, or (for lines that only close days or add a note) next to a
    /// line of hours on Tuesday, which no real closed-days line mentions.
    fn understood(line: &str) -> bool {
        parse(&[line]).is_some() || parse(&["9:00 am to 5:00 pm Tuesday", line]).is_some()
    }

    #[test]
    fn real_strings_parse() {
        let all: Vec<&str> = WORKBC.iter().chain(PROVINCIAL.iter()).copied().collect();
        assert_eq!(all.len(), 172);
        let alone = all.iter().filter(|s| parse(&[s]).is_some()).count();
        assert_eq!(alone, 150, "strings that give a schedule on their own");
        let not_understood: Vec<&str> = all.iter().copied().filter(|s| !understood(s)).collect();
        assert_eq!(
            not_understood,
            [
                "Monday to Friday 8:30 a.m. to 4:30 p.m. (2015); pilot open until 5:30 p.m. from Jan 4, 2016",
                "Office message: 9am-10am reserved for seniors and people with underlying health issues (COVID-era)",
                "Opens 8:30 a.m. (per Aug 2004 notice)",
            ]
        );
    }

    #[test]
    fn every_workbc_office_parses() {
        for office in WORKBC_OFFICES {
            let schedule = parse(&office);
            assert!(schedule.as_ref().is_some_and(|s| !s.is_empty()), "{office:?}");
        }
    }
}
