//! `requires_any`: availability, unlocking, graphs and validation.

use std::fs;

use super::{ROUTES, ids, sandbox};
use crate::support::Sandbox;

#[test]
fn one_alternative_finished_makes_a_step_available_and_is_reported_as_unlocking_it() {
    let sandbox = sandbox();
    sandbox.stdout(&["done", "syntax"]);
    let next = sandbox.json(&["next", "--all"]);
    assert_eq!(ids(&next, "steps"), ["internship", "oss"]);
    let show = sandbox.json(&["show", "first-job"]);
    assert_eq!(show["available"], false);
    assert_eq!(ids(&show, "requires_any"), ["internship", "oss"]);

    let done = sandbox.json(&["done", "oss"]);
    assert_eq!(ids(&done, "unlocked"), ["first-job"]);
    // The required step comes before the optional route left.
    let next = sandbox.json(&["next", "--all"]);
    assert_eq!(ids(&next, "steps"), ["first-job", "internship"]);
    // The second alternative unlocks nothing new.
    let done = sandbox.json(&["done", "internship"]);
    assert_eq!(ids(&done, "unlocked"), Vec::<String>::new());

    let text = sandbox.stdout(&["show", "2.3"]);
    assert!(text.contains("Requires any one of\n"), "{text}");
    let text = sandbox.stdout(&["--lang", "ja", "show", "2.3"]);
    assert!(text.contains("前提ステップ（いずれか1つ）\n"), "{text}");
}

#[test]
fn a_skipped_alternative_counts_like_a_done_one() {
    let sandbox = sandbox();
    sandbox.stdout(&["skip", "syntax", "internship"]);
    let status = sandbox.json(&["show", "first-job"]);
    assert_eq!(status["available"], true);
}

#[test]
fn done_before_any_alternative_warns_and_names_them() {
    let sandbox = sandbox();
    sandbox
        .test()
        .args(["done", "first-job"])
        .stderr_has("first-job is marked done before its prerequisites: 2.1 internship, 2.2 oss")
        .success();
}

#[test]
fn graph_draws_alternatives_differently() {
    let sandbox = sandbox();
    let mermaid = sandbox.stdout(&["graph"]);
    assert!(mermaid.contains("  n0 --> n1\n"), "{mermaid}");
    assert!(
        mermaid.contains("  n1 -.-> n3\n  n2 -.-> n3\n"),
        "{mermaid}"
    );
    let dot = sandbox.stdout(&["graph", "--format", "dot"]);
    assert!(dot.contains("  n0 -> n1;\n"), "{dot}");
    assert!(
        dot.contains("  n1 -> n3 [style=dashed, arrowhead=empty];"),
        "{dot}"
    );
    let json = sandbox.json(&["graph"]);
    assert_eq!(
        json["any_edges"],
        serde_json::json!([["internship", "first-job"], ["oss", "first-job"]])
    );
    let html = sandbox.path().join("page.html");
    sandbox.stdout(&["export", "-f", "html", "-o", html.to_str().unwrap()]);
    let html = fs::read_to_string(html).unwrap();
    // The page names prerequisites on each card instead of drawing arrows:
    // the alternatives read "one of".
    assert!(
        html.contains(
            "<p class=\"after\">After one of <a href=\"#step-internship\">2.1</a> / <a href=\"#step-oss\">2.2</a></p>"
        ),
        "{html}"
    );
}

#[test]
fn requires_any_problems_are_errors_and_a_lone_alternative_a_warning() {
    let sandbox = Sandbox::new();
    let bad = ROUTES
        .replace(
            r#""requires_any": ["internship", "oss"]"#,
            r#""requires_any": ["internship", "ghost", "first-job", "oss"]"#,
        )
        .replace(
            r#""requires": ["syntax"], "optional": true, "estimate_hours": 40"#,
            r#""requires": ["syntax"], "requires_any": ["first-job", "internship"], "optional": true, "estimate_hours": 40"#,
        );
    let file = sandbox.write("bad.json", &bad);
    let output = sandbox
        .test()
        .args(["validate", file.to_str().unwrap()])
        .stderr_has("is not a valid roadmap")
        .status(2)
        .stdout;
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.contains("step 'first-job', field requires_any: unknown prerequisite 'ghost'"),
        "{text}"
    );
    assert!(
        text.contains("step 'first-job', field requires_any: a step cannot require itself"),
        "{text}"
    );
    assert!(text.contains("prerequisites form a cycle"), "{text}");

    let lone = ROUTES.replace(
        r#""requires_any": ["internship", "oss"]"#,
        r#""requires_any": ["oss"]"#,
    );
    let file = sandbox.write("lone.json", &lone);
    let json = sandbox.json(&["validate", file.to_str().unwrap()]);
    assert_eq!(json["valid"], true);
    assert_eq!(json["warnings"], 1);
    assert!(
        json["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("means the same as requires")
    );
    sandbox
        .test()
        .args(["--lang", "ja", "validate", file.to_str().unwrap()])
        .stdout_has("requires と同じ意味です")
        .success();
}
