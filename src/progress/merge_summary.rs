//! What a merge brought in, for the summaries of `sync` and
//! `import progress`.

use serde::Serialize;

use super::Status;

/// What a merge changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeSummary {
    pub events_added: usize,
    pub notes_added: usize,
    /// Study sessions and evidence links only the other side had.
    pub sessions_added: usize,
    pub evidence_added: usize,
    /// Verifications (`roadmap check`) only the other side had.
    pub verifications_added: usize,
    /// Job applications and their stage changes only the other side had.
    pub applications_added: usize,
    pub application_changes_added: usize,
    /// Checklist ticks and unticks brought in.
    pub ticks_added: usize,
    /// Mentor comments only the other side had.
    pub comments_added: usize,
    /// Settings (the weekly goal, the stack) the other side set later.
    pub settings_changed: usize,
    /// Steps whose status changed, with the old and new status.
    pub statuses_changed: Vec<StatusChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusChange {
    pub step: String,
    pub from: Status,
    pub to: Status,
}

impl MergeSummary {
    pub fn changed_anything(&self) -> bool {
        self.events_added > 0
            || self.notes_added > 0
            || self.sessions_added > 0
            || self.evidence_added > 0
            || self.verifications_added > 0
            || self.applications_added > 0
            || self.application_changes_added > 0
            || self.ticks_added > 0
            || self.comments_added > 0
            || self.settings_changed > 0
            || !self.statuses_changed.is_empty()
    }

    /// Adds `other`'s figures to these (one summary for several roadmaps).
    pub fn add(&mut self, other: MergeSummary) {
        self.events_added += other.events_added;
        self.notes_added += other.notes_added;
        self.sessions_added += other.sessions_added;
        self.evidence_added += other.evidence_added;
        self.verifications_added += other.verifications_added;
        self.applications_added += other.applications_added;
        self.application_changes_added += other.application_changes_added;
        self.ticks_added += other.ticks_added;
        self.comments_added += other.comments_added;
        self.settings_changed += other.settings_changed;
        self.statuses_changed.extend(other.statuses_changed);
    }
}
