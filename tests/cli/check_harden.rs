//! What a red team found in `roadmap check`: a check never outlives
//! roadmap (SIGTERM, SIGHUP) nor itself (children left running), and the
//! project folder never supplies a program through an empty PATH entry.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;

use crate::check_support::{Project, check, stderr, stdout};
use crate::sync_support::isolate;

/// Whether the process `pid` ended (asked for up to five seconds).
fn gone(pid: &str) -> bool {
    (0..100).any(|_| {
        let alive = Command::new("kill")
            .args(["-0", pid])
            .stderr(Stdio::null())
            .status()
            .unwrap()
            .success();
        if alive {
            std::thread::sleep(Duration::from_millis(50));
        }
        !alive
    })
}

/// Waits for `file` to hold a pid (the check's child started).
fn pid_in(file: &Path) -> String {
    for _ in 0..600 {
        if let Ok(text) = std::fs::read_to_string(file)
            && text.ends_with('\n')
        {
            return text.trim().to_string();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the check's child never started");
}

fn sleeper(pid_file: &Path, then: &str) -> Project {
    let script = format!("sleep 300 & echo $! > '{}'; {then}", pid_file.display());
    Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", script], "timeout_seconds": 600 })
    )]))
}

#[test]
fn sigterm_and_sighup_stop_the_check_with_its_children() {
    for signal in ["TERM", "HUP"] {
        let pids = tempfile::tempdir().unwrap();
        let pid_file = pids.path().join("child.pid");
        let project = sleeper(&pid_file, "wait");
        let mut cmd = project.sandbox.process();
        isolate(&mut cmd, &project.sandbox.path().join("home"));
        let dir = project.dir.display().to_string();
        let mut roadmap = cmd
            .args(["check", "api", "--in", &dir])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let child = pid_in(&pid_file);
        let sent = Command::new("kill")
            .args([format!("-{signal}"), roadmap.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = roadmap.wait().unwrap();
        assert!(!status.success(), "SIG{signal}: {status:?}");
        assert!(
            gone(&child),
            "SIG{signal}: the child {child} outlived roadmap"
        );
    }
}

#[test]
fn what_a_check_leaves_running_ends_with_it() {
    let pids = tempfile::tempdir().unwrap();
    let pid_file = pids.path().join("child.pid");
    let project = sleeper(&pid_file, "echo ok");
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let child = pid_in(&pid_file);
    assert!(
        gone(&child),
        "the background child {child} outlived its check"
    );
}

#[test]
fn an_empty_path_entry_does_not_let_the_project_supply_the_program() {
    let marker = tempfile::tempdir().unwrap();
    let ran = marker.path().join("ran");
    let project = Project::new(json!([check(
        "command",
        json!({ "program": "roadmap-probe-tool" })
    )]));
    let script = format!("#!/bin/sh\ntouch '{}'\n", ran.display());
    project.write("roadmap-probe-tool", &script);
    let tool = project.dir.join("roadmap-probe-tool");
    let chmod = Command::new("chmod").arg("755").arg(&tool).status();
    assert!(chmod.unwrap().success());
    let dir = project.dir.display().to_string();
    for path in [
        format!("{}:", std::env::var("PATH").unwrap()),
        format!("{}:.", std::env::var("PATH").unwrap()),
    ] {
        let mut cmd = project.sandbox.process();
        isolate(&mut cmd, &project.sandbox.path().join("home"));
        let out = cmd
            .args(["check", "api", "--in", &dir])
            .env("PATH", &path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
        assert!(!ran.exists(), "PATH={path:?} ran the project's own program");
    }
}

#[test]
fn watch_does_not_run_again_for_what_the_check_wrote() {
    use std::io::BufRead;
    let counter = tempfile::tempdir().unwrap();
    let count = counter.path().join("runs");
    let script = format!(
        "echo run >> '{}'; mkdir -p target .pytest_cache; echo x > target/out; \
         echo y > out.log; echo z > .pytest_cache/v; exit 1",
        count.display()
    );
    let project = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", script] })
    )]));
    let dir = project.dir.display().to_string();
    let mut cmd = project.sandbox.process();
    isolate(&mut cmd, &project.sandbox.path().join("home"));
    cmd.args(["check", "api", "--in", &dir, "--watch"])
        .stdout(Stdio::piped());
    let mut roadmap = cmd.spawn().expect("roadmap runs");
    let mut lines = std::io::BufReader::new(roadmap.stdout.take().unwrap()).lines();
    let mut seen = String::new();
    while !seen.contains("Watching the project") {
        seen.push_str(&lines.next().expect("a line").unwrap());
    }
    // Long enough for the check's own writes to come back as events
    // (debounced by 400 ms): an old roadmap ran again several times here.
    std::thread::sleep(Duration::from_secs(3));
    let runs = std::fs::read_to_string(&count).unwrap().lines().count();
    // A change by the learner still runs it again.
    project.write("main.py", "print(1)\n");
    let again = (0..200).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        std::fs::read_to_string(&count).unwrap().lines().count() > runs
    });
    let _ = Command::new("kill")
        .args(["-TERM", &roadmap.id().to_string()])
        .status();
    let _ = roadmap.wait();
    assert_eq!(runs, 1, "the check's own writes ran it again");
    assert!(again, "a change by the learner did not run it again");
}

#[test]
fn a_failing_check_shows_long_output_lines_cut() {
    let script = "printf 'start\\n'; head -c 20000 /dev/zero | tr '\\0' x; echo; exit 1";
    let project = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", script] })
    )]));
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let xs = text.chars().filter(|&c| c == 'x').count();
    assert!((400..450).contains(&xs), "{xs}: {text}");
    assert!(text.contains('…'), "{text}");
    assert!(text.contains("start"), "{text}");
}

#[test]
fn trust_shows_what_it_trusts_and_the_fingerprint_in_both_languages() {
    use crate::check_support::roadmap;
    use crate::support::Sandbox;
    let touch = check(
        "command",
        json!({ "program": "touch", "args": ["made\u{1b}[31m"] }),
    );
    let http = check("http", json!({ "port": 8080, "path": "/health" }));
    let sandbox = Sandbox::with_roadmap(&roadmap(json!([touch, http])));
    let file = sandbox.path().join("roadmap.json").display().to_string();
    let run = |args: &[&str]| {
        let out = sandbox.cmd_std(args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let json: serde_json::Value = serde_json::from_str(&run(&["trust", &file, "--json"])).unwrap();
    let sha = json["sha256"].as_str().unwrap().to_string();
    assert_eq!(sha.len(), 64);
    let en = run(&["trust", &file]);
    let ja = run(&["--lang", "ja", "trust", &file]);
    for (text, heading, hash) in [
        (
            &en,
            "From now on, its checks run on this machine:",
            "SHA-256 of what was read:",
        ),
        (
            &ja,
            "これからは、このマシンで次のチェックが実行されます:",
            "読み込んだ内容の SHA-256:",
        ),
    ] {
        assert!(text.contains(heading), "{text}");
        assert!(
            text.contains(r#"1.1 api: command: touch "made\u{1b}[31m""#),
            "{text}"
        );
        assert!(
            text.contains("1.1 api: http: GET http://127.0.0.1:8080/health"),
            "{text}"
        );
        assert!(text.contains(hash) && text.contains(&sha), "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
    }
}
