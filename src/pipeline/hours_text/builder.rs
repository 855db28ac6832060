//! From elements to a schedule: days with their spans, closures cut out of them, notes by
//! language, and the checks that make ambiguous text give `None`.
use super::grammar::{acceptable_note, days_of, group, note_lang, DaySet, El, ALL_DAYS};
use super::lexer::{split_clauses, tokenize};
use super::token::{resolve, Clock, Lang, Tok};
use crate::domain::hours::{Schedule, Span};
use crate::domain::model::Text;

/// Lines that say nothing (compared in lower case).
const EMPTY_LINES: [&str; 3] = ["n/a", "-", "—"];

/// A note and the language it goes under.
#[derive(Debug, Clone)]
pub(super) struct Note {
    pub(super) text: String,
    pub(super) lang: Option<Lang>,
    pub(super) line: usize,
    pub(super) line_lang: Lang,
}

/// The schedule being built from successive lines.
#[derive(Debug, Default)]
pub(super) struct Builder {
    pub(super) days: [Vec<Span>; 7],
    /// Days said to be closed.
    pub(super) closed: u8,
    pub(super) holidays: bool,
    /// Closures to cut out of the spans of the days in the mask, once all lines are read.
    pub(super) closures: Vec<(u8, Vec<(Clock, Clock)>)>,
    pub(super) notes: Vec<Note>,
}

impl Builder {
    pub(super) fn line(&mut self, index: usize, line: &str) -> Option<()> {
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
    pub(super) fn interpret(&mut self, els: Vec<El>) -> Option<()> {
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
    pub(super) fn assign(&mut self, days: DaySet, ranges: &[(Clock, Clock)]) -> Option<()> {
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
    pub(super) fn close(&mut self, days: DaySet) -> Option<()> {
        if days_of(days.mask).any(|d| !self.days[d].is_empty()) {
            return None;
        }
        self.closed |= days.mask;
        self.holidays |= days.holidays;
        Some(())
    }

    pub(super) fn finish(mut self) -> Option<Schedule> {
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
    pub(super) fn note(&self) -> Text {
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
pub(super) fn cut(spans: &[Span], open: u16, close: u16) -> Vec<Span> {
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
