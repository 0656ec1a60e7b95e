//! Every kind of bad input (DESIGN §6): a clear `error:` line, the right
//! exit code (2 for bad input, 1 for a store or folder that fails), and
//! not one byte of what was stored changed.
//!
//! Each test starts from a store holding real progress and compares every
//! file in the sandbox (data directory and roadmap files) before and after.

mod roadmaps;
mod stores;

use std::process::Output;

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

/// A sandbox whose user has progress on the small roadmap (`alpha` done
/// with a note), and the path of that roadmap file.
pub(super) fn seeded() -> (Sandbox, String) {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap().to_string();
    sandbox
        .test()
        .args(["--roadmap", &roadmap, "done", "alpha", "--note", "kept"])
        .success();
    (sandbox, roadmap)
}

/// Checks a finished run: exit `code`, nothing on stdout, an `error:` line
/// containing each of `expected` on stderr.
pub(super) fn assert_refused(output: &Output, code: i32, expected: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "stdout: {:?}", output.stdout);
    assert!(
        stderr.starts_with("error: ") || stderr.starts_with("エラー: "),
        "{stderr}"
    );
    for text in expected {
        assert!(stderr.contains(text), "{text:?} not in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs `roadmap args` in a seeded sandbox and checks that it is refused
/// and that nothing in the sandbox changed.
pub(super) fn refused_in(sandbox: &Sandbox, args: &[&str], code: i32, expected: &[&str]) {
    let before = files_under(sandbox.path());
    let output = sandbox.run(args).output().expect("run roadmap");
    assert_refused(&output, code, expected);
    assert_eq!(files_under(sandbox.path()), before, "roadmap {args:?}");
}

fn refused(args: &[&str], code: i32, expected: &[&str]) {
    let (sandbox, roadmap) = seeded();
    let mut full = vec!["--roadmap", roadmap.as_str()];
    full.extend(args);
    refused_in(&sandbox, &full, code, expected);
}

// Steps and options.

#[test]
fn unknown_step() {
    refused(
        &["done", "beta", "gamma-ray"],
        2,
        &["unknown step 'gamma-ray'", "hint: did you mean 'gamma'?"],
    );
}

#[test]
fn ambiguous_step() {
    let (sandbox, _) = seeded();
    let roadmap = sandbox.write(
        "prefix.json",
        &SMALL_ROADMAP.replace("\"delta\"", "\"alpha-two\""),
    );
    refused_in(
        &sandbox,
        &["--roadmap", roadmap.to_str().unwrap(), "done", "alp"],
        2,
        &["'alp' is ambiguous", "1.1 alpha, 2.2 alpha-two"],
    );
}

#[test]
fn invalid_at_date() {
    refused(
        &["done", "beta", "--at", "last tuesday"],
        2,
        &[
            "invalid --at date 'last tuesday'",
            "hint: use today, yesterday, YYYY-MM-DD",
        ],
    );
    refused(
        &["done", "beta", "--at", "2026-02-30"],
        2,
        &["invalid --at date '2026-02-30'"],
    );
    refused(
        &["done", "beta", "--at", "2999-01-01"],
        2,
        &["--at '2999-01-01' is in the future"],
    );
}

#[test]
fn empty_note() {
    refused(&["done", "beta", "--note", "  "], 2, &["the note is empty"]);
}

#[test]
fn unknown_language() {
    refused(
        &["--lang", "fr", "next"],
        2,
        &["invalid value 'fr'", "--lang"],
    );
    let (sandbox, roadmap) = seeded();
    let before = files_under(sandbox.path());
    let output = sandbox
        .run(&["--roadmap", &roadmap, "next"])
        .env("ROADMAP_LANG", "klingon")
        .output()
        .unwrap();
    assert_refused(&output, 2, &["invalid value 'klingon'"]);
    assert_eq!(files_under(sandbox.path()), before);
}

#[test]
fn unknown_command_and_missing_argument() {
    refused(
        &["finish", "beta"],
        2,
        &["unrecognized subcommand 'finish'"],
    );
    refused(&["done"], 2, &["<STEP>"]);
}

// User names.

#[test]
fn invalid_user_names() {
    let (sandbox, roadmap) = seeded();
    let long = "a".repeat(65);
    for name in [
        "../learner",
        "a/b",
        "/etc/passwd",
        "..",
        ".hidden",
        "-rf",
        "tab\there",
        "new\nline",
        "con",
        long.as_str(),
    ] {
        let user = format!("--user={name}");
        let args = ["--roadmap", &roadmap, &user, "done", "beta"];
        refused_in(
            &sandbox,
            &args,
            2,
            &["invalid user name", "hint: use letters"],
        );
    }
    // From the environment too.
    let before = files_under(sandbox.path());
    let output = sandbox
        .run(&["--roadmap", &roadmap, "done", "beta"])
        .env("ROADMAP_USER", "../../escape")
        .output()
        .unwrap();
    assert_refused(&output, 2, &["invalid user name '../../escape'"]);
    assert_eq!(files_under(sandbox.path()), before);
}
