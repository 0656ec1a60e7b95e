//! For roadmap authors: `validate` on good and bad files, and roadmaps
//! that change under a learner's progress (rename, removal, re-adding).

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A roadmap with one of each error the validator knows, in one file.
const BROKEN: &str = r#"{
  "id": "broken",
  "stages": [{"id": "s1", "title": "One"}, {"id": "s1", "title": "Again"}],
  "steps": [
    {"id": "a", "stage": "s1", "title": "A", "requires": ["c"]},
    {"id": "b", "stage": "s1", "title": "B", "requires": ["a"]},
    {"id": "c", "stage": "s1", "title": "C", "requires": ["b", "ghost"]},
    {"id": "a", "stage": "nowhere", "title": "Duplicate"},
    {"id": "d", "stage": "s1", "title": "D", "estimate_hours": -1}
  ]
}
"#;

/// Valid, with one of each warning.
const SLOPPY: &str = r#"{
  "id": "sloppy",
  "title": "Sloppy",
  "stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}, {"id": "empty", "title": "Empty"}],
  "steps": [
    {"id": "a", "stage": "s1", "title": "A"},
    {"id": "b", "stage": "s2", "title": "B", "requires": ["a"],
     "resources": [{"title": "Old site", "url": "http://example.org/"}]},
    {"id": "island", "stage": "s2", "title": "Floats free"}
  ]
}
"#;

#[test]
fn builtin_roadmap_is_valid_without_warnings() {
    Sandbox::new()
        .test()
        .args(["validate"])
        .stdout("built-in roadmap: valid, 4 stages, 51 steps, 0 warnings\n")
        .success();
}

