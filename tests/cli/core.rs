//! The core loop on the built-in roadmap and the small test roadmap:
//! next, done, status, users, data dirs and output conventions.

use crate::support::{SMALL_ROADMAP, Sandbox};

#[test]
fn fresh_user_is_told_the_first_fundamentals_step() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .test()
        .args(["next"])
        .stdout_has("Done when:")
        .stdout_has("https://")
        .success();
    assert!(
        output
            .stdout
            .starts_with("1.1  Pick one backend language".as_bytes())
    );
    assert!(
        !sandbox.user_file("learner").exists(),
        "reading creates no file"
    );
}

#[test]
fn following_next_until_the_end_reaches_exactly_100_percent() {
    let sandbox = Sandbox::new();
    let total = sandbox.json(&["status"])["overall"]["total"]
        .as_u64()
        .unwrap();
    let mut done = 0;
    loop {
        let next = sandbox.json(&["next"]);
        let Some(step) = next["steps"].as_array().unwrap().first() else {
            assert_eq!(next["complete"], true);
            break;
        };
        let id = step["id"].as_str().unwrap().to_string();
        sandbox.test().args(["done", &id]).success();
        done += 1;
        assert!(done <= total, "next keeps offering steps");
        let overall = &sandbox.json(&["status"])["overall"];
        assert_eq!(overall["done"].as_u64().unwrap(), done);
    }
    assert_eq!(done, total);
    let overall = &sandbox.json(&["status"])["overall"];
    assert_eq!(overall["percent"], 100.0);
    assert_eq!(overall["hours_left"], 0.0);
    sandbox
        .test()
        .args(["next"])
        .stdout_has("Congratulations")
        .success();
    sandbox.test().args(["status"]).stdout_has("100%").success();
}

#[test]
fn status_percentages_are_exact_after_a_few_steps() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-11-28T12:00:00Z");
    sandbox
        .test()
        .args(["done", "alpha", "1.2", "delta"])
        .success();
    let status = sandbox.json(&["status"]);
    insta::assert_json_snapshot!("status_small_json", status);
    assert_eq!(status["stages"][0]["percent"], 100.0);
    assert_eq!(status["stages"][1]["percent"], 33.3);
    assert_eq!(status["overall"]["percent"], 60.0);
    assert_eq!(status["overall"]["hours_left"], 8.0);
    let table = sandbox.stdout(&["status"]);
    insta::assert_snapshot!("status_small_table", table);
}

#[test]
fn done_reports_unlocked_steps_and_percentages() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let output = sandbox.stdout(&["done", "alpha"]);
    insta::assert_snapshot!("done_alpha", output);
    assert!(output.contains("1.2  Beta"));
    assert!(output.contains("2.2  Delta"));
    assert!(output.contains("First 1/2 (50%)"));
    assert!(output.contains("Overall 1/5 (20%)"));
}

#[test]
fn done_is_idempotent() {
    let sandbox = Sandbox::new();
    sandbox.test().args(["done", "1.1"]).success();
    let before = sandbox.user_bytes("learner");
    sandbox
        .test()
        .args(["done", "pick-a-language"])
        .stdout_has("already done")
        .success();
    assert_eq!(sandbox.user_bytes("learner"), before);
    let history = &sandbox.user_json("learner")["roadmaps"]["backend-from-zero"]["history"];
    assert_eq!(history.as_array().unwrap().len(), 1);
}

#[test]
fn done_records_an_event_with_note_and_date() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args([
            "done",
            "1.1",
            "--note",
            "chose Python",
            "--at",
            "2026-01-15T10:00:00Z",
        ])
        .success();
    let progress = &sandbox.user_json("learner")["roadmaps"]["backend-from-zero"];
    assert_eq!(progress["steps"]["pick-a-language"]["status"], "done");
    assert_eq!(
        progress["steps"]["pick-a-language"]["notes"][0]["text"],
        "chose Python"
    );
    let event = &progress["history"][0];
    assert_eq!(event["at"], "2026-01-15T10:00:00Z");
    assert_eq!(event["from"], "todo");
    assert_eq!(event["to"], "done");
    assert_eq!(event["note"], "chose Python");
    let bytes = sandbox.user_bytes("learner");
    assert!(
        bytes.ends_with(b"}\n"),
        "pretty JSON with a trailing newline"
    );
}

