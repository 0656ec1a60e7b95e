//! First use: the today view of a bare `roadmap`, `find`, forgiving step
//! references, `--at today/yesterday`, help and argument errors in both
//! languages, and `export -o` choosing the format from the file name.

use chrono::{Days, Utc};
use predicates::prelude::*;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// Every command with help of its own, as typed after `roadmap`.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["next"],
    &["done"],
    &["status"],
    &["start"],
    &["skip"],
    &["reset"],
    &["undo"],
    &["note"],
    &["find"],
    &["show"],
    &["list"],
    &["log"],
    &["completions"],
    &["man"],
    &["validate"],
    &["export"],
    &["graph"],
    &["import"],
    &["import", "roadmapsh"],
    &["import", "progress"],
];

/// A roadmap with Japanese titles and a stage of eleven steps (3.10, 3.11).
fn bilingual_roadmap() -> String {
    let mut steps = vec![
        r#"{"id": "git-basics", "stage": "s1", "title": "Track code with Git", "estimate_hours": 3,
            "summary": "Commits and branches.", "done_when": "A repository on GitHub.",
            "resources": [{"title": "Pro Git (Chacon)", "url": "https://git-scm.com/book", "kind": "book"}],
            "i18n": {"ja": {"title": "Git でコードを管理する", "summary": "コミットとブランチ。"}}}"#
            .to_string(),
        r#"{"id": "grammar", "stage": "s1", "title": "Learn the grammar", "estimate_hours": 2,
            "summary": "Docker is not needed yet.",
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
    sandbox
        .run(&[])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Small roadmap — learner\n\nUp next\n  [ ] 1.1  Alpha  1h\n         Done when: Alpha works.\n\nOverall: 0/5 (0%) · 15h left\nPace: not enough history yet",
        ))
        .stdout(predicate::str::ends_with(
            "\nThen: roadmap start 1.1  ·  more: roadmap next\n",
        ));
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
        .run(&["find", "GIT"])
        .assert()
        .success()
        .stdout(
            "1 step matches 'GIT':\n  [ ] 1.1  Track code with Git\n         git-basics · id, title, done when\n\nMore: roadmap show 1.1\n",
        );
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
    // Every word must appear.
    assert_eq!(
        sandbox.json(&["find", "docker", "grammar"])["matches"][0]["number"],
        "1.2"
    );
    assert_eq!(
        sandbox.json(&["find", "docker", "git"])["matches"],
        serde_json::json!([])
    );
    sandbox
        .run(&["--lang", "ja", "find", "コミット"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "'コミット' に当てはまるステップ: 1 件\n  [ ] 1.1  Git でコードを管理する\n         git-basics · 概要\n",
        ));
    sandbox
        .run(&["find", "kubernetes"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No step matches 'kubernetes'."));
    sandbox
        .run(&["find", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to search for"));
}

#[test]
fn step_references_forgive_width_case_and_take_title_words() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    for reference in ["１．２", "GRAMMAR", "Ｇｒａｍｍａｒ", "1.2"] {
        sandbox
            .run(&["show", reference])
            .assert()
            .success()
            .stdout(predicate::str::starts_with("1.2  Learn the grammar\n"));
    }
    // A unique title word, in the language of the interface.
    sandbox
        .run(&["show", "track"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1.1  Track code with Git\n"));
    sandbox
        .run(&["--lang", "ja", "show", "文法"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1.2  文法を学ぶ\n"));
    // Ambiguous words list the candidates with their numbers.
    sandbox
        .run(&["show", "learn"])
        .assert()
        .code(2)
        .stderr(
            "error: 'learn' is ambiguous: it matches 2 steps\n  hint: did you mean one of: 1.2 grammar, 2.1 sql-basics?\n",
        );
    sandbox
        .run(&["--lang", "ja", "done", "学ぶ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'学ぶ' は 2 個のステップに当てはまり",
        ))
        .stderr(predicate::str::contains(
            "候補: 1.2 grammar, 2.1 sql-basics",
        ));
    // An unknown word points at `find`.
    sandbox
        .run(&["done", "kubernetes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("roadmap find kubernetes"));
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
        .run(&["note", "beta", "x", "--at", "1999-12-31"])
        .assert()
        .code(2)
        .stderr("error: --at '1999-12-31' is before 2000\n  hint: check the year\n");
    sandbox
        .run(&["--lang", "ja", "done", "beta", "--at", "1999-12-31"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2000 年より前です"));
    assert_eq!(sandbox.user_bytes("learner"), before);
}

#[test]
fn start_on_a_finished_step_warns_that_it_reopens_it() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["done", "alpha"]);
    sandbox
        .run(&["start", "alpha"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "[>] 1.1  Alpha — in progress\n",
        ))
        .stderr(predicate::str::contains(
            "warning: 1.1 alpha was finished; start reopens it\n",
        ));
    sandbox
        .run(&["start", "alpha"])
        .assert()
        .success()
        .stderr("");
    sandbox.stdout(&["skip", "beta"]);
    sandbox
        .run(&["--lang", "ja", "start", "beta"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "完了済みの 1.2 beta を進行中に戻しました",
        ));
}

#[test]
fn every_help_speaks_both_languages() {
    let sandbox = Sandbox::new();
    // Words of clap's own that must not be left in Japanese help.
    let english = [
        "Usage",
        "Options:",
        "Arguments:",
        "Commands:",
        "Print ",
        "Examples",
        "[default",
        "[env",
        "possible values",
        "Possible values",
        "[OPTIONS]",
    ];
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let en = sandbox.stdout(&args);
        assert!(en.contains("Usage: roadmap"), "{args:?}: {en}");
        assert!(
            en.contains("Examples:\n  roadmap") || command.len() == 1 && command[0] == "import",
            "{args:?}: {en}"
        );
        for how in [&["--lang", "ja"][..], &[]] {
            let mut cmd = sandbox.run(&[how, &args[..]].concat());
            if how.is_empty() {
                cmd.env("LC_ALL", "ja_JP.UTF-8");
            }
            let output = cmd.output().unwrap();
            assert!(output.status.success(), "{args:?}");
            let ja = String::from_utf8(output.stdout).unwrap();
            assert!(ja.contains("使い方: roadmap"), "{args:?}: {ja}");
            let about = ja.lines().next().unwrap_or_default();
            assert!(!about.is_ascii(), "{args:?}: {about}");
            for word in english {
                assert!(!ja.contains(word), "{word:?} in {args:?}:\n{ja}");
            }
            if !(command.len() == 1 && command[0] == "import") {
                assert!(ja.contains("\n例:\n  roadmap"), "{args:?}: {ja}");
            }
        }
    }
}

#[test]
fn argument_errors_are_japanese_when_asked() {
    let sandbox = Sandbox::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["nxt"],
            "error: 'nxt' というコマンドはありません\n  hint: もしかして 'note'、'next' ですか？\n",
        ),
        (
            &["next", "--bogus"],
            "error: '--bogus' という引数は使えません\n",
        ),
        (
            &["done"],
            "error: 必要な引数が指定されていません: <ステップ>...\n",
        ),
        (
            &["export", "-f", "pdf"],
            "error: 'pdf' は --format <形式> に使えない値です\n  hint: 使える値: md、json、html\n",
        ),
        (
            &["next", "-n", "0"],
            "error: --count <件数> の値 '0' は使えません: 1 以上を指定してください\n",
        ),
        (
            &["next", "--all", "-n", "2"],
            "error: --all と --count <件数> は同時に使えません\n",
        ),
        (
            &["import"],
            "error: 'roadmap import' にはコマンドの指定が必要です\n",
        ),
        (
            &["list", "--json", "--json"],
            "error: --json は一度しか指定できません\n",
        ),
        (
            &["--lang"],
            "error: --lang <言語> に値を指定してください\n  hint: 使える値: en、ja\n",
        ),
    ];
    for (args, starts) in cases {
        let output = sandbox
            .run(&[&["--lang", "ja"][..], args].concat())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with(starts), "{args:?}:\n{stderr}");
        assert!(stderr.contains("\n使い方: roadmap"), "{args:?}:\n{stderr}");
        assert!(
            stderr.contains("--help' を見てください。\n"),
            "{args:?}:\n{stderr}"
        );
        assert!(
            !stderr.contains("Usage") && !stderr.contains("tip:"),
            "{stderr}"
        );
    }
    // The locale is enough, and ROADMAP_LANG.
    sandbox
        .run(&["dne"])
        .env("LANG", "ja_JP.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: 'dne' というコマンドはありません",
        ));
    sandbox
        .run(&["dne"])
        .env("ROADMAP_LANG", "ja")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: 'dne' というコマンドはありません",
        ));
}

#[test]
fn the_usage_line_does_not_list_options_from_the_environment() {
    // The sandbox sets ROADMAP_DATA_DIR; clap alone would print
    // `roadmap done --data-dir <DIR> <STEP>...`.
    let sandbox = Sandbox::new();
    sandbox
        .run(&["done"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\nUsage: roadmap done [OPTIONS] <STEP>...\n",
        ))
        .stderr(predicate::str::contains("--data-dir").not());
    sandbox
        .run(&["--lang", "ja", "done"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\n使い方: roadmap done [オプション] <ステップ>...\n",
        ));
}

#[test]
fn export_takes_the_format_from_the_file_name() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for (name, start) in [
        ("page.html", "<!DOCTYPE html>"),
        ("list.md", "# Small roadmap"),
        ("backup.json", "{"),
        ("UPPER.MD", "# Small roadmap"),
    ] {
        let path = sandbox.path().join(name);
        sandbox
            .run(&["export", "-o", path.to_str().unwrap()])
            .assert()
            .success();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.starts_with(start), "{name}: {written}");
    }
    // An explicit format for a name that says nothing.
    let notes = sandbox.path().join("notes.txt");
    sandbox
        .run(&["export", "-f", "md", "-o", notes.to_str().unwrap()])
        .assert()
        .success();
    let wrong = sandbox.path().join("x.md");
    sandbox
        .run(&["export", "--format", "html", "-o", wrong.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--format html does not match the file name",
        ));
    assert!(!wrong.exists());
    sandbox
        .run(&[
            "export",
            "-o",
            notes.with_extension("pdf").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("which format?"));
    sandbox
        .run(&["--lang", "ja", "export"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("形式を指定してください"));
    // A missing folder is named; no temporary file's name shows.
    let lost = sandbox.path().join("no-such-folder").join("x.html");
    sandbox
        .run(&["export", "-o", lost.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the folder"))
        .stderr(predicate::str::contains("no-such-folder' does not exist"))
        .stderr(predicate::str::contains(".tmp-roadmap").not());
}

#[test]
fn without_a_user_name_exports_have_a_neutral_title() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let md = sandbox
        .run(&["export", "-f", "md"])
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("\nProgress: 0 of 5 steps finished (0%)\n"),
        "{md}"
    );
    assert!(!md.contains("default"), "{md}");
    let named = sandbox.stdout(&["export", "-f", "md"]);
    assert!(named.contains("Progress of learner: "), "{named}");
}

#[test]
fn lists_align_on_the_widest_number_and_keep_the_optional_mark() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    let list = sandbox.stdout(&["list"]);
    assert!(
        list.contains("\n  [ ] 3.9   Drill number 9\n  [ ] 3.10  Drill number 10\n"),
        "{list}"
    );
    assert!(
        list.contains("  [ ] 2.1   Learn SQL (optional)\n"),
        "{list}"
    );
    let status = sandbox.stdout(&["status", "--steps"]);
    assert!(status.contains("2.1  Learn SQL (optional)\n"), "{status}");
    let ja = sandbox.stdout(&["--lang", "ja", "status", "--steps"]);
    assert!(ja.contains("2.1  SQL を学ぶ (任意)\n"), "{ja}");
}

#[test]
fn show_does_not_double_brackets() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    let show = sandbox.stdout(&["--lang", "ja", "show", "git-basics"]);
    assert!(
        show.contains("\n  - 書籍: Pro Git (Chacon) <https://git-scm.com/book>\n"),
        "{show}"
    );
    let show = sandbox.stdout(&["show", "git-basics"]);
    assert!(show.contains("\n  - book: Pro Git (Chacon) <"), "{show}");
}
