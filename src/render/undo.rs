//! `roadmap undo` and `roadmap note`: what was taken back, what was noted.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Line, Printer, Role, mark, status_name};
use crate::error::Result;
use crate::i18n::cohort::CohortMsg;
use crate::i18n::{FormatMsg, Msg, RecordMsg};
use crate::progress::Status;

/// The `--json` shape of `roadmap undo` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct UndoReport {
    /// The status changes taken back, in the order they had been made.
    pub reverted: Vec<RevertedChange>,
    /// The notes removed.
    pub notes_removed: Vec<NoteEntry>,
    /// The study sessions removed.
    pub sessions_removed: Vec<RemovedSession>,
    /// The evidence links removed.
    pub evidence_removed: Vec<RemovedEvidence>,
    /// The verifications (`roadmap check`) taken back.
    pub verifications_removed: Vec<RemovedVerification>,
    /// The checklist ticks and unticks taken back.
    pub ticks_reverted: Vec<TickEntry>,
    /// The mentor comments taken back.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments_removed: Vec<super::comments::RemovedComment>,
    /// How many status changes remain in the history.
    pub history_left: usize,
    /// Job applications and their stage changes taken back.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applications_undone: Vec<super::apply::UndoneApplication>,
}

#[derive(Debug, Serialize)]
pub struct RemovedSession {
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub minutes: u32,
}

#[derive(Debug, Serialize)]
pub struct RemovedEvidence {
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct RemovedVerification {
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub commit: Option<String>,
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
    /// The step's status once the change is taken back (after a merge,
    /// not always `from`).
    pub now: Status,
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

/// A checklist change with the step it is on.
#[derive(Debug, Serialize)]
pub struct TickEntry {
    pub number: Option<String>,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    /// The item's number, from 1.
    pub item: u32,
    /// `true` for a tick taken back, `false` for an untick.
    pub ticked: bool,
}

/// The `--json` shape of `roadmap note` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct NoteReport {
    pub note: NoteEntry,
    /// How many notes the step has now.
    pub notes: usize,
}

/// A step as these lines name it: its number and title, or only the title
/// for a step the roadmap no longer has.
fn step_label<'a>(line: Line<'a>, number: Option<&'a str>, title: &'a str) -> Line<'a> {
    match number {
        Some(number) => line
            .theirs_as(Role::Number, number)
            .ours("  ")
            .theirs(title),
        None => line.theirs(title),
    }
}

pub fn text(p: &mut Printer<'_>, report: &UndoReport) -> Result<()> {
    let undid = p.t(Msg::Undid);
    let lang = p.lang();
    for change in report.reverted.iter().rev() {
        let (role, mark) = mark(change.now);
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .role(role, mark)
            .ours(" ")
            .hang_here();
        let taken = CohortMsg::UndidStatus {
            taken: p.t(status_name(change.to)),
            now: p.t(status_name(change.now)),
        };
        let line = step_label(line, change.number.as_deref(), &change.title)
            .ours(" — ")
            .ours(taken.text(lang));
        p.line(line)?;
    }
    // A note given with `done --note` is on its event: already said.
    let on_event = |note: &NoteEntry| {
        report
            .reverted
            .iter()
            .any(|change| change.id == note.id && change.at == note.at)
    };
    for note in report.notes_removed.iter().filter(|note| !on_event(note)) {
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .hang_here()
            .ours(p.t(Msg::NoteOnBefore));
        let line = step_label(line, note.number.as_deref(), &note.title)
            .ours(p.t(Msg::NoteOnAfter))
            .theirs(&note.text)
            .ours(p.t(Msg::NoteOnEnd));
        p.line(line)?;
    }
    for session in &report.sessions_removed {
        let spent = p.t(Msg::Record(RecordMsg::Duration(session.minutes.into())));
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .hang_here()
            .ours(p.t(Msg::Record(RecordMsg::UndidStudyOn(spent))))
            .ours(" ");
        p.line(step_label(line, session.number.as_deref(), &session.title))?;
    }
    for evidence in &report.evidence_removed {
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .hang_here()
            .ours(p.t(Msg::Record(RecordMsg::UndidEvidenceOn)))
            .ours(" ");
        let line = step_label(line, evidence.number.as_deref(), &evidence.title)
            .ours(": ")
            .theirs(&evidence.url);
        p.line(line)?;
    }
    for verified in &report.verifications_removed {
        let on = crate::i18n::check_words::CheckMsg::UndidVerificationOn.text(p.lang());
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .hang_here()
            .ours(on)
            .ours(" ");
        let mut line = step_label(line, verified.number.as_deref(), &verified.title);
        if let Some(commit) = &verified.commit {
            line = line
                .role(Role::Faint, " @ ")
                .theirs_as(Role::Faint, commit.chars().take(7).collect::<String>());
        }
        p.line(line)?;
    }
    for tick in &report.ticks_reverted {
        let (before, after) = (
            FormatMsg::TickUndoneBefore {
                item: tick.item,
                ticked: tick.ticked,
            },
            FormatMsg::TickUndoneAfter {
                item: tick.item,
                ticked: tick.ticked,
            },
        );
        let line = Line::new()
            .role(Role::Strong, undid.clone())
            .ours(" ")
            .hang_here()
            .ours(p.t(Msg::Format(before)));
        let line =
            step_label(line, tick.number.as_deref(), &tick.title).ours(p.t(Msg::Format(after)));
        p.line(line)?;
    }
    super::apply::undo_lines(p, &report.applications_undone, &undid)?;
    super::comments::undone(p, &report.comments_removed)?;
    // When the change was made: undo may reach back days.
    let times = report.reverted.iter().map(|c| c.at);
    let times = times.chain(report.notes_removed.iter().map(|n| n.at));
    let times = times.chain(report.sessions_removed.iter().map(|s| s.at));
    let times = times.chain(report.evidence_removed.iter().map(|e| e.at));
    let times = times.chain(report.ticks_reverted.iter().map(|t| t.at));
    let times = times.chain(report.verifications_removed.iter().map(|v| v.at));
    let times = times.chain(report.comments_removed.iter().map(|c| c.at));
    let times = times.chain(report.applications_undone.iter().map(|a| a.at));
    if let Some(at) = times.max() {
        let recorded = CohortMsg::UndidRecorded {
            at: super::local_time(at),
        };
        p.line(
            Line::new()
                .ours("  ")
                .role(Role::Faint, recorded.text(lang)),
        )?;
    }
    Ok(())
}

pub fn note_text(p: &mut Printer<'_>, report: &NoteReport) -> Result<()> {
    let line = Line::new().ours(p.t(Msg::NotedOnBefore));
    let line = step_label(line, report.note.number.as_deref(), &report.note.title)
        .ours(p.t(Msg::NotedOnAfter(report.notes)));
    p.line(line)?;
    p.line(
        Line::new()
            .role(Role::Faint, p.t(Msg::ReadThemWith))
            .role(Role::Faint, " roadmap show ")
            .theirs_as(
                Role::Faint,
                report.note.number.as_deref().unwrap_or(&report.note.id),
            ),
    )?;
    Ok(())
}
