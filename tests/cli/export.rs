//! `export` (Markdown, JSON backup, HTML picture), `import progress` and
//! `graph`, on the small test roadmap with a learner part-way through.

use std::fs;

use serde_json::{Value, json};

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A sandbox following the small roadmap with alpha done, beta in
/// progress, delta skipped, and a note (written as the store would).
fn learner() -> (Sandbox, String) {
    let sandbox = Sandbox::new().at_time("2026-11-28T12:00:00Z");
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let store = json!({
        "version": 1,
        "roadmaps": {"small": {
            "steps": {
                "alpha": {"status": "done", "notes": [{"at": "2026-11-01T10:00:00Z", "text": "easy"}]},
                "beta": {"status": "in-progress"},
                "delta": {"status": "skipped"}
            },
            "history": [
                {"at": "2026-11-01T10:00:00Z", "step": "alpha", "from": "todo", "to": "done"},
                {"at": "2026-11-02T10:00:00Z", "step": "beta", "from": "todo", "to": "in-progress"},
                {"at": "2026-11-03T10:00:00Z", "step": "delta", "from": "todo", "to": "skipped"}
            ]
        }}
    });
    sandbox.write(
        "data/users/learner.json",
        &format!("{}\n", serde_json::to_string_pretty(&store).unwrap()),
    );
    (sandbox, roadmap.to_str().unwrap().to_string())
}

#[test]
fn markdown_checklist_is_grouped_by_stage_with_numbers() {
    let (sandbox, roadmap) = learner();
    let md = sandbox.stdout(&["--roadmap", &roadmap, "export", "--format", "md"]);
    insta::assert_snapshot!(md);
    let md = sandbox.stdout(&["--roadmap", &roadmap, "--lang", "ja", "export", "-f", "md"]);
    assert!(
        md.contains("learner の進捗: 5 ステップ中 2 完了 (40%)"),
        "{md}"
    );
    assert!(md.contains("_進行中_"), "{md}");
}

#[test]
fn output_file_is_written_whole_and_reported() {
    let (sandbox, roadmap) = learner();
    let out = sandbox.path().join("checklist.md");
    sandbox
        .test()
        .args([
            "--roadmap",
            &roadmap,
            "export",
            "-f",
            "md",
            "-o",
            out.to_str().unwrap(),
        ])
        .stdout(format!("Wrote {}\n", out.display()))
        .success();
    let written = fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("# Small roadmap\n"));
    assert_eq!(
        written,
        sandbox.stdout(&["--roadmap", &roadmap, "export", "-f", "md"])
    );
    sandbox
        .test()
        .args([
            "--roadmap",
            &roadmap,
            "export",
            "-f",
            "md",
            "-o",
            sandbox.path().to_str().unwrap(),
        ])
        .stderr_has("is a folder")
        .status(2);
}

#[test]
fn json_export_round_trips_into_an_empty_store() {
    let (sandbox, roadmap) = learner();
    let backup = sandbox.path().join("backup.json");
    sandbox.stdout(&[
        "--roadmap",
        &roadmap,
        "export",
        "-f",
        "json",
        "-o",
        backup.to_str().unwrap(),
    ]);
    let export: Value = serde_json::from_str(&fs::read_to_string(&backup).unwrap()).unwrap();
    assert_eq!(export["format"], "roadmap-progress");
    assert_eq!(export["version"], 3);
    assert_eq!(export["user"], "learner");
    assert_eq!(export["roadmap"]["id"], "small");
    let stored = sandbox.user_json("learner");
    assert_eq!(export["progress"], stored["roadmaps"]["small"]);

    // Moving machines: another user (another store) imports it.
    sandbox
        .test()
        .args([
            "--user",
            "newpc",
            "--roadmap",
            &roadmap,
            "import",
            "progress",
            backup.to_str().unwrap(),
        ])
        .stdout_has("Merged into 'small' for newpc: 3 changes, 1 note, 3 statuses changed")
        .stdout_has("beta: todo → in progress")
        .success();
    assert_eq!(
        sandbox.user_json("newpc")["roadmaps"]["small"],
        stored["roadmaps"]["small"]
    );

    // Importing again adds nothing and leaves the file as it was.
    let before = sandbox.user_bytes("newpc");
    let again = sandbox
        .test()
        .args([
            "--user",
            "newpc",
            "--roadmap",
            &roadmap,
            "import",
            "progress",
            backup.to_str().unwrap(),
        ])
        .success();
    assert!(again.stdout.starts_with(b"Nothing new"));
    assert_eq!(sandbox.user_bytes("newpc"), before);
}

