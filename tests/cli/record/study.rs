//! `study`, `goal`, the week and the streak, `evidence`, their help.

use std::fs;

use serde_json::{Value, json};

use super::{NOW, ago, refused, sandbox};
use crate::support::{SMALL_ROADMAP, Sandbox};

#[test]
fn study_takes_every_documented_duration_and_totals_it() {
    let sandbox = sandbox();
    for (duration, minutes) in [("90m", 90), ("1h30m", 90), ("2h", 120), ("1.5h", 90)] {
        let report = sandbox.json(&["study", "beta", duration, "--at", &ago(1)]);
        assert_eq!(report["minutes"], minutes, "{duration}");
    }
    let report = sandbox.json(&["study", "alpha", "45m", "--note", "read the docs"]);
    assert_eq!(report["at"], NOW);
    assert_eq!(report["note"], "read the docs");
    assert_eq!(report["step_minutes"], 45);
    assert_eq!(report["week"]["minutes"], 435);
    assert_eq!(report["week"]["streak_days"], 2);

    let show = sandbox.json(&["show", "beta"]);
    assert_eq!(show["time_spent_minutes"], 390);
    assert_eq!(show["sessions"].as_array().unwrap().len(), 4);
    let text = sandbox.stdout(&["show", "beta"]);
    assert!(
        text.contains("Time spent: 6h 30m of 2h estimated, 4 sessions"),
        "{text}"
    );

    let status = sandbox.json(&["status"]);
    assert_eq!(status["record"]["total_minutes"], 435);
    assert_eq!(status["record"]["total_hours"], 7.3);
    assert_eq!(status["record"]["sessions"], 5);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains("Time logged: 7h 15m in 5 sessions\n"),
        "{text}"
    );

    let log = sandbox.json(&["log"]);
    assert_eq!(log["entries"][0]["kind"], "study");
    assert_eq!(log["entries"][0]["minutes"], 45);
    assert_eq!(log["entries"][0]["text"], "read the docs");
    let text = sandbox.stdout(&["log", "-n", "1"]);
    assert!(
        text.starts_with("2026-11-28 12:00      1.1  Alpha — studied 45m: read the docs\n"),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "study", "gamma", "1h30m"]);
    assert!(
        ja.starts_with("1時間30分を記録しました: 2.1  Gamma\n"),
        "{ja}"
    );
}

#[test]
fn a_session_is_undone_like_any_change() {
    let sandbox = sandbox().at_time("2026-11-20T10:00:00Z");
    sandbox.stdout(&["start", "alpha"]);
    sandbox.stdout(&["study", "alpha", "2h"]);
    let undo = sandbox.json(&["undo"]);
    assert_eq!(undo["sessions_removed"][0]["minutes"], 120);
    assert_eq!(undo["reverted"], json!([]));
    assert_eq!(sandbox.json(&["status"])["record"]["total_minutes"], 0);
    assert_eq!(
        sandbox.user_json("learner")["roadmaps"]["small"]["steps"]["alpha"]["status"],
        "in-progress"
    );
    sandbox.stdout(&["study", "alpha", "30m"]);
    let text = sandbox.stdout(&["undo"]);
    assert_eq!(
        text,
        "Undid: 30m of study on 1.1  Alpha\n  (recorded 2026-11-20 10:00)\n"
    );
}

#[test]
fn the_goal_is_set_shown_and_cleared() {
    let sandbox = sandbox();
    assert_eq!(
        sandbox.stdout(&["goal"]),
        "No weekly goal. Set one with `roadmap goal 5h`.\n"
    );
    assert_eq!(
        sandbox.stdout(&["goal", "5h"]),
        "Weekly goal set: 5h a week.\n"
    );
    assert_eq!(
        sandbox.json(&["goal"]),
        json!({"action": "shown", "minutes_per_week": 300})
    );
    assert_eq!(
        sandbox.user_json("learner")["goal"]["value"]["minutes_per_week"],
        300
    );
    assert_eq!(sandbox.json(&["goal", "40h"])["minutes_per_week"], 2400);
    assert_eq!(
        sandbox.stdout(&["--lang", "ja", "goal", "1h30m"]),
        "週の目標を設定しました: 週 1時間30分\n"
    );
    // Per user: another learner has none.
    assert_eq!(
        sandbox.json(&["--user", "other", "goal"])["minutes_per_week"],
        Value::Null
    );
    assert_eq!(
        sandbox.stdout(&["goal", "--clear"]),
        "Weekly goal removed.\n"
    );
    assert!(
        sandbox.user_json("learner")["goal"].get("value").is_none(),
        "the clearing is kept, to win over an older goal on another machine"
    );
    sandbox.stdout(&["goal", "5h"]);
    for bad in ["0h", "-2h", "soon", "169h"] {
        refused(&sandbox, &["goal", bad], 2, &[bad]);
    }
    refused(&sandbox, &["goal", "5h", "--clear"], 2, &["--clear"]);
}

