//! Property tests of the authors' pure code through the library crate: any
//! roadmap.sh-shaped document converts into a roadmap that validates
//! without a single problem (or is refused with a message, never a panic),
//! and merging progress never loses an event or a note and is idempotent.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use serde_json::{Value, json};

use roadmap::import::roadmapsh::{Options, convert};
use roadmap::progress::{Event, Note, Progress, Status, StepRecord, merge};
use roadmap::roadmap::{looks_like_a_step_number, parse, validate};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const KINDS: &[&str] = &[
    "topic",
    "topic",
    "subtopic",
    "subtopic",
    "subtopic",
    "section",
    "button",
    "vertical",
    "paragraph",
    "title",
    "legend",
];
/// Labels that collide, need spelling out, are not ASCII or slug to nothing.
const LABELS: &[&str] = &[
    "Basics",
    "Basics",
    "C++",
    "C#",
    "Node.js",
    "Intro",
    "intro",
    "データベース",
    "?",
    "  ",
    "",
    "basics-2",
    "n1",
    // Hostile text: a terminal escape, a bidi override, a number shape.
    "\u{1b}]0;owned\u{7}Title",
    "\u{202e}txt.exe",
    "1.2",
];

fn node() -> impl Strategy<Value = (usize, usize, i32, i32, u16, u16, bool)> {
    (
        0..KINDS.len(),
        0..LABELS.len(),
        -3..30i32,
        -3..30i32,
        0..400u16,
        0..300u16,
        any::<bool>(),
    )
}

fn document() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(node(), 0..40),
        prop::collection::vec((0..45usize, 0..45usize, any::<bool>()), 0..60),
    )
        .prop_map(|(nodes, edges)| {
            let nodes: Vec<Value> = nodes
                .iter()
                .enumerate()
                .map(|(i, &(kind, label, x, y, w, h, sized))| {
                    // Coarse positions so that ties happen; a few clashing ids.
                    let id = if i % 11 == 10 {
                        "n1".to_string()
                    } else if i % 7 == 3 {
                        // Shaped like a step number: renamed on import.
                        format!("{}.{}", i / 7 + 1, i % 3 + 1)
                    } else {
                        format!("n{i}")
                    };
                    let mut node = json!({
                        "id": id, "type": KINDS[kind],
                        "position": {"x": x * 50, "y": y * 50},
                        "data": {"label": LABELS[label]}
                    });
                    if sized {
                        node["width"] = json!(w);
                        node["height"] = json!(h);
                    }
                    node
                })
                .collect();
            let edges: Vec<Value> = edges
                .iter()
                .map(|&(s, t, dashed)| {
                    let mut edge = json!({"source": format!("n{s}"), "target": format!("n{t}")});
                    if dashed {
                        edge["style"] = json!({"strokeDasharray": "0.8 8"});
                    }
                    edge
                })
                .collect();
            json!({"nodes": nodes, "edges": edges})
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_conversion_validates_cleanly(doc in document()) {
        let bytes = serde_json::to_vec(&doc).unwrap();
        let options = Options { file_stem: "random".into(), ..Options::default() };
        // Later nodes with an id used before are skipped.
        let mut ids = HashSet::new();
        let learnable = doc["nodes"].as_array().unwrap().iter().filter(|n| {
            ids.insert(n["id"].as_str().unwrap().to_string())
                && matches!(n["type"].as_str(), Some("topic" | "subtopic"))
                && !n["data"]["label"].as_str().unwrap().trim().is_empty()
        }).count();
        match convert(&bytes, &options) {
            Err(message) => prop_assert!(learnable == 0, "refused with learnable nodes: {message:?}"),
            Ok(conversion) => {
                let text = serde_json::to_string(&conversion.roadmap).unwrap();
                let (roadmap, problems) = validate(parse(text.as_bytes()).unwrap());
                // Labels may hold control characters: `validate` warns about
                // them (terminals would obey them), and about nothing else.
                prop_assert!(
                    problems.iter().all(|p| p.to_string().contains("control or bidi character")),
                    "{problems:?}\n{text}"
                );
                let roadmap = roadmap.unwrap();
                prop_assert_eq!(roadmap.stages.len(), conversion.topics);
                prop_assert_eq!(roadmap.steps.len(), conversion.topics + conversion.subtopics);
                // Every step answers to its roadmap.sh node id.
                for step in roadmap.steps.iter() {
                    for name in step.aliases.iter().chain([&step.id]) {
                        prop_assert!(!looks_like_a_step_number(name), "{name}");
                    }
                    let node = step.aliases.first().unwrap_or(&step.id);
                    prop_assert_eq!(roadmap.index_of(node).map(|i| &roadmap.steps[i].id), Some(&step.id));
                }
            }
        }
    }

    #[test]
    fn merge_keeps_everything_and_is_idempotent(
        ours in progress(),
        theirs in progress(),
    ) {
        let mut merged = ours.clone();
        merge(&mut merged, theirs.clone());
        let key = |e: &Event| (e.at, e.step.clone(), e.from, e.to);
        let merged_keys: Vec<_> = merged.history.iter().map(key).collect();
        // The merged history is in time order (the same on every machine).
        prop_assert!(merged.history.windows(2).all(|w| w[0].at <= w[1].at));
        // Ours and theirs are all there, and nothing else.
        let all: HashSet<_> = ours.history.iter().chain(&theirs.history).map(key).collect();
        prop_assert_eq!(merged_keys.iter().cloned().collect::<HashSet<_>>(), all);
        // Every note of both sides survives.
        for side in [&ours, &theirs] {
            for (id, record) in &side.steps {
                for note in &record.notes {
                    prop_assert!(merged.steps[id].notes.iter().any(|n| n.at == note.at && n.text == note.text));
                }
            }
        }
        // Steps only we know, with no event in either history to say
        // otherwise, keep our status.
        for (id, record) in &ours.steps {
            let told = ours.history.iter().chain(&theirs.history).any(|e| &e.step == id);
            if !theirs.steps.contains_key(id) && !told && record.status != Status::Todo {
                prop_assert_eq!(merged.steps[id].status, record.status);
            }
        }
        let again = merged.clone();
        let summary = merge(&mut merged, theirs);
        prop_assert!(!summary.changed_anything());
        prop_assert_eq!(merged, again);
    }
}

fn progress() -> impl Strategy<Value = Progress> {
    let base: DateTime<Utc> = "2026-11-01T00:00:00Z".parse().unwrap();
    let status = prop::sample::select(vec![
        Status::Todo,
        Status::InProgress,
        Status::Done,
        Status::Skipped,
    ]);
    let step = prop::sample::select(vec!["a", "b", "c", "d"]);
    (
        prop::collection::vec((step.clone(), status.clone(), 0..3usize), 0..4),
        prop::collection::vec((step, status.clone(), status, 0..20i64), 0..8),
    )
        .prop_map(move |(records, events)| {
            let mut progress = Progress::default();
            for (id, status, notes) in records {
                progress.steps.insert(
                    id.to_string(),
                    StepRecord {
                        status,
                        notes: (0..notes)
                            .map(|n| Note {
                                at: base + Duration::hours(n as i64),
                                text: format!("note {n}"),
                                batch: None,
                                device: None,
                            })
                            .collect(),
                        ..StepRecord::default()
                    },
                );
            }
            for (id, from, to, hours) in events {
                progress.history.push(Event {
                    at: base + Duration::hours(hours),
                    step: id.to_string(),
                    from,
                    to,
                    note: None,
                    batch: Some(hours as u64),
                    device: None,
                });
            }
            progress
        })
}
