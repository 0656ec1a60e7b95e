//! A mentor who follows a cohort through one remote (issue 28's second
//! high defect): writing on a learner's synced file is refused and names
//! the comment command; a data folder already in that state is put right
//! by `roadmap sync restore NAME`, never by a manual git step; and
//! `--user` with `sync` says what it does.

use crate::sync_support::{Device, Remote};

/// The mentor's machine, run as another user with `--user NAME`.
fn as_user(device: &Device, user: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = device.sandbox.process();
    crate::sync_support::isolate(&mut cmd, &device.sandbox.path().join("home"));
    cmd.args(["--user", user]).args(args);
    cmd.output().expect("roadmap runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_note_on_a_learners_synced_file_is_refused_and_names_the_comment_command() {
    let remote = Remote::new();
    let (ben, mentor) = (Device::new("ben"), Device::new("mentor"));
    ben.ok(&["start", "alpha"]);
    ben.init(&remote);
    mentor.init(&remote);
    let before = mentor.sandbox.user_bytes("ben");
    for args in [
        &["note", "alpha", "look at chapter 3"][..],
        &["done", "alpha"],
        &["study", "alpha", "1h"],
        &["evidence", "alpha", "https://example.com/x"],
        &["goal", "5h"],
    ] {
        let out = as_user(&mentor, "ben", args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let said = text(&out.stderr);
        assert!(said.contains("roadmap comment ben"), "{said}");
        assert!(said.contains("users/ben.json"), "{said}");
    }
    assert_eq!(
        mentor.sandbox.user_bytes("ben"),
        before,
        "ben's file unchanged"
    );
    // Ben syncs a change; the mentor's sync still goes through.
    ben.ok(&["done", "alpha"]);
    ben.sync();
    mentor.sync();
    // In Japanese too.
    let out = as_user(&mentor, "ben", &["--lang", "ja", "note", "alpha", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("roadmap comment ben"));
    // The mentor's own file is theirs to write; a user never synced here
    // (a local profile) stays writable.
    mentor.ok(&["note", "alpha", "my own note"]);
    let out = as_user(&mentor, "solo", &["note", "alpha", "local only"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_folder_already_blocked_by_a_write_on_a_learners_file_is_restored_by_a_command() {
    let remote = Remote::new();
    let (ben, mentor) = (Device::new("ben"), Device::new("mentor"));
    ben.ok(&["start", "alpha"]);
    ben.init(&remote);
    mentor.init(&remote);
    // As an older roadmap let it: the mentor's note goes into ben's file.
    let file = mentor.sandbox.user_file("ben");
    let mut data = mentor.sandbox.user_json("ben");
    data["roadmaps"]["small"]["steps"]["alpha"]["notes"] = serde_json::json!([
        {"at": "2026-11-02T10:00:00Z", "text": "mentor was here"}
    ]);
    std::fs::write(&file, serde_json::to_vec_pretty(&data).unwrap()).unwrap();
    ben.ok(&["done", "alpha"]);
    ben.sync();
    let said = mentor.fails(1, &["sync"]);
    assert!(said.contains("roadmap sync restore ben"), "{said}");
    // `--user ben sync` neither pretends to sync mentor's file nor ben's.
    let out = as_user(&mentor, "ben", &["sync"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        !text(&out.stdout).contains("Synced"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("mentor"),
        "{}",
        text(&out.stderr)
    );
    // The way out: one command, which says what is lost.
    let restored = mentor.ok(&["sync", "restore", "ben"]);
    assert!(restored.contains("users/ben.json"), "{restored}");
    assert!(restored.contains("1 note"), "{restored}");
    mentor.sync();
    let ben_there = &mentor.sandbox.user_json("ben")["roadmaps"]["small"]["steps"]["alpha"];
    assert_eq!(ben_there["status"], "done", "ben's latest came in");
    assert!(
        ben_there.get("notes").is_none(),
        "the mentor's note is gone"
    );
    // Nothing left to restore: said so, exit 2.
    let said = mentor.fails(2, &["sync", "restore", "ben"]);
    assert!(said.contains("ben"), "{said}");
    // The mentor's own file is never "restored" away.
    let said = mentor.fails(2, &["sync", "restore", "mentor"]);
    assert!(said.contains("mentor"), "{said}");
}

#[test]
fn the_merge_summary_names_sessions_evidence_and_settings_in_both_languages() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    a.init(&remote);
    b.init(&remote);
    a.ok(&["goal", "5h"]);
    a.ok(&["study", "alpha", "1h"]);
    a.ok(&["evidence", "alpha", "https://example.com/a"]);
    a.sync();
    b.ok(&["note", "alpha", "from b"]);
    let said = b.sync();
    assert!(
        said.contains("1 study session, 1 evidence link, 1 setting updated"),
        "{said}"
    );
    assert!(!said.contains(" 0 "), "{said}");
    // Japanese.
    a.ok(&["study", "alpha", "30m"]);
    a.sync();
    b.ok(&["note", "alpha", "again"]);
    let said = b.ok(&["--lang", "ja", "sync"]);
    assert!(said.contains("学習記録 1 件"), "{said}");
    assert!(!said.contains("0 件"), "{said}");
}

/// Thirty learners who sync at the same moment all land on one remote,
/// each with what they recorded: a push that loses the race fetches,
/// merges and tries again (bounded, with random pauses).
#[test]
fn thirty_learners_syncing_at_the_same_moment_all_land() {
    const COHORT: usize = 30;
    let remote = Remote::new();
    let mentor = Device::new("mentor");
    mentor.init(&remote);
    let learners: Vec<Device> = (0..COHORT)
        .map(|i| Device::new(&format!("learner{i:02}")))
        .collect();
    // Each records a change, then all of them set up sync (which pushes)
    // at the same moment.
    for learner in &learners {
        learner.ok(&["done", "alpha"]);
        learner.ok(&["note", "alpha", &format!("by {}", learner.user)]);
    }
    let running: Vec<std::process::Child> = learners
        .iter()
        .map(|learner| {
            let mut cmd = learner.process(&["sync", "init", &remote.url()]);
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().expect("roadmap starts")
        })
        .collect();
    for (learner, child) in learners.iter().zip(running) {
        let out = child.wait_with_output().expect("roadmap ends");
        assert!(
            out.status.success(),
            "{}: {}",
            learner.user,
            text(&out.stderr)
        );
    }
    mentor.sync();
    for learner in &learners {
        let there = &mentor.sandbox.user_json(&learner.user)["roadmaps"]["small"];
        assert_eq!(
            there["steps"]["alpha"]["status"], "done",
            "{}",
            learner.user
        );
        let notes = there["steps"]["alpha"]["notes"].to_string();
        assert!(notes.contains(&format!("by {}", learner.user)), "{notes}");
        assert_eq!(learner.git(&["status", "--porcelain"]).stdout, b"");
    }
}
