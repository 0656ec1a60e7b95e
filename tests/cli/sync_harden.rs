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
        self.git(&[
            "-c",
            "user.name=x",
            "-c",
            "user.email=x@x",
            "commit",
            "-qm",
            message,
        ]);
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
