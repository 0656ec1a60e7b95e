//! Store files of older versions keep loading, and are written as the
//! current version.

use std::fs;

use serde_json::Value;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A store as builds wrote it before version 3 (undo batches, no devices
/// or tombstones), labelled version 2. Never edit the fixture.
const STORE_V2: &str = include_str!("../fixtures/store-v2.json");

#[test]
fn a_version_2_store_keeps_loading_and_undo_works_on_it() {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap();
    let file = sandbox.write("data/users/learner.json", STORE_V2);
    let status = sandbox.json(&["--roadmap", roadmap, "status"]);
    assert_eq!(status["overall"]["done"], 1);
    assert_eq!(fs::read_to_string(&file).unwrap(), STORE_V2);
    sandbox
        .test()
        .args(["--roadmap", roadmap, "undo"])
        .success();
    let before: Value = serde_json::from_str(STORE_V2).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 4, "migrated on the first write");
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    assert_eq!(new["history"], old["history"], "batch 4 was a note");
    assert_eq!(new["steps"]["beta"]["status"], "in-progress");
    assert!(
        new["steps"]["beta"].get("notes").is_none(),
        "the note undone"
    );
    assert_eq!(
        after["roadmaps"]["other-roadmap"],
        before["roadmaps"]["other-roadmap"]
    );
    assert!(new.get("undone").is_none(), "never synced: no tombstone");
}

/// A store as version 3 wrote it: the record (sessions, evidence, ticks),
/// devices, a tombstone, and the goal and stack as plain values. Never edit
/// the fixture.
const STORE_V3: &str = include_str!("../fixtures/store-v3.json");

#[test]
fn a_version_3_store_keeps_loading_and_its_settings_become_registers() {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap();
    let file = sandbox.write("data/users/learner.json", STORE_V3);
    let goal = sandbox.json(&["goal"]);
    assert_eq!(goal["minutes_per_week"], 600);
    let stack = sandbox.json(&["--roadmap", roadmap, "stack"]);
    assert_eq!(stack["stack"], "php");
    let status = sandbox.json(&["--roadmap", roadmap, "status"]);
    assert_eq!(status["overall"]["done"], 1);
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        STORE_V3,
        "reading writes nothing"
    );

    sandbox
        .test()
        .args(["--roadmap", roadmap, "note", "beta", "still going"])
        .success();
    let before: Value = serde_json::from_str(STORE_V3).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 4, "migrated on the first write");
    assert_eq!(
        after["goal"],
        serde_json::json!({"value": {"minutes_per_week": 600}, "at": "2000-01-01T00:00:00Z"}),
        "an undated goal loses to any goal set since"
    );
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    assert_eq!(
        new["stack"],
        serde_json::json!({"value": "php", "at": "2000-01-01T00:00:00Z"})
    );
    for kept in ["history", "ticks", "undone"] {
        assert_eq!(new[kept], old[kept], "{kept} kept as it was");
    }
    assert_eq!(new["steps"]["alpha"], old["steps"]["alpha"]);
    assert_eq!(new["steps"]["beta"]["notes"][0]["text"], "still going");

    // And the migrated goal is shown and changed like any other.
    sandbox.test().args(["goal", "12h"]).success();
    assert_eq!(sandbox.json(&["goal"])["minutes_per_week"], 720);
}
