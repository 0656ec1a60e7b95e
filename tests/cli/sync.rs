//! `roadmap sync` between devices: changes made apart, synced in several
//! orders, end the same everywhere, and nothing is lost.

#[cfg(unix)]
use std::fs;

use serde_json::Value;

use crate::sync_support::{Device, Remote, meaning, remote_files};
// For the tests that wrap git in a shell script, which are Unix only.
#[cfg(unix)]
use crate::sync_support::{env_of, git, git_wrapper};

#[test]
fn two_devices_with_offline_changes_and_undo_converge() {
    let remote = Remote::new();
    let (laptop, work) = (Device::new("alice"), Device::new("alice"));
    laptop.ok(&["done", "alpha"]);
    let out = laptop.init(&remote);
    assert!(
        out.starts_with("Set up sync of users/alice.json with"),
        "{out}"
    );
    assert!(out.contains("pushed"), "{out}");
    // The work PC has its own progress before it joins: merged, not replaced.
    work.ok(&["start", "delta"]);
    work.ok(&["note", "delta", "reading the manual"]);
    let out = work.init(&remote);
    assert!(
        out.contains("merged your progress from other devices"),
        "{out}"
    );
    assert!(laptop.sync().contains("received"));
    // Offline on both: a done undone before any sync stays local; one undone
    // after a sync is taken back everywhere.
    laptop.ok(&["done", "beta"]);
    laptop.ok(&["undo"]); // beta, never synced
    // Alpha was synced already: undo says so and takes it back only when
    // asked to (everywhere, at the next sync).
    let said = laptop.fails(2, &["undo"]);
    assert!(said.contains("before the last sync"), "{said}");
    assert!(said.contains("roadmap undo --synced"), "{said}");
    laptop.ok(&["undo", "--synced"]);
    work.ok(&["skip", "gamma", "--note", "know it"]);
    work.sync();
    laptop.sync();
    work.sync();
    assert_eq!(laptop.file(), work.file(), "the same file on both");
    let statuses = laptop.statuses();
    assert!(
        statuses.contains(&"\"alpha\"=\"todo\"".to_string()),
        "{statuses:?}"
    );
    assert!(statuses.contains(&"\"beta\"=\"todo\"".to_string()));
    assert!(statuses.contains(&"\"gamma\"=\"skipped\"".to_string()));
    assert!(statuses.contains(&"\"delta\"=\"in-progress\"".to_string()));
    let progress = laptop.progress();
    let (_, events, notes) = meaning(&progress);
    assert_eq!(events.len(), 2, "start delta, skip gamma: {events:?}");
    assert_eq!(notes.len(), 2);
    assert_eq!(progress["undone"].as_array().map(Vec::len), Some(1));
    // The undone done never counts toward pace: no done in the history.
    assert!(
        events.iter().all(|e| !e.contains("->\"done\"")),
        "{events:?}"
    );
    // Nothing but user files travelled.
    let listed = remote_files(&remote);
    assert_eq!(listed, [".gitignore", "users/alice.json"]);
}

/// Three devices with interleaved offline changes, synced in `order`
/// (device indexes); every device syncs twice more at the end.
fn three_devices(order: &[usize]) -> Vec<Value> {
    let remote = Remote::new();
    let devices = [Device::new("kim"), Device::new("kim"), Device::new("kim")];
    devices[0].ok(&["done", "alpha", "--at", "2026-11-01T10:00:00Z"]);
    for device in &devices {
        device.init(&remote);
    }
    let changes: [&[&[&str]]; 3] = [
        &[
            &["done", "beta", "--at", "2026-11-02T10:00:00Z"],
            &["note", "beta", "tests pass"],
        ],
        &[
            &["start", "delta", "--at", "2026-11-02T11:00:00Z"],
            &["undo"],
            &["skip", "delta", "--at", "2026-11-03T09:00:00Z"],
        ],
        &[
            &["done", "gamma", "--at", "2026-11-02T12:00:00Z"],
            &["note", "alpha", "old notes"],
        ],
    ];
    for (device, changes) in devices.iter().zip(changes) {
        for change in changes {
            device.ok(change);
        }
    }
    for &i in order {
        devices[i].sync();
        if i == 1 {
            // An undo of a synced change (asked for), then more changes
            // offline.
            devices[1].ok(&["undo", "--synced"]);
            devices[1].ok(&["start", "epsilon", "--at", "2026-11-04T09:00:00Z"]);
        }
    }
    for _ in 0..2 {
        for device in &devices {
            device.sync();
        }
    }
    let first = devices[0].file();
    for device in &devices[1..] {
        assert_eq!(device.file(), first, "every device holds the same file");
    }
    devices.iter().map(Device::progress).collect()
}

#[test]
fn three_devices_converge_whatever_the_order_of_syncs() {
    let one = three_devices(&[0, 1, 2]);
    let other = three_devices(&[2, 1, 0, 1]);
    assert_eq!(meaning(&one[0]), meaning(&other[0]));
    let (steps, events, notes) = meaning(&one[0]);
    assert_eq!(steps["alpha"], "done");
    assert_eq!(steps["beta"], "done");
    assert_eq!(steps["gamma"], "done");
    assert_eq!(
        steps.get("delta"),
        None,
        "the skip was undone after its sync"
    );
    assert_eq!(steps["epsilon"], "in-progress");
    assert_eq!(events.len(), 4, "{events:?}");
    assert_eq!(notes, ["alpha \"old notes\"", "beta \"tests pass\""]);
}

