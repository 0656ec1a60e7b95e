//! `roadmap.schema.json`: generated from the Rust types, committed, and
//! checked against the roadmaps this project ships and produces.
//!
//! After changing `src/roadmap/file.rs`, regenerate the committed file with
//! `UPDATE_SCHEMA=1 cargo test schema`.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("roadmap.schema.json")
}

fn generated() -> String {
    let mut text = serde_json::to_string_pretty(&roadmap::roadmap::file::json_schema())
        .expect("the schema serialises");
    text.push('\n');
    text
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(schema_path()).expect("roadmap.schema.json"))
            .expect("the committed schema is JSON");
    jsonschema::validator_for(&schema).expect("the committed schema is a valid JSON Schema")
}

/// Every schema violation of `document`, as "path: message" lines.
pub fn violations(document: &Value) -> Vec<String> {
    validator()
        .iter_errors(document)
        .map(|err| format!("{}: {err}", err.instance_path()))
        .collect()
}

#[test]
fn committed_schema_is_up_to_date() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        fs::write(schema_path(), &fresh).expect("write roadmap.schema.json");
        return;
    }
    let committed = fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == fresh,
        "roadmap.schema.json is out of date with src/roadmap/file.rs; \
         regenerate it with `UPDATE_SCHEMA=1 cargo test schema` and commit it"
    );
}

#[test]
fn builtin_roadmap_matches_the_schema() {
    let builtin: Value = serde_json::from_str(roadmap::roadmap::BUILTIN).unwrap();
    assert_eq!(violations(&builtin), Vec::<String>::new());
}

#[test]
fn schema_rejects_what_the_validator_rejects() {
    let missing_title = serde_json::json!({
        "id": "r", "stages": [{"id": "s", "title": "S"}],
        "steps": [{"id": "has space", "stage": "s"}]
    });
    let problems = violations(&missing_title).join("\n");
    assert!(
        problems.contains("\"title\" is a required property"),
        "{problems}"
    );
    assert!(problems.contains("/steps/0/id"), "{problems}");
    let bad_kind = serde_json::json!({
        "id": "r", "title": "R", "stages": [],
        "steps": [{"id": "a", "stage": "s", "title": "A",
                   "resources": [{"title": "x", "url": "https://x", "kind": "podcast"}]}]
    });
    assert!(!violations(&bad_kind).is_empty());
}

#[test]
fn schema_flags_unknown_fields_and_knows_the_newer_ones() {
    let typo = serde_json::json!({
        "id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
        "steps": [{"id": "a", "stage": "s", "title": "A", "require": ["b"],
                   "resources": [{"title": "x", "url": "https://x", "costs": "paid"}]}]
    });
    let problems = violations(&typo).join("\n");
    assert!(
        problems.contains("/steps/0: Additional properties"),
        "{problems}"
    );
    assert!(problems.contains("'require'"), "{problems}");
    assert!(problems.contains("'costs'"), "{problems}");

    let routes: Value = serde_json::from_str(crate::format::ROUTES).unwrap();
    assert_eq!(violations(&routes), Vec::<String>::new());
    let bad_cost = serde_json::json!({
        "id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
        "steps": [{"id": "a", "stage": "s", "title": "A",
                   "resources": [{"title": "x", "url": "https://x", "cost": "cheap"}]}]
    });
    assert!(!violations(&bad_cost).is_empty());
}
