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
    assert_eq!(after["version"], 3, "migrated on the first write");
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
