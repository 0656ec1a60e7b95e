//! `roadmap check`: each kind of check passes and fails, and all passing
//! records a verification that the views show.

use serde_json::json;

use crate::check_support::{Project, check, serve, stderr, stdout};

#[test]
fn a_command_check_passes_on_its_exit_code_and_pattern() {
    let pass = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", "echo hello world"], "pattern": "hel+o" })
    )]));
    let out = pass.check(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("[x] command: the command check"));
    assert!(stdout(&out).contains("The check passed."));
    assert!(stdout(&out).contains("Verified"));

    let wrong_code = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", "echo broken; exit 3"] })
    )]));
    let out = wrong_code.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("[ ] command: the command check"), "{text}");
    assert!(text.contains("it exited with 3, not 0"), "{text}");
    assert!(text.contains("broken"), "the output's end is shown: {text}");
    assert!(stderr(&out).contains("the check failed"));

    let no_match = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", "echo goodbye"], "pattern": "^hello" })
    )]));
    let out = no_match.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("does not match '^hello'"));

    let missing = Project::new(json!([check(
        "command",
        json!({ "program": "no-such-program-roadmap-test" })
    )]));
    let out = missing.check(&["--lang", "ja"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("'no-such-program-roadmap-test' がインストールされていません"));
}

#[test]
fn a_tests_check_runs_the_project_suite_both_ways() {
    let checks = json!([check(
        "tests",
        json!({ "program": "sh", "args": ["run-tests.sh"] })
    )]);
    let project = Project::new(checks);
    project.write("run-tests.sh", "echo '2 passed, 0 failed'\nexit 0\n");
    assert_eq!(project.check(&[]).status.code(), Some(0));
    project.write("run-tests.sh", "echo 'FAILED test_create'\nexit 1\n");
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("FAILED test_create"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_tests_check_without_a_command_says_how_to_choose_one() {
    let project = Project::new(json!([check("tests", json!({}))]));
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("roadmap stack NAME"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_git_check_counts_the_learners_commits_and_looks_at_the_repository() {
    let git = |fields| Project::new(json!([check("git", fields)]));
    let project = git(json!({ "min_commits": 2 }));
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1), "not a repository yet");
    assert!(stdout(&out).contains("not in a Git repository"));
    project.repository(2);
    assert_eq!(
        project.check(&[]).status.code(),
        Some(0),
        "{}",
        stdout(&project.check(&[]))
    );

    // The other author's commit does not count.
    let project = git(json!({ "min_commits": 3 }));
    project.repository(2);
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("2 commits of yours; at least 3 needed"),
        "{}",
        stdout(&out)
    );

    let project = git(json!({ "remote": true, "ci_workflow": true,
        "readme_sections": ["Setup|セットアップ", "Tests"] }));
    project.repository(1);
    let text = stdout(&project.check(&[]));
    assert!(text.contains("no remote is configured"), "{text}");
    assert!(text.contains("no CI workflow file is tracked"), "{text}");
    assert!(text.contains("no README file"), "{text}");
    project.write("README.md", "# Todo\n\n## セットアップ\n\nTests\n-----\n");
    project.write(".github/workflows/test.yml", "on: push\n");
    project.commit_all("readme and ci");
    crate::check_support::run_git(
        &project.dir,
        &[
            "remote",
            "add",
            "origin",
            "https://me:secret-token@github.com/me/todo.git",
        ],
    );
    let out = project.check(&["--json", "--done"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one json");
    assert_eq!(report["marked_done"], true);
    assert_eq!(
        report["remote"], "https://github.com/me/todo.git",
        "credentials stripped"
    );
    assert_eq!(report["verified"], true);
}

#[test]
fn a_git_check_finds_tracked_secrets_but_not_their_examples() {
    let project = Project::new(json!([check("git", json!({ "no_secrets": true }))]));
    project.repository(1);
    project.write(".env.example", "DATABASE_URL=\n");
    project.commit_all("example");
    assert_eq!(project.check(&[]).status.code(), Some(0));
    project.write("config/keys.txt", "aws = AKIAABCDEFGHIJKLMNOP\n");
    project.write(".env", "SECRET=1\n");
    project.commit_all("oops");
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(".env, config/keys.txt"), "{text}");
    assert!(!text.contains(".env.example"), "{text}");
    assert!(text.contains("git rm --cached"), "{text}");
}

#[test]
fn an_http_check_asks_a_server_on_loopback() {
    let ok = serve(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}",
    );
    let missing = serve("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    let html = serve("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n<html>");
    let moved =
        serve("HTTP/1.1 301 Moved\r\nLocation: http://127.0.0.1:1/\r\nContent-Length: 0\r\n\r\n");
    let http = |port: u16| {
        Project::new(json!([check(
            "http",
            json!({ "port": port, "path": "/health", "json": true })
        )]))
    };
    let out = http(ok).check(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = http(missing).check(&[]);
    assert!(
        stdout(&out).contains("it answered 404, not 200"),
        "{}",
        stdout(&out)
    );
    let out = http(html).check(&[]);
    assert!(
        stdout(&out).contains("the answer is not JSON"),
        "{}",
        stdout(&out)
    );
    // A redirect is an answer, never followed.
    let out = http(moved).check(&[]);
    assert!(
        stdout(&out).contains("it answered 301, not 200"),
        "{}",
        stdout(&out)
    );
    // Nothing listening.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = http(closed).check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains(&format!("nothing answered on port {closed}")));
}

#[test]
fn a_file_check_wants_the_file_and_its_pattern() {
    let project = Project::new(json!([check(
        "file",
        json!({ "path": "docs/README.md", "pattern": "curl " })
    )]));
    let out = project.check(&[]);
    assert!(stdout(&out).contains("there is no docs/README.md"));
    project.write("docs/README.md", "# API\n");
    let out = project.check(&[]);
    assert!(stdout(&out).contains("docs/README.md does not contain 'curl '"));
    project.write("docs/README.md", "# API\n\n    curl localhost:8000/items\n");
    assert_eq!(project.check(&[]).status.code(), Some(0));
}

#[test]
fn passing_records_a_verification_that_every_view_shows() {
    let project = Project::new(json!([check("file", json!({ "path": "main.py" }))]));
    project.write("main.py", "print('hi')\n");
    // `done` names the checks, and still self-reports.
    let out = project.output(&["done", "api"]);
    assert!(stdout(&out).contains("This step has a check that can prove it: roadmap check 1.1"));
    project.output(&["reset", "api"]);
    let out = project.check(&["--done"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Verified"), "{text}");
    assert!(
        text.contains("1.1  Build the API — done"),
        "marked done: {text}"
    );

    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_slice(&project.output(args).stdout).expect("json")
    };
    let show = json(&["show", "api", "--json"]);
    assert_eq!(show["status"], "done");
    assert!(show["verified"]["at"].is_string(), "{show}");
    assert_eq!(
        show["verified"]["commit"],
        serde_json::Value::Null,
        "not a repository"
    );
    let list = json(&["list", "--json"]);
    assert_eq!(list["stages"][0]["steps"][0]["verified"], true);
    assert_eq!(list["stages"][0]["steps"][1]["verified"], false);
    let status = json(&["status", "--json"]);
    assert_eq!(
        status["verification"],
        json!({ "with_checks": 1, "verified": 1, "self_reported": 0 })
    );
    assert!(stdout(&project.output(&["list"])).contains("1.1  Build the API (verified)"));
    assert!(stdout(&project.output(&["show", "api"])).contains("Verified on "));
    let md = stdout(&project.output(&["export", "--format", "md"]));
    assert!(md.contains("  - Verified on "), "{md}");
    let stored = project.sandbox.user_json("learner");
    let verified = &stored["roadmaps"]["checked"]["steps"]["api"]["verifications"][0];
    assert_eq!(
        verified["checks"],
        json!([{ "kind": "file", "passed": true }])
    );
    assert!(verified["folder"].as_str().unwrap().ends_with("project"));
    // The folder is remembered for the step, on this machine only.
    let again = project.output(&["check", "api"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let folders = std::fs::read_to_string(
        project
            .sandbox
            .data_dir()
            .join("check-folders-learner.json"),
    )
    .unwrap();
    assert!(folders.contains("project"));
}

#[test]
fn bad_input_exits_2_and_stores_nothing() {
    let project = Project::new(json!([check("file", json!({ "path": "a" }))]));
    let out = project.output(&["check", "b"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("step 'b' has no checks"));
    let out = project.output(&["check", "api", "--in", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/folder is not a folder"));
    let out = project.output(&["check", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!project.sandbox.user_file("learner").exists());
}

#[test]
fn watch_runs_again_on_a_change_until_all_pass() {
    use std::io::BufRead;
    let project = Project::new(json!([check(
        "file",
        json!({ "path": "done.txt", "pattern": "yes" })
    )]));
    let dir = project.dir.display().to_string();
    let mut cmd = project.sandbox.process();
    cmd.args(["check", "api", "--in", &dir, "--watch"])
        .stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("roadmap runs");
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    // Its own reads are not changes: it waits for one.
    let mut seen = String::new();
    while !seen.contains("Watching the project") {
        seen.push_str(&lines.next().expect("a line").unwrap());
    }
    project.write("done.txt", "yes\n");
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    let status = child.wait().unwrap();
    assert!(status.success(), "{rest:?}");
    assert!(
        rest.iter().any(|l| l.contains("The check passed.")),
        "{rest:?}"
    );
    assert_eq!(
        rest.iter().filter(|l| l.starts_with("Checking")).count(),
        1,
        "{rest:?}"
    );
}
