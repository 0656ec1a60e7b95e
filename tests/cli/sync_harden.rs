//! Issue 23: a remote cannot delete or shrink a learner's progress, and
//! tampering by anyone with push access is merged, never taken wholesale.

use std::fs;
use std::path::PathBuf;

use tempfile::TempDir;

use crate::sync_support::{Device, Remote, git};

/// A plain clone of `remote` (as anyone with push access has).
pub struct Clone {
    _dir: TempDir,
    pub path: PathBuf,
}

impl Clone {
    pub fn of(remote: &Remote) -> Clone {
        let dir = tempfile::tempdir().unwrap();
        let out = git(dir.path(), &["clone", "-q", &remote.url(), "clone"]);
        assert!(out.status.success(), "git clone");
        let path = dir.path().join("clone");
        Clone { _dir: dir, path }
    }

    /// Runs git here, which must succeed.
    #[track_caller]
    pub fn git(&self, args: &[&str]) {
        let out = git(&self.path, args);
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Commits everything staged and pushes it.
    pub fn push(&self, message: &str) {
        self.git(&["commit", "-qm", message]);
        self.git(&["push", "-q", "origin", "HEAD:main"]);
    }

    pub fn write(&self, name: &str, contents: &[u8]) {
        let path = self.path.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
        self.git(&["add", "-f", "--", name]);
    }
}

fn done_count(device: &Device) -> usize {
    device
        .statuses()
        .iter()
        .filter(|s| s.ends_with("=\"done\""))
        .count()
}

#[test]
fn a_remote_that_deletes_or_empties_the_learners_file_is_merged_not_taken() {
    for tamper in ["delete", "empty", "shorter"] {
        let remote = Remote::new();
        let device = Device::new("ana");
        device.init(&remote);
        device.ok(&["done", "alpha"]);
        device.ok(&["done", "beta"]);
        device.ok(&["done", "gamma"]);
        device.sync();
        let before = device.file();
        let clone = Clone::of(&remote);
        match tamper {
            "delete" => clone.git(&["rm", "-q", "users/ana.json"]),
            "empty" => clone.write("users/ana.json", b"{\"version\":3,\"roadmaps\":{}}"),
            _ => {
                // An older copy: only the first done.
                let mut old: serde_json::Value = serde_json::from_slice(&before).unwrap();
                let history = old["roadmaps"]["small"]["history"].as_array_mut().unwrap();
                history.truncate(1);
                old["roadmaps"]["small"]["steps"]
                    .as_object_mut()
                    .unwrap()
                    .retain(|id, _| id == "alpha");
                clone.write("users/ana.json", &serde_json::to_vec(&old).unwrap());
            }
        }
        clone.push("tamper");
        let out = device.output(&["sync"]);
        assert!(out.status.success(), "{tamper}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("the remote dropped progress"),
            "{tamper}: {stderr}"
        );
        assert_eq!(done_count(&device), 3, "{tamper}: nothing lost here");
        // And the remote has it back.
        let other = Device::new("ana");
        other.init(&remote);
        assert_eq!(done_count(&other), 3, "{tamper}: restored on the remote");
        // A second sync has nothing more to say.
        let out = device.output(&["sync"]);
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("dropped"),
            "{tamper}"
        );
    }
}

