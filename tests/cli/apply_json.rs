//! The application log in the JSON contract and through `import progress`.

use crate::apply::{add, sandbox};

/// Every key anywhere in a JSON value.
fn keys(value: &serde_json::Value, into: &mut std::collections::BTreeSet<String>) {
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
fn every_json_field_of_the_log_is_documented() {
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md")).unwrap();
    let s = sandbox();
    let mut seen = std::collections::BTreeSet::new();
    add(&s, "ACME", "agent", "2026-11-01");
    for args in [
        &[
            "apply",
            "add",
            "Globex",
            "--url",
            "https://jobs.example/1",
            "--role",
            "SRE",
        ][..],
        &[
            "apply",
            "move",
            "2",
            "interview",
            "--interview-at",
            "2026-12-04 10:00",
        ],
        &["apply", "list"],
        &["apply", "funnel"],
        &["apply", "goal", "2"],
        &["apply", "private"],
        &[],
        &["undo"],
    ] {
        keys(&s.json(args), &mut seen);
    }
    let backup = s.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    s.stdout(&["export", "--format", "json", "-o", backup]);
    keys(
        &s.json(&["--user", "copy", "import", "progress", backup]),
        &mut seen,
    );
    keys(
        &serde_json::from_str(&s.stdout(&["export", "--format", "json-resume"])).unwrap(),
        &mut seen,
    );
    let missing: Vec<&String> = seen
        .iter()
        .filter(|key| !docs.contains(&format!("\"{key}\"")) && !docs.contains(&format!("`{key}`")))
        .collect();
    assert!(missing.is_empty(), "undocumented JSON fields: {missing:?}");
}

#[test]
fn import_progress_brings_the_applications_in() {
    let s = sandbox();
    add(&s, "ACME", "agent", "2026-11-01");
    s.stdout(&["apply", "move", "1", "passed", "--at", "2026-11-05"]);
    let backup = s.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    s.stdout(&["export", "--format", "json", "-o", backup]);
    let first = s.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(
        (
            first["applications_added"].as_u64(),
            first["application_changes_added"].as_u64()
        ),
        (Some(1), Some(1))
    );
    let list = s.json(&["--user", "copy", "apply", "list"]);
    assert_eq!(list["applications"][0]["stage"], "passed");
    s.test()
        .args(["--user", "other", "import", "progress", backup])
        .stdout_has("1 job application, 1 application stage change")
        .success();
    let again = s.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(again["applications_added"], 0, "nothing twice");
}
