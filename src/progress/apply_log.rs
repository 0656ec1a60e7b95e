//! Changing the application log: adding, moving, naming an application by
//! its short number, and what `undo` takes back of it.

use std::hash::{BuildHasher, Hasher};

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::apply::{Application, Channel, MoveProblem, Stage, StageChange};
use super::{Progress, date_in_range};

/// What `roadmap apply` refuses, as data (worded in `i18n::apply`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplyProblem {
    /// No application has that number (`count` are recorded).
    Unknown {
        given: String,
        count: usize,
    },
    EmptyCompany,
    UnknownChannel(String),
    UnknownStage(String),
    /// Application `number` cannot move to `to`.
    Move {
        number: usize,
        to: Stage,
        problem: MoveProblem,
    },
    /// An interview date that is no date.
    BadInterviewAt(String),
    /// A weekly goal that is no whole number from 1 to 100.
    BadGoal(String),
    /// A company name, role or note longer than `max` characters.
    TooLong {
        field: ApplyField,
        max: usize,
    },
}

/// The free-text fields of an application, for [`ApplyProblem::TooLong`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyField {
    Company,
    Role,
    Note,
}

impl ApplyField {
    /// The most characters kept: a name is short, a note like a comment.
    pub fn max_chars(self) -> usize {
        match self {
            ApplyField::Company | ApplyField::Role => 200,
            ApplyField::Note => super::comments::MAX_COMMENT_CHARS,
        }
    }
}

/// `text` (trimmed), refused when longer than the field allows.
pub fn check_length(field: ApplyField, text: &str) -> Result<(), ApplyProblem> {
    let max = field.max_chars();
    if text.trim().chars().count() > max {
        return Err(ApplyProblem::TooLong { field, max });
    }
    Ok(())
}

/// A new application id: the creation time, the application's sequence
/// number on this machine, then 64 random bits. Time and sequence keep the
/// ids in creation order (the short numbers); the bits keep two machines
/// adding at the same second apart. They come from std's
/// `RandomState`, which the system seeds randomly for each process: no
/// crate is needed for an id that is not a secret.
pub fn application_id(now: DateTime<Utc>, seq: usize) -> String {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(now.timestamp_nanos_opt().unwrap_or_default() as u128);
    hasher.write_u32(std::process::id());
    let time = now.format("%Y%m%dT%H%M%SZ");
    format!("{time}-{seq:06}-{:016x}", hasher.finish())
}

/// The date of an interview, which may lie ahead: `YYYY-MM-DD` (at 00:00),
/// `YYYY-MM-DD HH:MM` in `zone`, or RFC 3339.
pub fn parse_interview_at<Tz: TimeZone>(text: &str, zone: &Tz) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let parsed = DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(text, "%Y-%m-%d")
                        .ok()?
                        .and_hms_opt(0, 0, 0)
                })?;
            zone.from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        })?;
    date_in_range(parsed).then_some(parsed)
}

impl Progress {
    /// The application with short number `given` (1 is the first created).
    pub fn application_number(&self, given: &str) -> Result<usize, ApplyProblem> {
        let count = self.applications.len();
        let unknown = || ApplyProblem::Unknown {
            given: given.to_string(),
            count,
        };
        let trimmed = given.trim().trim_start_matches('#');
        let n: usize = trimmed.parse().map_err(|_| unknown())?;
        (1..=count).contains(&n).then_some(n).ok_or_else(unknown)
    }

    /// Adds an application as part of `batch`; returns its short number.
    pub fn add_application(&mut self, mut app: Application, batch: u64) -> usize {
        app.batch = Some(batch);
        app.device = None;
        let at = self.applications.partition_point(|a| a.id < app.id);
        self.applications.insert(at, app);
        at + 1
    }

    /// Moves application `number` to a stage, as part of `batch`.
    pub fn move_application(
        &mut self,
        number: usize,
        mut change: StageChange,
        batch: u64,
    ) -> Result<(), ApplyProblem> {
        let app = &mut self.applications[number - 1];
        app.check_move(change.stage, change.at, change.interview_at.is_some())
            .map_err(|problem| ApplyProblem::Move {
                number,
                to: change.stage,
                problem,
            })?;
        change.batch = Some(batch);
        change.device = None;
        app.changes.push(change);
        Ok(())
    }

    /// Every date the application log holds, for the store's range check.
    pub(super) fn application_dates(&self) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        self.applications.iter().flat_map(|app| {
            let changes = app
                .changes
                .iter()
                .flat_map(|c| [Some(c.at), c.interview_at]);
            std::iter::once(app.at).chain(changes.flatten())
        })
    }

    /// The device and batch of every application and stage change.
    pub(super) fn application_owners(
        &self,
    ) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        self.applications.iter().flat_map(Application::owners)
    }

    /// Takes out what `batch` of `owner` added to the log: whole
    /// applications (with every change they hold) and stage changes.
    pub(super) fn take_application_batch(
        &mut self,
        owner: Option<&str>,
        batch: u64,
    ) -> (Vec<Application>, Vec<(Application, StageChange)>) {
        let of_batch = |b: Option<u64>, d: Option<&str>| b == Some(batch) && d == owner;
        let (apps, kept): (Vec<Application>, Vec<Application>) =
            std::mem::take(&mut self.applications)
                .into_iter()
                .partition(|a| of_batch(a.batch, a.device.as_deref()));
        self.applications = kept;
        let mut changes = Vec::new();
        for app in &mut self.applications {
            let (taken, kept): (Vec<StageChange>, Vec<StageChange>) =
                std::mem::take(&mut app.changes)
                    .into_iter()
                    .partition(|c| of_batch(c.batch, c.device.as_deref()));
            app.changes = kept;
            changes.extend(taken.into_iter().map(|c| (app.clone(), c)));
        }
        (apps, changes)
    }
}

/// An application as `roadmap apply add` makes it.
pub fn new_application(
    now: DateTime<Utc>,
    seq: usize,
    company: &str,
    channel: Channel,
    at: DateTime<Utc>,
) -> Result<Application, ApplyProblem> {
    let company = company.trim();
    if company.is_empty() {
        return Err(ApplyProblem::EmptyCompany);
    }
    check_length(ApplyField::Company, company)?;
    Ok(Application {
        id: application_id(now, seq),
        company: company.to_string(),
        role: None,
        channel,
        url: None,
        at,
        note: None,
        changes: Vec::new(),
        batch: None,
        device: None,
    })
}
