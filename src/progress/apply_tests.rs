use super::*;
use chrono::TimeZone;

fn day(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
}

fn app(id: &str, device: Option<&str>, batch: u64) -> Application {
    Application {
        id: id.into(),
        company: "ACME".into(),
        role: None,
        channel: Channel::Agent,
        url: None,
        at: day(1),
        note: None,
        changes: Vec::new(),
        batch: Some(batch),
        device: device.map(str::to_string),
    }
}

fn change(d: u32, stage: Stage, device: Option<&str>, batch: u64) -> StageChange {
    StageChange {
        at: day(d),
        stage,
        interview_at: None,
        note: None,
        batch: Some(batch),
        device: device.map(str::to_string),
    }
}

#[test]
fn stages_go_forward_and_close() {
    let mut a = app("1", None, 1);
    assert_eq!(a.check_move(Stage::Passed, day(2), false), Ok(()));
    a.changes.push(change(2, Stage::Passed, None, 2));
    assert_eq!(
        a.check_move(Stage::Applied, day(3), false),
        Err(MoveProblem::Backwards {
            from: Stage::Passed
        })
    );
    assert_eq!(
        a.check_move(Stage::Passed, day(3), false),
        Err(MoveProblem::Already)
    );
    a.changes.push(change(3, Stage::Interview, None, 3));
    // Another round is no step back.
    assert_eq!(a.check_move(Stage::Interview, day(4), true), Ok(()));
    a.changes.push(change(4, Stage::Rejected, None, 4));
    assert_eq!(
        a.check_move(Stage::Offer, day(5), false),
        Err(MoveProblem::Closed(Stage::Rejected))
    );
    assert_eq!(a.reached(), Stage::Interview);
    assert_eq!(a.stage(), Stage::Rejected);
}

#[test]
fn a_move_is_never_dated_before_what_it_follows() {
    let mut a = app("1", None, 1);
    let before = Utc.with_ymd_and_hms(2026, 10, 31, 9, 0, 0).unwrap();
    assert_eq!(
        a.check_move(Stage::Passed, before, false),
        Err(MoveProblem::BeforeApplication(day(1)))
    );
    a.changes.push(change(5, Stage::Passed, None, 2));
    assert_eq!(
        a.check_move(Stage::Interview, day(4), false),
        Err(MoveProblem::BeforeLastChange(day(5)))
    );
    assert_eq!(
        a.check_move(Stage::Offer, day(6), true),
        Err(MoveProblem::InterviewDateNotInterview)
    );
}

#[test]
fn the_latest_change_by_date_then_device_is_the_stage() {
    let mut a = app("1", Some("a"), 1);
    a.changes.push(change(3, Stage::Rejected, Some("b"), 1));
    a.changes.push(change(3, Stage::Withdrawn, Some("a"), 2));
    assert_eq!(a.stage(), Stage::Rejected);
}

#[test]
fn join_keeps_both_sides_once_and_drops_the_undone() {
    let mut ours = app("20261101-a", Some("a"), 1);
    ours.changes.push(change(2, Stage::Passed, Some("a"), 2));
    let mut theirs = ours.clone();
    theirs
        .changes
        .push(change(3, Stage::Interview, Some("b"), 5));
    let other = app("20261101-b", Some("b"), 6);
    let dead = |d: Option<&str>, b: Option<u64>| d == Some("b") && b == Some(6);
    let joined = join(vec![ours.clone(), theirs, other, ours], &dead);
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0].changes.len(), 2);
    assert_eq!(joined[0].stage(), Stage::Interview);
}

#[test]
fn channels_and_stages_read_both_languages() {
    for channel in Channel::ALL {
        assert_eq!(Channel::parse(channel.as_str()), Some(channel));
    }
    for stage in Stage::ALL {
        assert_eq!(Stage::parse(stage.as_str()), Some(stage));
    }
    assert_eq!(Channel::parse("ハローワーク"), Some(Channel::HelloWork));
    assert_eq!(Stage::parse("書類通過"), Some(Stage::Passed));
    assert_eq!(Stage::parse("later"), None);
}

#[test]
fn ids_made_at_one_second_differ_and_keep_their_order() {
    let now = day(1);
    let (a, b) = (
        crate::progress::application_id(now, 1),
        crate::progress::application_id(now, 1),
    );
    assert_ne!(a, b, "two machines at the same second");
    let later = crate::progress::application_id(now, 2);
    assert!(
        a < later && b < later,
        "the sequence orders one machine's ids"
    );
    assert!(a.starts_with("20261101T090000Z-000001-"), "{a}");
}
