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
use crate::domain::hours::Schedule;

mod builder;
mod grammar;
mod lexer;
mod lexicon;
#[cfg(test)]
mod tests;
mod token;

use builder::Builder;

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
