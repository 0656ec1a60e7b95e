//! The learner's record beyond statuses: study sessions, evidence of work,
//! the weekly goal, and checking what is typed. Pure: the clock and
//! the time zone are arguments.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Progress;
use crate::roadmap::Roadmap;

/// The longest session one `study` records: a day.
pub const MAX_SESSION_MINUTES: u32 = 24 * 60;
/// The longest evidence link accepted, in bytes.
pub const MAX_URL_LEN: usize = 2000;

/// Time spent studying one step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// When the session ended (or the day it is logged for).
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    pub minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The invocation that logged it (see [`super::Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that logged it, once synced (see [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// A link to something the learner built or wrote for a step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that added it, once synced (see [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// The study time a user means to spend each week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub minutes_per_week: u32,
}

/// Why an evidence link was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlError {
    NotHttp,
    NoHost,
    Spaces,
    TooLong,
}

/// Checks an evidence link: `http` or `https`, a host, no spaces or
/// control characters, at most [`MAX_URL_LEN`] bytes. Returns it trimmed.
pub fn check_url(text: &str) -> Result<&str, UrlError> {
    let url = text.trim();
    if url.len() > MAX_URL_LEN {
        return Err(UrlError::TooLong);
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return Err(UrlError::NotHttp);
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(UrlError::Spaces);
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err(UrlError::NoHost);
    }
    Ok(url)
}

/// Bidi controls and zero-width characters: they make a link read as
/// something other than where it goes.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl Progress {
    /// Logs a study session on step `step` as part of `batch`.
    pub fn add_session(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        minutes: u32,
        at: DateTime<Utc>,
        note: Option<&str>,
        batch: u64,
    ) {
        let record = self.canonical_record(roadmap, step);
        record.sessions.push(Session {
            at,
            minutes,
            note: note.map(str::to_string),
            batch: Some(batch),
            device: None,
        });
        record.sessions.sort_by_key(|s| s.at);
    }

    /// Attaches an evidence link to step `step`; `false` when the step
    /// already has that link (nothing is added).
    pub fn add_evidence(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        url: &str,
        at: DateTime<Utc>,
        batch: u64,
    ) -> bool {
        if self.evidence_of(roadmap, step).iter().any(|e| e.url == url) {
            return false;
        }
        let record = self.canonical_record(roadmap, step);
        record.evidence.push(Evidence {
            at,
            url: url.to_string(),
            batch: Some(batch),
            device: None,
        });
        true
    }

    /// The sessions of step `step` (under its id or an alias), oldest first.
    pub fn sessions_of(&self, roadmap: &Roadmap, step: usize) -> Vec<&Session> {
        let mut sessions: Vec<&Session> = self
            .steps
            .iter()
            .filter(|(id, _)| roadmap.index_of(id) == Some(step))
            .flat_map(|(_, record)| &record.sessions)
            .collect();
        sessions.sort_by_key(|s| s.at);
        sessions
    }

    /// The evidence of step `step` (under its id or an alias), oldest first.
    pub fn evidence_of(&self, roadmap: &Roadmap, step: usize) -> Vec<&Evidence> {
        let mut evidence: Vec<&Evidence> = self
            .steps
            .iter()
            .filter(|(id, _)| roadmap.index_of(id) == Some(step))
            .flat_map(|(_, record)| &record.evidence)
            .collect();
        evidence.sort_by_key(|e| e.at);
        evidence
    }

    /// Minutes studied on each step with sessions (under its id or an
    /// alias), by step index; sessions on ids the roadmap lacks are left
    /// out.
    pub fn minutes_studied(&self, roadmap: &Roadmap) -> BTreeMap<usize, u64> {
        let mut minutes = BTreeMap::new();
        // Most records hold no session: those need no lookup.
        let studied = self.steps.iter().filter(|(_, r)| !r.sessions.is_empty());
        for (id, record) in studied {
            if let Some(i) = roadmap.index_of(id) {
                *minutes.entry(i).or_default() += record
                    .sessions
                    .iter()
                    .map(|s| u64::from(s.minutes))
                    .sum::<u64>();
            }
        }
        minutes
    }

    /// Minutes studied on step `step`.
    pub fn minutes_on(&self, roadmap: &Roadmap, step: usize) -> u64 {
        self.minutes_studied(roadmap)
            .get(&step)
            .copied()
            .unwrap_or(0)
    }

    /// Every session with the id of the step it is stored under.
    pub fn all_sessions(&self) -> impl Iterator<Item = (&str, &Session)> {
        self.steps
            .iter()
            .flat_map(|(id, record)| record.sessions.iter().map(move |s| (id.as_str(), s)))
    }

    /// Every minute logged, orphaned steps included.
    pub fn total_minutes(&self) -> u64 {
        self.all_sessions().map(|(_, s)| u64::from(s.minutes)).sum()
    }

    /// The first session or link that `study` and `evidence` would not have
    /// stored (a backup edited by hand or from elsewhere), with its step.
    pub fn record_problem(&self) -> Option<(&str, RecordProblem)> {
        self.steps.iter().find_map(|(id, record)| {
            let session = record
                .sessions
                .iter()
                .find(|s| s.minutes == 0 || s.minutes > MAX_SESSION_MINUTES)
                .map(|s| RecordProblem::Minutes(s.minutes));
            let link = || {
                record
                    .evidence
                    .iter()
                    .any(|e| check_url(&e.url).is_err())
                    .then_some(RecordProblem::Link)
            };
            Some((id.as_str(), session.or_else(link)?))
        })
    }

    /// When the first session was logged.
    pub fn first_session(&self) -> Option<DateTime<Utc>> {
        self.all_sessions().map(|(_, s)| s.at).min()
    }
}

/// Joins the study sessions of both sides for a merge (see `merge`):
/// without those of a batch taken back (`dead`), a session known by all
/// it says (time, length, note and device), in time order: two sessions
/// that differ in any of them stay two. Of two copies that differ only in
/// their undo batch (one restored from a backup), the one with the greater
/// batch is kept, as for events, so the result never depends on the side.
pub(super) fn join_sessions(
    all: Vec<Session>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Session> {
    let mut all: Vec<Session> = all
        .into_iter()
        .filter(|s| !dead(s.device.as_deref(), s.batch))
        .collect();
    fn key(s: &Session) -> (DateTime<Utc>, u32, Option<&str>, Option<&str>) {
        (s.at, s.minutes, s.device.as_deref(), s.note.as_deref())
    }
    all.sort_by(|a, b| {
        (key(a), std::cmp::Reverse(a.batch)).cmp(&(key(b), std::cmp::Reverse(b.batch)))
    });
    all.dedup_by(|later, first| key(later) == key(first));
    all
}

/// Joins the evidence of both sides: a link once, with the earliest date
/// (and of two copies the least (device, batch)), in time order.
pub(super) fn join_evidence(
    all: Vec<Evidence>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Evidence> {
    let mut all: Vec<Evidence> = all
        .into_iter()
        .filter(|e| !dead(e.device.as_deref(), e.batch))
        .collect();
    all.sort_by(|a, b| (&a.url, a.at, &a.device, a.batch).cmp(&(&b.url, b.at, &b.device, b.batch)));
    all.dedup_by(|later, first| later.url == first.url);
    all.sort_by(|a, b| (a.at, &a.url).cmp(&(b.at, &b.url)));
    all
}

/// What is wrong with a session or link read from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    Minutes(u32),
    Link,
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;
