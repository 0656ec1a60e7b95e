//! Hostile files in the data directory and failing outputs: links to other
//! users' files, lock files that are not files, duplicate keys, and a
//! report that cannot be printed after the change was saved (issue #12).

use std::fs;
#[cfg(unix)]
use std::process::{Child, Stdio};
#[cfg(unix)]
use std::thread;
#[cfg(unix)]
use std::time::{Duration, Instant};

#[cfg(unix)]
use serde_json::Value;

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

#[cfg(unix)]
/// Waits for `child`, killing it if it is still running after a minute (a
/// hang is the defect; the test must end either way).
fn wait_or_kill(mut child: Child) -> std::process::Output {
    let started = Instant::now();
    while child.try_wait().expect("poll roadmap").is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().expect("kill a hung roadmap");
            break;
        }
        thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("wait for roadmap")
}

#[cfg(unix)]
fn notes_in(value: &Value) -> usize {
    value["roadmaps"]["small"]["steps"]["alpha"]["notes"]
        .as_array()
        .map_or(0, Vec::len)
}

#[cfg(unix)]
#[test]
fn writers_through_a_symlinked_user_file_and_its_target_lose_no_note() {
    const EACH: usize = 20;
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    // Store A's user `u` is a link to store B's user `v`.
    let a = sandbox.path().join("a");
    let b = sandbox.path().join("b");
    fs::create_dir_all(a.join("users")).unwrap();
    sandbox
        .test()
        .args([
            "--data-dir",
            b.to_str().unwrap(),
            "--user",
            "v",
            "start",
            "alpha",
        ])
        .success();
    std::os::unix::fs::symlink(b.join("users/v.json"), a.join("users/u.json")).unwrap();
    let writers: Vec<Child> = (0..EACH * 2)
        .map(|i| {
            let (dir, user) = if i % 2 == 0 { (&a, "u") } else { (&b, "v") };
            sandbox
                .process()
                .arg("--data-dir")
                .arg(dir)
                .args(["--user", user, "note", "alpha"])
                .arg(format!("note {i}"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start roadmap")
        })
        .collect();
    for writer in writers {
        let output = writer.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let stored: Value = serde_json::from_slice(&fs::read(b.join("users/v.json")).unwrap()).unwrap();
    assert_eq!(notes_in(&stored), EACH * 2, "every writer's note is kept");
    let link = fs::symlink_metadata(a.join("users/u.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
}

#[cfg(unix)]
#[test]
fn a_fifo_lock_file_is_refused_without_hanging() {
    let sandbox = Sandbox::new();
    let users = sandbox.data_dir().join("users");
    fs::create_dir_all(&users).unwrap();
    let fifo = users.join("learner.lock");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for lang in ["en", "ja"] {
        let child = sandbox
            .process()
            .args(["--lang", lang, "done", "1.1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let output = wait_or_kill(child);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        let expected = if lang == "en" {
            "not a regular file"
        } else {
            "通常のファイルではありません"
        };
        assert!(
            stderr.contains("learner.lock") && stderr.contains(expected),
            "{stderr}"
        );
    }
    assert!(!sandbox.user_file("learner").exists(), "nothing was saved");
}

#[cfg(unix)]
#[test]
fn a_dangling_lock_symlink_is_refused_and_never_followed() {
    let sandbox = Sandbox::new();
    let users = sandbox.data_dir().join("users");
    fs::create_dir_all(&users).unwrap();
    let outside = sandbox.path().join("outside.txt");
    std::os::unix::fs::symlink(&outside, users.join("learner.lock")).unwrap();
    sandbox
        .test()
        .args(["done", "1.1"])
        .stderr_has("learner.lock")
        .stderr_has("symlink")
        .status(1);
    assert!(!outside.exists(), "no file was created through the link");
    assert!(!sandbox.user_file("learner").exists());
}

/// A store whose `steps` holds `alpha` twice, as a careless merge leaves it.
const DUPLICATE_STEP_STORE: &str = r#"{
  "version": 1,
  "roadmaps": {
    "small": {
      "steps": {
        "alpha": {"status": "done", "notes": [{"at": "2026-01-01T00:00:00Z", "text": "first"}]},
        "alpha": {"status": "in-progress"}
      },
      "history": []
    }
  }
}
"#;

#[test]
fn duplicate_keys_in_the_store_are_refused_naming_key_and_line() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let path = sandbox.user_file("learner");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, DUPLICATE_STEP_STORE).unwrap();
    for args in [&["status"][..], &["done", "beta"], &["note", "beta", "x"]] {
        sandbox
            .test()
            .args(args)
            .stderr_has("duplicate key 'alpha'")
            .stderr_has("line 7")
            .status(1);
    }
    sandbox
        .test()
        .args(["--lang", "ja", "status"])
        .stderr_has("'alpha'")
        .stderr_has("7 行")
        .status(1);
    assert_eq!(fs::read_to_string(&path).unwrap(), DUPLICATE_STEP_STORE);
    // Duplicate roadmap ids, one level up, the same.
    let twice = r#"{"version": 1, "roadmaps": {"small": {}, "other": {}, "small": {}}}"#;
    fs::write(&path, twice).unwrap();
    sandbox
        .test()
        .args(["done", "alpha"])
        .stderr_has("duplicate key 'small'")
        .status(1);
    assert_eq!(fs::read_to_string(&path).unwrap(), twice);
}

#[test]
fn duplicate_keys_in_a_roadmap_file_are_refused() {
    let doubled = SMALL_ROADMAP.replacen(
        r#""title": "Small roadmap","#,
        r#""title": "Small roadmap", "i18n": {"ja": {"title": "小"}, "ja": {"title": "大"}},"#,
        1,
    );
    let sandbox = Sandbox::with_roadmap(&doubled);
    let expected = "line 3, column 65: duplicate key 'ja'";
    sandbox
        .test()
        .args(["validate"])
        .stdout_has(expected)
        .stderr_has("is not a valid roadmap")
        .status(2);
    for args in [&["list"][..], &["done", "alpha"]] {
        sandbox.test().args(args).stderr_has(expected).status(2);
    }
    assert!(!sandbox.user_file("learner").exists());
}

#[test]
fn duplicate_keys_in_a_backup_are_refused() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let backup = sandbox.stdout(&["export", "--format", "json"]);
    let doubled = backup.replacen(
        "\"steps\": {",
        "\"steps\": {\n\"beta\": {\"status\": \"done\"},\n\"beta\": {\"status\": \"todo\"},",
        1,
    );
    assert_ne!(doubled, backup);
    let file = sandbox.write("backup.json", &doubled);
    let before = files_under(&sandbox.data_dir());
    sandbox
        .test()
        .args(["import", "progress", file.to_str().unwrap()])
        .stderr_has("duplicate key 'beta'")
        .status(2);
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

#[cfg(unix)]
#[test]
fn a_report_that_cannot_be_printed_after_a_save_never_panics() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let full = || {
        fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    // Marking beta done before alpha prints a warning on stderr.
    let output = sandbox
        .process()
        .args(["done", "beta"])
        .stderr(full())
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "saved: the command did its job"
    );
    let output = sandbox
        .process()
        .args(["note", "alpha", "once"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("saved") && stderr.contains("could not be printed"),
        "{stderr}"
    );
    let output = sandbox
        .process()
        .args(["--lang", "ja", "note", "alpha", "twice"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("保存しました"));
    let stored = sandbox.user_json("learner");
    assert_eq!(notes_in(&stored), 2, "each note once");
    assert_eq!(
        stored["roadmaps"]["small"]["steps"]["beta"]["status"],
        "done"
    );
    // Both outputs full: still no panic, still 0.
    let output = sandbox
        .process()
        .args(["done", "gamma"])
        .stdout(full())
        .stderr(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    // Nothing saved: a report that cannot be printed is a failure.
    let output = sandbox
        .process()
        .arg("list")
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[cfg(unix)]
#[test]
fn a_fifo_user_file_is_refused_without_hanging() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let users = sandbox.data_dir().join("users");
    fs::create_dir_all(&users).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(sandbox.user_file("learner"))
        .status()
        .unwrap();
    assert!(made.success());
    for command in [&["done", "alpha"][..], &["status"]] {
        let child = sandbox
            .process()
            .args(command)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let output = wait_or_kill(child);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{command:?}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn no_command_panics_on_a_full_stdout() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["list"],
        &["status", "--json"],
        &["graph"],
        &["validate"],
        &["--help"],
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = sandbox.process().args(args).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_ne!(output.status.code(), Some(101), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// Issue 23: a user file linked to something outside any data folder (here
/// a stand-in for `/etc/passwd`) makes no lock file beside it.
#[cfg(unix)]
#[test]
fn a_user_file_linked_outside_a_store_makes_no_lock_file_there() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let outside = sandbox.path().join("etc");
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("passwd"), "root:x:0:0:root:/root:/bin/sh\n").unwrap();
    fs::create_dir_all(sandbox.data_dir().join("users")).unwrap();
    std::os::unix::fs::symlink(outside.join("passwd"), sandbox.user_file("learner")).unwrap();
    sandbox.run(&["done", "alpha"]).assert().code(1);
    let made: Vec<_> = fs::read_dir(&outside)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(made, ["passwd"], "nothing made beside the target");
}
