//! Pace and the estimated finish date, from the history. Pure: the clock
//! is an argument, so tests fix it.
//!
//! Pace counts steps marked *done* (not skipped: a skip is a decision, not
//! work) whose latest `done` falls in the recent window and that are still
//! done now (a step done then reset does not count). The window is the last
//! [`WINDOW_DAYS`] days, or less when the history is younger; a history
//! shorter than [`MIN_HISTORY_DAYS`] gives no estimate, since one busy
//! evening would promise a finish date nobody keeps.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Progress, Status};
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
    /// The first recorded change (if any) is too recent to measure a pace.
    NotEnoughHistory { since: Option<DateTime<Utc>> },
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
    pub remaining_steps: usize,
    pub remaining_hours: f64,
    pub basis: PaceBasis,
}

/// The learner's pace on `roadmap` at time `now`.
pub fn pace(
    roadmap: &Roadmap,
    progress: &Progress,
    statuses: &[Status],
    now: DateTime<Utc>,
) -> Pace {
    let unfinished = || {
        roadmap
            .steps
            .iter()
            .zip(statuses)
            .filter(|(_, status)| !status.is_finished())
    };
    let remaining_steps = unfinished().count();
    if remaining_steps == 0 {
        return Pace::Complete;
    }
    // A ticked share of a checklist is work done, as in `status`.
    let shares = progress.checklist_shares(roadmap);
    let remaining_hours: f64 = roadmap
        .steps
        .iter()
        .zip(statuses)
        .zip(&shares)
        .filter(|((_, status), _)| !status.is_finished())
        .map(|((step, _), share)| step.estimate_hours * (1.0 - share))
        .sum();
    let Some(first) = progress.history.iter().map(|e| e.at).min() else {
        return Pace::NotEnoughHistory { since: None };
    };
    if now - first < TimeDelta::days(MIN_HISTORY_DAYS) {
        return Pace::NotEnoughHistory { since: Some(first) };
    }
    let start = first.max(now - TimeDelta::days(WINDOW_DAYS));
    let weeks = (now - start).num_seconds() as f64 / SECONDS_PER_WEEK;

    // The latest time each step was marked done.
    let mut last_done: Vec<Option<DateTime<Utc>>> = vec![None; roadmap.steps.len()];
    for event in progress.history.iter().filter(|e| e.to == Status::Done) {
        if let Some(i) = roadmap.index_of(&event.step) {
            last_done[i] = last_done[i].max(Some(event.at));
        }
    }
    let (mut steps, mut hours) = (0, 0.0);
    for (i, at) in last_done.iter().enumerate() {
        if statuses[i] == Status::Done && at.is_some_and(|at| at >= start) {
            steps += 1;
            hours += roadmap.steps[i].estimate_hours;
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
        basis,
    };
    if steps == 0 {
        return Pace::Stalled { rate };
    }
    let weeks_left = match basis {
        PaceBasis::Hours => remaining_hours / rate.hours_per_week,
        PaceBasis::Steps => remaining_steps as f64 / rate.steps_per_week,
    };
    let finish = TimeDelta::try_seconds((weeks_left * SECONDS_PER_WEEK).ceil() as i64)
        .and_then(|left| now.checked_add_signed(left));
    Pace::Estimate { rate, finish }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Event;

    /// Six steps of 2 hours each, one of 0 hours.
    fn roadmap(hours: f64) -> Roadmap {
        let steps: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    r#"{{"id": "s{i}", "stage": "s", "title": "S{i}", "estimate_hours": {hours}}}"#
                )
            })
            .collect();
        Roadmap::from_json(
            format!(
                r#"{{"id": "r", "title": "R", "stages": [{{"id": "s", "title": "S"}}], "steps": [{}]}}"#,
                steps.join(",")
            )
            .as_bytes(),
        )
        .expect("valid test roadmap")
    }

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().unwrap()
    }

    fn days_ago(days: i64) -> DateTime<Utc> {
        now() - TimeDelta::days(days)
    }

    /// Applies (step, to, days ago) changes and returns the progress.
    fn history(r: &Roadmap, changes: &[(usize, Status, i64)]) -> Progress {
        let mut p = Progress::default();
        for (batch, &(step, to, ago)) in changes.iter().enumerate() {
            p.set_status(r, step, to, days_ago(ago), None, batch as u64 + 1);
        }
        p
    }

    fn estimate(pace: Pace) -> (Rate, DateTime<Utc>) {
        match pace {
            Pace::Estimate {
                rate,
                finish: Some(finish),
            } => (rate, finish),
            other => panic!("expected an estimate, got {other:?}"),
        }
    }

    #[test]
    fn no_history_is_not_enough() {
        let r = roadmap(2.0);
        let p = Progress::default();
        let pace = pace(&r, &p, &p.statuses(&r), now());
        assert_eq!(pace, Pace::NotEnoughHistory { since: None });
    }

    #[test]
    fn less_than_a_week_is_not_enough() {
        let r = roadmap(2.0);
        let p = history(&r, &[(0, Status::Done, 6), (1, Status::Done, 1)]);
        let pace = pace(&r, &p, &p.statuses(&r), now());
        assert_eq!(
            pace,
            Pace::NotEnoughHistory {
                since: Some(days_ago(6))
            }
        );
    }

    #[test]
    fn hours_pace_over_a_young_history() {
        // Two weeks of history, 2 steps (4 hours) done: 2 h/week, 8 h left.
        let r = roadmap(2.0);
        let p = history(&r, &[(0, Status::Done, 14), (1, Status::Done, 3)]);
        let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!(rate.weeks, 2.0);
        assert_eq!((rate.steps, rate.hours), (2, 4.0));
        assert_eq!(rate.hours_per_week, 2.0);
        assert_eq!(rate.basis, PaceBasis::Hours);
        assert_eq!(finish, now() + TimeDelta::weeks(4));
    }

    #[test]
    fn the_window_is_capped_at_four_weeks() {
        // The step done 10 weeks ago is outside the window.
        let r = roadmap(2.0);
        let p = history(
            &r,
            &[
                (0, Status::Done, 70),
                (1, Status::Done, 20),
                (2, Status::Done, 10),
            ],
        );
        let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!(rate.weeks, 4.0);
        assert_eq!(rate.steps, 2);
        assert_eq!(rate.steps_per_week, 0.5);
        // 6 hours left at 1 h/week.
        assert_eq!(finish, now() + TimeDelta::weeks(6));
    }

    #[test]
    fn steps_without_estimates_use_step_counts() {
        let r = roadmap(0.0);
        let p = history(&r, &[(0, Status::Done, 14), (1, Status::Done, 7)]);
        let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!(rate.basis, PaceBasis::Steps);
        // 4 steps left at 1 step/week.
        assert_eq!(finish, now() + TimeDelta::weeks(4));
    }

    #[test]
    fn reset_and_skipped_steps_do_not_count() {
        let r = roadmap(2.0);
        let p = history(
            &r,
            &[
                (0, Status::Done, 14),
                (0, Status::Todo, 13),
                (1, Status::Skipped, 12),
            ],
        );
        match pace(&r, &p, &p.statuses(&r), now()) {
            Pace::Stalled { rate } => {
                assert_eq!(rate.steps, 0);
                assert_eq!(rate.remaining_steps, 5);
            }
            other => panic!("expected stalled, got {other:?}"),
        }
    }

    #[test]
    fn old_work_only_means_stalled() {
        let r = roadmap(2.0);
        let p = history(&r, &[(0, Status::Done, 60)]);
        assert!(matches!(
            pace(&r, &p, &p.statuses(&r), now()),
            Pace::Stalled { .. }
        ));
    }

    #[test]
    fn everything_finished_is_complete() {
        let r = roadmap(2.0);
        let changes: Vec<(usize, Status, i64)> = (0..6).map(|i| (i, Status::Skipped, 1)).collect();
        let p = history(&r, &changes);
        assert_eq!(pace(&r, &p, &p.statuses(&r), now()), Pace::Complete);
    }

    #[test]
    fn ids_the_roadmap_lacks_are_ignored() {
        let r = roadmap(2.0);
        let mut p = history(&r, &[(0, Status::Done, 14)]);
        p.history.push(Event {
            at: days_ago(1),
            step: "unknown-id".into(),
            from: Status::Todo,
            to: Status::Done,
            note: None,
            batch: None,
        });
        let (rate, _) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!(rate.steps, 1, "ids the roadmap lacks are ignored");
    }
}
