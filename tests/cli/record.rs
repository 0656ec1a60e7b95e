//! The learner's record: `study`, `goal`, the streak, `evidence`, the real
//! pace, the exports that carry the record, and the store's upgrade to
//! version 3. Every test pins the clock with `ROADMAP_NOW`.

use std::fs;

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use serde_json::{Value, json};

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

/// Saturday 2026-11-28, noon UTC; the week began on Monday 2026-11-23.
const NOW: &str = "2026-11-28T12:00:00Z";

fn ago(days: i64) -> String {
    (NOW.parse::<DateTime<Utc>>().unwrap() - TimeDelta::days(days))
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn sandbox() -> Sandbox {
    Sandbox::with_roadmap(SMALL_ROADMAP).at_time(NOW)
}

/// The small roadmap with epsilon (5h) optional.
fn with_optional() -> Sandbox {
    let roadmap = SMALL_ROADMAP.replace(
        r#""estimate_hours": 5}"#,
        r#""estimate_hours": 5, "optional": true}"#,
    );
    assert_ne!(roadmap, SMALL_ROADMAP);
    Sandbox::with_roadmap(&roadmap).at_time(NOW)
}

/// Runs `args`, expects exit `code` with each of `expected` on stderr, and
/// checks that nothing in the sandbox changed.
fn refused(sandbox: &Sandbox, args: &[&str], code: i32, expected: &[&str]) {
    let before = files_under(sandbox.path());
    let output = sandbox.run(args).output().expect("run roadmap");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    for text in expected {
        assert!(stderr.contains(text), "{text:?} not in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        files_under(sandbox.path()),
        before,
        "{args:?} changed files"
    );
}

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
fn bad_durations_are_refused_and_nothing_is_stored() {
    let sandbox = sandbox();
    sandbox.stdout(&["study", "alpha", "1h"]);
    for (duration, message) in [
        ("0m", "the duration '0m' is zero"),
        ("0.2m", "is zero"),
        ("-1h", "the duration '-1h' is negative"),
        ("-30m", "is negative"),
        ("25h", "the duration '25h' is longer than 24 hours"),
        ("24h1m", "longer than 24 hours"),
        ("90", "cannot read the duration '90'"),
        ("abc", "cannot read the duration"),
        ("1h1h", "cannot read"),
        ("", "cannot read"),
    ] {
        refused(
            &sandbox,
            &["study", "alpha", duration],
            2,
            &[message, "hint: write it like 90m, 1h30m, 2h or 1.5h"],
        );
    }
    refused(
        &sandbox,
        &["--lang", "ja", "study", "alpha", "0m"],
        2,
        &["時間 '0m' がゼロです"],
    );
    refused(&sandbox, &["study", "nope", "1h"], 2, &["nope"]);
    refused(
        &sandbox,
        &["study", "alpha", "1h", "--note", "  "],
        2,
        &["the note is empty"],
    );
    refused(
        &sandbox,
        &["study", "alpha", "1h", "--at", "2026-12-01"],
        2,
        &["is in the future"],
    );
}

#[test]
fn a_session_is_undone_like_any_change() {
    let sandbox = sandbox();
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
    assert_eq!(text, "Undid: 30m of study on 1.1  Alpha\n");
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
        sandbox.user_json("learner")["goal"]["minutes_per_week"],
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
    assert!(sandbox.user_json("learner").get("goal").is_none());
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
fn real_pace_counts_time_logged_and_leaves_optional_steps_apart() {
    let sandbox = with_optional();
    // 2h before the window, 8h inside it: 2h a week over 4 weeks.
    sandbox.stdout(&["study", "alpha", "2h", "--at", &ago(40)]);
    sandbox.stdout(&["done", "alpha", "--at", &ago(39)]);
    sandbox.stdout(&["study", "beta", "4h", "--at", &ago(20)]);
    sandbox.stdout(&["study", "gamma", "4h", "--at", &ago(10)]);
    // Beta (2h) and gamma (3h) are used up; delta has 4h left; epsilon (5h)
    // is optional: 4h at 2h a week is two weeks.
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "estimate");
    assert_eq!(pace["rate"]["basis"], "time");
    assert_eq!(pace["rate"]["studied_hours"], 8.0);
    assert_eq!(pace["rate"]["hours_per_week"], 2.0);
    assert_eq!(pace["rate"]["remaining_hours"], 4.0);
    assert_eq!(pace["rate"]["remaining_steps"], 3);
    assert_eq!(pace["rate"]["optional_hours"], 5.0);
    assert_eq!(pace["rate"]["optional_steps"], 1);
    assert_eq!(pace["estimated_finish"], "2026-12-12");
    assert_eq!(pace["weeks_left"], 2.0);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: 2h a week (study time logged, last 4 weeks)\n\
             Finish: 2026-12-12 (in about 2 weeks)\n\
             Left: 4h (+ 5h optional)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains(
            "ペース: 週 2h（記録した学習時間、直近 4 週）\n\
             完了予定: 2026-12-12（約 2週間後）\n\
             残り: 4h（ほかに任意 5h）\n"
        ),
        "{ja}"
    );
}

#[test]
fn a_young_time_record_counts_as_a_week() {
    let sandbox = sandbox();
    sandbox.stdout(&["study", "alpha", "3h", "--at", &ago(1)]);
    let rate = &sandbox.json(&["status"])["pace"]["rate"];
    assert_eq!(rate["window_weeks"], 1.0);
    assert_eq!(rate["hours_per_week"], 3.0);
}

#[test]
fn time_logged_long_ago_stalls_the_real_pace() {
    let sandbox = sandbox();
    sandbox.stdout(&["study", "alpha", "3h", "--at", &ago(60)]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "stalled");
    assert_eq!(pace["rate"]["basis"], "time");
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: no study time logged in the last 4 weeks, so no finish date\nLeft: 14h\n"
        ),
        "{text}"
    );
}

