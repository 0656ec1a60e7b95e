//! Hostile roadmaps, imports and backups: undo counters at the edge of
//! their range, ids shaped like step numbers, graph label injection,
//! absurd values and sizes (issue #12).

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{SMALL_ROADMAP, Sandbox};

#[test]
fn a_backup_with_the_largest_batch_number_does_not_break_undo() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.run(&["done", "alpha"]).assert().success();
    let backup = sandbox.stdout(&["export", "--format", "json"]);
    let mut backup: Value = serde_json::from_str(&backup).unwrap();
    backup["progress"]["history"][0]["batch"] = Value::from(u64::MAX);
    let file = sandbox.write("backup.json", &backup.to_string());
    // Restored into an empty store, where batches are kept.
    let other = Sandbox::with_roadmap(SMALL_ROADMAP);
    other
        .run(&["import", "progress", file.to_str().unwrap()])
        .assert()
        .success();
    other.run(&["done", "beta"]).assert().success();
    other.run(&["done", "gamma"]).assert().success();
    // `undo` takes back gamma only, then beta only.
    other.run(&["undo"]).assert().success();
    let statuses = |s: &Sandbox| {
        let steps = s.user_json("learner")["roadmaps"]["small"]["steps"].clone();
        ["alpha", "beta", "gamma"]
            .map(|id| steps[id]["status"].as_str().unwrap_or("todo").to_string())
    };
    assert_eq!(statuses(&other), ["done", "done", "todo"]);
    other.run(&["undo"]).assert().success();
    assert_eq!(statuses(&other), ["done", "todo", "todo"]);
    let batches: Vec<Value> = other.user_json("learner")["roadmaps"]["small"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["batch"].clone())
        .collect();
    assert!(
        batches
            .iter()
            .all(|b| b.as_u64().is_some_and(|b| b < 1 << 53)),
        "{batches:?}"
    );
}

#[test]
fn a_store_with_the_largest_batch_number_keeps_undo_right() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let path = sandbox.user_file("learner");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let store = format!(
        r#"{{"version": 1, "roadmaps": {{"small": {{"steps": {{"alpha": {{"status": "done"}}}},
        "history": [{{"at": "2026-01-01T00:00:00Z", "step": "alpha", "from": "todo", "to": "done", "batch": {}}}]}}}}}}"#,
        u64::MAX
    );
    std::fs::write(&path, store).unwrap();
    sandbox.run(&["done", "beta"]).assert().success();
    sandbox.run(&["undo"]).assert().success();
    let steps = &sandbox.user_json("learner")["roadmaps"]["small"]["steps"];
    assert_eq!(steps["alpha"]["status"], "done", "not undone with beta");
    assert_ne!(steps["beta"]["status"], "done");
}
