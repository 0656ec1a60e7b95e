//! Hostile roadmaps, imports and backups: undo counters at the edge of
//! their range, ids shaped like step numbers, graph label injection,
//! absurd values and sizes (issue #12).

use serde_json::Value;

use crate::support::{SMALL_ROADMAP, Sandbox};

#[test]
fn a_backup_with_the_largest_batch_number_does_not_break_undo() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let backup = sandbox.stdout(&["export", "--format", "json"]);
    let mut backup: Value = serde_json::from_str(&backup).unwrap();
    backup["progress"]["history"][0]["batch"] = Value::from(u64::MAX);
    let file = sandbox.write("backup.json", &backup.to_string());
    // Restored into an empty store, where batches are kept.
    let other = Sandbox::with_roadmap(SMALL_ROADMAP);
    other
        .test()
        .args(["import", "progress", file.to_str().unwrap()])
        .success();
    other.test().args(["done", "beta"]).success();
    other.test().args(["done", "gamma"]).success();
    // `undo` takes back gamma only, then beta only.
    other.test().args(["undo"]).success();
    let statuses = |s: &Sandbox| {
        let steps = s.user_json("learner")["roadmaps"]["small"]["steps"].clone();
        ["alpha", "beta", "gamma"]
            .map(|id| steps[id]["status"].as_str().unwrap_or("todo").to_string())
    };
    assert_eq!(statuses(&other), ["done", "done", "todo"]);
    other.test().args(["undo"]).success();
    assert_eq!(statuses(&other), ["done", "todo", "todo"]);
    let batches: Vec<Value> = other.user_json("learner")["roadmaps"]["small"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["batch"].clone())
        .collect();
    assert!(
        batches
            .iter()
            .all(|b| b.as_u64().is_some_and(|b| b < 1 << 53)),
        "{batches:?}"
    );
}

#[test]
fn a_store_with_the_largest_batch_number_keeps_undo_right() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let path = sandbox.user_file("learner");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let store = format!(
        r#"{{"version": 1, "roadmaps": {{"small": {{"steps": {{"alpha": {{"status": "done"}}}},
        "history": [{{"at": "2026-01-01T00:00:00Z", "step": "alpha", "from": "todo", "to": "done", "batch": {}}}]}}}}}}"#,
        u64::MAX
    );
    std::fs::write(&path, store).unwrap();
    sandbox.test().args(["done", "beta"]).success();
    sandbox.test().args(["undo"]).success();
    let steps = &sandbox.user_json("learner")["roadmaps"]["small"]["steps"];
    assert_eq!(steps["alpha"]["status"], "done", "not undone with beta");
    assert_ne!(steps["beta"]["status"], "done");
}

