//! The built-in roadmap keeps the properties DESIGN §3 and issues #9 and
//! #24 promise.
//!
//! The file is read as plain JSON, so these checks hold whichever fields the
//! loader understands; `roadmap validate` runs through the real binary.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::support::Sandbox;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmap.json");

/// The first application step: sending applications starts here.
const APPLICATION: &str = "application-campaign";
/// The milestone that any one route to experience reaches.
const MILESTONE: &str = "first-real-world-experience";
/// The end of the path: an accepted offer with a start date.
const HIRED: &str = "hired";
/// The routes to experience the seed article lists (section 6-4); its
/// first route, applying to junior and potential-based openings, is the
/// required application campaign itself.
const ROUTES: [&str; 4] = [
    "internship-or-part-time",
    "freelance-small-jobs",
    "help-acquaintance-project",
    "open-source-contribution",
];
/// Infrastructure and advanced steps: "strengthen while you apply", never
/// a prerequisite of applying.
const ADVANCED: [&str; 11] = [
    "local-dev-with-containers",
    "linux-server-basics",
    "cloud-fundamentals",
    "deploy-to-cloud",
    "operate-your-service",
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

/// The steps a learner must finish before `step`: every `requires`,
/// transitively, and for each `requires_any` the cheapest alternative (by
/// its own estimate). Optional steps reached through `requires` are left
/// out; a chosen alternative counts even when it is optional.
fn required_path<'a>(all: &BTreeMap<&'a str, &'a Value>, step: &str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![step];
    while let Some(current) = todo.pop() {
        let value = all[current];
        let mut next: Vec<&str> = ids(value, "requires")
            .into_iter()
            .filter(|p| !optional(all[p]))
            .collect();
        let cheapest = ids(value, "requires_any")
            .into_iter()
            .min_by(|a, b| hours(all[a]).total_cmp(&hours(all[b])));
        next.extend(cheapest);
        for p in next {
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

mod next_order;

mod path;

mod upgrade;
