//! First use: the today view of a bare `roadmap`, `find`, forgiving step
//! references, `--at today/yesterday` and `start` on a finished step.
//! (Help and errors in both languages: `ux_help.rs`; exports and lists:
//! `ux_output.rs`.)

use chrono::{Days, Utc};

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A roadmap with Japanese titles and a stage of eleven steps (3.10, 3.11).
pub fn bilingual_roadmap() -> String {
    let mut steps = vec![
        r#"{"id": "git-basics", "stage": "s1", "title": "Track code with Git", "estimate_hours": 3,
            "summary": "Commits and branches.", "done_when": "A repository on GitHub.",
            "resources": [{"title": "Pro Git (Chacon)", "url": "https://git-scm.com/book", "kind": "book"}],
            "i18n": {"ja": {"title": "Git でコードを管理する", "summary": "コミットとブランチ。"}}}"#
            .to_string(),
        r#"{"id": "grammar", "stage": "s1", "title": "Learn the grammar", "estimate_hours": 2,
            "summary": "Docker is not needed yet.",
            "checklist": [{"text": "Write a word counter", "i18n": {"ja": {"text": "単語カウンターを書く"}}}],
            "i18n": {"ja": {"title": "文法を学ぶ", "done_when": "ＳＱＬ の文法も読める。"}}}"#
            .to_string(),
        r#"{"id": "sql-basics", "stage": "s2", "title": "Learn SQL", "requires": ["grammar"],
            "optional": true, "i18n": {"ja": {"title": "SQL を学ぶ"}}}"#
            .to_string(),
    ];
    for i in 1..=11 {
        steps.push(format!(
            r#"{{"id": "drill-{i}", "stage": "s3", "title": "Drill number {i}"}}"#
        ));
    }
    format!(
        r#"{{"id": "bi", "title": "Bilingual",
            "stages": [{{"id": "s1", "title": "One"}}, {{"id": "s2", "title": "Two"}},
                       {{"id": "s3", "title": "Three"}}],
            "steps": [{}]}}"#,
        steps.join(",\n")
    )
}
#[test]
fn a_bare_roadmap_shows_today_and_exits_0() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let today = sandbox.test().success();
    let today = String::from_utf8_lossy(&today.stdout);
    assert!(today.starts_with(
        "Small roadmap — learner\n\nUp next\n  [ ] 1.1  Alpha  1h\n         Done when: Alpha works.\n\nOverall: 0/5 (0%) · 15h left\nPace: not enough history yet",
    ), "{today}");
    assert!(
        today.ends_with("\nThen: roadmap start 1.1  ·  more: roadmap next\n"),
        "{today}"
    );
    sandbox.stdout(&["done", "alpha"]);
    sandbox.stdout(&["start", "beta", "delta"]);
    let today = sandbox.stdout(&[]);
    assert!(
        today.contains(
            "In progress\n  [>] 1.2  Beta  2h\n  [>] 2.2  Delta  4h\n\nOverall: 1/5 (20%) · 14h left\n"
        ),
        "{today}"
    );
    assert!(!today.contains("Up next"), "{today}");
    assert!(today.ends_with("Then: roadmap done 1.2  ·  more: roadmap next\n"));
    let ja = sandbox.stdout(&["--lang", "ja"]);
    assert!(ja.contains("進行中\n  [>] 1.2  Beta  2時間\n"), "{ja}");
    assert!(
        ja.contains("全体: 1/5 (20%) · 残り 14時間\nペース: "),
        "{ja}"
    );
    let json = sandbox.json(&[]);
    assert_eq!(json["in_progress"][1]["id"], "delta");
    assert_eq!(json["next"], serde_json::Value::Null);
    assert_eq!(json["overall"]["finished"], 1);
    assert_eq!(json["hours_left"], 14.0);
    assert_eq!(json["pace"]["state"], "not-enough-history");
}

#[test]
fn the_today_view_shows_this_week_against_the_goal() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["start", "alpha"]);
    assert!(!sandbox.stdout(&[]).contains("This week"));
    sandbox.stdout(&["study", "alpha", "90m"]);
    sandbox.stdout(&["goal", "5h"]);
    let today = sandbox.stdout(&[]);
    assert!(today.contains("\nThis week: 1h 30m of 5h (30%)"), "{today}");
    let ja = sandbox.stdout(&["--lang", "ja"]);
    assert!(ja.contains("\n今週: 1時間30分 / 目標 5時間"), "{ja}");
    assert_eq!(sandbox.json(&[])["week"]["minutes"], 90);
}

#[test]
fn the_today_view_of_a_finished_roadmap() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["skip", "alpha", "beta", "gamma", "delta", "epsilon"]);
    let today = sandbox.stdout(&[]);
    assert!(
        today.contains("Every step of this roadmap is done."),
        "{today}"
    );
    assert!(today.contains("Overall: 5/5 (100%) · 0h left\n"), "{today}");
    assert!(!today.contains("Then:"), "{today}");
    assert_eq!(sandbox.json(&[])["complete"], true);
}

