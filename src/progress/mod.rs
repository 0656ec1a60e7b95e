//! A learner's progress on one roadmap, and the pure logic over it:
//! statuses, availability, what comes next, statistics. No I/O here.

mod apply;
mod apply_log;
mod at;
mod batches;
mod calendar;
mod checklist;
mod cohort;
mod comments;
mod duration;
pub mod export;
mod funnel;
mod merge;
mod merge_summary;
mod pace;
mod record;
pub mod setting;
mod skill_sheet;
mod stamp;
mod stats;
mod step_record;
mod timer;
mod undo;
mod unsynced;
mod verified;

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

use crate::cost;
use crate::roadmap::Roadmap;

pub use apply::{Application, Channel, MoveProblem, Stage, StageChange, join_applications};
pub use apply_log::{
    ApplyField, ApplyProblem, application_id, check_length, new_application, parse_interview_at,
};
pub use at::parse_at;
pub use calendar::{
    Week, chart_weeks, finished_per_week, horizon, minutes_per_week, step_dates, streak,
    study_days, week, week_start,
};
pub use checklist::{BadItem, Tick, parse_items};
pub use cohort::{DEFAULT_STALLED_DAYS, LearnerFigures, attention, learner_figures};
pub use comments::{
    Comment, MAX_COMMENT_CHARS, MentorProblem, Seen as SeenComment, check_text as check_comment,
    digest as comment_digest,
};
pub use duration::{DurationError, parse_duration, parse_duration_up_to};
pub use funnel::{
    Attention, Counts, Funnel, NO_ANSWER_DAYS, days_since, funnel, needs_attention, waiting_days,
    week_applications,
};
pub use merge::{MergeSummary, StatusChange, merge};
pub use pace::{Pace, PaceBasis, Rate, WINDOW_DAYS, finish_at_goal, pace, pace_left};
pub use record::{
    Evidence, Goal, MAX_SESSION_MINUTES, MAX_URL_LEN, RecordProblem, Session, UrlError, check_url,
};
pub use setting::Setting;
pub use skill_sheet::{Project, Proof, SheetFacts, SkillClaim, Source, sheet_facts};
pub use stats::{
    Stats, hours_left_per_step, is_available, next_steps, prerequisites_met, stage_stats,
    stage_stats_left, step_hours_left, total_stats, unlocked_by, unmet_prerequisites,
};
pub use step_record::{Note, StepRecord};
pub use timer::{ASK_AFTER_MINUTES, Elapsed, Timer};
pub use undo::Tombstone;
pub use undo::Undone;
pub use verified::{CheckOutcome, Verification};

/// The dates roadmap keeps: from 2000 (nobody tracked a roadmap with it
/// before) to before 2200. Others are typos or hostile files, and would
/// make paces and streaks absurd.
pub fn date_in_range(at: DateTime<Utc>) -> bool {
    (EARLIEST_YEAR..LATEST_YEAR).contains(&at.year())
}

pub const EARLIEST_YEAR: i32 = 2000;
pub const LATEST_YEAR: i32 = 2200;

/// The largest batch number handed out: the largest integer that every
/// JSON reader (JavaScript's included) holds exactly.
pub const MAX_BATCH: u64 = (1 << 53) - 1;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Todo,
    InProgress,
    Done,
    Skipped,
}

impl Status {
    /// Done or skipped: counts toward progress and unlocks dependents.
    pub fn is_finished(self) -> bool {
        matches!(self, Status::Done | Status::Skipped)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::InProgress => "in-progress",
            Status::Done => "done",
            Status::Skipped => "skipped",
        }
    }
}

/// One change of a step's status.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[serde(deserialize_with = "stamp::read")]
    pub at: DateTime<Utc>,
    pub step: String,
    pub from: Status,
    pub to: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Which invocation made the change: one `roadmap done a b c` is one
    /// batch, so `undo` reverts it as a unit. Files written before batches
    /// existed have none; their events are grouped by timestamp instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device (data directory) that made the change, set when the
    /// change is first synced (see `sync`). With it, batch numbers of two
    /// machines never collide, and merges break ties the same way on both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// Progress on one roadmap: step records keyed by step id, and the history.
///
/// Records for ids the roadmap no longer has are kept untouched (a roadmap
/// may be edited, and the step may come back). Unknown fields in the store
/// are refused rather than dropped on the next write (see `store`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    #[serde(default, deserialize_with = "crate::unique_keys::map")]
    pub steps: BTreeMap<String, StepRecord>,
    #[serde(default)]
    pub history: Vec<Event>,
    /// Checklist ticks by step id, oldest first (store version 3; see
    /// `checklist`).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub ticks: BTreeMap<String, Vec<Tick>>,
    /// The learner's stack on this roadmap, e.g. "php": resources for other
    /// stacks are hidden (store version 3; a setting that merges since
    /// version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack: Option<Setting<String>>,
    /// The job hunt's application log, by creation (store version 4; see
    /// `apply`). Empty here when kept on this machine only (`store`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applications: Vec<Application>,
    /// Batches taken back by `undo` after they were synced, so that the
    /// copy on another machine is taken back too (see `undo`, `merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undone: Vec<Tombstone>,
    /// Comments the owner of the file wrote to other learners about this
    /// roadmap, oldest first (store version 4; see `comments`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
}

impl Progress {
    /// The learner's stack on this roadmap, when one is chosen.
    pub fn stack(&self) -> Option<&str> {
        setting::value(&self.stack).map(String::as_str)
    }

