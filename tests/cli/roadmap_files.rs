//! `--roadmap FILE` / `ROADMAP_FILE`: custom roadmaps and every way one can
//! be invalid. Each invalid case exits 2, names the problem, writes nothing.

use crate::support::{SMALL_ROADMAP, Sandbox};

/// Runs `done alpha` on a roadmap file and expects exit 2 with `expected`
/// in the error, and no store file written.
fn rejected(contents: &str, expected: &[&str]) {
    let sandbox = Sandbox::new();
    let path = sandbox.write("bad.json", contents);
    let mut test = sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "done", "alpha"]);
    for text in expected {
        test = test.stderr_has(*text);
    }
    let output = test.status(2);
    assert!(output.stderr.starts_with(b"error: invalid roadmap"));
    assert!(!sandbox.user_file("learner").exists());
}

#[test]
fn custom_roadmap_by_flag_and_by_env() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("small.json", SMALL_ROADMAP);
    let by_flag = sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "next"])
        .success();
    assert!(by_flag.stdout.starts_with(b"1.1  Alpha"));
    let by_env = sandbox
        .test()
        .args(["next"])
        .env("ROADMAP_FILE", path.to_str().unwrap())
        .success();
    assert!(by_env.stdout.starts_with(b"1.1  Alpha"));
}

#[test]
fn bad_json_reports_line_and_column() {
    rejected(
        "{\n  \"id\": \"x\",\n  \"title\": \"X\"\n  \"stages\": []\n}",
        &["line 4, column 3", "expected `,` or `}`"],
    );
}

#[test]
fn truncated_json_is_rejected() {
    rejected(&SMALL_ROADMAP[..200], &["the document ends too early"]);
}

#[test]
fn duplicate_ids_are_named() {
    rejected(
        &SMALL_ROADMAP.replace("\"id\": \"delta\"", "\"id\": \"beta\""),
        &["step 'beta' (steps[3]): duplicate step id"],
    );
}

#[test]
fn unknown_prerequisite_is_named() {
    rejected(
        &SMALL_ROADMAP.replace("\"requires\": [\"beta\"]", "\"requires\": [\"zeta\"]"),
        &["step 'gamma', field requires: unknown prerequisite 'zeta'"],
    );
}

#[test]
fn cycle_names_the_steps_in_it() {
    rejected(
        &SMALL_ROADMAP.replace(
            "\"id\": \"alpha\", \"stage\": \"s1\", \"title\": \"Alpha\"",
            "\"id\": \"alpha\", \"stage\": \"s1\", \"title\": \"Alpha\", \"requires\": [\"gamma\"]",
        ),
        &["prerequisites form a cycle", "alpha", "beta", "gamma"],
    );
}

#[test]
fn unknown_stage_is_named() {
    rejected(
        &SMALL_ROADMAP.replace(
            "\"stage\": \"s2\", \"title\": \"Gamma\"",
            "\"stage\": \"s9\", \"title\": \"Gamma\"",
        ),
        &["step 'gamma', field stage: unknown stage 's9'"],
    );
}

#[test]
fn missing_required_fields_are_named() {
    rejected(
        &SMALL_ROADMAP.replace(", \"title\": \"Beta\"", ""),
        &["step 'beta': missing required field 'title'"],
    );
    rejected(
        r#"{"id": "x", "title": "X", "steps": []}"#,
        &["missing required field 'stages'"],
    );
}

#[test]
fn missing_roadmap_file_exits_2_naming_it() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["--roadmap", "/nonexistent/road.json", "next"])
        .stderr_has("cannot read roadmap '/nonexistent/road.json'")
        .status(2);
}
