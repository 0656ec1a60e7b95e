//! Pace and the estimated finish date, from the history. Pure: the clock
//! is an argument, so tests fix it.
//!
//! Once study time is logged (`roadmap study`), pace is the time studied
//! per week over the recent window ([`PaceBasis::Time`]), and the finish
//! date is the required hours left at that pace; the hours left are each
//! unfinished step's estimate minus the time already spent on it, never
//! below zero. A window younger than a week counts as a week, so one long
//! evening does not read as a huge weekly pace.
//!
//! Without logged time, pace counts steps marked *done* (not skipped: a skip is a decision, not
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

/// The learner's pace on `roadmap` at time `now`.
pub fn pace(
    roadmap: &Roadmap,
    progress: &Progress,
    statuses: &[Status],
    now: DateTime<Utc>,
) -> Pace {
    let spent = progress.minutes_per_step(roadmap);
    let left = |i: usize| (roadmap.steps[i].estimate_hours - spent[i] as f64 / 60.0).max(0.0);
    let unfinished = |optional: bool| {
        (0..roadmap.steps.len())
            .filter(move |&i| !statuses[i].is_finished() && roadmap.steps[i].optional == optional)
    };
    let remaining_steps = unfinished(false).count();
    if remaining_steps == 0 {
        return Pace::Complete;
    }
    // `+ 0.0`: an empty float sum is -0.0, which JSON would show as such.
    let remaining_hours = unfinished(false).map(left).sum::<f64>() + 0.0;
    let optional_steps = unfinished(true).count();
    let optional_hours = unfinished(true).map(left).sum::<f64>() + 0.0;
    if let Some(first) = progress.first_session() {
        let start = first.max(now - TimeDelta::days(WINDOW_DAYS));
        let weeks = ((now - start).num_seconds() as f64 / SECONDS_PER_WEEK).max(1.0);
        let minutes: u64 = progress
            .all_sessions()
            .filter(|(_, s)| s.at >= start && s.at <= now)
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
    fn logged_time_gives_the_real_pace() {
        // 6 steps of 2 hours; 6 hours logged on step 0 over the window (it
        // needed only 2), 1 hour on step 1, which is done.
        let r = roadmap(2.0);
        let mut p = history(&r, &[(1, Status::Done, 20)]);
        p.add_session(&r, 0, 360, days_ago(21), None, 2);
        p.add_session(&r, 1, 60, days_ago(20), None, 3);
        p.add_session(&r, 2, 60, days_ago(60), None, 4);
        let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!(rate.basis, PaceBasis::Time);
        assert_eq!(rate.weeks, 4.0);
        assert_eq!(rate.studied_hours, 7.0, "the session 60 days ago is out");
        assert_eq!(rate.hours_per_week, 1.75);
        // Step 0 is used up, step 2 has 1h left, steps 3-5 have 2h each.
        assert_eq!(rate.remaining_hours, 7.0);
        assert_eq!(rate.remaining_steps, 5);
        assert_eq!(finish, now() + TimeDelta::weeks(4));
    }

    #[test]
    fn optional_steps_are_apart_and_do_not_delay_the_finish() {
        let r = Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}], "steps": [
                {"id": "a", "stage": "s", "title": "A", "estimate_hours": 4},
                {"id": "b", "stage": "s", "title": "B", "estimate_hours": 4},
                {"id": "c", "stage": "s", "title": "C", "estimate_hours": 50, "optional": true}
            ]}"#,
        )
        .unwrap();
        let mut p = history(&r, &[(0, Status::Done, 14)]);
        p.add_session(&r, 0, 240, days_ago(14), None, 2);
        let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now()));
        assert_eq!((rate.remaining_steps, rate.remaining_hours), (1, 4.0));
        assert_eq!((rate.optional_steps, rate.optional_hours), (1, 50.0));
        assert_eq!(finish, now() + TimeDelta::weeks(2));
        // Only the optional step left: complete.
        p.set_status(&r, 1, Status::Skipped, days_ago(1), None, 3);
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