#[test]
fn done_before_prerequisites_warns_but_records() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox
        .test()
        .args(["done", "gamma"])
        .stderr("warning: 2.1 gamma is marked done before its prerequisites: 1.2 beta\n")
        .success();
    // In Japanese, the label too (it was English before).
    sandbox
        .test()
        .lang("ja")
        .args(["done", "epsilon"])
        .stderr_has("警告: 2.3 epsilon を前提ステップより先に完了にしました: ")
        .success();
    let progress = &sandbox.user_json("learner")["roadmaps"]["small"];
    assert_eq!(progress["steps"]["gamma"]["status"], "done");
}

#[test]
fn invalid_at_date_exits_2_and_writes_nothing() {
    let sandbox = Sandbox::new();
    sandbox.test().args(["done", "1.1"]).success();
    let before = sandbox.user_bytes("learner");
    for bad in ["last tuesday", "2026-02-30", "2999-01-01", "1999-12-31"] {
        let output = sandbox
            .test()
            .args(["done", "1.2", "--at", bad])
            .stderr_has(bad)
            .status(2);
        assert!(output.stderr.starts_with(b"error: "));
    }
    assert_eq!(sandbox.user_bytes("learner"), before);
}

#[test]
fn unknown_step_exits_2_with_a_suggestion_and_changes_nothing() {
    let sandbox = Sandbox::new();
    sandbox.test().args(["done", "1.1"]).success();
    let before = sandbox.user_bytes("learner");
    sandbox
        .test()
        .args(["done", "1.2", "git-basix"])
        .stderr_has("error: unknown step 'git-basix'")
        .stderr_has("hint: did you mean 'git-basics'?")
        .status(2);
    assert_eq!(
        sandbox.user_bytes("learner"),
        before,
        "1.2 was not marked either"
    );
}

#[test]
fn ambiguous_prefix_exits_2_listing_candidates() {
    let sandbox = Sandbox::with_roadmap(&SMALL_ROADMAP.replace("\"delta\"", "\"alpha-two\""));
    sandbox
        .test()
        .args(["done", "alp"])
        .stderr_has("'alp' is ambiguous")
        .stderr_has("1.1 alpha, 2.2 alpha-two")
        .status(2);
    assert!(!sandbox.user_file("learner").exists());
}

#[test]
fn short_numbers_and_aliases_resolve() {
    let sandbox = Sandbox::with_roadmap(&SMALL_ROADMAP.replace(
        "\"title\": \"Delta\"",
        "\"title\": \"Delta\", \"aliases\": [\"old-delta\"]",
    ));
    sandbox.test().args(["done", "1.1", "old-delta"]).success();
    let steps = &sandbox.user_json("learner")["roadmaps"]["small"]["steps"];
    assert_eq!(steps["alpha"]["status"], "done");
    assert_eq!(
        steps["delta"]["status"], "done",
        "stored under the current id"
    );
}

#[test]
fn users_are_independent() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["--user", "ana", "done", "1.1"])
        .success();
    sandbox
        .test()
        .args(["done", "1.1", "1.2"])
        .env("ROADMAP_USER", "ben")
        .success();
    let ana = sandbox.json(&["--user", "ana", "status"]);
    let ben = sandbox.json(&["--user", "ben", "status"]);
    let learner = sandbox.json(&["status"]);
    assert_eq!(ana["overall"]["done"], 1);
    assert_eq!(ben["overall"]["done"], 2);
    assert_eq!(learner["overall"]["done"], 0);
    assert_eq!(ana["user"], "ana");
    assert!(sandbox.user_file("ana").exists() && sandbox.user_file("ben").exists());
}