#[test]
fn the_dropped_progress_warning_is_in_japanese_too() {
    let remote = Remote::new();
    let device = Device::new("ana");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    device.sync();
    let clone = Clone::of(&remote);
    clone.git(&["rm", "-q", "users/ana.json"]);
    clone.push("tamper");
    let out = device.output(&["--lang", "ja", "sync"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("リモートから進捗が消えていました"),
        "{stderr}"
    );
    assert_eq!(done_count(&device), 1);
}

/// Pushes the user file `edit` makes of the remote's copy.
fn tamper(remote: &Remote, user: &str, edit: impl FnOnce(&mut serde_json::Value)) {
    let clone = Clone::of(remote);
    let path = format!("users/{user}.json");
    let mut data: serde_json::Value =
        serde_json::from_slice(&fs::read(clone.path.join(&path)).unwrap()).unwrap();
    edit(&mut data);
    clone.write(&path, &serde_json::to_vec_pretty(&data).unwrap());
    clone.push("tamper");
}

fn status_of(device: &Device, step: &str) -> String {
    device
        .statuses()
        .into_iter()
        .find(|s| s.starts_with(&format!("\"{step}\"=")))
        .unwrap()
}

#[test]
fn a_foreign_batch_number_does_not_make_undo_take_back_the_wrong_change() {
    let remote = Remote::new();
    let device = Device::new("ana");
    device.init(&remote);
    device.ok(&["done", "alpha", "--at", "2026-11-01T10:00:00Z"]);
    device.sync();
    tamper(&remote, "ana", |data| {
        let history = data["roadmaps"]["small"]["history"].as_array_mut().unwrap();
        history.push(serde_json::json!({
            "at": "2026-11-02T10:00:00Z", "step": "delta", "from": "todo", "to": "in-progress",
            "device": "0000000000000000", "batch": 9007199254740991u64
        }));
        data["roadmaps"]["small"]["steps"]["delta"] = serde_json::json!({"status": "in-progress"});
    });
    device.sync();
    assert_eq!(status_of(&device, "delta"), "\"delta\"=\"in-progress\"");
    device.ok(&["done", "beta"]);
    device.ok(&["done", "gamma"]);
    device.ok(&["undo"]);
    assert_eq!(status_of(&device, "gamma"), "\"gamma\"=\"todo\"");
    assert_eq!(
        status_of(&device, "beta"),
        "\"beta\"=\"done\"",
        "one command"
    );
    assert_eq!(
        status_of(&device, "alpha"),
        "\"alpha\"=\"done\"",
        "not the synced one"
    );
    device.ok(&["undo"]);
    assert_eq!(status_of(&device, "beta"), "\"beta\"=\"todo\"");
    assert_eq!(status_of(&device, "alpha"), "\"alpha\"=\"done\"");
    assert_eq!(status_of(&device, "delta"), "\"delta\"=\"in-progress\"");
}

#[test]
fn a_batch_number_past_the_limit_is_refused_by_name() {
    let remote = Remote::new();
    let device = Device::new("ana");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    device.sync();
    tamper(&remote, "ana", |data| {
        data["roadmaps"]["small"]["undone"] = serde_json::json!([
            {"device": "0000000000000000", "batch": 18446744073709551615u64}
        ]);
    });
    device.ok(&["done", "beta"]);
    let err = device.fails(1, &["sync"]);
    assert!(err.contains("refused 'users/ana.json'"), "{err}");
    assert!(err.contains("18446744073709551615"), "{err}");
    // And a store holding one is refused the same way.
    let path = device.sandbox.user_file("ana");
    let mut data: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    // (synced: it has a device)
    data["roadmaps"]["small"]["history"][0]["batch"] = serde_json::json!(9007199254740992u64);
    fs::write(&path, serde_json::to_vec(&data).unwrap()).unwrap();
    let err = device.fails(1, &["status"]);
    assert!(err.contains("9007199254740992"), "{err}");
}

#[test]
fn two_sessions_at_the_same_time_with_different_notes_both_survive_a_sync() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    for note in ["morning", "evening"] {
        a.ok(&["study", "alpha", "1h", "--at", "2026-12-01", "--note", note]);
    }
    a.init(&remote);
    b.ok(&[
        "study",
        "alpha",
        "1h",
        "--at",
        "2026-12-01",
        "--note",
        "on the train",
    ]);
    b.init(&remote);
    a.sync();
    for device in [&a, &b] {
        let sessions = device.progress()["steps"]["alpha"]["sessions"].clone();
        let mut notes: Vec<&str> = sessions
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["note"].as_str().unwrap())
            .collect();
        notes.sort_unstable();
        assert_eq!(notes, ["evening", "morning", "on the train"], "{sessions}");
    }
}

