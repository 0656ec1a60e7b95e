//! Checks in roadmap files: what `validate` refuses, the format number,
//! and the built-in roadmap's checks saying honestly what they prove.

use serde_json::{Value, json};

use crate::check_support::{check, roadmap};
use crate::support::Sandbox;

/// `roadmap validate` on a roadmap whose step has `checks`: the exit code
/// and the output.
fn validate(checks: Value) -> (Option<i32>, String) {
    let sandbox = Sandbox::new();
    let file = sandbox.write("r.json", &roadmap(checks));
    let out = sandbox
        .cmd_std(&["validate", &file.display().to_string()])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn validate_refuses_checks_that_cannot_run_as_written() {
    for (checks, says) in [
        (
            json!([check("command", json!({}))]),
            "check 1 needs `program`",
        ),
        (
            json!([check("http", json!({ "path": "/" }))]),
            "check 1 needs `port`",
        ),
        (
            json!([check("file", json!({ "path": "a", "port": 80 }))]),
            "`port` means nothing to a file check",
        ),
        (json!([check("git", json!({}))]), "check 1 asks nothing"),
        (
            json!([check("file", json!({ "path": "../outside" }))]),
            "must stay inside the project folder",
        ),
        (
            json!([check("file", json!({ "path": "/etc/passwd" }))]),
            "must stay inside the project folder",
        ),
        (
            json!([check("command", json!({ "program": "x", "pattern": "(" }))]),
            "is not a valid regular expression",
        ),
        (
            json!([check(
                "command",
                json!({ "program": "x", "timeout_seconds": 601 })
            )]),
            "timeout_seconds must be 1 to 600",
        ),
        (
            json!([check("http", json!({ "port": 80, "host": "10.0.0.1" }))]),
            "is not this machine",
        ),
        (
            json!([check("http", json!({ "port": 80, "path": "no-slash" }))]),
            "must start with /",
        ),
        (
            json!([{ "kind": "file", "path": "a", "proves": " " }]),
            "needs `proves`",
        ),
        (json!([{ "kind": "shell", "proves": "x" }]), "shell"),
    ] {
        let (code, out) = validate(checks.clone());
        assert_eq!(code, Some(2), "{checks}: {out}");
        assert!(out.contains(says), "{checks}: wanted {says:?} in {out}");
    }
    let (code, out) = validate(json!([check(
        "file",
        json!({ "path": "a", "pattren": "x" })
    )]));
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("did you mean 'pattern'?"), "{out}");
}

#[test]
fn a_newer_format_is_refused_as_newer_and_the_format_is_optional() {
    let sandbox = Sandbox::new();
    let mut file: Value = serde_json::from_str(&roadmap(json!([]))).unwrap();
    file["format"] = json!(3);
    let path = sandbox.write("r.json", &file.to_string());
    let out = sandbox
        .cmd_std(&["validate", &path.display().to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("format 3 is newer than this roadmap knows (up to 2)")
    );
    let out = sandbox
        .cmd_std(&["--lang", "ja", "validate", &path.display().to_string()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("形式 3 は"));
    // Checks without any format number are read all the same.
    file.as_object_mut().unwrap().remove("format");
    file["steps"][0]["checks"] = json!([check("file", json!({ "path": "a" }))]);
    let path = sandbox.write("r.json", &file.to_string());
    let out = sandbox
        .cmd_std(&["validate", &path.display().to_string()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_built_in_checks_say_what_they_do_not_prove_in_both_languages() {
    let builtin: Value =
        serde_json::from_str(include_str!("../../roadmap.json")).expect("the built-in roadmap");
    let steps = builtin["steps"].as_array().unwrap();
    let checked: Vec<&Value> = steps.iter().filter(|s| s.get("checks").is_some()).collect();
    assert!(checked.len() >= 15, "{} steps have checks", checked.len());
    for step in checked {
        for check in step["checks"].as_array().unwrap() {
            let en = check["proves"].as_str().unwrap();
            let ja = check["i18n"]["ja"]["proves"].as_str().unwrap_or("");
            assert!(
                en.contains("not"),
                "{}: say what it does not prove: {en}",
                step["id"]
            );
            assert!(
                ja.contains("ません"),
                "{}: 証明しないことも書く: {ja}",
                step["id"]
            );
        }
    }
}
