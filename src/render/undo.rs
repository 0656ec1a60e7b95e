//! `roadmap undo` and `roadmap note`: what was taken back, what was noted.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::Status;

/// The `--json` shape of `roadmap undo` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct UndoReport {
    /// The status changes taken back, in the order they had been made.
    pub reverted: Vec<RevertedChange>,
    /// The notes removed.
    pub notes_removed: Vec<NoteEntry>,
    /// How many status changes remain in the history.
    pub history_left: usize,
}

#[derive(Debug, Serialize)]
pub struct RevertedChange {
    /// `None` for a step the roadmap no longer has.
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub from: Status,
    pub to: Status,
}

/// A note with the step it is on.
#[derive(Debug, Serialize)]
pub struct NoteEntry {
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub text: String,
}

/// The `--json` shape of `roadmap note` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct NoteReport {
    pub note: NoteEntry,
    /// How many notes the step has now.
    pub notes: usize,
}

fn step_label(style: Style, number: Option<&str>, title: &str) -> String {
    match number {
        Some(number) => format!("{}  {title}", style.cyan(number)),
        None => title.to_string(),
    }
}

pub fn text(out: &mut dyn Write, report: &UndoReport, style: Style) -> Result<()> {
    let undid = style.tr("Undid:", "取り消しました:");
    for change in report.reverted.iter().rev() {
        writeln!(
            out,
            "{} {} {} — {} → {}",
            style.bold(undid),
            style.mark(change.from),
            step_label(style, change.number.as_deref(), &change.title),
            style.status_name(change.to),
            style.status_name(change.from),
        )?;
    }
    // A note given with `done --note` is on its event: already said.
    let on_event = |note: &NoteEntry| {
        report
            .reverted
            .iter()
            .any(|change| change.id == note.id && change.at == note.at)
    };
    for note in report.notes_removed.iter().filter(|note| !on_event(note)) {
        let label = step_label(style, note.number.as_deref(), &note.title);
        let line = match style.lang {
            Lang::En => format!("note on {label}: \"{}\"", note.text),
            Lang::Ja => format!("{label} のメモ「{}」", note.text),
        };
        writeln!(out, "{} {line}", style.bold(undid))?;
    }
    Ok(())
}

pub fn note_text(out: &mut dyn Write, report: &NoteReport, style: Style) -> Result<()> {
    let label = step_label(style, report.note.number.as_deref(), &report.note.title);
    match style.lang {
        Lang::En => writeln!(
            out,
            "Noted on {label} ({} {}).",
            report.notes,
            if report.notes == 1 { "note" } else { "notes" }
        )?,
        Lang::Ja => writeln!(
            out,
            "{label} にメモを書きました (メモ {} 件)。",
            report.notes
        )?,
    }
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} roadmap show {}",
            style.tr("Read them with:", "確認:"),
            report.note.number.as_deref().unwrap_or(&report.note.id)
        ))
    )?;
    Ok(())
}