#[test]
fn without_time_logged_the_pace_says_it_comes_from_estimates() {
    let sandbox = with_optional();
    // 5h of estimates done in 4 weeks; beta and gamma (5h) left.
    sandbox.stdout(&["done", "alpha", "--at", &ago(28)]);
    sandbox.stdout(&["done", "delta", "--at", &ago(14)]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["rate"]["basis"], "hours");
    assert_eq!(pace["rate"]["remaining_hours"], 5.0);
    assert_eq!(pace["estimated_finish"], "2026-12-26");
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: 1.3h a week (estimates of steps done, last 4 weeks)\n\
             Finish: 2026-12-26 (in about 4 weeks)\n\
             Left: 5h (+ 5h optional)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains("ペース: 週 1.3h（完了ステップの見積もり、直近 4 週）\n"),
        "{ja}"
    );
}

#[test]
fn long_horizons_read_in_years_and_months() {
    let roadmap = SMALL_ROADMAP.replace(r#""estimate_hours": 5}"#, r#""estimate_hours": 600}"#);
    let sandbox = Sandbox::with_roadmap(&roadmap).at_time(NOW);
    sandbox.stdout(&["study", "alpha", "8h", "--at", &ago(27)]);
    // 8h in 27 days (2.1h a week), 609h left: 5 years 8 months.
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(
        pace["horizon"],
        json!({"years": 5, "months": 8, "weeks": 0})
    );
    let text = sandbox.stdout(&["status"]);
    assert!(text.contains("(in about 5 years 8 months)"), "{text}");
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(ja.contains("（約 5年8か月後）"), "{ja}");
}

/// A learner with the whole record: sessions, notes, evidence, a goal.
fn recorded() -> Sandbox {
    let sandbox = sandbox();
    sandbox.stdout(&["goal", "4h"]);
    sandbox.stdout(&["study", "alpha", "90m", "--at", &ago(30)]);
    sandbox.stdout(&[
        "done",
        "alpha",
        "--at",
        &ago(29),
        "--note",
        "hello <b>world</b>",
        "--evidence",
        "https://github.com/learner/alpha?a=1&b=2",
    ]);
    sandbox.stdout(&["start", "beta", "--at", &ago(10)]);
    sandbox.stdout(&["study", "beta", "2h", "--at", &ago(9)]);
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(2)]);
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(1)]);
    sandbox.stdout(&["skip", "delta", "--at", &ago(5)]);
    sandbox
}

