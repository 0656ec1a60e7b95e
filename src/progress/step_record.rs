//! What is stored for one step: its status and what the learner recorded
//! on it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Evidence, Session, Status, Verification};

/// What is stored for one step. Steps never touched are not stored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Study sessions, oldest first (store version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// Links to work done for the step (store version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The times every check of the step passed, oldest first (store
    /// version 4; see `verified`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verifications: Vec<Verification>,
}

impl StepRecord {
    /// Nothing but the default status: such records are not stored.
    pub fn is_empty(&self) -> bool {
        self.status == Status::Todo
            && self.notes.is_empty()
            && self.sessions.is_empty()
            && self.evidence.is_empty()
            && self.verifications.is_empty()
    }

    /// The latest verification, when the step was ever verified.
    pub fn last_verification(&self) -> Option<&Verification> {
        self.verifications.last()
    }

    /// The batch numbers of what this record holds besides status changes.
    pub(super) fn batches(&self) -> impl Iterator<Item = u64> + '_ {
        let notes = self.notes.iter().filter_map(|n| n.batch);
        let sessions = self.sessions.iter().filter_map(|s| s.batch);
        let evidence = self.evidence.iter().filter_map(|e| e.batch);
        let verified = self.verifications.iter().filter_map(|v| v.batch);
        notes.chain(sessions).chain(evidence).chain(verified)
    }

    /// The device and batch of everything this record holds besides
    /// status changes, for `undo` and renumbering to tell their own.
    pub(super) fn owners(&self) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        let notes = self.notes.iter().map(|n| (n.device.as_deref(), n.batch));
        let sessions = self.sessions.iter().map(|s| (s.device.as_deref(), s.batch));
        let evidence = self.evidence.iter().map(|e| (e.device.as_deref(), e.batch));
        let verified = (self.verifications.iter()).map(|v| (v.device.as_deref(), v.batch));
        notes.chain(sessions).chain(evidence).chain(verified)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    pub text: String,
    /// The invocation that added the note (see [`Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that wrote it (see [`Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}