#[test]
fn import_merges_without_losing_local_progress() {
    let (sandbox, roadmap) = learner();
    // Elsewhere: alpha was reset later than here, gamma was done; beta's
    // in-progress here is newer than anything there.
    let other = json!({
        "format": "roadmap-progress", "version": 1,
        "exported_at": "2026-11-10T00:00:00Z", "user": "learner",
        "roadmap": {"id": "small", "title": "Small roadmap", "version": 1},
        "progress": {
            "steps": {
                "alpha": {"status": "todo", "notes": [{"at": "2026-11-05T09:00:00Z", "text": "redo it"}]},
                "beta": {"status": "done"},
                "gamma": {"status": "done"}
            },
            "history": [
                {"at": "2026-11-01T10:00:00Z", "step": "alpha", "from": "todo", "to": "done"},
                {"at": "2026-11-01T11:00:00Z", "step": "beta", "from": "todo", "to": "done"},
                {"at": "2026-11-05T09:00:00Z", "step": "alpha", "from": "done", "to": "todo"},
                {"at": "2026-11-06T09:00:00Z", "step": "gamma", "from": "todo", "to": "done"}
            ]
        }
    });
    let file = sandbox.write("other.json", &other.to_string());
    let report = sandbox.json(&[
        "--roadmap",
        &roadmap,
        "import",
        "progress",
        file.to_str().unwrap(),
    ]);
    assert_eq!(report["events_added"], 3);
    assert_eq!(report["notes_added"], 1);
    assert_eq!(report["following_this_roadmap"], true);
    let store = sandbox.user_json("learner");
    let small = &store["roadmaps"]["small"];
    assert_eq!(
        small["steps"]["alpha"]["status"], "todo",
        "their reset is newer"
    );
    assert_eq!(
        small["steps"]["alpha"]["notes"].as_array().unwrap().len(),
        2
    );
    assert_eq!(
        small["steps"]["beta"]["status"], "in-progress",
        "ours is newer"
    );
    assert_eq!(small["steps"]["gamma"]["status"], "done");
    assert_eq!(small["steps"]["delta"]["status"], "skipped", "only ours");
    let times: Vec<&str> = small["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["at"].as_str().unwrap())
        .collect();
    assert_eq!(times.len(), 6, "the union of both histories");
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted);
}

#[test]
fn invalid_progress_files_are_refused_and_change_nothing() {
    let (sandbox, roadmap) = learner();
    let before = sandbox.user_bytes("learner");
    let cases = [
        ("not-json.json", "{ nope", "is not a progress export"),
        (
            "roadmap.json",
            SMALL_ROADMAP,
            "its \"format\" is not \"roadmap-progress\"",
        ),
        (
            "bad-status.json",
            r#"{"format": "roadmap-progress", "version": 1, "exported_at": "2026-11-10T00:00:00Z", "user": "x",
                "roadmap": {"id": "small"}, "progress": {"steps": {"alpha": {"status": "finished"}}, "history": []}}"#,
            "unknown variant `finished`",
        ),
        (
            "newer.json",
            r#"{"format": "roadmap-progress", "version": 7}"#,
            "newer roadmap (export version 7",
        ),
    ];
    for (name, contents, message) in cases {
        let file = sandbox.write(name, contents);
        sandbox
            .test()
            .args([
                "--roadmap",
                &roadmap,
                "import",
                "progress",
                file.to_str().unwrap(),
            ])
            .stderr_has(message)
            .stderr_has("hint:")
            .status(2);
        assert_eq!(
            sandbox.user_bytes("learner"),
            before,
            "{name} changed the store"
        );
    }
    let file = sandbox.write("again.json", "{ nope");
    sandbox
        .test()
        .lang("ja")
        .args(["import", "progress", file.to_str().unwrap()])
        .stderr_has("は進捗のエクスポートではありません")
        .stderr_has("何も変更していません")
        .status(2);
    sandbox
        .test()
        .args(["import", "progress", "no-such-file.json"])
        .stderr_has("cannot read progress file 'no-such-file.json'")
        .status(2);
}