    /// The status of every step of `roadmap`, indexed like `roadmap.steps`.
    /// Records stored under an alias count for the step that has the alias.
    pub fn statuses(&self, roadmap: &Roadmap) -> Vec<Status> {
        self.statuses_and_orphans(roadmap).0
    }

    /// Ids stored here that the roadmap has neither as id nor as alias.
    pub fn orphans<'a>(&'a self, roadmap: &Roadmap) -> Vec<&'a str> {
        self.statuses_and_orphans(roadmap).1
    }

    /// [`Progress::statuses`] and [`Progress::orphans`] in one pass: each
    /// stored id is looked up once.
    pub fn statuses_and_orphans<'a>(&'a self, roadmap: &Roadmap) -> (Vec<Status>, Vec<&'a str>) {
        let mut statuses = vec![Status::Todo; roadmap.steps.len()];
        let mut orphans = Vec::new();
        cost::tick(roadmap.steps.len() + self.steps.len());
        for (id, record) in &self.steps {
            match roadmap.index_and_alias(id) {
                // The canonical id wins over an alias left from a rename.
                Some((i, alias)) => {
                    if !alias || statuses[i] == Status::Todo {
                        statuses[i] = record.status;
                    }
                }
                None => orphans.push(id.as_str()),
            }
        }
        (statuses, orphans)
    }

    /// The first recorded date outside [`date_in_range`], if any.
    pub fn date_out_of_range(&self) -> Option<DateTime<Utc>> {
        let events = self.history.iter().map(|e| e.at);
        let records = self.steps.values().flat_map(|record| {
            let notes = record.notes.iter().map(|n| n.at);
            let sessions = record.sessions.iter().map(|s| s.at);
            let evidence = record.evidence.iter().map(|e| e.at);
            notes.chain(sessions).chain(evidence)
        });
        let ticks = self.ticks.values().flatten().map(|tick| tick.at);
        let comments = self.comments.iter().map(|c| c.at);
        events
            .chain(records)
            .chain(ticks)
            .chain(self.application_dates())
            .chain(comments)
            .find(|&at| !date_in_range(at))
    }

    /// Sets the status of step `step`, recording the change (with the note
    /// that came with it, if any) in the history as part of `batch`.
    /// Returns the event, or `None` when the step already had that status.
    pub fn set_status(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        to: Status,
        at: DateTime<Utc>,
        note: Option<&str>,
        batch: u64,
    ) -> Option<Event> {
        let id = &roadmap.steps[step].id;
        let record = self.canonical_record(roadmap, step);
        let from = record.status;
        if from == to {
            return None;
        }
        record.status = to;
        let event = Event {
            at,
            step: id.to_string(),
            from,
            to,
            note: note.map(str::to_string),
            batch: Some(batch),
            device: None,
        };
        self.history.push(event.clone());
        Some(event)
    }

    /// Attaches a note to step `step` as part of `batch`.
    pub fn add_note(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        text: &str,
        at: DateTime<Utc>,
        batch: u64,
    ) {
        let record = self.canonical_record(roadmap, step);
        record.notes.push(Note {
            at,
            text: text.to_string(),
            batch: Some(batch),
            device: None,
        });
    }

    /// The history events of step `step` (under its id or an alias), oldest
    /// first.
    pub fn events_of<'a>(
        &'a self,
        roadmap: &'a Roadmap,
        step: usize,
    ) -> impl Iterator<Item = &'a Event> + 'a {
        self.history
            .iter()
            .filter(move |event| roadmap.index_of(&event.step) == Some(step))
    }

    /// The notes of step `step` (under its id or an alias), oldest first.
    pub fn notes_of(&self, roadmap: &Roadmap, step: usize) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .steps
            .iter()
            .filter(|(id, _)| roadmap.index_of(id) == Some(step))
            .flat_map(|(_, record)| &record.notes)
            .collect();
        notes.sort_by_key(|note| note.at);
        notes
    }

    /// When anything was last recorded: a status change, a note, a study
    /// session or evidence.
    pub fn last_activity(&self) -> Option<DateTime<Utc>> {
        let events = self.history.iter().map(|e| e.at);
        let records = self.steps.values().flat_map(|record| {
            let notes = record.notes.iter().map(|n| n.at);
            let sessions = record.sessions.iter().map(|s| s.at);
            let evidence = record.evidence.iter().map(|e| e.at);
            notes.chain(sessions).chain(evidence)
        });
        events.chain(records).max()
    }

    /// The record of `step` under its current id, moving over what was
    /// stored under its aliases (a renamed step keeps its progress).
    fn canonical_record(&mut self, roadmap: &Roadmap, step: usize) -> &mut StepRecord {
        let step = &roadmap.steps[step];
        if !self.steps.contains_key(step.id.as_str()) {
            let mut record = StepRecord::default();
            for alias in step.aliases.iter() {
                if let Some(old) = self.steps.remove(alias.as_str()) {
                    if record.status == Status::Todo {
                        record.status = old.status;
                    }
                    record.notes.extend(old.notes);
                    record.sessions.extend(old.sessions);
                    record.evidence.extend(old.evidence);
                }
            }
            record.notes.sort_by_key(|note| note.at);
            record.sessions.sort_by_key(|session| session.at);
            record.evidence.sort_by_key(|evidence| evidence.at);
            self.steps.insert(step.id.to_string(), record);
        }
        self.steps
            .get_mut(step.id.as_str())
            .expect("the record was just ensured")
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
