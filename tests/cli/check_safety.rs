//! `roadmap check` is safe to run: untrusted roadmap files run nothing, a
//! check is killed with its children when its time is up, only loopback is
//! reached, the project is left exactly as it was, and a verification
//! travels through sync and is taken back by undo like the rest.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;

use crate::check_support::{Project, check, roadmap, serve, stderr, stdout};
use crate::support::Sandbox;
use crate::sync_support::{Device, Remote};

#[test]
fn an_untrusted_roadmap_file_runs_nothing_and_an_edited_one_neither() {
    let marker = tempfile::tempdir().unwrap();
    let made = marker.path().join("ran");
    let touch = check(
        "command",
        json!({ "program": "touch", "args": [made.display().to_string()] }),
    );
    let sandbox = Sandbox::with_roadmap(&roadmap(json!([touch])));
    let run = |args: &[&str]| sandbox.cmd_std(args).output().expect("runs");
    let out = run(&["check", "api"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!made.exists(), "an untrusted file ran a command");
    let text = stdout(&out);
    assert!(text.contains("It would run:"), "{text}");
    assert!(
        text.contains(&format!("command: touch {:?}", made.display().to_string())),
        "{text}"
    );
    assert!(stderr(&out).contains("roadmap trust"), "{}", stderr(&out));

    let file = sandbox.path().join("roadmap.json");
    assert!(
        run(&["trust", &file.display().to_string()])
            .status
            .success()
    );
    assert_eq!(run(&["check", "api"]).status.code(), Some(0));
    assert!(made.exists(), "a trusted file runs its checks");

    // Any change takes the trust back.
    std::fs::remove_file(&made).unwrap();
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push('\n');
    std::fs::write(&file, text).unwrap();
    let out = run(&["check", "api"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!made.exists(), "an edited file ran a command");
    // The trust is this machine's: sync's .gitignore keeps it home.
    assert!(sandbox.data_dir().join("trusted-roadmaps.json").exists());
}

#[test]
fn the_built_in_roadmap_runs_its_checks_without_trust() {
    let sandbox = Sandbox::new();
    let project = tempfile::tempdir().unwrap();
    let dir = project.path().display().to_string();
    // 1.4 git-basics: a Git repository check, which fails here, but runs.
    let out = sandbox
        .cmd_std(&["check", "git-basics", "--in", &dir])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("not in a Git repository"));
}

#[test]
fn a_check_out_of_time_is_killed_with_its_children() {
    let pids = tempfile::tempdir().unwrap();
    let pid_file = pids.path().join("child.pid");
    let script = format!("sleep 300 & echo $! > '{}'; wait", pid_file.display());
    let project = Project::new(json!([check(
        "command",
        json!({ "program": "sh", "args": ["-c", script], "timeout_seconds": 1 })
    )]));
    let started = Instant::now();
    let out = project.check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("took more than 1 s and was stopped with its children"),
        "{}",
        stdout(&out)
    );
    // Not a timing assertion: a check that was never killed would hang
    // here for five minutes rather than fail.
    assert!(started.elapsed() < Duration::from_secs(300));
    let pid = std::fs::read_to_string(&pid_file)
        .expect("the child started")
        .trim()
        .to_string();
    let gone = (0..100).any(|_| {
        let alive = std::process::Command::new("kill")
            .args(["-0", &pid])
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap()
            .success();
        if alive {
            std::thread::sleep(Duration::from_millis(50));
        }
        !alive
    });
    assert!(gone, "the sleeping child {pid} outlived its check");
}

#[test]
fn only_this_machine_is_reached() {
    let sandbox = Sandbox::new();
    let far = roadmap(json!([check(
        "http",
        json!({ "host": "example.com", "port": 80 })
    )]));
    let file = sandbox.write("far.json", &far);
    let file = file.display().to_string();
    let out = sandbox.cmd_std(&["validate", &file]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("host 'example.com' is not this machine"),
        "{}",
        stdout(&out)
    );
    let out = sandbox
        .cmd_std(&["--roadmap", &file, "check", "api"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an invalid roadmap runs nothing"
    );
    let out = sandbox
        .cmd_std(&["--roadmap", &file, "trust", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "nor can it be trusted");
}

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.insert(
                    name,
                    (std::fs::read(&path).unwrap(), meta.modified().unwrap()),
                );
            }
        }
    }
    files
}

