//! Unit tests of pace and the finish date.

use super::*;
use crate::progress::Event;

/// Six steps of 2 hours each, one of 0 hours.
fn roadmap(hours: f64) -> Roadmap {
    let steps: Vec<String> = (0..6)
        .map(|i| {
            format!(r#"{{"id": "s{i}", "stage": "s", "title": "S{i}", "estimate_hours": {hours}}}"#)
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
    let pace = pace(&r, &p, &p.statuses(&r), now(), &Utc);
    assert_eq!(
        pace,
        Pace::NotEnoughHistory {
            since: None,
            remaining_hours: 12.0
        }
    );
}

#[test]
fn less_than_a_week_is_not_enough() {
    let r = roadmap(2.0);
    let p = history(&r, &[(0, Status::Done, 6), (1, Status::Done, 1)]);
    let pace = pace(&r, &p, &p.statuses(&r), now(), &Utc);
    assert_eq!(
        pace,
        Pace::NotEnoughHistory {
            since: Some(days_ago(6)),
            remaining_hours: 8.0
        }
    );
}

#[test]
fn hours_pace_over_a_young_history() {
    // Two weeks of history, 2 steps (4 hours) done: 2 h/week, 8 h left.
    let r = roadmap(2.0);
    let p = history(&r, &[(0, Status::Done, 14), (1, Status::Done, 3)]);
    let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
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
    let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
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
    let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
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
    match pace(&r, &p, &p.statuses(&r), now(), &Utc) {
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
        pace(&r, &p, &p.statuses(&r), now(), &Utc),
        Pace::Stalled { .. }
    ));
}

#[test]
fn everything_finished_is_complete() {
    let r = roadmap(2.0);
    let changes: Vec<(usize, Status, i64)> = (0..6).map(|i| (i, Status::Skipped, 1)).collect();
    let p = history(&r, &changes);
    assert_eq!(pace(&r, &p, &p.statuses(&r), now(), &Utc), Pace::Complete);
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
    let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
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
    let (rate, finish) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
    assert_eq!((rate.remaining_steps, rate.remaining_hours), (1, 4.0));
    assert_eq!((rate.optional_steps, rate.optional_hours), (1, 50.0));
    assert_eq!(finish, now() + TimeDelta::weeks(2));
    // Only the optional step left: complete.
    p.set_status(&r, 1, Status::Skipped, days_ago(1), None, 3);
    assert_eq!(pace(&r, &p, &p.statuses(&r), now(), &Utc), Pace::Complete);
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
        device: None,
    });
    let (rate, _) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
    assert_eq!(rate.steps, 1, "ids the roadmap lacks are ignored");
}

/// Sessions of `minutes` on step 0 at each of `days` ago.
fn sessions(r: &Roadmap, minutes: u32, days: &[i64]) -> Progress {
    let mut p = Progress::default();
    for (batch, &ago) in days.iter().enumerate() {
        p.add_session(r, 0, minutes, days_ago(ago), None, batch as u64 + 1);
    }
    p
}

#[test]
fn a_weekly_cadence_reads_its_weekly_hours() {
    // Four 10-hour sessions a week apart, the last one 2 days ago (this
    // week, Monday 2026-11-23): three whole weeks, 30 hours.
    let r = roadmap(100.0);
    let p = sessions(&r, 600, &[23, 16, 9, 2]);
    let (rate, _) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
    assert_eq!(rate.weeks, 3.0);
    assert_eq!(rate.hours_per_week, 10.0);
}

#[test]
fn a_session_this_week_does_not_move_the_date() {
    let r = roadmap(100.0);
    let p = sessions(&r, 600, &[23, 16, 9]);
    let (_, before) = estimate(pace(&r, &p, &p.statuses(&r), now(), &Utc));
    let mut more = p.clone();
    more.add_session(&r, 1, 600, days_ago(0), None, 9);
    let (_, after) = estimate(pace(&r, &more, &more.statuses(&r), now(), &Utc));
    // Only the hours left shrink (by the 10 hours logged): a week.
    assert_eq!(after - before, -TimeDelta::weeks(1));
}

#[test]
fn time_logged_for_less_than_a_week_gives_no_date() {
    let r = roadmap(2.0);
    let p = sessions(&r, 120, &[0]);
    let pace = pace(&r, &p, &p.statuses(&r), now(), &Utc);
    assert_eq!(
        pace,
        Pace::NotEnoughHistory {
            since: Some(days_ago(0)),
            remaining_hours: 10.0
        }
    );
    let six_days = sessions(&r, 120, &[6, 0]);
    assert!(matches!(
        super::pace(&r, &six_days, &six_days.statuses(&r), now(), &Utc),
        Pace::NotEnoughHistory { .. }
    ));
}

#[test]
fn the_goal_projects_a_date_from_the_first_day() {
    let r = roadmap(10.0);
    let p = sessions(&r, 120, &[0]);
    let pace = pace(&r, &p, &p.statuses(&r), now(), &Utc);
    let goal = |minutes_per_week| Some(Goal { minutes_per_week });
    // 58 hours left at 10 hours a week.
    let finish = finish_at_goal(&pace, goal(600), now()).unwrap();
    assert_eq!((finish - now()).num_hours(), 974, "5.8 weeks");
    assert_eq!(finish_at_goal(&pace, None, now()), None);
    assert_eq!(finish_at_goal(&Pace::Complete, goal(600), now()), None);
}
