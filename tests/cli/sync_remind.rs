//! Sync you do not forget (issue 28): the today view and `status` say
//! when this machine last synced, if more than a day ago, with the changes
//! waiting; `sync auto on` syncs in the background after each change, and
//! a failure of that sync is said by the next today view.

use std::time::{Duration, Instant};

use crate::sync_support::{Device, Remote, remote_files};

#[track_caller]
fn ok_at(device: &Device, now: &str, args: &[&str]) -> String {
    let mut cmd = device.process(args);
    cmd.env("ROADMAP_NOW", now);
    let out = cmd.output().expect("roadmap runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Waits (at most a minute) for `done` to hold.
#[track_caller]
fn wait_for(what: &str, done: impl Fn() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(60), "never: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_sync_more_than_a_day_old_is_said_with_the_changes_waiting() {
    let remote = Remote::new();
    let a = Device::new("ana");
    ok_at(&a, "2026-11-10T09:00:00Z", &["sync", "init", &remote.url()]);
    ok_at(&a, "2026-11-10T12:00:00Z", &["note", "alpha", "x"]);
    // Within a day: nothing said.
    let today = ok_at(&a, "2026-11-10T20:00:00Z", &[]);
    assert!(!today.contains("synced"), "{today}");
    ok_at(&a, "2026-11-12T08:00:00Z", &["start", "alpha"]);
    let said =
        "Last synced 3 days ago (2026-11-10 09:00) · 2 changes here not yet synced: roadmap sync";
    let today = ok_at(&a, "2026-11-13T10:00:00Z", &[]);
    assert!(today.contains(said), "{today}");
    let status = ok_at(&a, "2026-11-13T10:00:00Z", &["status"]);
    assert!(status.contains(said), "{status}");
    let ja = ok_at(&a, "2026-11-13T10:00:00Z", &["--lang", "ja"]);
    assert!(
        ja.contains("前回の同期は 3 日前（2026-11-10 09:00）です · 未同期の変更が 2 件あります"),
        "{ja}"
    );
    // The JSON of the today view is unchanged; a sync ends the reminder.
    ok_at(&a, "2026-11-13T10:01:00Z", &["sync"]);
    let today = ok_at(&a, "2026-11-13T10:02:00Z", &[]);
    assert!(!today.contains("synced"), "{today}");
    // Not said for another user viewed from this folder.
    let other = Device::new("ana");
    let today = ok_at(&other, "2026-11-20T10:00:00Z", &[]);
    assert!(!today.contains("synced"), "{today}");
}

#[test]
fn automatic_sync_pushes_in_the_background_and_a_failure_is_said_next_time() {
    let remote = Remote::new();
    let a = Device::new("ana");
    a.fails(2, &["sync", "auto", "on"]);
    a.init(&remote);
    assert!(a.ok(&["sync", "auto"]).contains("Automatic sync is off"));
    assert!(
        a.ok(&["sync", "auto", "on"])
            .contains("Automatic sync is on")
    );
    assert!(
        a.ok(&["--lang", "ja", "sync", "auto"])
            .contains("自動同期はオンです")
    );
    a.ok(&["done", "alpha"]);
    let pushed = || {
        let out =
            crate::sync_support::git(&remote.path(), &["show", "refs/heads/main:users/ana.json"]);
        String::from_utf8_lossy(&out.stdout).contains("\"done\"")
    };
    wait_for("the background sync pushes the done", pushed);
    // The remote goes away: the command still succeeds, the failure is
    // recorded and said by the next today view.
    let moved = remote.path().with_extension("gone");
    std::fs::rename(remote.path(), &moved).unwrap();
    a.ok(&["note", "alpha", "offline"]);
    let failure = a.sandbox.data_dir().join("sync-failure.json");
    wait_for("the failure is recorded", || failure.exists());
    let today = a.ok(&[]);
    assert!(
        today.contains("The automatic sync of "),
        "{today}{}",
        std::fs::read_to_string(&failure).unwrap_or_default()
    );
    assert!(today.contains("could not reach"), "{today}");
    // Back: a sync goes through and the failure is forgotten.
    std::fs::rename(&moved, remote.path()).unwrap();
    a.sync();
    assert!(!failure.exists());
    assert!(!a.ok(&[]).contains("automatic sync"));
    assert!(remote_files(&remote).contains(&"users/ana.json".to_string()));
    assert!(a.ok(&["sync", "auto", "off"]).contains("off"));
}