#[test]
fn status_shows_this_week_against_the_goal_and_the_streak() {
    let sandbox = sandbox();
    sandbox.stdout(&["goal", "5h"]);
    // Sunday 22nd is last week; Wednesday to Friday make a streak.
    sandbox.stdout(&["study", "alpha", "2h", "--at", "2026-11-22 18:00"]);
    sandbox.stdout(&["study", "alpha", "1h", "--at", "2026-11-25"]);
    sandbox.stdout(&["study", "beta", "1h", "--at", "2026-11-26"]);
    sandbox.stdout(&["study", "beta", "1h", "--at", "2026-11-27"]);
    let status = sandbox.json(&["status"]);
    assert_eq!(
        status["record"],
        json!({
            "total_minutes": 300, "total_hours": 5.0, "sessions": 4,
            "week_start": "2026-11-23", "minutes": 180,
            "goal_minutes": 300, "goal_percent": 60,
            "streak_days": 3, "studied_today": false
        })
    );
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.ends_with("This week: 3h of 5h (60%) · streak 3 days\n"),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.ends_with("今週: 3時間 / 目標 5時間（60%） · 連続 3 日\n"),
        "{ja}"
    );
    // Studying today extends the streak; a day missed ends it.
    sandbox.stdout(&["study", "gamma", "30m"]);
    assert_eq!(sandbox.json(&["status"])["record"]["streak_days"], 4);
    let later = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-11-30T12:00:00Z");
    fs::create_dir_all(later.data_dir().join("users")).unwrap();
    fs::copy(sandbox.user_file("learner"), later.user_file("learner")).unwrap();
    let record = &later.json(&["status"])["record"];
    assert_eq!(record["streak_days"], 0);
    assert_eq!(record["week_start"], "2026-11-30");
    assert_eq!(record["minutes"], 0);
}

/// Unix only: Windows takes the time zone from its settings, never from
/// `TZ`, so a test cannot move it.
#[cfg(unix)]
#[test]
fn weeks_and_streaks_follow_the_local_time_zone() {
    let sandbox = sandbox();
    // 23:30 on Sunday in Tokyo, and 00:30 on Monday there.
    sandbox.stdout(&["study", "alpha", "1h", "--at", "2026-11-22T14:30:00Z"]);
    sandbox.stdout(&["study", "alpha", "1h", "--at", "2026-11-22T15:30:00Z"]);
    let tokyo = sandbox
        .run(&["status", "--json"])
        .env("TZ", "Asia/Tokyo")
        .output()
        .unwrap();
    let tokyo: Value = serde_json::from_slice(&tokyo.stdout).unwrap();
    assert_eq!(tokyo["record"]["week_start"], "2026-11-23");
    assert_eq!(tokyo["record"]["minutes"], 60);
    let utc = sandbox.json(&["status"]);
    assert_eq!(utc["record"]["minutes"], 0, "both on Sunday in UTC");
}

#[test]
fn evidence_links_are_checked_kept_once_and_shown() {
    let sandbox = sandbox();
    let report = sandbox.json(&[
        "evidence",
        "alpha",
        "https://github.com/learner/alpha",
        "https://github.com/learner/alpha",
        "http://learner.example/post",
    ]);
    assert_eq!(
        report["added"],
        json!([
            "https://github.com/learner/alpha",
            "http://learner.example/post"
        ])
    );
    let again = sandbox.json(&["evidence", "alpha", "https://github.com/learner/alpha"]);
    assert_eq!(again["added"], json!([]));
    assert_eq!(
        again["already"],
        json!(["https://github.com/learner/alpha"])
    );
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["evidence"][1]["url"], "http://learner.example/post");
    let text = sandbox.stdout(&["show", "alpha"]);
    assert!(
        text.contains("Evidence\n  2026-11-28  https://github.com/learner/alpha\n"),
        "{text}"
    );
    let long = format!("https://a.example/{}", "x".repeat(2000));
    for (url, message) in [
        ("javascript:alert(1)", "is not an http or https link"),
        ("ftp://files.example/x", "is not an http or https link"),
        ("github.com/learner", "is not an http or https link"),
        ("https://", "has no host name"),
        (
            "https://a b.example",
            "contains spaces or invisible characters",
        ),
        ("https://a.example/\u{202e}gpj", "invisible characters"),
        (long.as_str(), "longer than 2000 bytes"),
    ] {
        refused(&sandbox, &["evidence", "alpha", url], 2, &[message]);
    }
    refused(
        &sandbox,
        &["--lang", "ja", "evidence", "alpha", "mailto:x@y"],
        2,
        &["http / https のリンクではありません"],
    );
}