#[test]
fn data_dir_comes_from_flag_then_env_then_platform_default() {
    let sandbox = Sandbox::new();
    let flag_dir = sandbox.path().join("by-flag");
    sandbox
        .test()
        .args(["--data-dir", flag_dir.to_str().unwrap(), "done", "1.1"])
        .success();
    assert!(flag_dir.join("users/learner.json").exists());
    assert!(
        !sandbox.user_file("learner").exists(),
        "the flag wins over the env"
    );

    sandbox.test().args(["done", "1.1"]).success();
    assert!(
        sandbox.user_file("learner").exists(),
        "env ROADMAP_DATA_DIR"
    );

    // Windows takes the default from the user's profile (a known folder,
    // not an environment variable), so it cannot be redirected into the
    // sandbox; `Store::default_dir` documents it.
    #[cfg(unix)]
    {
        let home = sandbox.path().join("home");
        sandbox
            .test()
            .args(["done", "1.1"])
            .env_remove("ROADMAP_DATA_DIR")
            .env_remove("XDG_DATA_HOME")
            .env("HOME", home.to_str().unwrap())
            .success();
        let default = if cfg!(target_os = "macos") {
            "Library/Application Support/roadmap"
        } else {
            ".local/share/roadmap"
        };
        assert!(
            home.join(default).join("users/learner.json").exists(),
            "platform default under HOME"
        );
    }
}

#[test]
fn json_output_parses_and_has_the_documented_fields() {
    let sandbox = Sandbox::new();
    let next = sandbox.json(&["next", "--all"]);
    let step = &next["steps"][0];
    for field in [
        "number",
        "id",
        "title",
        "stage",
        "stage_title",
        "status",
        "estimate_hours",
        "done_when",
        "resource",
    ] {
        assert!(!step[field].is_null(), "next step has {field}");
    }
    assert_eq!(next["complete"], false);
    let status = sandbox.json(&["status"]);
    assert_eq!(status["stages"].as_array().unwrap().len(), 4);
    let done: serde_json::Value =
        serde_json::from_str(&sandbox.stdout(&["done", "1.1", "--json"])).unwrap();
    assert_eq!(done["changed"][0]["id"], "pick-a-language");
    assert_eq!(done["unlocked"][0]["number"], "1.2");
}

#[test]
fn next_count_and_all() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let next = sandbox.json(&["next", "-n", "1"]);
    assert_eq!(next["available"], 2);
    assert_eq!(next["steps"].as_array().unwrap().len(), 1);
    let text = sandbox.stdout(&["next", "-n", "1"]);
    assert!(text.contains("1 more available"), "{text}");
    let all = sandbox.json(&["next", "--all"]);
    let ids: Vec<&str> = all["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["beta", "delta"]);
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    let sandbox = Sandbox::new();
    for args in [&["next"][..], &["status"], &["done", "1.1"]] {
        let output = sandbox.run(args).output().unwrap();
        assert!(
            !output.stdout.contains(&0x1b),
            "{args:?} printed escape codes"
        );
    }
    let forced = sandbox
        .run(&["next", "--color", "always"])
        .output()
        .unwrap();
    assert!(forced.stdout.contains(&0x1b), "--color always colours");
    let never = sandbox.run(&["next", "--color", "never"]).output().unwrap();
    assert!(!never.stdout.contains(&0x1b));
}

#[test]
fn status_table_is_snapshotted_for_the_builtin_roadmap() {
    let sandbox = Sandbox::new();
    sandbox.test().args(["done", "1.1", "1.2", "1.3"]).success();
    insta::assert_snapshot!("status_builtin", sandbox.stdout(&["status"]));
    insta::assert_snapshot!("next_builtin", sandbox.stdout(&["next"]));
}

#[test]
fn a_zero_count_is_refused_rather_than_showing_nothing() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["next", "-n", "0"])
        .stderr_has("the count must be at least 1")
        .status(2);
}

#[test]
fn export_to_a_file_writes_what_stdout_would_show() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let markdown = sandbox.stdout(&["export", "--format", "md"]);
    let out = sandbox.path().join("out.md");
    sandbox
        .test()
        .args(["export", "--format", "md", "-o"])
        .args([&out])
        .stdout(format!("Wrote {}\n", out.display()))
        .file("out.md", markdown)
        .success();
}