#[test]
fn find_searches_every_field_in_both_languages() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    sandbox
        .test()
        .args(["find", "GIT"])
        .stdout(
            "1 step matches 'GIT':\n  [ ] 1.1  Track code with Git\n         git-basics · id, title, done when\n\nMore: roadmap show 1.1\n",
        )
        .success();
    // Japanese text is found in English mode, and full-width in half-width.
    let json = sandbox.json(&["find", "ｓｑｌ"]);
    let ids: Vec<&str> = json["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["grammar", "sql-basics"]);
    assert_eq!(
        json["matches"][0]["fields"],
        serde_json::json!(["done_when"])
    );
    assert_eq!(json["words"], serde_json::json!(["ｓｑｌ"]));
    // Checklist items, in either language.
    let json = sandbox.json(&["find", "カウンター"]);
    assert_eq!(json["matches"][0]["id"], "grammar");
    assert_eq!(
        json["matches"][0]["fields"],
        serde_json::json!(["checklist"])
    );
    // Every word must appear.
    assert_eq!(
        sandbox.json(&["find", "docker", "grammar"])["matches"][0]["number"],
        "1.2"
    );
    assert_eq!(
        sandbox.json(&["find", "docker", "git"])["matches"],
        serde_json::json!([])
    );
    let found = sandbox
        .test()
        .args(["--lang", "ja", "find", "コミット"])
        .success();
    assert!(found.stdout.starts_with(
        "'コミット' に当てはまるステップ: 1 件\n  [ ] 1.1  Git でコードを管理する\n         git-basics · 概要\n".as_bytes(),
    ));
    let none = sandbox.test().args(["find", "kubernetes"]).success();
    assert!(none.stdout.starts_with(b"No step matches 'kubernetes'."));
    sandbox
        .test()
        .args(["find", " "])
        .stderr_has("nothing to search for")
        .status(2);
}

#[test]
fn step_references_forgive_width_case_and_take_title_words() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    for reference in ["１．２", "GRAMMAR", "Ｇｒａｍｍａｒ", "1.2"] {
        let shown = sandbox.test().args(["show", reference]).success();
        assert!(shown.stdout.starts_with(b"1.2  Learn the grammar  0/1\n"));
    }
    // A unique title word, in the language of the interface.
    let shown = sandbox.test().args(["show", "track"]).success();
    assert!(shown.stdout.starts_with(b"1.1  Track code with Git\n"));
    let shown = sandbox
        .test()
        .args(["--lang", "ja", "show", "文法"])
        .success();
    assert!(
        shown
            .stdout
            .starts_with("1.2  文法を学ぶ  0/1\n".as_bytes())
    );
    // Ambiguous words list the candidates with their numbers.
    sandbox
        .test()
        .args(["show", "learn"])
        .stderr(
            "error: 'learn' is ambiguous: it matches 2 steps\n  hint: did you mean one of: 1.2 grammar, 2.1 sql-basics?\n",
        )
        .status(2);
    sandbox
        .test()
        .args(["--lang", "ja", "done", "学ぶ"])
        .stderr_has("'学ぶ' は 2 個のステップに当てはまり")
        .stderr_has("候補: 1.2 grammar, 2.1 sql-basics")
        .status(2);
    // An unknown word points at `find`.
    sandbox
        .test()
        .args(["done", "kubernetes"])
        .stderr_has("roadmap find kubernetes")
        .status(2);
    assert!(!sandbox.user_file("learner").exists());
}

/// The date of the newest history entry, in the sandbox's time zone (UTC).
fn last_logged_day(sandbox: &Sandbox) -> String {
    let log = sandbox.json(&["log", "-n", "1"]);
    log["entries"][0]["at"].as_str().unwrap()[..10].to_string()
}

#[test]
fn at_takes_today_yesterday_and_a_date_at_this_time_of_day() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let days = |back: u64| -> Vec<String> {
        // Both sides of a midnight that might pass during the test.
        [Utc::now(), Utc::now() + chrono::Duration::seconds(5)]
            .iter()
            .map(|now| (now.date_naive() - Days::new(back)).to_string())
            .collect()
    };
    sandbox.stdout(&["start", "alpha", "--at", "yesterday"]);
    assert!(days(1).contains(&last_logged_day(&sandbox)));
    sandbox.stdout(&["done", "alpha", "--at", "TODAY"]);
    assert!(days(0).contains(&last_logged_day(&sandbox)));
    // Today's date is never "in the future", whatever the hour.
    let today = Utc::now().date_naive().to_string();
    sandbox.stdout(&["start", "beta", "--at", &today]);
    sandbox.stdout(&["note", "beta", "backfilled", "--at", "yesterday"]);
    let log = sandbox.json(&["log", "--all"]);
    let note = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["kind"] == "note")
        .expect("the note is in the log");
    assert!(days(1).contains(&note["at"].as_str().unwrap()[..10].to_string()));
    let before = sandbox.user_bytes("learner");
    sandbox
        .test()
        .args(["note", "beta", "x", "--at", "1999-12-31"])
        .stderr("error: --at '1999-12-31' is before 2000-01-01\n  hint: roadmap keeps dates from the year 2000 on; check the year\n")
        .status(2);
    sandbox
        .test()
        .args(["--lang", "ja", "done", "beta", "--at", "1999-12-31"])
        .stderr_has("2000-01-01 より前です")
        .status(2);
    assert_eq!(sandbox.user_bytes("learner"), before);
}

#[test]
fn start_on_a_finished_step_warns_that_it_reopens_it() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["done", "alpha"]);
    let started = sandbox
        .test()
        .args(["start", "alpha"])
        .stderr_has("warning: 1.1 alpha was finished; start reopens it\n")
        .success();
    assert!(
        started
            .stdout
            .starts_with("[>] 1.1  Alpha — in progress\n".as_bytes())
    );
    sandbox.test().args(["start", "alpha"]).stderr("").success();
    sandbox.stdout(&["skip", "beta"]);
    sandbox
        .test()
        .args(["--lang", "ja", "start", "beta"])
        .stderr_has("完了済みの 1.2 beta を進行中に戻しました")
        .success();
}
