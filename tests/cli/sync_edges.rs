//! `roadmap sync` when things go wrong: no network, bad files on the
//! remote, other learners' files, no git; and its words and JSON.

use std::fs;

use serde_json::Value;

use crate::sync_support::{Device, Remote, git, remote_files};

#[test]
fn an_unreachable_remote_keeps_the_local_commit_and_loses_nothing() {
    let remote = Remote::new();
    let device = Device::new("uma");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    let away = remote.path().with_extension("away");
    fs::rename(remote.path(), &away).unwrap();
    let err = device.fails(1, &["sync"]);
    assert!(err.contains("could not reach the remote"), "{err}");
    assert!(err.contains("nothing is lost"), "{err}");
    let log = device.git(&["log", "--oneline"]);
    assert_eq!(
        String::from_utf8_lossy(&log.stdout).lines().count(),
        1,
        "committed here"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(status.contains("To push:   1 commit"), "{status}");
    // Every other command works offline.
    device.ok(&["done", "beta"]);
    fs::rename(&away, remote.path()).unwrap();
    let out = device.sync();
    assert!(out.contains("pushed"), "{out}");
    assert_eq!(
        device.ok(&["sync", "status"]).lines().nth(4),
        Some("To push:   0 commits")
    );
}

#[test]
fn corrupt_newer_or_foreign_files_from_the_remote_are_refused_by_name() {
    // Over the store's limit (32 MB): refused from its size alone.
    let big = format!(
        "{{\"version\": 4, \"roadmaps\": {{}}}}{}",
        " ".repeat(33 << 20)
    );
    for (name, contents, says) in [
        (
            "users/bob.json",
            big.as_str(),
            "over the limit of 33554432 bytes",
        ),
        ("users/lee.json", "{ \"version\": 3, \"roadm", "cut short"),
        (
            "users/lee.json",
            "{\"version\": 99, \"roadmaps\": {}}",
            "newer roadmap",
        ),
        (
            "users/bob.json",
            "[\"not a store\"]",
            "expected a JSON object",
        ),
        (
            "users/bob.lock",
            "x",
            "only users/<name>.json files are synced",
        ),
    ] {
        let remote = Remote::new();
        let device = Device::new("lee");
        device.ok(&["done", "alpha"]);
        device.init(&remote);
        let before = device.file();
        // Someone with plain git pushes a bad file.
        let other = tempfile::tempdir().unwrap();
        let clone = other.path().join("clone");
        assert!(
            git(other.path(), &["clone", "-q", &remote.url(), "clone"])
                .status
                .success()
        );
        fs::write(clone.join(name), contents).unwrap();
        for args in [
            &["add", "-f", name][..],
            &["commit", "-qm", "bad"],
            &["push", "-q", "origin", "HEAD:main"],
        ] {
            let out = git(&clone, args);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        device.ok(&["done", "beta"]);
        let pushed = remote.head();
        let err = device.fails(1, &["sync"]);
        assert!(
            err.contains(&format!("refused '{name}' from the remote")),
            "{err}"
        );
        assert!(err.contains(says), "{err}");
        assert!(err.contains("the local file was kept"), "{err}");
        assert_ne!(device.file(), before, "the local change is still here");
        assert!(device.statuses().contains(&"\"beta\"=\"done\"".to_string()));
        assert_eq!(remote.head(), pushed, "nothing pushed");
        assert!(!device.sandbox.data_dir().join(name).exists() || name.ends_with("lee.json"));
    }
}

#[test]
fn a_cohort_of_three_learners_and_a_mentor() {
    let remote = Remote::new();
    let learners = [Device::new("ana"), Device::new("ben"), Device::new("cho")];
    let steps = ["alpha", "delta", "beta"];
    for (learner, step) in learners.iter().zip(steps) {
        learner.ok(&["done", "alpha"]);
        if step != "alpha" {
            learner.ok(&["done", step]);
        }
        learner.init(&remote);
    }
    for learner in &learners {
        learner.sync();
    }
    assert_eq!(
        remote_files(&remote),
        [
            ".gitignore",
            "users/ana.json",
            "users/ben.json",
            "users/cho.json"
        ]
    );
    // Each learner's file holds only what they did.
    let ana = learners[0].progress();
    assert_eq!(ana["steps"].as_object().unwrap().len(), 1);

    let mentor = Device::new("mentor");
    let out = mentor.init(&remote);
    assert!(out.contains("nothing to push"), "{out}");
    let pushed = remote.head();
    let table = mentor.ok(&["status", "--all-users"]);
    for name in ["ana", "ben", "cho"] {
        assert!(table.contains(name), "{table}");
    }
    // The mentor's syncs never write to the remote.
    mentor.sync();
    assert_eq!(remote.head(), pushed);

    // A learner who changed another learner's file here is stopped before
    // anything is rewritten, once that learner pushes again.
    learners[1].ok(&["done", "beta"]);
    learners[1].sync();
    let bens = learners[0].sandbox.user_file("ben");
    fs::write(
        &bens,
        fs::read_to_string(&bens)
            .unwrap()
            .replace("done", "skipped"),
    )
    .unwrap();
    learners[0].ok(&["done", "beta"]);
    let err = learners[0].fails(1, &["sync"]);
    assert!(
        err.contains("would rewrite 'users/ben.json', another learner's file"),
        "{err}"
    );
    assert!(
        fs::read_to_string(&bens).unwrap().contains("skipped"),
        "left as it was"
    );
}

#[test]
fn sync_init_refuses_the_default_user_and_a_second_init() {
    let remote = Remote::new();
    let device = Device::new("default");
    let err = device.fails(2, &["sync", "init", &remote.url()]);
    assert!(err.contains("not 'default'"), "{err}");
    assert!(err.contains("--user <name>"), "{err}");
    assert!(!device.sandbox.data_dir().join(".git").exists());
    let device = Device::new("dee");
    let err = device.fails(2, &["sync"]);
    assert!(err.contains("sync is not set up"), "{err}");
    device.init(&remote);
    let err = device.fails(2, &["sync", "init", &remote.url()]);
    assert!(err.contains("already syncs with"), "{err}");
    let ja = device.fails(2, &["--lang", "ja", "sync", "init", &remote.url()]);
    assert!(ja.contains("すでに"), "{ja}");
}

#[test]
fn a_missing_git_is_named_with_an_install_hint() {
    let remote = Remote::new();
    let device = Device::new("gil");
    let empty = tempfile::tempdir().unwrap();
    let out = device
        .process(&["sync", "init", &remote.url()])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no `git` program was found on PATH"), "{err}");
    assert!(err.contains("hint: install Git"), "{err}");
}

#[test]
fn status_hides_credentials_and_git_errors_are_passed_on() {
    let device = Device::new("hal");
    // A remote that does not exist: set up, but the first fetch fails.
    let err = device.fails(
        1,
        &["sync", "init", "https://hal:s3cret@127.0.0.1:9/none.git"],
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert!(
        err.contains("could not reach the remote 'https://***@127.0.0.1:9/none.git'"),
        "{err}"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(
        status.contains("Remote:    https://***@127.0.0.1:9/none.git"),
        "{status}"
    );
    assert!(status.contains("Last sync: never"), "{status}");
    let json = device.ok(&["sync", "status", "--json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["user"], "hal");
    assert_eq!(json["to_push"], 0);
}

#[test]
fn sync_speaks_japanese() {
    let remote = Remote::new();
    let device = Device::new("yui");
    device.ok(&["done", "alpha"]);
    let out = device.ok(&["--lang", "ja", "sync", "init", &remote.url()]);
    assert!(
        out.starts_with("users/yui.json の同期を設定しました。リモート:"),
        "{out}"
    );
    assert!(
        out.contains("変更をコミットしました") && out.contains("送信しました"),
        "{out}"
    );
    let status = device.ok(&["--lang", "ja", "sync", "status"]);
    assert!(status.contains("未送信:   0 件のコミット"), "{status}");
    fs::rename(remote.path(), remote.path().with_extension("away")).unwrap();
    device.ok(&["done", "beta"]);
    let err = device.fails(1, &["--lang", "ja", "sync"]);
    assert!(err.contains("に接続できず"), "{err}");
    assert!(err.contains("次の `roadmap sync` で送られます"), "{err}");
}

#[test]
fn every_sync_json_field_is_documented() {
    let docs = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md")).unwrap();
    let remote = Remote::new();
    let (a, b) = (Device::new("jo"), Device::new("jo"));
    a.ok(&["done", "alpha"]);
    a.init(&remote);
    b.ok(&["done", "delta"]);
    let outputs = [
        b.ok(&["sync", "init", &remote.url(), "--json"]),
        b.ok(&["sync", "status", "--json"]),
    ];
    let mut keys = Vec::new();
    for output in &outputs {
        let value: Value = serde_json::from_str(output).unwrap();
        collect_keys(&value, &mut keys);
    }
    assert!(keys.contains(&"events_added".to_string()), "{keys:?}");
    for key in keys {
        assert!(
            docs.contains(&format!("\"{key}\"")),
            "docs/json.md lacks \"{key}\""
        );
    }
}

fn collect_keys(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                into.push(key.clone());
                collect_keys(value, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_keys(v, into)),
        _ => {}
    }
}

#[test]
fn sync_help_exists_in_japanese() {
    let device = Device::new("kai");
    let help = device.ok(&["--lang", "ja", "sync", "--help"]);
    assert!(help.starts_with("Git のリモートを通して"), "{help}");
    assert!(help.contains("例:\n  roadmap sync\n"), "{help}");
    let init = device.ok(&["--lang", "ja", "sync", "init", "--help"]);
    assert!(init.contains("'default' は使えません"), "{init}");
    let status = device.ok(&["--lang", "ja", "sync", "status", "--help"]);
    assert!(status.contains("リモートには接続しません"), "{status}");
}
