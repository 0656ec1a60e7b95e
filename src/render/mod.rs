//! Presentation: the serde shapes of `--json` output and their text form.
//! Commands compute a report; this layer only formats it.

pub mod done;
pub mod export;
pub mod find;
pub mod graph;
pub mod import;
pub mod list;
pub mod log;
pub mod next;
pub mod pace;
pub mod show;
pub mod status;
pub mod today;
pub mod undo;
pub mod users;
pub mod validate;

use std::io::Write;

use anstyle::{AnsiColor, Style as Ansi};
use chrono::{DateTime, Local, Utc};
use serde::Serialize;

use crate::error::Result;
use crate::lang::Lang;
use crate::progress::Status;

/// How text output looks: language and whether to use colour.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub lang: Lang,
}

impl Style {
    /// Picks the English or the Japanese form of a piece of interface text.
    pub fn tr<'a>(&self, en: &'a str, ja: &'a str) -> &'a str {
        match self.lang {
            Lang::En => en,
            Lang::Ja => ja,
        }
    }

    fn paint(&self, text: &str, style: Ansi) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(text, Ansi::new().bold())
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(text, Ansi::new().dimmed())
    }

    pub fn green(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Green.on_default())
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Yellow.on_default())
    }

    pub fn cyan(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Cyan.on_default())
    }

    pub fn paint_error(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Red.on_default().bold())
    }

    /// A step's short status mark, coloured by status.
    pub fn mark(&self, status: Status) -> String {
        match status {
            Status::Done => self.green("[x]"),
            Status::Skipped => self.dim("[-]"),
            Status::InProgress => self.yellow("[>]"),
            Status::Todo => "[ ]".to_string(),
        }
    }

    /// The mark after an optional step's title: ` (optional)`, ` (任意)`.
    pub fn optional_mark(&self, optional: bool) -> String {
        if optional {
            crate::i18n::ux::UxMsg::OptionalMark.text(self.lang)
        } else {
            String::new()
        }
    }

    /// One step as the lists print it: `  [x] 1.2  Title`.
    pub fn step_line(&self, status: Status, number: &str, title: &str) -> String {
        format!("  {} {}  {title}", self.mark(status), self.cyan(number))
    }

    /// Hours in the interface language (`3h`, `3時間`).
    pub fn hours(&self, hours: f64) -> String {
        crate::i18n::ux::hours(hours, self.lang)
    }

    pub fn status_name(&self, status: Status) -> &'static str {
        match status {
            Status::Todo => self.tr("todo", "未着手"),
            Status::InProgress => self.tr("in progress", "進行中"),
            Status::Done => self.tr("done", "完了"),
            Status::Skipped => self.tr("skipped", "スキップ"),
        }
    }
}

/// Writes a `--json` document: pretty, newline-terminated, no colour.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// A progress bar of `width` cells for a percentage.
pub fn bar(percent: f64, width: usize) -> String {
    let filled = ((percent.clamp(0.0, 100.0) / 100.0) * width as f64).floor() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Hours as people read them: `12h`, `1.5h`.
pub fn hours(hours: f64) -> String {
    crate::i18n::ux::hours(hours, Lang::En)
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

    #[test]
    fn hours_drop_needless_decimals() {
        assert_eq!(hours(12.0), "12h");
        assert_eq!(hours(1.5), "1.5h");
    }
}