#[test]
fn done_takes_evidence_and_refuses_a_bad_link_whole() {
    let sandbox = sandbox();
    refused(
        &sandbox,
        &[
            "done",
            "alpha",
            "--evidence",
            "https://ok.example",
            "--evidence",
            "file:///etc/passwd",
        ],
        2,
        &["'file:///etc/passwd' is not an http or https link"],
    );
    assert!(sandbox.user_bytes("learner").is_empty(), "nothing stored");
    let text = sandbox.stdout(&[
        "done",
        "alpha",
        "--evidence",
        "https://ok.example/a",
        "--evidence",
        "https://ok.example/b",
    ]);
    assert!(text.contains("Evidence: 2 link(s) attached\n"), "{text}");
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["status"], "done");
    assert_eq!(show["evidence"].as_array().unwrap().len(), 2);
    // Evidence for a step already done is still attached, and undone with it.
    let json = sandbox.json(&["done", "alpha", "--evidence", "https://ok.example/c"]);
    assert_eq!(json["evidence_added"], 1);
    assert_eq!(json["unchanged"][0]["id"], "alpha");
    assert_eq!(
        sandbox.json(&["undo"])["evidence_removed"][0]["url"],
        "https://ok.example/c"
    );
}

#[test]
fn a_bad_clock_override_is_refused() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("tomorrow");
    refused(
        &sandbox,
        &["status"],
        2,
        &["ROADMAP_NOW 'tomorrow' is not an RFC 3339 time"],
    );
}

#[test]
fn the_record_commands_have_help_in_both_languages() {
    let sandbox = Sandbox::new();
    for (command, en, ja) in [
        (
            "study",
            "Log time spent studying a step",
            "ステップの学習時間を記録する",
        ),
        (
            "goal",
            "Set, show or clear your weekly study goal",
            "週の学習時間の目標を設定・表示・解除する",
        ),
        (
            "evidence",
            "Attach links to what you built",
            "ステップで作ったもの",
        ),
    ] {
        assert!(
            sandbox.stdout(&[command, "--help"]).starts_with(en),
            "{command}"
        );
        let japanese = sandbox.stdout(&["--lang", "ja", command, "--help"]);
        assert!(japanese.starts_with(ja), "{japanese}");
        assert!(japanese.contains("例:\n  roadmap"), "{japanese}");
        let by_locale = sandbox
            .run(&[command, "--help"])
            .env("LANG", "ja_JP.UTF-8")
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&by_locale.stdout).starts_with(ja));
    }
    let done = sandbox.stdout(&["--lang=ja", "done", "--help"]);
    assert!(done.contains("作ったものへのリンク"), "{done}");
}

#[test]
fn an_unreadable_goal_hint_states_the_weekly_limit_in_both_languages() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["goal", "soon"])
        .stderr(
            "error: cannot read the duration 'soon'\n  \
             hint: write it like 5h, 90m, 1h30m or 300 (a bare number is minutes): \
             more than 0, at most 168h a week\n",
        )
        .status(2);
    sandbox
        .test()
        .lang("ja")
        .args(["goal", "soon"])
        .stderr(
            "エラー: 時間 'soon' を読み取れません\n  \
             ヒント: 10時間、5時間半、90分、5h、300（数字だけなら分）のように書いてください\
             （0 より長く週 168 時間以内）\n",
        )
        .status(2);
    // A study session keeps the day's limit in its hint.
    sandbox
        .test()
        .args(["study", "1.1", "soon"])
        .stderr_has("at most 24h")
        .status(2);
    assert!(!sandbox.user_file("learner").exists());
}
