//! Parses opening-hours text (English and French) into a weekly schedule.
use crate::domain::hours::Schedule;

/// Parses the lines of one office's hours ("8:30 am to 4:30 pm Monday, Tuesday",
/// "Du lundi au vendredi, 8 h 30 à 17 h", "Statutory Holidays - Closed"). `None` when any
/// line cannot be understood: the caller then keeps the text as is.
pub fn parse(_lines: &[&str]) -> Option<Schedule> {
    unimplemented!("issue 3: hours text")
}
