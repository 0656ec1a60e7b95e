//! Large roadmap files and stores, as `examples/synth` writes them: read as
//! streams and side by side, with the same answers and the same errors as
//! small ones.

use roadmap::roadmap::Roadmap;
use roadmap::store::{Store, UserName};
use roadmap::synth::{self, Shape};

use crate::support::{Sandbox, files_under};

/// A sandbox with a synthetic roadmap file of `steps` steps (half done, the
/// next one in progress) for user `learner`; returns it and the file.
fn synthetic(steps: usize) -> (Sandbox, String) {
    let sandbox = Sandbox::new();
    let shape = Shape::new(steps);
    let json = serde_json::to_string_pretty(&synth::roadmap_file(&shape)).unwrap();
    let roadmap = Roadmap::from_json(json.as_bytes()).unwrap();
    let progress = synth::progress(&roadmap, &shape);
    let path = sandbox.write("big.json", &json);
    Store::new(sandbox.data_dir())
        .update(&UserName::parse("learner").unwrap(), |data| {
            data.roadmaps.insert(roadmap.id.to_string(), progress);
            Ok(((), true))
        })
        .unwrap();
    (sandbox, path.to_str().unwrap().to_string())
}

#[test]
fn next_status_and_done_on_a_large_roadmap() {
    let (sandbox, file) = synthetic(3_000);
    let next = sandbox.json(&["--roadmap", &file, "next", "-n", "2"]);
    assert_eq!(next["steps"][0]["id"], "step-001500");
    assert_eq!(next["steps"][0]["status"], "in-progress");
    let status = sandbox.json(&["--roadmap", &file, "status"]);
    assert_eq!(status["overall"]["total"], 3000);
    assert_eq!(
        status["overall"]["done"].as_u64().unwrap()
            + status["overall"]["skipped"].as_u64().unwrap(),
        1500
    );
    let done = sandbox.json(&["--roadmap", &file, "done", "step-001500"]);
    assert_eq!(done["changed"][0]["id"], "step-001500");
    let store = sandbox.user_json("learner");
    let progress = &store["roadmaps"]["synthetic-3000"];
    assert_eq!(progress["steps"]["step-001500"]["status"], "done");
    assert_eq!(progress["history"].as_array().unwrap().len(), 1502);
    assert!(sandbox.user_bytes("learner").ends_with(b"}\n"));
}

#[test]
fn a_bad_roadmap_is_reported_before_a_bad_store() {
    let (sandbox, _) = synthetic(100);
    let bad = sandbox.write("bad.json", "{\n  \"id\": \"x\",\n  oops\n}\n");
    std::fs::write(sandbox.user_file("learner"), "{ cut short").unwrap();
    let before = files_under(sandbox.path());
    for command in ["next", "status"] {
        let output = sandbox
            .run(&["--roadmap", bad.to_str().unwrap(), command])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("bad.json"), "{command}: {stderr}");
    }
    assert_eq!(
        files_under(sandbox.path()),
        before,
        "nothing changed on disk"
    );
}

#[test]
fn problems_in_a_roadmap_file_read_as_validate_tells_them() {
    let sandbox = Sandbox::new();
    // A type error: a stream reader would place it a column further on.
    let bad = sandbox.write("bad.json", "{\"id\": \"r\", \"steps\": [1]}");
    let bad = bad.to_str().unwrap();
    let told = |args: &[&str]| {
        let output = sandbox.run(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let mut text = String::from_utf8_lossy(&output.stdout).to_string();
        text.push_str(&String::from_utf8_lossy(&output.stderr));
        text
    };
    let by_next = told(&["--roadmap", bad, "next"]);
    let by_validate = told(&["validate", bad]);
    let position = by_validate
        .split_whitespace()
        .skip_while(|word| *word != "line")
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(position.starts_with("line 1, column"), "{by_validate}");
    assert!(by_next.contains(&position), "{by_next}\nvs\n{by_validate}");
}