#[test]
fn markdown_export_carries_dates_time_notes_and_evidence() {
    let sandbox = recorded();
    let md = sandbox.stdout(&["export", "-f", "md"]);
    assert!(md.contains(
        "- [x] **1.1** Alpha (`alpha`)\n  - started 2026-10-29 · finished 2026-10-30 · 1h 30m spent of 1h estimated\n  - Note (2026-10-30): hello \\<b\\>world\\</b\\>\n  - Evidence: <https://github.com/learner/alpha?a=1&b=2>\n"
    ), "{md}");
    assert!(md.contains("- [ ] **1.2** Beta (`beta`) _in progress_\n  - started 2026-11-18 · 4h spent of 2h estimated\n"), "{md}");
    assert!(
        md.contains("- Time logged: **5h 30m** — 4 sessions\n"),
        "{md}"
    );
    assert!(
        md.contains("- This week: **2h** — of a 4h goal (50%)\n"),
        "{md}"
    );
    assert!(md.contains("- Streak: **2 days**"), "{md}");
    let ja = sandbox.stdout(&["--lang", "ja", "export", "-f", "md"]);
    assert!(
        ja.contains("  - 開始 2026-10-29 · 完了 2026-10-30 · 学習 1時間30分（見積もり 1h）\n"),
        "{ja}"
    );
    assert!(
        ja.contains("  - 成果物: <https://github.com/learner/alpha?a=1&b=2>\n"),
        "{ja}"
    );
}

#[test]
fn html_record_page_at_a_fixed_clock() {
    let sandbox = recorded();
    let html = sandbox.stdout(&["export", "-f", "html"]);
    assert!(html.contains(
        "<li><a href=\"https://github.com/learner/alpha?a=1&amp;b=2\" rel=\"noopener noreferrer\">https://github.com/learner/alpha?a=1&amp;b=2</a></li>"
    ));
    assert!(html.contains("<span class=\"hours\">1h 30m / 1h</span>"));
    assert!(html.contains("<li><time>2026-10-30</time> hello &lt;b&gt;world&lt;/b&gt;</li>"));
    assert!(html.contains(
        "<p class=\"dates\">Started <time>2026-10-29</time> · finished <time>2026-10-30</time></p>"
    ));
    assert!(html.contains("<span class=\"k\">Streak</span><span class=\"v\">2 days</span>"));
    for forbidden in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(forbidden), "the page contains {forbidden}");
    }
    insta::assert_snapshot!("record_page_en", html);
    let ja = sandbox.stdout(&["--lang", "ja", "export", "-f", "html"]);
    assert!(ja.contains("<span class=\"k\">連続記録</span><span class=\"v\">2&nbsp;日</span>"));
    insta::assert_snapshot!("record_page_ja", ja);
}

