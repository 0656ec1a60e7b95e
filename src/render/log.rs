//! `roadmap log`: the history, newest first, in local time.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Style, local_time, record_msg::RecordMsg};
use crate::error::Result;
use crate::lang::Lang;
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

pub fn text(out: &mut dyn Write, report: &LogReport, style: Style) -> Result<()> {
    if report.entries.is_empty() && report.total == 0 {
        writeln!(
            out,
            "{}",
            style.tr(
                "Nothing recorded yet. `roadmap next` shows where to begin.",
                "まだ記録はありません。`roadmap next` で最初のステップを確認できます。"
            )
        )?;
        return Ok(());
    }
    for entry in &report.entries {
        let mark = match entry.to {
            Some(to) => style.mark(to),
            None => "   ".to_string(),
        };
        let number = entry
            .number
            .as_deref()
            .map_or(String::new(), |n| format!("{}  ", style.cyan(n)));
        let what = match (entry.kind, entry.from, entry.to) {
            (LogKind::Status, Some(from), Some(to)) => {
                format!("{} → {}", style.status_name(from), style.status_name(to))
            }
            (LogKind::Study, _, _) => {
                let spent = super::record::duration(entry.minutes.unwrap_or(0).into(), style.lang);
                RecordMsg::Studied(spent).text(style.lang)
            }
            (LogKind::Evidence, _, _) => RecordMsg::EvidenceWord.text(style.lang),
            _ => style.tr("note", "メモ").to_string(),
        };
        let text = entry
            .text
            .as_deref()
            .map_or(String::new(), |t| format!(": {t}"));
        writeln!(
            out,
            "{}  {mark} {number}{} — {what}{text}",
            style.dim(&local_time(entry.at)),
            entry.title
        )?;
    }
    let hidden = report.total - report.entries.len();
    if hidden > 0 {
        let more = match style.lang {
            Lang::En => format!("{hidden} older: roadmap log --all"),
            Lang::Ja => format!("ほかに古い記録 {hidden} 件: roadmap log --all"),
        };
        writeln!(out, "{}", style.dim(&more))?;
    }
    Ok(())
}
