//! The built-in roadmap keeps the properties DESIGN §3 and issue #9 promise.
//!
//! The file is read as plain JSON, so these checks hold whichever fields the
//! loader understands; `roadmap validate` runs through the real binary.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::support::Sandbox;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmap.json");

/// The application step: the one that says "you are ready to apply".
const APPLICATION: &str = "prepare-application";
/// The milestone that any one route to experience reaches.
const MILESTONE: &str = "first-real-world-experience";
/// The routes to experience the seed article lists (section 6-4).
const ROUTES: [&str; 5] = [
    "apply-junior-roles",
    "internship-or-part-time",
    "freelance-small-jobs",
    "help-acquaintance-project",
    "open-source-contribution",
];
/// Advanced infrastructure: "strengthen while you apply", never a
/// prerequisite of applying.
const ADVANCED: [&str; 6] = [
    "load-balancing-and-recovery",
    "logging-and-monitoring",
    "service-design",
    "second-cloud-provider",
    "caching",
    "ai-design-judgement",
];

fn roadmap() -> Value {
    let text = std::fs::read_to_string(FILE).expect("roadmap.json is readable");
    serde_json::from_str(&text).expect("roadmap.json is JSON")
}

fn steps(roadmap: &Value) -> &Vec<Value> {
    roadmap["steps"].as_array().expect("steps is an array")
}

fn by_id(roadmap: &Value) -> BTreeMap<&str, &Value> {
    steps(roadmap).iter().map(|s| (id(s), s)).collect()
}

fn id(step: &Value) -> &str {
    step["id"].as_str().expect("a step id is a string")
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field].as_str().unwrap_or("")
}

fn ja<'a>(value: &'a Value, field: &str) -> &'a str {
    value["i18n"]["ja"][field].as_str().unwrap_or("")
}

fn ids<'a>(step: &'a Value, field: &str) -> Vec<&'a str> {
    step[field]
        .as_array()
        .map(|list| list.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn optional(step: &Value) -> bool {
    step["optional"].as_bool().unwrap_or(false)
}

fn hours(step: &Value) -> f64 {
    step["estimate_hours"].as_f64().unwrap_or(0.0)
}

fn resources(step: &Value) -> &Vec<Value> {
    step["resources"].as_array().expect("resources is an array")
}

fn checklist(step: &Value) -> Vec<&Value> {
    step["checklist"]
        .as_array()
        .map(|items| items.iter().collect())
        .unwrap_or_default()
}

/// Every step `step` depends on, through `requires` and `requires_any`.
fn prerequisites<'a>(all: &BTreeMap<&'a str, &'a Value>, step: &str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![step];
    while let Some(current) = todo.pop() {
        let value = all[current];
        for p in ids(value, "requires")
            .into_iter()
            .chain(ids(value, "requires_any"))
        {
            if seen.insert(p) {
                todo.push(p);
            }
        }
    }
    seen
}

/// All English and Japanese text of the steps, lower-cased.
fn all_text(roadmap: &Value) -> String {
    let mut all = String::new();
    for step in steps(roadmap) {
        for field in ["title", "summary", "done_when"] {
            all.push_str(text(step, field));
            all.push('\n');
            all.push_str(ja(step, field));
            all.push('\n');
        }
    }
    all.to_lowercase()
}

mod completeness;

mod curriculum;

mod japanese;
