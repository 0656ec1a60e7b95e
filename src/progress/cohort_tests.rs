//! Unit tests of the mentor table's figures and order.

use chrono::{TimeDelta, Utc};

use super::*;
use crate::progress::{CheckOutcome, Verification};

/// Four steps in a chain.
fn roadmap() -> Roadmap {
    Roadmap::from_json(
        br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}], "steps": [
            {"id": "a", "stage": "s", "title": "A"},
            {"id": "b", "stage": "s", "title": "B", "requires": ["a"]},
            {"id": "c", "stage": "s", "title": "C", "requires": ["b"]},
            {"id": "d", "stage": "s", "title": "D", "requires": ["c"]}]}"#,
    )
    .expect("valid test roadmap")
}

/// A Thursday.
fn now() -> DateTime<Utc> {
    "2026-12-03T12:00:00Z".parse().unwrap()
}

fn ago(days: i64) -> DateTime<Utc> {
    now() - TimeDelta::days(days)
}

fn goal(hours: u32) -> Option<Goal> {
    Some(Goal {
        minutes_per_week: hours * 60,
    })
}

fn figures(p: &Progress, goal: Option<Goal>, stalled_days: u32) -> LearnerFigures {
    learner_figures(&roadmap(), p, goal, now(), &Utc, stalled_days)
}

#[test]
fn a_fixed_history_gives_fixed_figures() {
    let r = roadmap();
    let mut p = Progress::default();
    p.set_status(&r, 0, Status::Done, ago(20), None, 1);
    p.set_status(&r, 1, Status::Done, ago(10), None, 2);
    p.set_status(&r, 2, Status::InProgress, ago(2), None, 3);
    // This week (from Monday 2026-11-30): 90 + 30 minutes; 3 weeks back: 60.
    p.add_session(&r, 2, 90, ago(2), None, 4);
    p.add_session(&r, 2, 30, ago(1), None, 5);
    p.add_session(&r, 1, 60, ago(17), None, 6);
    // Five weeks back: outside the four weeks.
    p.add_session(&r, 0, 45, ago(35), None, 7);
    p.steps
        .get_mut("a")
        .unwrap()
        .verifications
        .push(Verification {
            at: ago(19),
            checks: vec![CheckOutcome {
                kind: "file".into(),
                passed: true,
            }],
            folder: None,
            commit: None,
            remote: None,
            batch: Some(8),
            device: None,
        });
    let f = figures(&p, goal(3), 7);
    assert_eq!(f.in_hand, Some((2, Status::InProgress)));
    assert_eq!(f.week_minutes, 120);
    assert_eq!(f.four_weeks_minutes, 180);
    assert_eq!(f.goal_met(), Some(false));
    assert_eq!(f.days_idle, Some(1));
    assert!(!f.stalled);
    assert_eq!((f.done, f.verified, f.self_reported()), (2, 1, 1));
    assert_eq!(figures(&p, goal(2), 7).goal_met(), Some(true));
    assert_eq!(figures(&p, None, 7).goal_met(), None);
}

#[test]
fn without_a_step_in_progress_the_next_one_is_in_hand() {
    let r = roadmap();
    let mut p = Progress::default();
    p.set_status(&r, 0, Status::Done, ago(3), None, 1);
    assert_eq!(figures(&p, None, 7).in_hand, Some((1, Status::Todo)));
    let empty = figures(&Progress::default(), None, 7);
    assert_eq!(empty.in_hand, Some((0, Status::Todo)));
    assert_eq!((empty.days_idle, empty.stalled), (None, false));
}

#[test]
fn the_stalled_threshold_is_inclusive_and_settable() {
    let r = roadmap();
    let mut p = Progress::default();
    p.set_status(&r, 0, Status::InProgress, ago(7), None, 1);
    assert!(
        figures(&p, None, 7).stalled,
        "7 days idle at a threshold of 7"
    );
    assert!(!figures(&p, None, 8).stalled);
    assert!(figures(&p, None, 3).stalled);
}

#[test]
fn attention_puts_the_stalled_first_then_the_idle_newcomers_then_the_behind() {
    let r = roadmap();
    let at = |days: i64| {
        let mut p = Progress::default();
        p.set_status(&r, 0, Status::InProgress, ago(days), None, 1);
        p
    };
    let long_idle = figures(&at(30), None, 7);
    let idle = figures(&at(9), None, 7);
    let newcomer = figures(&Progress::default(), None, 7);
    let mut behind = at(1);
    behind.add_session(&r, 0, 60, ago(1), None, 2);
    let far_behind = figures(&at(1), goal(5), 7);
    let behind = figures(&behind, goal(5), 7);
    let mut keen = at(0);
    keen.add_session(&r, 0, 600, ago(0), None, 2);
    let keen = figures(&keen, goal(5), 7);
    let mut order = vec![&keen, &behind, &newcomer, &idle, &far_behind, &long_idle];
    order.sort_by_key(|f| attention(f));
    assert_eq!(
        order,
        [&long_idle, &idle, &newcomer, &far_behind, &behind, &keen]
    );
}