#[test]
fn progress_for_another_roadmap_is_kept_with_a_note() {
    let (sandbox, roadmap) = learner();
    let backup = sandbox.path().join("backup.json");
    sandbox.stdout(&[
        "--roadmap",
        &roadmap,
        "export",
        "-f",
        "json",
        "-o",
        backup.to_str().unwrap(),
    ]);
    sandbox
        .test()
        .args([
            "--user",
            "other",
            "import",
            "progress",
            backup.to_str().unwrap(),
        ])
        .stdout_has("roadmap 'small', which you are not following now")
        .success();
    assert_eq!(
        sandbox.user_json("other")["roadmaps"]["small"]["steps"]["alpha"]["status"],
        "done"
    );
}

#[test]
fn html_page_is_self_contained_and_coloured_by_status() {
    let (sandbox, roadmap) = learner();
    let html = sandbox.stdout(&["--roadmap", &roadmap, "export", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for forbidden in [
        "<script", "<link", "src=", "@import", "url(", "http://", "https://",
    ] {
        assert!(!html.contains(forbidden), "the page contains {forbidden}");
    }
    // Steps as cards with their status, grouped by stage.
    for (id, class) in [
        ("alpha", "done"),
        ("beta", "in-progress"),
        ("delta", "skipped"),
        ("gamma", "blocked"),
        ("epsilon", "blocked"),
    ] {
        assert!(
            html.contains(&format!("<article class=\"card {class}\" id=\"step-{id}\"")),
            "{id} should be drawn as {class}"
        );
    }
    assert_eq!(html.matches("<section class=\"stage\"").count(), 2);
    // Prerequisites are named on the card, as in-page links, not drawn.
    assert!(html.contains("<p class=\"after\">After <a href=\"#step-gamma\">2.1</a>, <a href=\"#step-delta\">2.2</a></p>"));
    assert!(!html.contains("<path"));
    // "Done when" is on the card itself, not in a tooltip.
    assert!(html.contains("<p class=\"done-when\"><strong>Done when:</strong> Alpha works.</p>"));
    assert!(!html.contains("title=\""));
    // Progress: overall 2/5 and per stage; the summary and the charts.
    assert!(html.contains("<span class=\"figure\">40%</span>"));
    assert!(html.contains("learner: 2 of 5 steps finished"));
    assert!(html.contains("<span>1/2 · 50%</span>"));
    assert!(html.contains("<span>1/3 · 33%</span>"));
    assert_eq!(html.matches("<figure class=\"chart\">").count(), 2);
    // From the week of the first record (Sunday 2026-11-01), not 16.
    assert!(html.contains("Hours studied per week (last 5 weeks)"));
    // Responsive and print-friendly; Japanese phrase breaking.
    assert!(html.contains("@media (max-width:480px)"));
    assert!(html.contains("@media print"));
    assert!(html.contains(":lang(ja){word-break:auto-phrase"));
    insta::assert_snapshot!(html);
}

#[test]
fn mermaid_graph_groups_by_stage_and_colours_by_status() {
    let (sandbox, roadmap) = learner();
    let graph = sandbox.stdout(&["--roadmap", &roadmap, "graph"]);
    insta::assert_snapshot!(graph);
}

#[test]
fn dot_graph_has_a_cluster_per_stage() {
    let (sandbox, roadmap) = learner();
    let dot = sandbox.stdout(&["--roadmap", &roadmap, "graph", "--format", "dot"]);
    assert!(dot.starts_with("digraph roadmap {"));
    assert!(dot.ends_with("}\n"));
    assert_eq!(dot.matches("subgraph cluster_").count(), 2);
    assert!(dot.contains("n0 [label=\"1.1 Alpha\", fillcolor=\"#c8e6c9\""));
    assert!(dot.contains("n1 [label=\"1.2 Beta\", fillcolor=\"#ffe0b2\""));
    assert_eq!(dot.matches(" -> ").count(), 5);
    insta::assert_snapshot!(dot);
}

#[test]
fn graph_json_lists_nodes_and_edges() {
    let (sandbox, roadmap) = learner();
    let graph = sandbox.json(&["--roadmap", &roadmap, "graph"]);
    assert_eq!(graph["roadmap"], "small");
    assert_eq!(graph["nodes"].as_array().unwrap().len(), 5);
    assert_eq!(graph["nodes"][1]["status"], "in-progress");
    assert_eq!(graph["edges"][0], json!(["alpha", "beta"]));
    assert_eq!(graph["edges"].as_array().unwrap().len(), 5);
}