/// SMALL_ROADMAP with one more field on step `id`.
fn with_field(id: &str, field: &str) -> String {
    let needle = format!(r#"{{"id": "{id}","#);
    assert!(SMALL_ROADMAP.contains(&needle));
    SMALL_ROADMAP.replacen(&needle, &format!("{needle} {field},"), 1)
}

#[test]
fn ids_and_aliases_shaped_like_step_numbers_are_refused() {
    // gamma is 2.1; an alias "1.2" would take `done 1.2` away from beta.
    for (roadmap, name) in [
        (with_field("gamma", r#""aliases": ["1.2"]"#), "1.2"),
        (
            SMALL_ROADMAP
                .replacen(r#""id": "delta""#, r#""id": "2.1""#, 1)
                .replace(r#""delta""#, r#""2.1""#),
            "2.1",
        ),
        (with_field("gamma", r#""aliases": ["+1.02"]"#), "+1.02"),
    ] {
        let sandbox = Sandbox::with_roadmap(&roadmap);
        sandbox
            .test()
            .args(["validate"])
            .stdout_has(name)
            .stdout_has("step number")
            .stderr_has("is not a valid roadmap")
            .status(2);
        sandbox
            .test()
            .args(["done", "1.2"])
            .stderr_has("step number")
            .status(2);
        assert!(!sandbox.user_file("learner").exists());
    }
    // Ids with dots that are no numbers stay fine.
    let fine = with_field("gamma", r#""aliases": ["v1.2", "1.2.3", "1."]"#);
    Sandbox::with_roadmap(&fine)
        .test()
        .args(["validate"])
        .success();
}

#[test]
fn the_importer_renames_node_ids_shaped_like_step_numbers() {
    let sandbox = Sandbox::new();
    let document = serde_json::json!({"nodes": [
        {"id": "1.1", "type": "topic", "data": {"label": "First"}, "position": {"x": 0, "y": 0}},
        {"id": "2.1", "type": "topic", "data": {"label": "Second"}, "position": {"x": 0, "y": 100}},
        {"id": "1.2", "type": "subtopic", "data": {"label": "Part"}, "position": {"x": 100, "y": 100}}
    ], "edges": [{"source": "1.1", "target": "2.1"}]});
    let file = sandbox.write("numbers.json", &document.to_string());
    let out = sandbox.path().join("numbers-roadmap.json");
    sandbox
        .test()
        .args([
            "import",
            "roadmapsh",
            file.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .success();
    let converted: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let names: Vec<&str> = converted["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            std::iter::once(&s["id"]).chain(s["aliases"].as_array().into_iter().flatten())
        })
        .filter_map(Value::as_str)
        .collect();
    assert!(
        names.contains(&"node-1.1") && names.contains(&"node-2.1"),
        "{names:?}"
    );
    assert!(
        !names.contains(&"1.1") && !names.contains(&"1.2"),
        "{names:?}"
    );
    let out = out.to_str().unwrap();
    sandbox.test().args(["validate", out]).success();
    // Stage 2 is "Second" and its subtopic "Part": 2.2 means "Part".
    let done = sandbox.json(&["--roadmap", out, "done", "2.2"]);
    assert_eq!(done["changed"][0]["id"], "part");
}

/// A title that tries to steer Mermaid (a directive that sets the theme
/// and loads CSS from elsewhere) and to break out of a quoted label.
const INJECTION: &str = r#"A %%{init: {'theme': 'dark', 'themeCSS': '.node{background:url(https://evil.example/x)}'}}%% \"] --> X["owned"] %% c"#;

#[test]
fn graph_labels_cannot_carry_directives_or_break_out() {
    let title = serde_json::to_string(INJECTION).unwrap();
    let roadmap = SMALL_ROADMAP
        .replacen(r#""title": "Alpha""#, &format!(r#""title": {title}"#), 1)
        .replacen(r#""title": "First""#, &format!(r#""title": {title}"#), 1);
    let sandbox = Sandbox::with_roadmap(&roadmap);
    let mermaid = sandbox.stdout(&["graph", "--format", "mermaid"]);
    assert!(!mermaid.contains('%'), "{mermaid}");
    assert!(
        !mermaid.contains("{init") && !mermaid.contains("url("),
        "{mermaid}"
    );
    for line in mermaid
        .lines()
        .filter(|l| l.contains("Alpha") || l.contains("#quot;"))
    {
        // One quoted label per node line: two quotes, no brackets inside.
        assert_eq!(line.matches('"').count(), 2, "{line}");
        let inside = line.split('"').nth(1).unwrap();
        assert!(
            !inside.contains(['[', ']', '{', '}', '(', ')', '\'']),
            "{line}"
        );
    }
    let dot = sandbox.stdout(&["graph", "--format", "dot"]);
    assert!(!dot.contains('%'), "{dot}");
    assert!(!dot.contains("{init") && !dot.contains("url("), "{dot}");
    for line in dot.lines().filter(|l| l.contains("evil")) {
        // Every quote inside a label is escaped: the label ends where meant.
        let unescaped = line.replace("\\\\", "").replace("\\\"", "");
        assert!(unescaped.matches('"').count() % 2 == 0, "{line}");
    }
}

#[test]
fn absurd_estimates_are_refused() {
    for estimate in ["1.7e308", "10000.5", "-1"] {
        let roadmap = SMALL_ROADMAP.replacen(
            r#""estimate_hours": 1,"#,
            &format!(r#""estimate_hours": {estimate},"#),
            1,
        );
        assert_ne!(roadmap, SMALL_ROADMAP);
        let sandbox = Sandbox::with_roadmap(&roadmap);
        sandbox
            .test()
            .args(["validate"])
            .stdout_has("estimate_hours")
            .stdout_has("10000")
            .stderr_has("is not a valid roadmap")
            .status(2);
    }
    let fine = SMALL_ROADMAP.replacen(r#""estimate_hours": 1,"#, r#""estimate_hours": 10000,"#, 1);
    Sandbox::with_roadmap(&fine)
        .test()
        .args(["validate"])
        .success();
}

#[test]
fn user_names_are_bounded_by_bytes_and_reserved_names_by_windows_rules() {
    let sandbox = Sandbox::new();
    // 60 four-byte characters: 240 bytes, too long for a file name with
    // its suffixes on most file systems.
    let long = "𝒜".repeat(60);
    for name in [long.as_str(), "com¹", "LPT²", "com³.x"] {
        sandbox
            .test()
            .args(["--user", name, "done", "1.1"])
            .stderr_has("invalid user name")
            .status(2);
    }
    assert!(!sandbox.data_dir().join("users").exists());
    let fine = "太".repeat(40);
    sandbox
        .test()
        .args(["--user", &fine, "done", "1.1"])
        .success();
}

#[cfg(unix)]
#[test]
fn a_backup_written_over_a_shared_file_becomes_private() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox
        .test()
        .args(["note", "alpha", "private thoughts"])
        .success();
    let file = sandbox.write("backup.json", "old");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    sandbox
        .test()
        .args(["export", "--format", "json", "-o", file.to_str().unwrap()])
        .success();
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[cfg(unix)]
#[test]
fn an_invalid_roadmap_through_a_pipe_tells_its_real_problem() {
    let sandbox = Sandbox::new();
    let invalid = SMALL_ROADMAP.replacen(r#""stage": "s1""#, r#""stage": "nowhere""#, 1);
    sandbox
        .test()
        .args(["--roadmap", "/dev/stdin", "status"])
        .stdin(invalid)
        .stderr_has("unknown stage 'nowhere'")
        .status(2);
}

#[test]
fn a_huge_mistyped_step_name_is_answered_briefly() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let huge = "alpha".repeat(20_000);
    let output = sandbox.run(&["done", &huge]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.len() < 500,
        "the name is not echoed whole: {} bytes",
        stderr.len()
    );
    assert!(stderr.contains("unknown step 'alphaalpha"), "{stderr}");
}

#[test]
fn a_roadmap_without_steps_is_warned_about() {
    let empty = r#"{"id": "empty", "title": "Empty", "stages": [], "steps": []}"#;
    for (lang, expected) in [("en", "no steps"), ("ja", "ステップがひとつもなく")] {
        Sandbox::with_roadmap(empty)
            .test()
            .args(["--lang", lang, "validate"])
            .stdout_has(expected)
            .success();
    }
}

#[test]
fn dates_before_2000_are_refused_for_at_and_in_stores() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for (lang, expected) in [("en", "2000"), ("ja", "2000")] {
        sandbox
            .test()
            .args(["--lang", lang, "done", "alpha", "--at", "0000-01-01"])
            .stderr_has(expected)
            .stderr_has("0000-01-01")
            .status(2);
    }
    assert!(!sandbox.user_file("learner").exists());
    sandbox
        .test()
        .args(["done", "alpha", "--at", "2000-01-02"])
        .success();
    // A store (or a backup) with a date from year 1 or 9999 is refused.
    for year in ["0001", "9999"] {
        let path = sandbox.user_file("learner");
        let store = format!(
            r#"{{"version": 1, "roadmaps": {{"small": {{"steps": {{"alpha": {{"status": "done"}}}},
            "history": [{{"at": "{year}-01-01T00:00:00Z", "step": "alpha", "from": "todo", "to": "done"}}]}}}}}}"#
        );
        std::fs::write(&path, &store).unwrap();
        sandbox
            .test()
            .args(["done", "beta"])
            .stderr_has(format!("{year}-01-01"))
            .status(1);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), store);
    }
}

#[test]
fn a_roadmapsh_file_with_a_duplicate_key_is_refused() {
    let sandbox = Sandbox::new();
    let text = r#"{"nodes": [{"id": "a", "type": "topic", "data": {"label": "One", "label": "Two"}}], "edges": []}"#;
    let file = sandbox.write("dup.json", text);
    sandbox
        .test()
        .args(["import", "roadmapsh", file.to_str().unwrap()])
        .stderr_has("duplicate key 'label' at line 1")
        .status(2);
}
