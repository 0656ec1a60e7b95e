//! The learner's calendar: weeks (from Monday, in the local time zone),
//! the streak of study days, weekly totals for the charts, a step's dates
//! and how a span of weeks is said. Pure: the clock and the zone are
//! arguments.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, TimeZone, Utc};

use super::{Goal, Progress};
use crate::roadmap::Roadmap;

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

/// How many weeks the record's charts show: from the week of the first
/// activity (a session or a change) to this one, at least `min` and at
/// most `max`; `min` when nothing is recorded. Weeks before the learner
/// began would only be empty bars.
pub fn chart_weeks<Tz: TimeZone>(
    progress: &Progress,
    now: DateTime<Utc>,
    tz: &Tz,
    min: usize,
    max: usize,
) -> usize {
    let first = progress.history.iter().map(|e| e.at);
    let Some(first) = first.chain(progress.first_session()).min() else {
        return min;
    };
    let week_of = |at: DateTime<Utc>| week_start(at.with_timezone(tz).date_naive());
    let weeks = (week_of(now) - week_of(first)).num_weeks() + 1;
    usize::try_from(weeks).unwrap_or(0).clamp(min, max)
}
