//! Every command reads the user file alike: a file with one bad event is
//! refused by all of them with the same words, or by none; and a file
//! written by hand in another layout reads, and is saved, as the one
//! roadmap writes.

use std::fs;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// Commands that read the user file, to show it or to change it.
const READERS: &[&[&str]] = &[
    &["next"],
    &["list"],
    &["find", "alpha"],
    &["graph"],
    &["status"],
    &["log"],
    &["show", "alpha"],
    &["done", "beta"],
];

const GOOD_EVENT: &str =
    r#"{"at": "2026-01-01T00:00:00Z", "step": "alpha", "from": "todo", "to": "done", "batch": 1}"#;

fn store_with_event(event: &str) -> String {
    format!(
        "{{\n  \"version\": 3,\n  \"roadmaps\": {{\n    \"small\": {{\n      \"steps\": {{\n        \"alpha\": {{\n          \"status\": \"done\"\n        }}\n      }},\n      \"history\": [\n        {GOOD_EVENT},\n        {event}\n      ]\n    }}\n  }}\n}}\n"
    )
}

#[test]
fn a_bad_event_in_the_history_is_refused_by_every_command_alike() {
    let bad_events = [
        // A date roadmap does not keep.
        r#"{"at": "1999-12-31T00:00:00Z", "step": "beta", "from": "todo", "to": "done"}"#,
        // A date that does not exist.
        r#"{"at": "2026-02-30T00:00:00Z", "step": "beta", "from": "todo", "to": "done"}"#,
        // A status that does not exist.
        r#"{"at": "2026-01-02T00:00:00Z", "step": "beta", "from": "todo", "to": "finished"}"#,
        // A field this build does not know.
        r#"{"at": "2026-01-02T00:00:00Z", "step": "beta", "from": "todo", "to": "done", "colour": "red"}"#,
        // A field twice, a field of the wrong type, a field missing.
        r#"{"at": "2026-01-02T00:00:00Z", "step": "beta", "from": "todo", "to": "done", "batch": 2, "batch": 3}"#,
        r#"{"at": "2026-01-02T00:00:00Z", "step": 5, "from": "todo", "to": "done"}"#,
        r#"{"at": "2026-01-02T00:00:00Z", "from": "todo", "to": "done"}"#,
        r#"{"at": "2026-01-02T00:00:00Z", "step": "beta", "from": "todo", "to": "done", "batch": -1}"#,
    ];
    for event in bad_events {
        let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
        let store = store_with_event(event);
        let path = sandbox.write("data/users/learner.json", &store);
        let status = sandbox.run(&["status"]).output().unwrap();
        assert_eq!(status.status.code(), Some(1), "{event}");
        let refusal = String::from_utf8(status.stderr).unwrap();
        assert!(refusal.contains("learner.json"), "{event}: {refusal}");
        for args in READERS {
            sandbox
                .test()
                .args(*args)
                .stderr(refusal.as_str())
                .status(1);
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), store, "{event}");
    }
}

#[test]
fn events_in_another_form_are_read_by_every_command() {
    let odd_events = [
        // Fractions of a second, an offset, escapes, an explicit null.
        r#"{"at": "2026-01-02T00:00:00.25Z", "step": "beta", "from": "todo", "to": "in-progress"}"#,
        r#"{"at": "2026-01-02T09:00:00+09:00", "step": "b\u0065ta", "from": "todo", "to": "in-progress"}"#,
        r#"{"to": "in-progress", "from": "todo", "step": "beta", "at": "2026-01-02T00:00:00Z", "note": null}"#,
        r#"{"at": "2026-01-02T00:00:00Z", "step": "beta", "from": "todo", "to": "in-progress", "note": "say \"hi\"\nthen go"}"#,
    ];
    for event in odd_events {
        let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
        sandbox.write("data/users/learner.json", &store_with_event(event));
        for args in READERS {
            sandbox.test().args(*args).status(0);
        }
        let history = &sandbox.user_json("learner")["roadmaps"]["small"]["history"];
        assert_eq!(history.as_array().unwrap().len(), 3, "{event}");
    }
}

#[test]
fn a_store_in_another_layout_reads_and_saves_as_the_one_roadmap_writes() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-03-02T10:00:00Z");
    sandbox
        .test()
        .args(["done", "alpha", "--at", "2026-03-01"])
        .success();
    sandbox
        .test()
        .args(["note", "alpha", "say \"hi\"\n\tand go"])
        .success();
    sandbox.test().args(["start", "delta"]).success();
    let written = String::from_utf8(sandbox.user_bytes("learner")).unwrap();
    let views = |sandbox: &Sandbox| -> Vec<String> {
        [
            &["status", "--json"][..],
            &["next", "--json"],
            &["log"],
            &["show", "alpha"],
        ]
        .iter()
        .map(|args| sandbox.stdout(args))
        .collect()
    };
    let expected = views(&sandbox);
    sandbox.test().args(["done", "beta"]).success();
    let saved = sandbox.user_bytes("learner");

    let value: serde_json::Value = serde_json::from_str(&written).unwrap();
    // On one line, keys in alphabetical order, and an id spelled with an
    // escape.
    let compact = serde_json::to_string(&value).unwrap();
    let escaped = written.replace("\"delta\"", "\"d\\u0065lta\"");
    for layout in [compact, escaped] {
        let path = sandbox.write("data/users/learner.json", &layout);
        assert_eq!(views(&sandbox), expected, "{layout}");
        sandbox.test().args(["done", "beta"]).success();
        assert_eq!(fs::read(&path).unwrap(), saved, "{layout}");
    }
}
