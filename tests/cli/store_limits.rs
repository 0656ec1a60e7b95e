//! Issue 23: the store never writes what it cannot read (dates, sizes,
//! numbers), and every untrusted input has a size limit.

use crate::support::Sandbox;

#[test]
fn a_clock_outside_the_stores_dates_is_named_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.run(&["done", "1.1"]).assert().success();
    let before = sandbox.user_bytes("learner");
    for now in ["1970-01-01T00:00:05Z", "2200-01-01T00:00:00Z"] {
        let out = sandbox
            .run(&["done", "1.2"])
            .env("ROADMAP_NOW", now)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{now}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("clock"), "{now}: {stderr}");
        assert!(stderr.contains("nothing was written"), "{now}: {stderr}");
        assert_eq!(sandbox.user_bytes("learner"), before, "{now}");
        let ja = sandbox
            .run(&["--lang", "ja", "note", "1.1", "x"])
            .env("ROADMAP_NOW", now)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&ja.stderr).contains("時計"),
            "{ja:?}"
        );
    }
    for args in [
        &["next"][..],
        &["status"],
        &["undo"],
        &["export", "--format", "json"],
    ] {
        sandbox.run(args).assert().success();
    }
}

/// A file of `size` zero bytes (sparse: it takes no room on disk).
fn big_file(path: &std::path::Path, size: u64) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let file = std::fs::File::create(path).unwrap();
    file.set_len(size).unwrap();
}

const OVER_STORE_LIMIT: u64 = 32 * 1024 * 1024 + 1;

#[test]
fn a_user_file_over_the_limit_is_refused_by_name_and_the_cohort_still_shown() {
    let sandbox = Sandbox::new();
    sandbox
        .run(&["--user", "ana", "done", "1.1"])
        .assert()
        .success();
    big_file(&sandbox.user_file("bob"), OVER_STORE_LIMIT);
    let out = sandbox.run(&["--user", "bob", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bob.json"), "{stderr}");
    assert!(stderr.contains("over the limit"), "{stderr}");
    let all = sandbox.json(&["status", "--all-users"]);
    let users = all["users"].as_array().unwrap();
    assert_eq!(users.len(), 2, "{all}");
    // An unreadable file comes first: the mentor has it to fix.
    assert!(users[1]["error"].is_null(), "ana is shown: {all}");
    let error = users[0]["error"].as_str().unwrap();
    assert!(error.contains("over the limit"), "{error}");
}

/// Runs `cmd` and fails the test if it is still running after `secs`.
#[cfg(unix)]
fn finishes_within(mut cmd: std::process::Command, secs: u64) -> std::process::Output {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn a_device_id_that_is_a_fifo_or_endless_does_not_hang_sync() {
    use crate::sync_support::{Device, Remote};
    for kind in ["fifo", "zero"] {
        let remote = Remote::new();
        let device = Device::new("ana");
        device.ok(&["done", "alpha"]);
        let id = device.sandbox.data_dir().join("device-id");
        if kind == "fifo" {
            let made = std::process::Command::new("mkfifo").arg(&id).status();
            assert!(made.unwrap().success());
        } else {
            std::os::unix::fs::symlink("/dev/zero", &id).unwrap();
        }
        let mut cmd = device.process(&["sync", "init", &remote.url()]);
        cmd.env("ROADMAP_LANG", "en");
        let out = finishes_within(cmd, 30);
        assert!(out.status.success(), "{kind}: {out:?}");
        let status = finishes_within(device.process(&["sync", "status"]), 30);
        assert!(status.status.success(), "{kind}: {status:?}");
    }
}

#[test]
fn a_cohort_member_pushing_a_huge_user_file_is_refused_by_name() {
    use crate::sync_harden::Clone;
    use crate::sync_support::{Device, Remote};
    let remote = Remote::new();
    let device = Device::new("ana");
    device.ok(&["done", "alpha"]);
    device.init(&remote);
    let clone = Clone::of(&remote);
    let path = clone.path.join("users/bob.json");
    big_file(&path, OVER_STORE_LIMIT);
    clone.git(&["add", "-f", "users/bob.json"]);
    clone.push("huge");
    device.ok(&["done", "beta"]);
    let err = device.fails(1, &["sync"]);
    assert!(err.contains("users/bob.json"), "{err}");
    assert!(err.contains("over the limit"), "{err}");
    assert!(device.statuses().contains(&"\"beta\"=\"done\"".to_string()));
}

/// A timer file that is a pipe or endless (`/dev/zero`) neither hangs the
/// today view nor `study stop`: it is named as unreadable, and the rest of
/// the data is untouched.
#[cfg(unix)]
#[test]
fn a_timer_file_that_is_a_fifo_or_endless_does_not_hang() {
    for kind in ["fifo", "zero"] {
        let sandbox = Sandbox::new();
        sandbox.stdout(&["done", "1.1"]);
        let timer = sandbox.data_dir().join("timer-learner.json");
        if kind == "fifo" {
            let made = std::process::Command::new("mkfifo").arg(&timer).status();
            assert!(made.unwrap().success());
        } else {
            std::os::unix::fs::symlink("/dev/zero", &timer).unwrap();
        }
        let before = std::fs::read(sandbox.data_dir().join("users/learner.json")).unwrap();
        for args in [&[][..], &["study", "stop"][..]] {
            let mut cmd = sandbox.cmd_std(args);
            cmd.env("ROADMAP_LANG", "en");
            let out = finishes_within(cmd, 30);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{kind} {args:?}: {out:?}");
            assert!(stderr.contains("timer-learner.json"), "{kind}: {stderr}");
        }
        let after = std::fs::read(sandbox.data_dir().join("users/learner.json")).unwrap();
        assert_eq!(before, after);
    }
}
