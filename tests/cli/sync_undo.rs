//! `undo` and `log` after a sync (issue 28): undo says when the change it
//! takes back was made and the status the step ends with, refuses a change
//! already synced unless asked, and `log` shows each transition from the
//! status the step really had then.

use crate::sync_support::{Device, Remote};

/// A command run at a fixed moment.
#[track_caller]
fn at(device: &Device, now: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = device.process(args);
    cmd.env("ROADMAP_NOW", now);
    cmd.output().expect("roadmap runs")
}

#[track_caller]
fn ok_at(device: &Device, now: &str, args: &[&str]) -> String {
    let out = at(device, now, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn undo_after_a_sync_says_when_and_what_the_step_ends_as() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    ok_at(&a, "2026-11-10T09:00:00Z", &["start", "alpha"]);
    ok_at(&a, "2026-11-10T09:05:00Z", &["sync", "init", &remote.url()]);
    ok_at(&b, "2026-11-10T10:00:00Z", &["sync", "init", &remote.url()]);
    // Offline: A skips alpha, B (which never saw that) finishes it.
    ok_at(&a, "2026-11-11T09:00:00Z", &["skip", "alpha"]);
    ok_at(&b, "2026-11-12T10:00:00Z", &["done", "alpha"]);
    ok_at(&b, "2026-11-12T10:05:00Z", &["sync"]);
    ok_at(&a, "2026-11-14T18:00:00Z", &["sync"]);
    // The log tells B's done from the status alpha had then: skipped.
    let log = ok_at(&a, "2026-11-14T18:01:00Z", &["log"]);
    assert!(
        log.contains("2026-11-12 10:00  [x] 1.1  Alpha — skipped → done"),
        "{log}"
    );
    assert!(!log.contains("in progress → done"), "{log}");
    // A's last change was synced: refused, dated, exit 2, file untouched.
    let before = a.file();
    let out = at(&a, "2026-11-14T18:02:00Z", &["undo"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("(2026-11-11 09:00)"), "{said}");
    assert!(said.contains("(2026-11-14 18:00)"), "{said}");
    assert!(said.contains("roadmap undo --synced"), "{said}");
    assert_eq!(a.file(), before);
    let out = at(&a, "2026-11-14T18:02:00Z", &["--lang", "ja", "undo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("前回の同期"));
    // Asked: the skip goes, and alpha ends done (B's), as undo says.
    let undo = ok_at(&a, "2026-11-14T18:03:00Z", &["undo", "--synced"]);
    assert_eq!(
        undo,
        "Undid: [x] 1.1  Alpha — skipped taken back, now done\n  (recorded 2026-11-11 09:00)\n"
    );
    assert!(a.statuses().contains(&"\"alpha\"=\"done\"".to_string()));
    // A change not yet synced is undone without a flag.
    ok_at(&a, "2026-11-14T18:04:00Z", &["note", "alpha", "oops"]);
    let undo = ok_at(&a, "2026-11-14T18:05:00Z", &["--lang", "ja", "undo"]);
    assert!(undo.contains("（2026-11-14 18:04 の記録）"), "{undo}");
}
