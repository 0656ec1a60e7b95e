//! The learner's record beyond statuses: study sessions, evidence of work,
//! the weekly goal, the streak and the weekly totals. Pure: the clock and
//! the time zone are arguments.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, TimeZone, Utc};
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
    pub at: DateTime<Utc>,
    pub minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The invocation that logged it (see [`super::Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
}

/// A link to something the learner built or wrote for a step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub at: DateTime<Utc>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
}

/// The study time a user means to spend each week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub minutes_per_week: u32,
}

/// Why a duration was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    Unparseable,
    Zero,
    Negative,
    TooLong,
}

/// Parses `90m`, `1h30m`, `2h`, `1.5h` (also `1h 30m`, `45min`, upper
/// case) into whole minutes, rounded to the nearest minute: a study
/// session, at most a day.
pub fn parse_duration(text: &str) -> Result<u32, DurationError> {
    parse_duration_up_to(text, MAX_SESSION_MINUTES)
}

/// [`parse_duration`] with another upper bound (a weekly goal may be up to
/// a week).
pub fn parse_duration_up_to(text: &str, max_minutes: u32) -> Result<u32, DurationError> {
    let text = text.trim().to_ascii_lowercase();
    if let Some(rest) = text.strip_prefix('-') {
        return match parse_duration_up_to(rest, max_minutes) {
            Ok(_) | Err(DurationError::Zero | DurationError::TooLong) => {
                Err(DurationError::Negative)
            }
            Err(other) => Err(other),
        };
    }
    let mut rest = text.as_str();
    let mut minutes = 0.0_f64;
    let mut seen_hours = false;
    let mut seen_minutes = false;
    if rest.is_empty() {
        return Err(DurationError::Unparseable);
    }
    while !rest.is_empty() {
        rest = rest.trim_start();
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or(DurationError::Unparseable)?;
        let (number, tail) = rest.split_at(end);
        if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
            return Err(DurationError::Unparseable);
        }
        let value: f64 = number.parse().map_err(|_| DurationError::Unparseable)?;
        let unit_end = tail
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(tail.len());
        let (unit, tail) = tail.split_at(unit_end);
        match unit {
            "h" | "hr" | "hrs" | "hour" | "hours" if !seen_hours && !seen_minutes => {
                seen_hours = true;
                minutes += value * 60.0;
            }
            "m" | "min" | "mins" | "minute" | "minutes" if !seen_minutes => {
                seen_minutes = true;
                minutes += value;
            }
            _ => return Err(DurationError::Unparseable),
        }
        rest = tail.trim_start();
    }
    if !minutes.is_finite() || minutes > f64::from(max_minutes) + 0.5 {
        return Err(DurationError::TooLong);
    }
    let rounded = minutes.round() as u32;
    if rounded == 0 {
        return Err(DurationError::Zero);
    }
    Ok(rounded)
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

    /// Minutes studied per step, indexed like `roadmap.steps` (sessions on
    /// ids the roadmap lacks are left out).
    pub fn minutes_per_step(&self, roadmap: &Roadmap) -> Vec<u64> {
        let mut minutes = vec![0_u64; roadmap.steps.len()];
        for (id, record) in &self.steps {
            if let Some(i) = roadmap.index_of(id) {
                minutes[i] += record
                    .sessions
                    .iter()
                    .map(|s| u64::from(s.minutes))
                    .sum::<u64>();
            }
        }
        minutes
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

/// Drops the batch numbers of sessions and evidence coming from elsewhere
/// (see `merge`): they could collide with this side's.
pub(super) fn forget_batches(incoming: &mut Progress) {
    for record in incoming.steps.values_mut() {
        record.sessions.iter_mut().for_each(|s| s.batch = None);
        record.evidence.iter_mut().for_each(|e| e.batch = None);
    }
}

/// Adds the sessions and evidence `ours` lacks: a session is known by its
/// time and length, evidence by its link. Returns how many of each came in.
pub(super) fn merge_extras(
    ours: &mut super::StepRecord,
    sessions: Vec<Session>,
    evidence: Vec<Evidence>,
) -> (usize, usize) {
    let known: BTreeSet<(DateTime<Utc>, u32)> =
        ours.sessions.iter().map(|s| (s.at, s.minutes)).collect();
    let before = ours.sessions.len();
    ours.sessions.extend(
        sessions
            .into_iter()
            .filter(|s| !known.contains(&(s.at, s.minutes))),
    );
    let sessions_added = ours.sessions.len() - before;
    ours.sessions.sort_by_key(|s| s.at);
    let before = ours.evidence.len();
    for link in evidence {
        match ours.evidence.iter_mut().find(|e| e.url == link.url) {
            // The earliest date wins, whichever side it came from.
            Some(known) => known.at = known.at.min(link.at),
            None => ours.evidence.push(link),
        }
    }
    let evidence_added = ours.evidence.len() - before;
    ours.evidence.sort_by_key(|e| e.at);
    (sessions_added, evidence_added)
}

/// What is wrong with a session or link read from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    Minutes(u32),
    Link,
}

/// The Monday that starts the week of `day`.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - TimeDelta::days(i64::from(day.weekday().num_days_from_monday()))
}

/// This week's study, the goal and the streak, as of `now` in `tz`.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// The Monday this week began.
    pub start: NaiveDate,
    pub minutes: u64,
    pub goal: Option<Goal>,
    /// Consecutive days with study, ending today (or yesterday when
    /// nothing is logged yet today: the streak is not broken until the
    /// day is over).
    pub streak_days: u32,
    /// Whether today already has study logged.
    pub studied_today: bool,
}

/// The local days that have study logged.
pub fn study_days<Tz: TimeZone>(progress: &Progress, tz: &Tz) -> BTreeSet<NaiveDate> {
    progress
        .all_sessions()
        .map(|(_, s)| s.at.with_timezone(tz).date_naive())
        .collect()
}

/// The streak of consecutive study days as of `today`.
pub fn streak(days: &BTreeSet<NaiveDate>, today: NaiveDate) -> u32 {
    let mut day = if days.contains(&today) {
        today
    } else {
        today - TimeDelta::days(1)
    };
    let mut count = 0;
    while days.contains(&day) {
        count += 1;
        day -= TimeDelta::days(1);
    }
    count
}

/// This week against the goal, and the streak.
pub fn week<Tz: TimeZone>(
    progress: &Progress,
    goal: Option<Goal>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Week {
    let today = now.with_timezone(tz).date_naive();
    let start = week_start(today);
    let minutes = progress
        .all_sessions()
        .filter(|(_, s)| {
            let day = s.at.with_timezone(tz).date_naive();
            day >= start && day <= today
        })
        .map(|(_, s)| u64::from(s.minutes))
        .sum();
    let days = study_days(progress, tz);
    Week {
        start,
        minutes,
        goal,
        streak_days: streak(&days, today),
        studied_today: days.contains(&today),
    }
}

/// Minutes studied in each of the last `weeks` weeks (Monday-based, local),
/// oldest first, the current week last.
pub fn minutes_per_week<Tz: TimeZone>(
    progress: &Progress,
    now: DateTime<Utc>,
    tz: &Tz,
    weeks: usize,
) -> Vec<(NaiveDate, u64)> {
    let this_week = week_start(now.with_timezone(tz).date_naive());
    let mut totals: Vec<(NaiveDate, u64)> = (0..weeks)
        .rev()
        .map(|back| (this_week - TimeDelta::weeks(back as i64), 0))
        .collect();
    for (_, session) in progress.all_sessions() {
        let start = week_start(session.at.with_timezone(tz).date_naive());
        if let Ok(i) = totals.binary_search_by_key(&start, |(day, _)| *day) {
            totals[i].1 += u64::from(session.minutes);
        }
    }
    totals
}

/// How many steps of `roadmap` were finished (done or skipped, and still
/// so now) by the end of each of the last `weeks` weeks, oldest first.
pub fn finished_per_week<Tz: TimeZone>(
    roadmap: &Roadmap,
    progress: &Progress,
    now: DateTime<Utc>,
    tz: &Tz,
    weeks: usize,
) -> Vec<(NaiveDate, usize)> {
    let statuses = progress.statuses(roadmap);
    let mut finished_at: Vec<Option<NaiveDate>> = vec![None; roadmap.steps.len()];
    for event in &progress.history {
        if let Some(i) = roadmap.index_of(&event.step)
            && event.to.is_finished()
        {
            let day = event.at.with_timezone(tz).date_naive();
            finished_at[i] = Some(finished_at[i].map_or(day, |d| d.max(day)));
        }
    }
    let this_week = week_start(now.with_timezone(tz).date_naive());
    (0..weeks)
        .rev()
        .map(|back| {
            let start = this_week - TimeDelta::weeks(back as i64);
            let end = start + TimeDelta::days(7);
            let count = finished_at
                .iter()
                .zip(&statuses)
                .filter(|(day, status)| status.is_finished() && day.is_some_and(|d| d < end))
                .count();
            (start, count)
        })
        .collect()
}

/// When a step was first started and last finished, from the history.
pub fn step_dates(
    progress: &Progress,
    roadmap: &Roadmap,
    step: usize,
) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    let mut started = None;
    let mut finished = None;
    for event in progress.events_of(roadmap, step) {
        // A skip is not a start: the learner never worked on the step.
        let working = matches!(event.to, super::Status::InProgress | super::Status::Done);
        if working && started.is_none() {
            started = Some(event.at);
        }
        if event.to.is_finished() {
            finished = Some(event.at);
        } else {
            finished = None;
        }
    }
    if let Some(first) = progress.sessions_of(roadmap, step).first() {
        started = Some(started.map_or(first.at, |s: DateTime<Utc>| s.min(first.at)));
    }
    (started, finished)
}

/// A span of weeks as people say it: whole weeks up to 8, then months,
/// then years and months. `(years, months, weeks)`, with only the leading
/// parts non-zero.
pub fn horizon(weeks: f64) -> (u32, u32, u32) {
    if weeks < 8.5 {
        return (0, 0, weeks.round().max(1.0) as u32);
    }
    let months = (weeks * 7.0 / 30.436_875).round() as u32;
    (months / 12, months % 12, 0)
}

#[cfg(test)]
mod tests {
    use chrono::FixedOffset;

    use super::*;

    #[test]
    fn durations_in_every_documented_form() {
        assert_eq!(parse_duration("90m"), Ok(90));
        assert_eq!(parse_duration("1h30m"), Ok(90));
        assert_eq!(parse_duration("1h 30m"), Ok(90));
        assert_eq!(parse_duration("2h"), Ok(120));
        assert_eq!(parse_duration("1.5h"), Ok(90));
        assert_eq!(parse_duration("45MIN"), Ok(45));
        assert_eq!(parse_duration("24h"), Ok(1440));
    }

    #[test]
    fn bad_durations_are_told_apart() {
        use DurationError::*;
        assert_eq!(parse_duration("0m"), Err(Zero));
        assert_eq!(parse_duration("0.2m"), Err(Zero));
        assert_eq!(parse_duration("-1h"), Err(Negative));
        assert_eq!(parse_duration("25h"), Err(TooLong));
        assert_eq!(parse_duration("24h1m"), Err(TooLong));
        for bad in [
            "", "h", "90", "1.h", ".5h", "1x", "30m1h", "1h1h", "abc", "1e9h",
        ] {
            assert_eq!(parse_duration(bad), Err(Unparseable), "{bad}");
        }
    }

    #[test]
    fn only_http_links_with_a_host() {
        assert_eq!(
            check_url(" https://github.com/me/app "),
            Ok("https://github.com/me/app")
        );
        assert!(check_url("HTTP://example.com").is_ok());
        assert_eq!(check_url("javascript:alert(1)"), Err(UrlError::NotHttp));
        assert_eq!(check_url("file:///etc/passwd"), Err(UrlError::NotHttp));
        assert_eq!(check_url("https://"), Err(UrlError::NoHost));
        assert_eq!(check_url("https:///path"), Err(UrlError::NoHost));
        assert_eq!(check_url("https://a b.com"), Err(UrlError::Spaces));
        assert_eq!(check_url("https://a.com/\u{202E}x"), Err(UrlError::Spaces));
        let long = format!("https://a.com/{}", "x".repeat(MAX_URL_LEN));
        assert_eq!(check_url(&long), Err(UrlError::TooLong));
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2026-11-28 is a Saturday.
        assert_eq!(week_start(day("2026-11-28")), day("2026-11-23"));
        assert_eq!(week_start(day("2026-11-23")), day("2026-11-23"));
        assert_eq!(week_start(day("2026-11-22")), day("2026-11-16"));
    }

    #[test]
    fn a_streak_survives_until_the_day_is_over() {
        let days: BTreeSet<NaiveDate> = ["2026-11-25", "2026-11-26", "2026-11-27"]
            .into_iter()
            .map(day)
            .collect();
        assert_eq!(streak(&days, day("2026-11-27")), 3);
        assert_eq!(streak(&days, day("2026-11-28")), 3, "not yet broken");
        assert_eq!(streak(&days, day("2026-11-29")), 0);
        assert_eq!(streak(&BTreeSet::new(), day("2026-11-29")), 0);
    }

    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [
                    {"id": "a", "stage": "s", "title": "A", "aliases": ["old-a"]},
                    {"id": "b", "stage": "s", "title": "B"}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn the_week_and_streak_follow_the_local_calendar() {
        let r = roadmap();
        let mut p = Progress::default();
        // Sunday 23:30 in Tokyo is Sunday 14:30 UTC: last week in Tokyo.
        p.add_session(&r, 0, 60, at("2026-11-22T14:30:00Z"), None, 1);
        // Monday 00:30 in Tokyo is Sunday 15:30 UTC: this week in Tokyo.
        p.add_session(&r, 1, 30, at("2026-11-22T15:30:00Z"), None, 2);
        let now = at("2026-11-23T12:00:00Z");
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        let week_tokyo = week(&p, None, now, &tokyo);
        assert_eq!(week_tokyo.start, day("2026-11-23"));
        assert_eq!(week_tokyo.minutes, 30);
        assert_eq!(week_tokyo.streak_days, 2);
        let week_utc = week(
            &p,
            Some(Goal {
                minutes_per_week: 300,
            }),
            now,
            &Utc,
        );
        assert_eq!(week_utc.minutes, 0, "both were on Sunday in UTC");
        assert_eq!(week_utc.streak_days, 1);
        assert!(!week_utc.studied_today);
        let per_week = minutes_per_week(&p, now, &Utc, 3);
        assert_eq!(
            per_week,
            [
                (day("2026-11-09"), 0),
                (day("2026-11-16"), 90),
                (day("2026-11-23"), 0)
            ]
        );
    }

    #[test]
    fn sessions_and_evidence_follow_aliases() {
        let r = roadmap();
        let mut p: Progress = serde_json::from_str(
            r#"{"steps": {"old-a": {"status": "in-progress",
                "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 45}],
                "evidence": [{"at": "2026-11-01T10:00:00Z", "url": "https://x.dev"}]}}}"#,
        )
        .unwrap();
        assert_eq!(p.minutes_per_step(&r), [45, 0]);
        assert!(!p.add_evidence(&r, 0, "https://x.dev", at("2026-11-02T00:00:00Z"), 1));
        assert!(p.add_evidence(&r, 0, "https://y.dev", at("2026-11-02T00:00:00Z"), 1));
        p.add_session(&r, 0, 15, at("2026-11-02T00:00:00Z"), Some("docs"), 1);
        assert_eq!(p.sessions_of(&r, 0).len(), 2);
        assert_eq!(p.evidence_of(&r, 0).len(), 2);
        assert_eq!(p.total_minutes(), 60);
        assert_eq!(p.next_batch(), Some(2));
        let (started, finished) = step_dates(&p, &r, 0);
        assert_eq!(started, Some(at("2026-11-01T10:00:00Z")));
        assert_eq!(finished, None);
    }

    #[test]
    fn horizons_read_in_weeks_months_and_years() {
        assert_eq!(horizon(0.2), (0, 0, 1));
        assert_eq!(horizon(5.4), (0, 0, 5));
        assert_eq!(horizon(13.0), (0, 3, 0));
        assert_eq!(horizon(65.0), (1, 3, 0));
        assert_eq!(horizon(709.0), (13, 7, 0));
    }
}
