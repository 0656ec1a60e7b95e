//! The study timer: start, stop, undo, a timer left running, a restart
//! (a new process at a later clock), the today view. Every command runs at
//! a clock of its own (`ROADMAP_NOW`), as a restarted machine would.

use super::{NOW, refused, sandbox};
use crate::support::Sandbox;

/// `roadmap ARGS` at `now`.
fn at(sandbox: &Sandbox, now: &str, args: &[&str]) -> std::process::Output {
    sandbox
        .run(args)
        .env("ROADMAP_NOW", now)
        .output()
        .expect("run roadmap")
}

fn stdout_at(sandbox: &Sandbox, now: &str, args: &[&str]) -> String {
    let output = at(sandbox, now, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn start_stop_logs_the_time_and_undo_takes_it_back() {
    let sandbox = sandbox();
    let start = stdout_at(
        &sandbox,
        "2026-11-28T09:00:00Z",
        &["study", "start", "beta"],
    );
    assert!(
        start.starts_with("Timer started at 09:00 on 1.2  Beta\n"),
        "{start}"
    );
    // The timer is a file of this machine, not part of the user file.
    assert!(sandbox_has_timer(&sandbox));
    assert!(
        !sandbox.user_file("learner").exists(),
        "the user file is untouched"
    );
    // The today view shows it, in both languages.
    let today = stdout_at(&sandbox, "2026-11-28T09:45:00Z", &[]);
    assert!(
        today.contains("Timer: 45m on 1.2  Beta (since 09:00)\n"),
        "{today}"
    );
    let ja = stdout_at(&sandbox, "2026-11-28T09:45:00Z", &["--lang", "ja"]);
    assert!(
        ja.contains("タイマー: 1.2  Beta — 45分経過（09:00 から）\n"),
        "{ja}"
    );
    let json = sandbox.json(&[]);
    assert_eq!(json["timer"]["id"], "beta");
    // A second start is refused while one runs.
    let again = at(
        &sandbox,
        "2026-11-28T10:00:00Z",
        &["study", "start", "alpha"],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("a timer is already running on 1.2  Beta")
    );
    // Stopped after a "restart": a new process at a later clock.
    let stop = stdout_at(
        &sandbox,
        "2026-11-28T10:30:00Z",
        &["study", "stop", "--note", "chapter 3"],
    );
    assert!(stop.starts_with("Logged 1h 30m on 1.2  Beta\n"), "{stop}");
    let show = sandbox.json(&["show", "beta"]);
    assert_eq!(show["sessions"][0]["minutes"], 90);
    assert_eq!(show["sessions"][0]["note"], "chapter 3");
    assert!(!sandbox_has_timer(&sandbox));
    let today = stdout_at(&sandbox, "2026-11-28T10:31:00Z", &[]);
    assert!(!today.contains("Timer:"), "{today}");
    // Undo takes the session back like any other.
    let undo = sandbox.stdout(&["undo"]);
    assert_eq!(
        undo,
        "Undid: 1h 30m of study on 1.2  Beta\n  (recorded 2026-11-28 10:30)\n"
    );
    assert_eq!(sandbox.json(&["status"])["record"]["total_minutes"], 0);
    // Nothing to stop now.
    refused(
        &sandbox,
        &["study", "stop"],
        2,
        &["no timer is running", "roadmap study start"],
    );
}

fn sandbox_has_timer(sandbox: &Sandbox) -> bool {
    crate::support::files_under(sandbox.path())
        .iter()
        .any(|(path, _)| path.to_string_lossy().contains("timer-learner.json"))
}

#[test]
fn without_a_step_the_timer_takes_the_step_in_hand() {
    let sandbox = sandbox();
    sandbox.stdout(&["start", "gamma"]);
    let start = stdout_at(&sandbox, NOW, &["study", "start"]);
    assert!(start.contains("on 2.1  Gamma"), "{start}");
    let discard = stdout_at(
        &sandbox,
        "2026-11-28T12:20:00Z",
        &["study", "stop", "--discard"],
    );
    assert_eq!(discard, "Timer stopped after 20m; nothing logged\n");
    assert_eq!(sandbox.json(&["status"])["record"]["total_minutes"], 0);
}

#[test]
fn a_timer_left_running_is_not_logged_without_asking() {
    let sandbox = sandbox();
    stdout_at(
        &sandbox,
        "2026-11-27T08:00:00Z",
        &["study", "start", "alpha"],
    );
    // 14 hours later, with no terminal to ask on: refused, nothing logged.
    let late = "2026-11-27T22:00:00Z";
    let output = at(&sandbox, late, &["study", "stop"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the timer has run for 14h; not logged without asking"),
        "{stderr}"
    );
    assert!(stderr.contains("--force"), "{stderr}");
    let ja = at(&sandbox, late, &["--lang", "ja", "study", "stop"]);
    assert!(String::from_utf8_lossy(&ja.stderr).contains("タイマーが 14時間動いています"));
    assert!(sandbox_has_timer(&sandbox), "the timer still runs");
    // --force logs it.
    let forced = stdout_at(&sandbox, late, &["study", "stop", "--force"]);
    assert!(forced.starts_with("Logged 14h on 1.1  Alpha\n"), "{forced}");

    // Over a day: never logged as it is, even with --force.
    stdout_at(
        &sandbox,
        "2026-11-27T08:00:00Z",
        &["study", "start", "alpha"],
    );
    let output = at(
        &sandbox,
        "2026-11-28T09:00:00Z",
        &["study", "stop", "--force"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("more than a session may hold"));
    // Under a minute: nothing logged, the timer is gone.
    stdout_at(&sandbox, NOW, &["study", "stop", "--discard"]);
    stdout_at(&sandbox, NOW, &["study", "start", "alpha"]);
    let quick = stdout_at(&sandbox, "2026-11-28T12:00:20Z", &["study", "stop"]);
    assert_eq!(
        quick,
        "Timer stopped after less than a minute; nothing logged\n"
    );
    assert_eq!(
        sandbox.json(&["status"])["record"]["total_minutes"],
        14 * 60
    );
}
