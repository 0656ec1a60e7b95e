//! Generators of random documents for the property tests.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Field names of roadmap documents and store files, so that random
/// documents often reach deep into the validators instead of stopping at
/// the first unknown key.
const FIELDS: &[&str] = &[
    "id",
    "title",
    "version",
    "stages",
    "steps",
    "stage",
    "summary",
    "done_when",
    "requires",
    "estimate_hours",
    "resources",
    "url",
    "kind",
    "aliases",
    "optional",
    "i18n",
    "ja",
    "roadmaps",
    "history",
    "status",
    "notes",
    "at",
    "text",
    "step",
    "from",
    "to",
    "note",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(FIELDS).prop_map(String::from),
        1 => "[a-z_]{0,5}",
    ]
}

pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z0-9 .-]{0,8}".prop_map(Value::from),
        // Control and bidi characters: text from files is untrusted.
        "[a-z\\x00-\\x1f\\x7f\\x{80}-\\x{9f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]{0,8}"
            .prop_map(Value::from),
        prop::sample::select(
            &[
                "done",
                "todo",
                "in-progress",
                "skipped",
                "2026-01-02T03:04:05Z"
            ][..]
        )
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::from),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A document shaped like a roadmap whose ids, stages and prerequisites
/// come from small pools: duplicates, unknown references, self-references
/// and cycles are all likely.
pub fn roadmap_like() -> impl Strategy<Value = Value> {
    let step = (
        0usize..12,
        0usize..4,
        prop::collection::vec(0usize..13, 0..4),
        prop::collection::vec(0usize..13, 0..2),
        any::<bool>(),
        prop::option::of(-5.0f64..50.0),
        "[a-z\\x00-\\x1f\\x{1b}\\x{202e}]{0,6}",
        prop::collection::vec(0usize..13, 0..3),
    )
        .prop_map(
            |(id, stage, requires, aliases, titled, hours, noise, any)| {
                let name = |i: usize| format!("s{i}");
                // Every third alias is shaped like a step number: refused.
                let alias = |a: usize| {
                    if a.is_multiple_of(3) {
                        format!("{}.{}", a / 3, a % 2 + 1)
                    } else {
                        format!("old-{a}")
                    }
                };
                let mut step = json!({
                    "id": name(id),
                    "stage": format!("st{stage}"),
                    "requires": requires.into_iter().map(name).collect::<Vec<_>>(),
                    "requires_any": any.into_iter().map(name).collect::<Vec<_>>(),
                    "aliases": aliases.into_iter().map(alias).collect::<Vec<_>>(),
                });
                if titled {
                    step["title"] = json!(format!("Step {id}{noise}"));
                }
                if let Some(hours) = hours {
                    step["estimate_hours"] = json!(hours);
                }
                step
            },
        );
    (1usize..4, prop::collection::vec(step, 0..16)).prop_map(|(stages, steps)| {
        let stages: Vec<Value> = (0..stages)
            .map(|s| json!({"id": format!("st{s}"), "title": format!("Stage {s}")}))
            .collect();
        json!({"id": "r", "title": "R", "stages": stages, "steps": steps})
    })
}
