//! The tokens of hours text: a written time (`Clock`) and the words, times and marks the
//! lexer recognises (`Tok`), with where each came from (`Token`).
/// The language of a word or a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lang {
    En,
    Fr,
}

/// How a written time says which half of the day it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meridiem {
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
pub(super) struct Clock {
    pub(super) hour: u8,
    pub(super) minute: u8,
    pub(super) meridiem: Meridiem,
}

impl Clock {
    /// The possible readings in minutes after midnight (none for an impossible time).
    pub(super) fn readings(self) -> Vec<u16> {
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

    pub(super) fn is_explicit(self) -> bool {
        self.meridiem != Meridiem::Bare
    }
}

/// The one reading of the range `from`–`to` in minutes that `fits` accepts, if exactly
/// one exists. Only explicit times may wrap past midnight.
pub(super) fn resolve(from: Clock, to: Clock, fits: impl Fn(u16, u16) -> bool) -> Option<(u16, u16)> {
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
pub(super) enum Tok {
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
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) lang: Option<Lang>,
}

impl Token {
    pub(super) fn new(tok: Tok, lang: Option<Lang>) -> Token {
        Token { tok, lang }
    }
}
