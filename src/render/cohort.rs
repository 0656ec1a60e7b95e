//! Sharing a data folder with a cohort, as text: what a merge brought in
//! (after `sync` and `import progress`), and `sync restore`.

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::Msg;
use crate::i18n::cohort::CohortMsg;
use crate::progress::MergeSummary;
use crate::sync::RestoreReport;

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