/// A user file kept in a dotfiles folder and linked into the data folder:
/// sync commits its contents (never the link), and the link stays a link
/// whose target follows every sync.
#[cfg(unix)]
#[test]
fn a_symlinked_user_file_is_synced_by_its_contents_and_stays_a_link() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    let dotfiles = a.sandbox.path().join("dotfiles");
    fs::create_dir_all(&dotfiles).unwrap();
    a.ok(&["done", "alpha"]);
    let real = dotfiles.join("ana.json");
    fs::rename(a.sandbox.user_file("ana"), &real).unwrap();
    std::os::unix::fs::symlink(&real, a.sandbox.user_file("ana")).unwrap();
    a.init(&remote);
    let is_link = || {
        fs::symlink_metadata(a.sandbox.user_file("ana"))
            .unwrap()
            .file_type()
            .is_symlink()
    };
    assert!(is_link(), "sync init keeps the link");
    let listed = git(
        &remote.path(),
        &["ls-tree", "refs/heads/main", "users/ana.json"],
    );
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.starts_with("100644 blob"), "{listed}");
    b.init(&remote);
    assert_eq!(status_of(&b, "alpha"), "\"alpha\"=\"done\"");
    b.ok(&["done", "beta"]);
    b.sync();
    a.ok(&["done", "delta"]);
    a.sync();
    assert!(is_link(), "sync keeps the link");
    let status: serde_json::Value =
        serde_json::from_str(&a.ok(&["sync", "status", "--json"])).unwrap();
    assert_eq!(status["uncommitted"], false, "{status}");
    let target: serde_json::Value = serde_json::from_slice(&fs::read(&real).unwrap()).unwrap();
    assert_eq!(
        target["roadmaps"]["small"]["steps"]["beta"]["status"],
        "done"
    );
    b.sync();
    assert_eq!(
        status_of(&b, "delta"),
        "\"delta\"=\"in-progress\"".replace("in-progress", "done")
    );
}

#[cfg(unix)]
#[test]
fn only_user_files_travel_anything_else_is_refused_by_name() {
    use std::os::unix::fs::PermissionsExt;
    for (name, executable, says) in [
        ("run.sh", true, "only users/<name>.json files are synced"),
        (
            "foo/.gitattributes",
            false,
            "only users/<name>.json files are synced",
        ),
        (
            "notes/plan.md",
            false,
            "only users/<name>.json files are synced",
        ),
        ("users/bob.json", true, "it is executable"),
    ] {
        let remote = Remote::new();
        let device = Device::new("ana");
        device.ok(&["done", "alpha"]);
        device.init(&remote);
        let clone = Clone::of(&remote);
        let contents: &[u8] = if name.ends_with(".json") {
            b"{\"version\":3,\"roadmaps\":{}}"
        } else {
            b"#!/bin/sh\necho hi\n"
        };
        let path = clone.path.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, contents).unwrap();
        if executable {
            fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        }
        clone.git(&["add", "-f", "--", name]);
        clone.push("extra");
        let err = device.fails(1, &["sync"]);
        assert!(err.contains(&format!("refused '{name}'")), "{name}: {err}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(
            !device.sandbox.data_dir().join(name).exists(),
            "{name}: not checked out"
        );
    }
}

#[test]
fn a_remote_whose_history_was_rewritten_is_merged_and_said_so() {
    let remote = Remote::new();
    let device = Device::new("ana");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    device.ok(&["done", "beta"]);
    device.sync();
    // Someone force-pushes a history of their own, without ana's file.
    let clone = Clone::of(&remote);
    clone.git(&["checkout", "-q", "--orphan", "rewritten"]);
    clone.git(&["rm", "-rq", "--cached", "."]);
    clone.write("users/bob.json", b"{\"version\":3,\"roadmaps\":{}}");
    clone.git(&["commit", "-qm", "new"]);
    clone.git(&["push", "-qf", "origin", "HEAD:main"]);
    let out = device.output(&["sync", "--json"]);
    assert!(out.status.success(), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["remote_rewrote"], true, "{report}");
    let stderr = device.output(&["sync"]).stderr;
    assert!(String::from_utf8_lossy(&stderr).is_empty(), "said once");
    assert_eq!(done_count(&device), 2);
    let other = Device::new("ana");
    other.init(&remote);
    assert_eq!(done_count(&other), 2, "pushed back");
    let ja = Device::new("ana");
    ja.init(&remote);
    clone.git(&["commit", "-q", "--amend", "-m", "again", "--allow-empty"]);
    clone.git(&["push", "-qf", "origin", "HEAD:main"]);
    let out = ja.output(&["--lang", "ja", "sync"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("書き換えられて"),
        "{out:?}"
    );
}
