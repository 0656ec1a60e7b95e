//! Pace and the estimated finish date, from the history. Pure: the clock
//! is an argument, so tests fix it.
//!
//! Once study time has been logged (`roadmap study`) for at least
//! [`MIN_HISTORY_DAYS`], pace is the time studied per week
//! ([`PaceBasis::Time`]), and the finish date is the required hours left
//! at that pace; the hours left are each unfinished step's estimate minus
//! the time already spent on it, never below zero. The weeks are whole
//! local weeks (from Monday) before the current one, back to the week of
//! the first session and at most four: four weekly 10-hour sessions read
//! 10 hours a week whatever day they fell on, and a session this week
//! cannot move the date until the week is over (the smoothing: the date
//! changes at most once a week). Before a week of sessions, no date: one
//! long evening would promise one nobody keeps.
//!
//! Without logged time, pace counts steps marked *done* (not skipped: a skip is a decision, not
//! work) whose latest `done` falls in the recent window and that are still
//! done now (a step done then reset does not count). The window is the last
//! [`WINDOW_DAYS`] days, or less when the history is younger; a history
//! shorter than [`MIN_HISTORY_DAYS`] gives no estimate, since one busy
//! evening would promise a finish date nobody keeps.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::{Goal, Progress, Status, week_start};
use crate::roadmap::Roadmap;

/// How far back pace looks.
pub const WINDOW_DAYS: i64 = 28;
/// How much history pace needs before it estimates anything.
pub const MIN_HISTORY_DAYS: i64 = 7;

const SECONDS_PER_WEEK: f64 = 7.0 * 86_400.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Pace {
    /// Every step is done or skipped.
    Complete,
    /// The first recorded change (if any) is too recent to measure a pace;
    /// the required hours left are known all the same (for the goal's
    /// projection).
    NotEnoughHistory {
        since: Option<DateTime<Utc>>,
        remaining_hours: f64,
    },
    /// Nothing was done in the window, so no finish date.
    Stalled { rate: Rate },
    /// A pace and the date the remaining work ends at that pace (`None`
    /// when that date is beyond what a calendar can hold).
    Estimate {
        rate: Rate,
        finish: Option<DateTime<Utc>>,
    },
}

/// What to measure the remaining work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaceBasis {
    /// Study time logged with `roadmap study`: the real pace.
    Time,
    /// Estimated hours: used when the finished and the remaining steps have
    /// estimates.
    Hours,
    /// Step counts: the fallback for roadmaps without estimates.
    Steps,
}

/// Work done in the window and what is left.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    /// Length of the window in weeks (up to 4).
    pub weeks: f64,
    /// Steps done in the window and their estimated hours.
    pub steps: usize,
    pub hours: f64,
    pub steps_per_week: f64,
    pub hours_per_week: f64,
    /// Required steps not finished, and their hours left (estimate minus
    /// time spent, never below zero per step).
    pub remaining_steps: usize,
    pub remaining_hours: f64,
    /// The same for optional steps, which the finish date leaves out.
    pub optional_steps: usize,
    pub optional_hours: f64,
    /// Hours logged in the window (time basis; 0 otherwise).
    pub studied_hours: f64,
    pub basis: PaceBasis,
}

impl Pace {
    /// The required hours left, unless everything is finished.
    pub fn remaining_hours(&self) -> Option<f64> {
        match self {
            Pace::Complete => None,
            Pace::NotEnoughHistory {
                remaining_hours, ..
            } => Some(*remaining_hours),
            Pace::Stalled { rate } | Pace::Estimate { rate, .. } => Some(rate.remaining_hours),
        }
    }
}

/// When the required hours left end at the weekly goal's pace: the
/// projection `status` shows beside (or, in the first week, instead of)
/// the measured one. `None` without a goal, with nothing left, or beyond
/// any calendar.
pub fn finish_at_goal(
    pace: &Pace,
    goal: Option<Goal>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let per_week = f64::from(goal?.minutes_per_week) / 60.0;
    let left = pace.remaining_hours().filter(|&h| h > 0.0)?;
    (per_week > 0.0).then(|| finish_after(now, left / per_week))?
}

/// The learner's pace on `roadmap` at time `now`, with weeks starting on
/// Monday in `tz`.
pub fn pace<Tz: TimeZone>(
    roadmap: &Roadmap,
    progress: &Progress,
    statuses: &[Status],
    now: DateTime<Utc>,
    tz: &Tz,
) -> Pace {
    // What is left of a step, by the rule `status`'s table uses too.
    let hours_left = super::hours_left_per_step(roadmap, progress);
    pace_left(roadmap, progress, statuses, &hours_left, now, tz)
}