#[test]
fn nothing_in_the_project_changes() {
    let port = serve("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    let project = Project::new(json!([
        check(
            "git",
            json!({ "min_commits": 1, "remote": true, "no_secrets": true,
            "ci_workflow": true, "readme_sections": ["Setup"] })
        ),
        check("file", json!({ "path": "README.md", "pattern": "Setup" })),
        check("http", json!({ "port": port, "json": true })),
    ]));
    project.repository(2);
    project.write("README.md", "# P\n## Setup\n");
    project.write(".github/workflows/ci.yml", "on: push\n");
    project.commit_all("docs");
    crate::check_support::run_git(
        &project.dir,
        &["remote", "add", "origin", "https://github.com/me/p.git"],
    );
    // An edited file makes `git status` want to refresh the index.
    project.write("file0.txt", "edited");
    std::thread::sleep(Duration::from_millis(1100));
    let before = snapshot(&project.dir);
    assert!(before.contains_key(".git/index"));
    let out = project.check(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(snapshot(&project.dir), before, "the project changed");
}

#[test]
fn a_verification_survives_sync_and_undo_takes_it_back_everywhere() {
    let remote = Remote::new();
    let checks = json!([check("file", json!({ "path": "app.py" }))]);
    let device = |user: &str| Device {
        sandbox: Sandbox::with_roadmap(&roadmap(checks.clone())),
        user: user.to_string(),
    };
    let (laptop, desktop) = (device("ana"), device("ana"));
    for machine in [&laptop, &desktop] {
        let file = machine
            .sandbox
            .path()
            .join("roadmap.json")
            .display()
            .to_string();
        machine.ok(&["trust", &file]);
    }
    let project = laptop.sandbox.path().join("project");
    std::fs::create_dir_all(&project).unwrap();
    std::fs::write(project.join("app.py"), "print(1)\n").unwrap();
    laptop.init(&remote);
    laptop.ok(&["check", "api", "--in", &project.display().to_string()]);
    laptop.sync();
    desktop.init(&remote);
    let show = |machine: &Device| -> serde_json::Value {
        serde_json::from_str(&machine.ok(&["show", "api", "--json"])).unwrap()
    };
    assert!(
        show(&desktop)["verified"]["at"].is_string(),
        "the verification travelled"
    );
    // Already synced: undo takes it back only when asked to.
    let undone = laptop.ok(&["undo", "--synced"]);
    assert!(undone.contains("the verification of 1.1"), "{undone}");
    laptop.sync();
    desktop.sync();
    assert_eq!(
        show(&desktop)["verified"],
        serde_json::Value::Null,
        "undo travelled too"
    );
    assert_eq!(show(&laptop)["verified"], serde_json::Value::Null);
}

#[test]
fn undo_says_it_took_a_verification_back_in_japanese_too() {
    let project = Project::new(json!([check("file", json!({ "path": "x" }))]));
    project.write("x", "");
    assert!(project.check(&[]).status.success());
    let out = project.output(&["--lang", "ja", "undo"]);
    assert!(
        stdout(&out).contains("取り消しました: 検証の記録: 1.1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_importer_writes_no_checks() {
    let sandbox = Sandbox::new();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/roadmapsh/mini-backend.json"
    );
    let text = sandbox.stdout(&["import", "roadmapsh", fixture]);
    let converted: serde_json::Value = serde_json::from_str(&text).expect("a roadmap");
    let steps = converted["steps"].as_array().expect("steps");
    assert!(!steps.is_empty());
    assert!(
        steps.iter().all(|step| step.get("checks").is_none()),
        "{text}"
    );
}
