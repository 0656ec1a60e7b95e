//! docs/json.md documents every field the `--json` output has.

use std::collections::BTreeSet;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// Every object key anywhere in a JSON value.
fn keys(value: &serde_json::Value, into: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                into.insert(key.clone());
                keys(value, into);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, into)),
        _ => {}
    }
}

#[test]
fn every_json_field_is_documented() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md"))
        .expect("docs/json.md exists");
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let mut seen = BTreeSet::new();
    for args in [
        &["done", "alpha", "--note", "n", "--at", "2026-11-01"][..],
        &["start", "beta"],
        &["note", "beta", "text"],
        &["study", "beta", "90m", "--note", "n", "--at", "2026-11-02"],
        &["goal", "5h"],
        &["evidence", "beta", "https://example.com/beta"],
        &["done", "delta", "--evidence", "https://example.com/delta"],
        &["next"],
        &["status", "--steps"],
        &["status", "--all-users"],
        &["show", "beta"],
        &["list"],
        &["log"],
        &["undo"],
        &[],
        &["find", "alpha"],
    ] {
        keys(&sandbox.json(args), &mut seen);
    }
    // Pace fields appear only with a history of over a week.
    sandbox.stdout(&["done", "beta", "--at", "2026-11-20"]);
    keys(&sandbox.json(&["status"]), &mut seen);
    // A mentor's comment, as written, received, shown and taken back.
    sandbox.stdout(&["--user", "ben", "start", "alpha"]);
    let mentor = ["--user", "mentor"];
    keys(
        &sandbox.json(&[&mentor[..], &["comment", "ben", "alpha", "hi"]].concat()),
        &mut seen,
    );
    keys(&sandbox.json(&["--user", "ben"]), &mut seen);
    keys(
        &sandbox.json(&["--user", "ben", "show", "alpha"]),
        &mut seen,
    );
    keys(&sandbox.json(&[&mentor[..], &["undo"]].concat()), &mut seen);
    sandbox.write("data/users/broken.json", "{");
    keys(&sandbox.json(&["status", "--all-users"]), &mut seen);
    let cohort = ["export", "--all-users", "--format", "json"];
    keys(
        &serde_json::from_str(&sandbox.stdout(&cohort)).unwrap(),
        &mut seen,
    );
    // The authors' commands: validate (with a warning), graph, importing a
    // progress file, and the reports of files written with -o.
    let sloppy = crate::support::SMALL_ROADMAP.replace(
        r#"{"id": "s2", "title": "Second"}"#,
        r#"{"id": "s2", "title": "Second"}, {"id": "s3", "title": "Empty"}"#,
    );
    let sloppy = sandbox.write("sloppy.json", &sloppy);
    keys(
        &sandbox.json(&["validate", sloppy.to_str().unwrap()]),
        &mut seen,
    );
    keys(&sandbox.json(&["graph"]), &mut seen);
    let backup = sandbox.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    keys(
        &sandbox.json(&["export", "-f", "json", "-o", backup]),
        &mut seen,
    );
    keys(
        &sandbox.json(&["--user", "copy", "import", "progress", backup]),
        &mut seen,
    );
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/roadmapsh/branch.json"
    );
    let converted = sandbox.path().join("converted.json");
    let converted = converted.to_str().unwrap();
    keys(
        &sandbox.json(&["import", "roadmapsh", fixture, "-o", converted]),
        &mut seen,
    );
    assert_documented(&docs, &seen);
}

fn assert_documented(docs: &str, seen: &BTreeSet<String>) {
    let missing: Vec<&String> = seen
        .iter()
        .filter(|key| !docs.contains(&format!("\"{key}\"")) && !docs.contains(&format!("`{key}`")))
        .collect();
    assert!(missing.is_empty(), "undocumented JSON fields: {missing:?}");
}

/// The fields of checklists, alternatives, stacks and resource facts.
#[test]
fn the_newer_roadmap_fields_are_documented_too() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md"))
        .expect("docs/json.md exists");
    let sandbox = Sandbox::with_roadmap(crate::format::ROUTES);
    let mut seen = BTreeSet::new();
    for args in [
        &["tick", "syntax", "1", "2"][..],
        &["untick", "syntax", "2"],
        &["undo"],
        &["stack", "php"],
        &["stack"],
        &["show", "syntax"],
        &["show", "first-job"],
        &["next"],
        &["status", "--steps"],
        &["graph"],
    ] {
        keys(&sandbox.json(args), &mut seen);
    }
    assert_documented(&docs, &seen);
}
