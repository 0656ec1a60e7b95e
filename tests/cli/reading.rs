//! Reading commands: show, list, log — text and `--json` shapes.

use crate::support::{SMALL_ROADMAP, Sandbox, time_filters};

/// A learner a few days in: alpha done, beta started with a note, delta
/// skipped; every status change at a fixed time.
fn learner() -> Sandbox {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&[
        "done",
        "alpha",
        "--at",
        "2026-11-01T09:00:00Z",
        "--note",
        "works",
    ]);
    sandbox.stdout(&["start", "beta", "--at", "2026-11-02T18:30:00Z"]);
    sandbox.stdout(&["skip", "delta", "--at", "2026-11-03T07:15:00Z"]);
    sandbox
}

#[test]
fn show_tells_everything_about_a_step() {
    let sandbox = learner();
    sandbox.stdout(&["note", "beta", "halfway there"]);
    let text = sandbox.stdout(&["show", "1.2"]);
    insta::with_settings!({filters => time_filters()}, {
        insta::assert_snapshot!("show_text", text);
    });
    let json = sandbox.json(&["show", "beta"]);
    insta::with_settings!({filters => time_filters()}, {
        insta::assert_json_snapshot!("show_json", json);
    });
}

#[test]
fn show_names_prerequisites_and_what_a_step_unlocks() {
    let sandbox = learner();
    let text = sandbox.stdout(&["show", "gamma"]);
    assert!(
        text.contains("[ ] todo (waiting on a prerequisite)"),
        "{text}"
    );
    assert!(text.contains("Requires\n  [>] 1.2  Beta\n"), "{text}");
    assert!(text.contains("Unlocks\n  [ ] 2.3  Epsilon\n"), "{text}");
    let text = sandbox.stdout(&["show", "alpha"]);
    assert!(text.contains("Done when: Alpha works."), "{text}");
    assert!(
        text.contains("Notes\n  2026-11-01 09:00  works\n"),
        "{text}"
    );
    assert!(
        text.contains("History\n  2026-11-01 09:00  todo → done\n"),
        "{text}"
    );
}

#[test]
fn list_groups_steps_by_stage_with_marks() {
    let sandbox = learner();
    let text = sandbox.stdout(&["list"]);
    insta::assert_snapshot!("list_text", text);
    let json = sandbox.json(&["list"]);
    insta::assert_json_snapshot!("list_json", json);
}

#[test]
fn list_numbers_resolve_as_references() {
    let sandbox = learner();
    let list = sandbox.json(&["list"]);
    for stage in list["stages"].as_array().unwrap() {
        for step in stage["steps"].as_array().unwrap() {
            let number = step["number"].as_str().unwrap();
            assert_eq!(sandbox.json(&["show", number])["id"], step["id"]);
        }
    }
}

#[test]
fn log_is_newest_first_in_local_time() {
    let sandbox = learner();
    let text = sandbox.stdout(&["log"]);
    insta::assert_snapshot!("log_text", text);
    let json = sandbox.json(&["log"]);
    insta::assert_json_snapshot!("log_json", json);
    // The same moments in Tokyo (UTC+9). Unix only: Windows takes the time
    // zone from its settings, never from `TZ`.
    #[cfg(unix)]
    let output = sandbox
        .run(&["log", "-n", "1"])
        .env("TZ", "JST-9")
        .output()
        .unwrap();
    #[cfg(unix)]
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "2026-11-03 16:15  [-] 2.2  Delta — todo → skipped\n2 older: roadmap log --all\n"
    );
}

#[test]
fn log_includes_notes_and_counts() {
    let sandbox = learner();
    sandbox.stdout(&["note", "gamma", "looks hard"]);
    let log = sandbox.json(&["log", "-n", "2"]);
    assert_eq!(log["total"], 4);
    assert_eq!(log["entries"].as_array().unwrap().len(), 2);
    assert_eq!(log["entries"][0]["kind"], "note");
    assert_eq!(log["entries"][0]["text"], "looks hard");
    assert_eq!(log["entries"][1]["to"], "skipped");
    let all = sandbox.json(&["log", "--all"]);
    assert_eq!(all["entries"].as_array().unwrap().len(), 4);
    // The note given with `done --note` shows once, on its event.
    assert_eq!(all["entries"][3]["kind"], "status");
    assert_eq!(all["entries"][3]["text"], "works");
    sandbox
        .test()
        .args(["log", "-n", "0"])
        .stderr_has("the count must be at least 1")
        .status(2);
    sandbox
        .test()
        .args(["log", "-n", "x"])
        .stderr_has("invalid value 'x'")
        .status(2);
}

#[test]
fn empty_log_says_where_to_begin() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox
        .test()
        .args(["log"])
        .stdout("Nothing recorded yet. `roadmap next` shows where to begin.\n")
        .success();
    let log = sandbox.json(&["log"]);
    assert_eq!(log["total"], 0);
    assert!(!sandbox.user_file("learner").exists());
}

#[test]
fn log_orders_what_happened_in_one_second_by_recording_order() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    // A status change, then a note, then another change, all in one second.
    sandbox.write(
        "data/users/learner.json",
        r#"{"version": 1, "roadmaps": {"small": {
            "steps": {"alpha": {"status": "done", "notes": [{"at": "2026-11-01T09:00:00Z", "text": "n", "batch": 2}]}},
            "history": [
              {"at": "2026-11-01T09:00:00Z", "step": "alpha", "from": "todo", "to": "in-progress", "batch": 1},
              {"at": "2026-11-01T09:00:00Z", "step": "alpha", "from": "in-progress", "to": "done", "batch": 3}
            ]}}}"#,
    );
    let log = sandbox.json(&["log"]);
    let order: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["to"].as_str().unwrap_or("note"))
        .collect();
    assert_eq!(order, ["done", "note", "in-progress"]);
}
