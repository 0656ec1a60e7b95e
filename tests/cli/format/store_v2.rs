//! Store version 3 (checklist ticks and the stack) over a version-2 file:
//! nothing recorded before is lost in the upgrade or the writes after it.

use std::fs;

use serde_json::Value;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A store in the format before checklist ticks and stacks (version 2).
/// Never edit the fixture.
const STORE_V2: &str = include_str!("../../fixtures/store-v2.json");

#[test]
fn a_version_2_store_keeps_its_progress_notes_and_history_through_the_upgrade() {
    let sandbox = Sandbox::new();
    let with_checklist = SMALL_ROADMAP.replace(
        r#""title": "Beta", "requires": ["alpha"], "estimate_hours": 2}"#,
        r#""title": "Beta", "requires": ["alpha"], "estimate_hours": 2,
            "checklist": [{"text": "one"}, {"text": "two"}]}"#,
    );
    let roadmap = sandbox.write("small.json", &with_checklist);
    let roadmap = roadmap.to_str().unwrap();
    let file = sandbox.write("data/users/learner.json", STORE_V2);
    let status = sandbox.json(&["--roadmap", roadmap, "status"]);
    assert_eq!(status["overall"]["done"], 1);
    assert_eq!(status["overall"]["in_progress"], 1);
    let show = sandbox.json(&["--roadmap", roadmap, "show", "beta"]);
    assert_eq!(show["notes"][0]["text"], "halfway");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        STORE_V2,
        "reads write nothing"
    );

    // The first write is at version 3, with the new data beside the old.
    sandbox.stdout(&["--roadmap", roadmap, "tick", "beta", "2"]);
    let before: Value = serde_json::from_str(STORE_V2).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 4);
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    assert_eq!(new["steps"], old["steps"]);
    assert_eq!(new["history"], old["history"]);
    assert_eq!(new["ticks"]["beta"][0]["item"], 2);
    assert_eq!(
        after["roadmaps"]["other-roadmap"],
        before["roadmaps"]["other-roadmap"]
    );
    // The next write keeps all of it, and undo still reaches the old batches.
    sandbox.stdout(&["--roadmap", roadmap, "note", "beta", "later"]);
    sandbox.stdout(&["--roadmap", roadmap, "undo"]);
    sandbox.stdout(&["--roadmap", roadmap, "undo"]);
    let undone = sandbox.json(&["--roadmap", roadmap, "undo"]);
    assert_eq!(undone["notes_removed"][0]["text"], "halfway");
    let after = sandbox.user_json("learner");
    assert_eq!(
        after["roadmaps"]["small"]["steps"]["alpha"],
        old["steps"]["alpha"]
    );
    assert!(after["roadmaps"]["small"].get("ticks").is_none());
}
