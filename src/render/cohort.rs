//! Sharing a data folder with a cohort, as text: what a merge brought in
//! (after `sync` and `import progress`), and `sync restore`.

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::Msg;
use crate::i18n::cohort::CohortMsg;
use crate::progress::MergeSummary;
use crate::sync::{Reminder, RestoreReport};
use chrono::{DateTime, Utc};

/// Everything a merge counts, for [`Msg::SyncMergedFigures`], which names
/// only what is not zero. A new kind of record is one more field here.
pub fn figures(summary: &MergeSummary) -> Msg {
    Msg::SyncMergedFigures {
        events: summary.events_added,
        notes: summary.notes_added,
        sessions: summary.sessions_added,
        evidence: summary.evidence_added,
        ticks: summary.ticks_added,
        verifications: summary.verifications_added,
        settings: summary.settings_changed,
        steps: summary.statuses_changed.len(),
        applications: summary.applications_added,
        application_changes: summary.application_changes_added,
        comments: summary.comments_added,
    }
}

/// `roadmap sync restore NAME`.
pub fn restored(p: &mut Printer<'_>, report: &RestoreReport) -> Result<()> {
    let lang = p.lang();
    let headline = if report.restored {
        CohortMsg::Restored
    } else {
        CohortMsg::RemovedUnsynced
    };
    p.line(
        Line::new()
            .role(Role::Strong, headline.text(lang))
            .ours(" ")
            .theirs(&report.file),
    )?;
    let lost = match &report.lost {
        Some(lost) if lost.changed_anything() => CohortMsg::Lost(p.t(figures(lost))),
        Some(_) => CohortMsg::LostNothing,
        None => CohortMsg::LostUnreadable,
    };
    p.line(Line::new().ours("  ").hang_here().ours(lost.text(lang)))?;
    let next = CohortMsg::RestoreNext {
        user: report.user.clone(),
    };
    p.line(
        Line::new()
            .ours("  ")
            .hang_here()
            .role(Role::Faint, next.text(lang)),
    )
}

/// `roadmap sync auto`.
pub fn auto(p: &mut Printer<'_>, on: bool) -> Result<()> {
    let lang = p.lang();
    p.line(Line::new().ours(CohortMsg::Auto(on).text(lang)))
}

/// The today view's and `status`'s word about sync: when this machine
/// last synced (more than a day ago), the changes waiting, and the last
/// automatic sync's failure.
pub fn reminder(p: &mut Printer<'_>, reminder: &Reminder, now: DateTime<Utc>) -> Result<()> {
    let lang = p.lang();
    if reminder.stale {
        let when = match reminder.last_sync {
            Some(at) => CohortMsg::LastSynced {
                days: (now - at).num_days(),
                at: super::local_time(at),
            },
            None => CohortMsg::NeverSynced,
        };
        let mut line = Line::new().hang_here().role(Role::Warn, when.text(lang));
        if reminder.waiting > 0 {
            line = line
                .ours(" · ")
                .ours(CohortMsg::Waiting(reminder.waiting).text(lang));
        }
        let line = line
            .ours(": ")
            .role(Role::Faint, CohortMsg::SyncNow.text(lang));
        p.line(line)?;
    }
    if let Some(failure) = &reminder.failure {
        let failed = CohortMsg::AutoFailed {
            at: super::local_time(failure.at),
        };
        p.line(Line::new().role(Role::Warn, failed.text(lang)))?;
        // git's words, a line each (escaped where they are not text).
        for said in failure.message.lines().filter(|l| !l.trim().is_empty()) {
            p.line(Line::new().ours("  ").hang_here().theirs(said.trim()))?;
        }
    }
    Ok(())
}
