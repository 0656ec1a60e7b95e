//! The mentor table's figures for one learner, and the order that puts
//! whoever needs attention first. Pure: the clock and the time zone are
//! arguments.

use chrono::{DateTime, TimeZone, Utc};

use super::{Goal, Progress, Status, minutes_per_week, next_steps, week};
use crate::roadmap::Roadmap;

/// The default of `--stalled-days`: a week without anything recorded is
/// a week without a study session, which a weekly goal notices too.
pub const DEFAULT_STALLED_DAYS: u32 = 7;

/// What a mentor reads about one learner.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnerFigures {
    /// The first step in progress (reading order), else the next one.
    pub in_hand: Option<(usize, Status)>,
    /// Minutes studied this week (Monday-based, local).
    pub week_minutes: u64,
    /// Minutes studied this week and the three before it.
    pub four_weeks_minutes: u64,
    pub goal: Option<Goal>,
    /// When anything was last recorded.
    pub last_activity: Option<DateTime<Utc>>,
    /// Whole local days since then (0: today).
    pub days_idle: Option<i64>,
    /// Nothing recorded for the threshold's days or more.
    pub stalled: bool,
    /// Steps done (not skipped), and those of them verified by a check.
    pub done: usize,
    pub verified: usize,
    /// The job hunt in counts only (never a company or a note): what a
    /// mentor may read of the application log.
    pub applications: super::Counts,
}

impl LearnerFigures {
    /// The weekly goal met this week; `None` without a goal.
    pub fn goal_met(&self) -> Option<bool> {
        self.goal
            .map(|goal| self.week_minutes >= u64::from(goal.minutes_per_week))
    }

    /// Done steps with no verification: the learner's word alone.
    pub fn self_reported(&self) -> usize {
        self.done - self.verified
    }
}

pub fn learner_figures<Tz: TimeZone>(
    roadmap: &Roadmap,
    progress: &Progress,
    goal: Option<Goal>,
    now: DateTime<Utc>,
    tz: &Tz,
    stalled_days: u32,
) -> LearnerFigures {
    let statuses = progress.statuses(roadmap);
    let in_hand = roadmap
        .reading_order()
        .find(|&i| statuses[i] == Status::InProgress)
        .or_else(|| next_steps(roadmap, &statuses).first().copied())
        .map(|i| (i, statuses[i]));
    let four_weeks: u64 = minutes_per_week(progress, now, tz, 4)
        .iter()
        .map(|(_, minutes)| minutes)
        .sum();
    let last_activity = progress.last_activity();
    let today = now.with_timezone(tz).date_naive();
    let days_idle = last_activity.map(|at| {
        (today - at.with_timezone(tz).date_naive())
            .num_days()
            .max(0)
    });
    let mut done = 0;
    let mut verified = 0;
    for (i, status) in statuses.iter().enumerate() {
        if *status != Status::Done {
            continue;
        }
        done += 1;
        verified += usize::from(progress.verification_of(roadmap, i).is_some());
    }
    LearnerFigures {
        in_hand,
        week_minutes: week(progress, goal, now, tz).minutes,
        four_weeks_minutes: four_weeks,
        goal,
        last_activity,
        days_idle,
        stalled: days_idle.is_some_and(|days| days >= i64::from(stalled_days)),
        done,
        verified,
        applications: super::funnel(&progress.applications, tz).total,
    }
}

/// Who needs attention first: stalled learners (the longest idle first),
/// then those who never recorded anything, then those behind their
/// weekly goal (the furthest behind first), then everybody else (the
/// least studied this week first). Sort ascending by this key.
pub fn attention(figures: &LearnerFigures) -> (u8, i64) {
    if figures.stalled {
        return (0, -figures.days_idle.unwrap_or_default());
    }
    if figures.last_activity.is_none() {
        return (1, 0);
    }
    if let (Some(goal), Some(false)) = (figures.goal, figures.goal_met()) {
        // Per mille of the goal reached, so goals of any size compare.
        let reached = figures.week_minutes * 1000 / u64::from(goal.minutes_per_week.max(1));
        return (2, reached as i64);
    }
    (3, figures.week_minutes as i64)
}

#[cfg(test)]
#[path = "cohort_tests.rs"]
mod tests;
