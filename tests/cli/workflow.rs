//! Changing statuses: start, skip, reset, undo, note, and the errors they
//! refuse, on the small test roadmap.

use crate::support::{SMALL_ROADMAP, Sandbox};

fn small() -> Sandbox {
    Sandbox::with_roadmap(SMALL_ROADMAP)
}

/// The stored status of each step id that has a record.
fn statuses(sandbox: &Sandbox) -> serde_json::Value {
    let data = sandbox.user_json("learner");
    let steps = data["roadmaps"]["small"]["steps"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    steps
        .into_iter()
        .map(|(id, record)| (id, record["status"].clone()))
        .collect()
}

fn history_len(sandbox: &Sandbox) -> usize {
    sandbox.user_json("learner")["roadmaps"]["small"]["history"]
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn start_puts_the_step_first_in_next() {
    let sandbox = small();
    sandbox.stdout(&["done", "alpha"]);
    sandbox
        .test()
        .args(["start", "delta"])
        .stdout("[>] 2.2  Delta — in progress\nSecond 0/3 (0%) · Overall 1/5 (20%)\n")
        .success();
    let next = sandbox.json(&["next"]);
    assert_eq!(next["steps"][0]["id"], "delta");
    assert_eq!(next["steps"][0]["status"], "in-progress");
    assert_eq!(next["steps"][1]["id"], "beta");
    assert!(
        sandbox
            .stdout(&["next"])
            .starts_with("2.2  Delta  (in progress)\n")
    );
}

#[test]
fn skip_counts_toward_progress_and_unlocks() {
    let sandbox = small();
    sandbox
        .test()
        .args(["skip", "alpha", "--note", "knew it already"])
        .stdout_has("[-] 1.1  Alpha — skipped")
        .stdout_has("Unlocked:\n    1.2  Beta\n    2.2  Delta")
        .success();
    let status = sandbox.json(&["status"]);
    assert_eq!(status["overall"]["skipped"], 1);
    assert_eq!(status["overall"]["percent"], 20.0);
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["notes"][0]["text"], "knew it already");
    assert_eq!(show["history"][0]["note"], "knew it already");
}

#[test]
fn reset_puts_steps_back_to_todo() {
    let sandbox = small();
    sandbox.stdout(&["done", "alpha", "beta"]);
    sandbox
        .test()
        .args(["reset", "1.2", "alpha"])
        .stdout_has("[ ] 1.2  Beta — todo")
        .stdout_has("Overall 0/5 (0%)")
        .success();
    assert_eq!(
        statuses(&sandbox),
        serde_json::json!({"alpha": "todo", "beta": "todo"})
    );
    assert_eq!(history_len(&sandbox), 4);
    // Idempotent: nothing changes, nothing is written.
    let before = sandbox.user_bytes("learner");
    sandbox
        .test()
        .args(["reset", "alpha"])
        .stdout_has("already todo")
        .success();
    assert_eq!(sandbox.user_bytes("learner"), before);
}

#[test]
fn start_skip_and_reset_accept_a_past_date() {
    let sandbox = small();
    sandbox.stdout(&["start", "alpha", "--at", "2026-10-01T08:00:00Z"]);
    let history = &sandbox.user_json("learner")["roadmaps"]["small"]["history"];
    assert_eq!(history[0]["at"], "2026-10-01T08:00:00Z");
    sandbox
        .test()
        .args(["skip", "beta", "--at", "3026-01-01"])
        .stderr_has("in the future")
        .status(2);
}

#[test]
fn undo_takes_back_one_invocation_at_a_time() {
    let sandbox = small();
    sandbox.stdout(&["done", "alpha", "--at", "2026-11-01T09:00:00Z"]);
    sandbox.stdout(&[
        "done",
        "beta",
        "delta",
        "--note",
        "both in one go",
        "--at",
        "2026-11-02T09:00:00Z",
    ]);
    assert_eq!(history_len(&sandbox), 3);

    // The whole second invocation goes, notes included.
    sandbox
        .test()
        .args(["undo"])
        .stdout(
            "Undid: [ ] 2.2  Delta — done taken back, now todo\n\
         Undid: [ ] 1.2  Beta — done taken back, now todo\n  \
         (recorded 2026-11-02 09:00)\n",
        )
        .success();
    assert_eq!(statuses(&sandbox), serde_json::json!({"alpha": "done"}));
    assert_eq!(history_len(&sandbox), 1);
    assert!(
        sandbox.json(&["show", "beta"])["notes"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    // Repeated undo walks further back.
    sandbox
        .test()
        .args(["undo"])
        .stdout(
            "Undid: [ ] 1.1  Alpha — done taken back, now todo\n  (recorded 2026-11-01 09:00)\n",
        )
        .success();
    assert_eq!(statuses(&sandbox), serde_json::json!({}));
    assert_eq!(history_len(&sandbox), 0);

    // Then there is nothing left: exit 2, the file is not touched.
    let before = sandbox.user_bytes("learner");
    sandbox
        .test()
        .args(["undo"])
        .stdout("")
        .stderr_has("error: nothing to undo")
        .stderr_has("hint:")
        .status(2);
    assert_eq!(sandbox.user_bytes("learner"), before);
}

#[test]
fn undo_restores_the_previous_status_not_todo() {
    let sandbox = small().at_time("2026-11-20T10:00:00Z");
    sandbox.stdout(&["start", "alpha"]);
    sandbox.stdout(&["done", "alpha"]);
    sandbox
        .test()
        .args(["undo"])
        .stdout("Undid: [>] 1.1  Alpha — done taken back, now in progress\n  (recorded 2026-11-20 10:00)\n")
        .success();
    assert_eq!(
        statuses(&sandbox),
        serde_json::json!({"alpha": "in-progress"})
    );
}

#[test]
fn undo_with_no_history_fails_and_creates_nothing() {
    let sandbox = small();
    sandbox
        .test()
        .args(["undo"])
        .stderr_has("nothing to undo")
        .status(2);
    assert!(!sandbox.user_file("learner").exists());
}

#[test]
fn undo_takes_back_a_note() {
    let sandbox = small().at_time("2026-11-20T10:00:00Z");
    sandbox.stdout(&["done", "alpha"]);
    sandbox.stdout(&["note", "alpha", "a", "typo"]);
    sandbox
        .test()
        .args(["undo"])
        .stdout("Undid: note on 1.1  Alpha: \"a typo\"\n  (recorded 2026-11-20 10:00)\n")
        .success();
    let data = sandbox.user_json("learner");
    assert_eq!(
        data["roadmaps"]["small"]["steps"]["alpha"]["status"],
        "done"
    );
    assert!(data["roadmaps"]["small"]["steps"]["alpha"]["notes"].is_null());
}

#[test]
fn undo_json_lists_what_was_reverted() {
    let sandbox = small();
    sandbox.stdout(&["start", "alpha", "--at", "2026-11-01T09:00:00Z"]);
    let undo = sandbox.json(&["undo"]);
    insta::assert_json_snapshot!("undo_json", undo);
}

#[test]
fn notes_are_dated_and_several_per_step() {
    let sandbox = small();
    sandbox
        .test()
        .args(["note", "1.1", "read the tutorial"])
        .stdout("Noted on 1.1  Alpha (1 note).\nRead them with: roadmap show 1.1\n")
        .success();
    sandbox
        .test()
        .args(["note", "alpha", "then", "wrote", "a script"])
        .stdout_has("(2 notes)")
        .success();
    let notes = &sandbox.user_json("learner")["roadmaps"]["small"]["steps"]["alpha"]["notes"];
    assert_eq!(notes[0]["text"], "read the tutorial");
    assert_eq!(notes[1]["text"], "then wrote a script");
    assert!(notes[1]["at"].as_str().unwrap().ends_with('Z'));
    // A note changes no status.
    assert_eq!(statuses(&sandbox), serde_json::json!({"alpha": "todo"}));
    let json = sandbox.json(&["note", "beta", "later"]);
    assert_eq!(json["note"]["id"], "beta");
    assert_eq!(json["notes"], 1);
}

#[test]
fn empty_notes_are_refused_and_nothing_is_written() {
    let sandbox = small();
    sandbox.stdout(&["done", "alpha"]);
    let before = sandbox.user_bytes("learner");
    for args in [
        &["note", "alpha", ""][..],
        &["note", "alpha", "  ", " "],
        &["done", "beta", "--note", ""],
        &["start", "beta", "--note", " "],
        &["skip", "beta", "--note", ""],
    ] {
        sandbox
            .test()
            .args(args)
            .stderr_has("error: the note is empty")
            .status(2);
        assert_eq!(sandbox.user_bytes("learner"), before, "{args:?}");
    }
    // No text at all is a usage error.
    sandbox
        .test()
        .args(["note", "alpha"])
        .stderr_has("required arguments were not provided")
        .status(2);
}

#[test]
fn unknown_steps_are_refused_by_every_command() {
    let sandbox = small();
    sandbox.stdout(&["done", "alpha"]);
    let before = sandbox.user_bytes("learner");
    for command in [
        &["start", "alpah"][..],
        &["skip", "alpah"],
        &["reset", "alpah"],
        &["done", "alpah"],
        &["show", "alpah"],
        &["note", "alpah", "text"],
        &["start", "beta", "nope"],
    ] {
        let expected = if command.contains(&"nope") {
            "unknown step 'nope'"
        } else {
            "unknown step 'alpah'"
        };
        sandbox
            .test()
            .args(command)
            .stdout("")
            .stderr_has(expected)
            .status(2);
        assert_eq!(sandbox.user_bytes("learner"), before, "{command:?}");
    }
    sandbox
        .test()
        .args(["show", "alpah"])
        .stderr_has("hint: did you mean 'alpha'?")
        .status(2);
}

#[test]
fn a_store_written_before_batches_loads_and_undoes() {
    let sandbox = small();
    // The store as the first release wrote it: events without a batch.
    sandbox.write(
        "data/users/learner.json",
        r#"{
  "version": 1,
  "roadmaps": {
    "small": {
      "steps": {
        "alpha": {"status": "done"},
        "beta": {"status": "done", "notes": [{"at": "2026-11-02T10:00:00Z", "text": "pair"}]},
        "delta": {"status": "done", "notes": [{"at": "2026-11-02T10:00:00Z", "text": "pair"}]}
      },
      "history": [
        {"at": "2026-11-01T10:00:00Z", "step": "alpha", "from": "todo", "to": "done"},
        {"at": "2026-11-02T10:00:00Z", "step": "beta", "from": "todo", "to": "done", "note": "pair"},
        {"at": "2026-11-02T10:00:00Z", "step": "delta", "from": "todo", "to": "done", "note": "pair"}
      ]
    }
  }
}
"#,
    );
    assert_eq!(sandbox.json(&["status"])["overall"]["done"], 3);
    sandbox
        .test()
        .args(["undo"])
        .stdout_has("Delta — done taken back, now todo")
        .stdout_has("Beta — done taken back, now todo")
        .stdout_has("(recorded 2026-11-02 10:00)")
        .success();
    assert_eq!(statuses(&sandbox), serde_json::json!({"alpha": "done"}));
    // New changes after the old ones are batched and undone first.
    sandbox.stdout(&["start", "gamma"]);
    sandbox.stdout(&["undo"]);
    sandbox
        .test()
        .args(["undo"])
        .stdout(
            "Undid: [ ] 1.1  Alpha — done taken back, now todo\n  (recorded 2026-11-01 10:00)\n",
        )
        .success();
}

#[test]
fn change_json_shape() {
    let sandbox = small();
    let json = sandbox.json(&["start", "alpha", "beta"]);
    insta::assert_json_snapshot!("start_json", json);
}
