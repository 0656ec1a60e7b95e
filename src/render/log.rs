//! `roadmap log`: the history, newest first, in local time.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Line, Printer, Role, local_time, mark, status_name};
use crate::error::Result;
use crate::i18n::Msg;
use crate::i18n::RecordMsg;
use crate::progress::Status;

/// The `--json` shape of `roadmap log` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct LogReport {
    pub roadmap: String,
    pub user: String,
    /// How many entries there are in all (`entries` may show fewer).
    pub total: usize,
    /// Newest first.
    pub entries: Vec<LogEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogKind {
    /// A status change; `from` and `to` are set, `text` is its note if any.
    Status,
    /// A note written with `roadmap note`; `text` is the note.
    Note,
    /// A study session: `minutes`, and `text` its note if any.
    Study,
    /// An evidence link; `text` is the link.
    Evidence,
}

#[derive(Debug, Serialize)]
pub struct LogEntry {
    pub at: DateTime<Utc>,
    pub kind: LogKind,
    /// `None` for a step the roadmap no longer has.
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Study sessions only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

pub fn text(p: &mut Printer<'_>, report: &LogReport) -> Result<()> {
    if report.entries.is_empty() && report.total == 0 {
        p.line(Line::new().ours(p.t(Msg::NothingRecorded)))?;
        return Ok(());
    }
    for entry in &report.entries {
        let (role, mark) = match entry.to {
            Some(to) => mark(to),
            None => (Role::Plain, "   "),
        };
        let mut line = Line::new()
            .role(Role::Faint, local_time(entry.at))
            .ours("  ")
            .role(role, mark)
            .ours(" ");
        if let Some(number) = entry.number.as_deref() {
            line = line.theirs_as(Role::Number, number).ours("  ");
        }
        let what = match (entry.kind, entry.from, entry.to) {
            // Recorded on two machines alike: the step was already there.
            (LogKind::Status, Some(from), Some(to)) if from == to => p.t(status_name(to)),
            (LogKind::Status, Some(from), Some(to)) => {
                format!("{} → {}", p.t(status_name(from)), p.t(status_name(to)))
            }
            (LogKind::Study, _, _) => {
                let spent = p.t(Msg::Record(RecordMsg::Duration(
                    entry.minutes.unwrap_or(0).into(),
                )));
                p.t(Msg::Record(RecordMsg::Studied(spent)))
            }
            (LogKind::Evidence, _, _) => p.t(Msg::Record(RecordMsg::EvidenceWord)),
            _ => p.t(Msg::NoteKind),
        };
        line = line
            .hang_here()
            .theirs(&entry.title)
            .ours(format!(" — {what}"));
        if let Some(text) = entry.text.as_deref() {
            line = line.ours(": ").theirs(text);
        }
        p.line(line)?;
    }
    let hidden = report.total - report.entries.len();
    if hidden > 0 {
        p.line(Line::new().role(Role::Faint, p.t(Msg::MoreOlder(hidden))))?;
    }
    Ok(())
}