#[test]
fn every_error_is_reported_with_its_location_and_exit_2() {
    let sandbox = Sandbox::new();
    let file = sandbox.write("broken.json", BROKEN);
    let output = sandbox
        .run(&["validate", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout).unwrap();
    insta::assert_snapshot!(stdout.replace(file.to_str().unwrap(), "broken.json"));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("is not a valid roadmap: 7 errors"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: docs/roadmap-format.md"), "{stderr}");
}

#[test]
fn syntax_errors_have_line_and_column() {
    let sandbox = Sandbox::new();
    let file = sandbox.write(
        "bad.json",
        "{\n  \"id\": \"x\",\n  \"title\": \"X\"\n  \"stages\": []\n}\n",
    );
    let output = sandbox
        .test()
        .args(["validate", file.to_str().unwrap()])
        .stderr_has("is not a valid roadmap")
        .status(2);
    assert!(
        output
            .stdout
            .starts_with(b"error: line 4, column 3: expected `,` or `}`")
    );
}

#[test]
fn warnings_are_listed_but_do_not_fail() {
    let sandbox = Sandbox::new();
    let file = sandbox.write("sloppy.json", SLOPPY);
    let report = sandbox.json(&["validate", file.to_str().unwrap()]);
    assert_eq!(report["valid"], true);
    assert_eq!(report["errors"], 0);
    let problems: Vec<(String, String)> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["severity"], "warning");
            (
                p["location"].as_str().unwrap().to_string(),
                p["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[0].0, "stage 'empty'");
    assert_eq!(problems[1].0, "step 'island'");
    assert!(problems[1].1.contains("no other step leads here"));
    assert_eq!(problems[2].0, "step 'b', field resources");
    assert!(problems[2].1.contains("http://example.org/"));
}

#[test]
fn json_report_lists_errors_and_still_exits_2() {
    let sandbox = Sandbox::new();
    let file = sandbox.write("broken.json", BROKEN);
    let output = sandbox
        .run(&["validate", "--json", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(report["errors"], 7);
    assert!(report.get("steps").is_none());
    assert_eq!(report["warnings"], 1);
    assert_eq!(report["problems"].as_array().unwrap().len(), 8);
}

#[test]
fn validate_checks_the_followed_roadmap_by_default() {
    let sandbox = Sandbox::new();
    let file = sandbox.write("sloppy.json", SLOPPY);
    sandbox
        .test()
        .args(["validate"])
        .env("ROADMAP_FILE", file.to_str().unwrap())
        .stdout_has("valid, 3 stages, 3 steps, 3 warnings")
        .success();
    sandbox
        .test()
        .args(["validate", "missing.json"])
        .stderr_has("cannot read roadmap 'missing.json'")
        .status(2);
}

#[test]
fn japanese_summary_and_error() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .lang("ja")
        .args(["validate"])
        .stdout("組み込みロードマップ: 有効です（ステージ 4、ステップ 51、警告 0 件）\n")
        .success();
    let file = sandbox.write("broken.json", BROKEN);
    sandbox
        .test()
        .lang("ja")
        .args(["validate", file.to_str().unwrap()])
        .stdout_has("エラー: ステップ 'c' の requires: 前提ステップ 'ghost' はありません")
        .stdout_has("警告: ステージ 's1': このステージにはステップがありません")
        .stderr_has("は有効なロードマップではありません: エラー 7 件")
        .stderr_has("ヒント: 形式は docs/roadmap-format.md")
        .status(2);
}

// Evolving roadmaps: the learner's progress follows the roadmap's changes.

fn statuses(sandbox: &Sandbox, roadmap: &std::path::Path) -> Vec<(String, String)> {
    let report = sandbox.json(&["--roadmap", roadmap.to_str().unwrap(), "status", "--steps"]);
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn status_of(sandbox: &Sandbox, roadmap: &std::path::Path, id: &str) -> String {
    statuses(sandbox, roadmap)
        .into_iter()
        .find(|(step, _)| step == id)
        .map(|(_, status)| status)
        .unwrap_or_else(|| panic!("no step {id}"))
}

#[test]
fn a_renamed_step_keeps_its_progress_through_its_alias() {
    let sandbox = Sandbox::new();
    let v1 = sandbox.write("v1.json", SMALL_ROADMAP);
    let v1 = v1.to_str().unwrap();
    sandbox.stdout(&["--roadmap", v1, "done", "alpha", "--note", "read the docs"]);
    let renamed = SMALL_ROADMAP
        .replace(
            r#"{"id": "alpha", "stage": "s1", "title": "Alpha","#,
            r#"{"id": "first-steps", "aliases": ["alpha"], "stage": "s1", "title": "First steps","#,
        )
        .replace(r#""requires": ["alpha"]"#, r#""requires": ["first-steps"]"#);
    let v2 = sandbox.write("v2.json", &renamed);
    assert_eq!(status_of(&sandbox, &v2, "first-steps"), "done");
    let next = sandbox.json(&["--roadmap", v2.to_str().unwrap(), "next"]);
    assert_eq!(next["steps"][0]["id"], "beta", "the rename unlocked beta");
    let report = sandbox.json(&["--roadmap", v2.to_str().unwrap(), "status"]);
    assert_eq!(report["orphans"], serde_json::json!([]));
    // Marking it again under the new name is a no-op, not a second event.
    sandbox.stdout(&["--roadmap", v2.to_str().unwrap(), "done", "first-steps"]);
    let store = sandbox.user_json("learner");
    assert_eq!(
        store["roadmaps"]["small"]["history"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn removed_steps_keep_their_progress_and_get_it_back_when_re_added() {
    let sandbox = Sandbox::new();
    let v1 = sandbox.write("v1.json", SMALL_ROADMAP);
    let v1s = v1.to_str().unwrap();
    sandbox.stdout(&["--roadmap", v1s, "done", "alpha", "beta", "gamma"]);

    // v2 drops gamma.
    let without_gamma = SMALL_ROADMAP
        .replace(
            "    {\"id\": \"gamma\", \"stage\": \"s2\", \"title\": \"Gamma\", \"requires\": [\"beta\"], \"estimate_hours\": 3},\n",
            "",
        )
        .replace(r#"["gamma", "delta"]"#, r#"["delta"]"#);
    assert!(!without_gamma.contains("gamma"));
    let v2 = sandbox.write("v2.json", &without_gamma);
    let v2s = v2.to_str().unwrap();
    sandbox
        .test()
        .args(["--roadmap", v2s, "status"])
        .stdout_has("Kept progress for 1 step this roadmap no longer has: gamma")
        .stdout_has("hint: if a step was renamed")
        .success();
    let report = sandbox.json(&["--roadmap", v2s, "status"]);
    assert_eq!(report["orphans"], serde_json::json!(["gamma"]));
    assert_eq!(report["overall"]["done"], 2);

    // Another change rewrites the file; the orphan stays in it.
    sandbox.stdout(&["--roadmap", v2s, "done", "delta"]);
    let store = sandbox.user_json("learner");
    assert_eq!(
        store["roadmaps"]["small"]["steps"]["gamma"]["status"],
        "done"
    );
    assert_eq!(
        store["roadmaps"]["small"]["steps"]["delta"]["status"],
        "done"
    );

    // v3 brings gamma back: its progress returns.
    assert_eq!(status_of(&sandbox, &v1, "gamma"), "done");
    let report = sandbox.json(&["--roadmap", v1s, "status"]);
    assert_eq!(report["orphans"], serde_json::json!([]));
    assert_eq!(report["overall"]["done"], 4);
    let next = sandbox.json(&["--roadmap", v1s, "next"]);
    assert_eq!(next["steps"][0]["id"], "epsilon");
}

#[test]
fn the_example_in_the_format_guide_is_valid() {
    let guide = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/roadmap-format.md"
    ))
    .unwrap();
    let start = guide.find("```json\n").expect("the guide has an example") + "```json\n".len();
    let example = &guide[start..start + guide[start..].find("```").unwrap()];
    let document: serde_json::Value = serde_json::from_str(example).expect("the example is JSON");
    assert_eq!(crate::schema::violations(&document), Vec::<String>::new());
    let sandbox = Sandbox::new();
    let file = sandbox.write("team.json", example);
    let output = sandbox
        .test()
        .args(["validate", file.to_str().unwrap()])
        .success();
    assert!(
        String::from_utf8_lossy(&output.stdout).ends_with("valid, 2 stages, 3 steps, 0 warnings\n")
    );
    // The renamed step answers to its old id.
    sandbox
        .test()
        .args([
            "--roadmap",
            file.to_str().unwrap(),
            "done",
            "dev-environment",
            "first-pr",
        ])
        .success();
}
