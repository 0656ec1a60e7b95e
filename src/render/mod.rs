//! Presentation: the serde shapes of `--json` output and their text form.
//! Commands compute a report; this layer only formats it.
//!
//! A text renderer is `fn text(p: &mut Printer<'_>, report: &Report)`. It
//! builds each line from spans and hands it to the printer, which alone
//! escapes, wraps, colours and writes:
//!
//! ```ignore
//! p.line(
//!     Line::new()
//!         .theirs_as(Role::Number, &step.number) // untrusted: escaped
//!         .ours("  ")                            // our own text
//!         .hang_here()                           // wrap under what follows
//!         .theirs(&step.title),
//! )?;
//! ```
//!
//! Words come from the catalogue (`p.t(Msg::DoneWhen)`, `src/i18n/`), never
//! from a `match` on the language here. `--json` goes through `p.json`,
//! finished documents through `p.document`, tables laid out already (with
//! untrusted cells made safe by `p.clean`) through `p.block`.

pub mod apply;
pub mod check;
pub mod checklist;
pub mod cohort;
pub mod comments;
pub mod done;
pub mod export;
pub mod find;
pub mod graph;
pub mod import;
pub mod list;
pub mod log;
pub mod next;
pub mod pace;
pub mod record;
pub mod show;
pub mod stack;
pub mod status;
pub mod sync;
pub mod today;
pub mod undo;
pub mod users;
pub mod validate;

pub mod out;
pub(crate) mod wrap;

use chrono::{DateTime, Local, Utc};

pub use self::out::{Line, Printer, Role};
use crate::i18n::Msg;
use crate::progress::Status;

/// A step's short status mark and its colour.
pub fn mark(status: Status) -> (Role, &'static str) {
    match status {
        Status::Done => (Role::Good, "[x]"),
        Status::Skipped => (Role::Faint, "[-]"),
        Status::InProgress => (Role::Warn, "[>]"),
        Status::Todo => (Role::Plain, "[ ]"),
    }
}

/// The name of a status, as the interface says it.
pub fn status_name(status: Status) -> Msg {
    Msg::Status(status)
}

/// One step as the lists print it: `  [x] 1.2  Title`, wrapped under the
/// title.
pub fn step_line<'a>(status: Status, number: &'a str, title: &'a str) -> Line<'a> {
    let (role, mark) = mark(status);
    Line::new()
        .ours("  ")
        .role(role, mark)
        .ours(" ")
        .theirs_as(Role::Number, number)
        .ours("  ")
        .hang_here()
        .theirs(title)
}

/// A progress bar of `width` cells for a percentage.
pub fn bar(percent: f64, width: usize) -> String {
    let filled = ((percent.clamp(0.0, 100.0) / 100.0) * width as f64).floor() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// A moment as people read it: local date and time to the minute.
pub fn local_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// A local date, e.g. for the estimated finish.
pub fn local_date(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d").to_string()
}

/// A percentage rounded to one decimal, for JSON.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_fills_by_percentage() {
        assert_eq!(bar(0.0, 4), "░░░░");
        assert_eq!(bar(50.0, 4), "██░░");
        assert_eq!(bar(99.9, 4), "███░");
        assert_eq!(bar(100.0, 4), "████");
    }
}