/// [`pace`] with the hours left of each step given, as
/// [`super::hours_left_per_step`] makes them (`status` has them already).
pub fn pace_left<Tz: TimeZone>(
    roadmap: &Roadmap,
    progress: &Progress,
    statuses: &[Status],
    hours_left: &[f64],
    now: DateTime<Utc>,
    tz: &Tz,
) -> Pace {
    // Required and optional steps not finished, and their hours left: in
    // one pass over the steps, each of which is a cache miss on a large
    // roadmap. `+ 0.0` below: an empty float sum is -0.0, which JSON would
    // show as such.
    let (mut remaining_steps, mut remaining_hours) = (0, -0.0);
    let (mut optional_steps, mut optional_hours) = (0, -0.0);
    let unfinished = (roadmap.steps.iter().zip(statuses).zip(hours_left))
        .filter(|((_, status), _)| !status.is_finished());
    for ((step, _), &left) in unfinished {
        if step.optional {
            optional_steps += 1;
            optional_hours += left;
        } else {
            remaining_steps += 1;
            remaining_hours += left;
        }
    }
    if remaining_steps == 0 {
        return Pace::Complete;
    }
    let (remaining_hours, optional_hours) = (remaining_hours + 0.0, optional_hours + 0.0);
    let first_session = progress
        .first_session()
        .filter(|&first| now - first >= TimeDelta::days(MIN_HISTORY_DAYS));
    if let Some(first) = first_session {
        // Whole local weeks before this one, from the week of the first
        // session, at most the window.
        let day = |at: DateTime<Utc>| at.with_timezone(tz).date_naive();
        let this_week = week_start(day(now));
        let whole = (this_week - week_start(day(first))).num_weeks();
        let whole = whole.clamp(1, WINDOW_DAYS / 7);
        let start = this_week - TimeDelta::weeks(whole);
        let weeks = whole as f64;
        let minutes: u64 = progress
            .all_sessions()
            .filter(|(_, s)| (start..this_week).contains(&day(s.at)))
            .map(|(_, s)| u64::from(s.minutes))
            .sum();
        let studied_hours = minutes as f64 / 60.0;
        let rate = Rate {
            weeks,
            steps: 0,
            hours: 0.0,
            steps_per_week: 0.0,
            hours_per_week: studied_hours / weeks,
            remaining_steps,
            remaining_hours,
            optional_steps,
            optional_hours,
            studied_hours,
            basis: PaceBasis::Time,
        };
        if minutes == 0 {
            return Pace::Stalled { rate };
        }
        let weeks_left = remaining_hours / rate.hours_per_week;
        return Pace::Estimate {
            finish: finish_after(now, weeks_left),
            rate,
        };
    }
    let first_change = progress.history.iter().map(|e| e.at).min();
    let since = first_change
        .into_iter()
        .chain(progress.first_session())
        .min();
    let Some(first) = first_change.filter(|&f| now - f >= TimeDelta::days(MIN_HISTORY_DAYS)) else {
        return Pace::NotEnoughHistory {
            since,
            remaining_hours,
        };
    };
    let start = first.max(now - TimeDelta::days(WINDOW_DAYS));
    let weeks = (now - start).num_seconds() as f64 / SECONDS_PER_WEEK;

    // Whether each step was marked done in the window (its latest `done`
    // falls in it).
    let mut done_lately = vec![false; roadmap.steps.len()];
    let recent = |e: &&super::Event| e.to == Status::Done && e.at >= start;
    for event in progress.history.iter().filter(recent) {
        if let Some(i) = roadmap.index_of(&event.step) {
            done_lately[i] = true;
        }
    }
    let (mut steps, mut hours) = (0, 0.0);
    for (i, &lately) in done_lately.iter().enumerate() {
        if statuses[i] == Status::Done && lately {
            steps += 1;
            hours += roadmap.steps[i].estimate_hours();
        }
    }
    let basis = if hours > 0.0 && remaining_hours > 0.0 {
        PaceBasis::Hours
    } else {
        PaceBasis::Steps
    };
    let rate = Rate {
        weeks,
        steps,
        hours,
        steps_per_week: steps as f64 / weeks,
        hours_per_week: hours / weeks,
        remaining_steps,
        remaining_hours,
        optional_steps,
        optional_hours,
        studied_hours: 0.0,
        basis,
    };
    if steps == 0 {
        return Pace::Stalled { rate };
    }
    let weeks_left = match basis {
        PaceBasis::Hours => remaining_hours / rate.hours_per_week,
        PaceBasis::Steps | PaceBasis::Time => remaining_steps as f64 / rate.steps_per_week,
    };
    Pace::Estimate {
        rate,
        finish: finish_after(now, weeks_left),
    }
}

/// `now` plus `weeks`, or `None` beyond what a calendar holds.
fn finish_after(now: DateTime<Utc>, weeks: f64) -> Option<DateTime<Utc>> {
    let seconds = (weeks * SECONDS_PER_WEEK).ceil();
    if !seconds.is_finite() || seconds > i64::MAX as f64 / 2.0 {
        return None;
    }
    TimeDelta::try_seconds(seconds as i64).and_then(|left| now.checked_add_signed(left))
}

#[cfg(test)]
#[path = "pace_tests.rs"]
mod tests;