#[test]
fn the_json_backup_round_trips_the_record() {
    let sandbox = recorded();
    let backup = sandbox.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    sandbox.stdout(&["export", "-f", "json", "-o", backup]);
    let export: Value = serde_json::from_str(&fs::read_to_string(backup).unwrap()).unwrap();
    assert_eq!(export["version"], 2);
    let import = sandbox.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(import["sessions_added"], 4);
    assert_eq!(import["evidence_added"], 1);
    let mine = &sandbox.user_json("learner")["roadmaps"]["small"];
    let copy = &sandbox.user_json("copy")["roadmaps"]["small"];
    assert_eq!(copy, mine, "a restore is exact, batches included");
    let again = sandbox.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(
        (
            again["sessions_added"].clone(),
            again["evidence_added"].clone()
        ),
        (json!(0), json!(0))
    );
    // Merged into a learner with their own record, nothing is lost.
    sandbox.stdout(&["--user", "third", "study", "gamma", "1h"]);
    let merged = sandbox.json(&["--user", "third", "import", "progress", backup]);
    assert_eq!(merged["sessions_added"], 4);
    let status = sandbox.json(&["--user", "third", "status"]);
    assert_eq!(status["record"]["sessions"], 5);
    assert_eq!(status["record"]["total_minutes"], 390);
}

/// A store of the format before the record (called version 2 by the
/// agreed bump to 3; same shape as version 1). Never edit the fixture.
const STORE_V2: &str = include_str!("../fixtures/store-v2.json");

#[test]
fn a_version_2_store_is_read_and_upgraded_on_the_next_write() {
    let sandbox = sandbox();
    let file = sandbox.write("data/users/learner.json", STORE_V2);
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["status"], "done");
    assert_eq!(show["notes"].as_array().unwrap().len(), 1);
    assert_eq!(show["history"].as_array().unwrap().len(), 1);
    assert_eq!(
        sandbox.json(&["show", "beta"])["notes"][0]["text"],
        "halfway"
    );
    assert_eq!(sandbox.json(&["status"])["overall"]["in_progress"], 1);
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        STORE_V2,
        "reads write nothing"
    );

    sandbox.stdout(&["study", "beta", "1h"]);
    let before: Value = serde_json::from_str(STORE_V2).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 3);
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    assert_eq!(new["history"], old["history"]);
    assert_eq!(new["steps"]["alpha"], old["steps"]["alpha"]);
    assert_eq!(new["steps"]["beta"]["status"], "in-progress");
    assert_eq!(new["steps"]["beta"]["notes"], old["steps"]["beta"]["notes"]);
    assert_eq!(new["steps"]["beta"]["sessions"][0]["minutes"], 60);
    assert_eq!(
        after["roadmaps"]["other-roadmap"],
        before["roadmaps"]["other-roadmap"]
    );
    // The batch numbering carries on, so undo takes back only the session.
    assert_eq!(new["steps"]["beta"]["sessions"][0]["batch"], 5);
    sandbox.stdout(&["undo"]);
    let undone = sandbox.user_json("learner");
    assert_eq!(undone["roadmaps"], before["roadmaps"]);
    assert_eq!(undone["version"], 3);
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
            "ステップの学習時間を記録します",
        ),
        (
            "goal",
            "Set, show or clear your weekly study goal",
            "週の学習時間の目標を設定・表示・解除します",
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
fn a_backup_with_impossible_sessions_or_links_is_refused() {
    let sandbox = sandbox();
    for (record, message) in [
        (
            json!({"status": "todo", "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 0}]}),
            "step 'alpha' has a study session of 0 minutes",
        ),
        (
            json!({"status": "todo", "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 99999}]}),
            "a study session of 99999 minutes",
        ),
        (
            json!({"status": "done", "evidence": [{"at": "2026-11-01T10:00:00Z", "url": "javascript:alert(1)"}]}),
            "step 'alpha' has evidence that is not an http or https link",
        ),
    ] {
        let backup = json!({
            "format": "roadmap-progress", "version": 2, "exported_at": NOW, "user": "x",
            "roadmap": {"id": "small", "title": "Small roadmap", "version": 1},
            "progress": {"steps": {"alpha": record}, "history": []}
        });
        let file = sandbox.write("backup.json", &backup.to_string());
        refused(
            &sandbox,
            &["import", "progress", file.to_str().unwrap()],
            2,
            &[message],
        );
    }
}