#[test]
fn the_same_step_changed_on_two_devices_in_the_same_second() {
    let remote = Remote::new();
    let (a, b) = (Device::new("sam"), Device::new("sam"));
    a.init(&remote);
    b.init(&remote);
    a.ok(&["done", "alpha", "--at", "2026-11-05T08:00:00Z"]);
    b.ok(&["skip", "alpha", "--at", "2026-11-05T08:00:00Z"]);
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.file(), b.file());
    let progress = a.progress();
    assert_eq!(
        progress["history"].as_array().unwrap().len(),
        2,
        "both kept"
    );
    // The greater device id decides, the same on both machines.
    let winner = progress["history"][1]["to"].clone();
    assert_eq!(progress["steps"]["alpha"]["status"], winner);
}

#[cfg(unix)]
#[test]
fn a_push_race_is_merged_again_and_retried() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ray"), Device::new("ray"));
    a.init(&remote);
    b.init(&remote);
    a.ok(&["done", "alpha"]);
    b.ok(&["done", "delta"]);
    // B's git: just before B's first push, A syncs (and pushes first).
    let marker = b.sandbox.path().join("raced");
    let bin = git_wrapper(&b, &marker, &format!("{} --user ray sync", env_of(&a)));
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = b.process(&["sync"]).env("PATH", path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(marker.exists(), "the race happened");
    assert!(stdout.contains("another device pushed first"), "{stdout}");
    a.sync();
    assert_eq!(a.file(), b.file());
    assert!(a.statuses().contains(&"\"alpha\"=\"done\"".to_string()));
    assert!(a.statuses().contains(&"\"delta\"=\"done\"".to_string()));
}

#[cfg(unix)]
#[test]
fn a_change_made_during_a_sync_waits_for_it_and_is_not_lost() {
    let remote = Remote::new();
    let device = Device::new("val");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    // While the sync holds the store lock (just before its push), another
    // terminal marks beta done; it waits for the lock, then goes through.
    let marker = device.sandbox.path().join("started");
    let done = device.sandbox.path().join("done-exit");
    let during = format!(
        "({} --user val done beta; echo $? > '{}') &",
        env_of(&device),
        done.display()
    );
    let bin = git_wrapper(
        &device,
        &marker,
        &format!("sh -c \"{}\"", during.replace('"', "\\\"")),
    );
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = device
        .process(&["sync"])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for _ in 0..600 {
        if fs::read_to_string(&done).is_ok_and(|code| code.trim() == "0") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        fs::read_to_string(&done).unwrap().trim(),
        "0",
        "the done went through"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(
        status.contains("To push:   0 commits, and changes not yet committed"),
        "{status}"
    );
    device.sync();
    let pushed = git(&remote.path(), &["show", "refs/heads/main:users/val.json"]);
    let pushed: Value = serde_json::from_slice(&pushed.stdout).unwrap();
    assert_eq!(
        pushed["roadmaps"]["small"]["steps"]["beta"]["status"],
        "done"
    );
    assert_eq!(
        pushed["roadmaps"]["small"]["steps"]["alpha"]["status"],
        "done"
    );
}

/// The last sync is the command's moment: `ROADMAP_NOW` when it is set, as
/// for every other date roadmap records.
#[test]
fn the_last_sync_is_recorded_at_the_commands_clock() {
    let remote = Remote::new();
    let device = Device::new("lou");
    let at = |args: &[&str]| {
        let out = device
            .process(args)
            .env("ROADMAP_NOW", "2026-11-29T08:30:00Z")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    at(&["sync", "init", &remote.url()]);
    let status: Value = serde_json::from_str(&at(&["--json", "sync", "status"])).unwrap();
    assert_eq!(status["last_sync"], "2026-11-29T08:30:00Z", "{status}");
}

/// The merge summary counts what was merged: study sessions and evidence
/// too, not only status changes and notes (issue 28: it said 「変更 0 件、
/// メモ 0 件、状態の変化 0 件」 after merging the other machine's sessions).
#[test]
fn the_merge_summary_counts_sessions_and_evidence() {
    let remote = Remote::new();
    let (laptop, work) = (Device::new("mia"), Device::new("mia"));
    laptop.ok(&["done", "alpha"]);
    laptop.init(&remote);
    work.ok(&["done", "alpha"]);
    work.init(&remote);
    work.ok(&["study", "beta", "1h", "--note", "evening"]);
    work.ok(&["evidence", "alpha", "https://example.org/mia/alpha"]);
    work.ok(&["note", "beta", "fun"]);
    work.sync();
    let out = laptop.ok(&["--lang", "en", "sync"]);
    assert!(out.contains("1 study session"), "{out}");
    assert!(out.contains("1 evidence link"), "{out}");
    assert!(out.contains("1 note"), "{out}");
    assert!(!out.contains("0 changes"), "{out}");
    work.ok(&["study", "beta", "30m"]);
    work.sync();
    let out = laptop.ok(&["--lang", "ja", "sync"]);
    assert!(out.contains("学習記録 1 件"), "{out}");
    assert!(!out.contains("0 件"), "{out}");
}
