//! `roadmap status --all-users`: the mentor view over several learners.

use std::fs;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// Three learners at different points, and one whose file is corrupt.
fn class() -> Sandbox {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-12-07T12:00:00Z");
    let at = |day: &str| format!("2026-11-{day}T10:00:00Z");
    for (user, steps, day) in [
        ("alice", &["alpha", "beta", "gamma"][..], "20"),
        ("bob", &["alpha"], "05"),
        (
            "carol",
            &["alpha", "beta", "gamma", "delta", "epsilon"],
            "27",
        ),
    ] {
        let mut args = vec!["--user", user, "done"];
        args.extend(steps);
        let day = at(day);
        args.extend(["--at", day.as_str()]);
        sandbox.stdout(&args);
    }
    sandbox.stdout(&["--user", "bob", "skip", "delta", "--at", &at("06")]);
    sandbox.write("data/users/dave.json", "{\"version\": 1, \"roadmaps\": ");
    sandbox
}

#[test]
fn one_row_per_user_and_unreadable_files_get_a_row() {
    let sandbox = class();
    let dave = sandbox.user_bytes("dave");
    let place = sandbox.path().display().to_string();
    let text = sandbox.stdout(&["status", "--all-users"]);
    // Paths as on Unix, so that one snapshot serves Windows too.
    let text = text.replace(&place, "[sandbox]").replace('\\', "/");
    insta::assert_snapshot!("mentor_text", text);
    let json = sandbox.json(&["status", "--all-users"]).to_string();
    // The place as JSON escapes it (Windows paths hold backslashes).
    let escaped = serde_json::to_string(&place).unwrap();
    let json = json
        .replace(escaped.trim_matches('"'), "[sandbox]")
        .replace("\\\\", "/");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    insta::assert_json_snapshot!("mentor_json", json);
    assert_eq!(sandbox.user_bytes("dave"), dave, "a read never repairs");
}

#[test]
fn the_mentor_view_works_for_any_current_user() {
    let sandbox = class();
    // The current user needs no file of their own.
    sandbox
        .test()
        .args(["--user", "mentor", "status", "--all-users"])
        .stdout_has("\nalice ")
        .success();
    assert!(!sandbox.user_file("mentor").exists());
    // Files that are not user files are ignored.
    fs::write(sandbox.data_dir().join("users/notes.txt"), "x").unwrap();
    let json = sandbox.json(&["status", "--all-users"]);
    assert_eq!(json["users"].as_array().unwrap().len(), 4);
}

#[test]
fn no_users_yet() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox
        .test()
        .args(["status", "--all-users"])
        .stdout_has("No users yet")
        .success();
    assert_eq!(
        sandbox.json(&["status", "--all-users"])["users"],
        serde_json::json!([])
    );
    sandbox
        .test()
        .args(["status", "--all-users", "--steps"])
        .stderr_has("cannot be used with '--steps'")
        .status(2);
}
