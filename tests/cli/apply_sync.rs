//! The application log through sync: two machines keep both sides'
//! applications; a private log never reaches the remote.

use crate::sync_support::{Device, Remote, git};

fn companies(device: &Device) -> Vec<String> {
    let list = device
        .sandbox
        .json(&["--user", &device.user, "apply", "list"]);
    let mut names: Vec<String> = list["applications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["company"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn two_machines_keep_their_offline_applications() {
    let remote = Remote::new();
    let (laptop, desktop) = (Device::new("ana"), Device::new("ana"));
    laptop.ok(&[
        "apply",
        "add",
        "Shared",
        "--channel",
        "agent",
        "--at",
        "2026-11-01",
    ]);
    laptop.init(&remote);
    let init = desktop.init(&remote);
    assert!(
        init.contains("your job applications with company names"),
        "{init}"
    );
    // Offline on both: a new application each, and a move of the shared one.
    laptop.ok(&["apply", "add", "From laptop", "--channel", "direct"]);
    laptop.ok(&["apply", "move", "1", "passed"]);
    desktop.ok(&["apply", "add", "From desktop", "--channel", "referral"]);
    laptop.sync();
    let merged = desktop.sync();
    assert!(
        merged.contains("1 job application, 1 application stage change"),
        "{merged}"
    );
    laptop.sync();
    let all = ["From desktop", "From laptop", "Shared"];
    assert_eq!(companies(&laptop), all);
    assert_eq!(companies(&desktop), all);
    let stage = |d: &Device| {
        let list = d.sandbox.json(&["--user", &d.user, "apply", "list"]);
        (list["applications"].as_array().unwrap().iter())
            .find(|a| a["company"] == "Shared")
            .map(|a| a["stage"].clone())
    };
    assert_eq!(stage(&laptop), Some("passed".into()));
    assert_eq!(stage(&desktop), Some("passed".into()));
}

#[test]
fn a_private_log_never_reaches_the_remote() {
    let remote = Remote::new();
    let ana = Device::new("ana");
    ana.ok(&["apply", "private", "on"]);
    ana.ok(&["apply", "add", "Initech Secret", "--channel", "agent"]);
    let init = ana.ok(&["--lang", "ja", "sync", "init", &remote.url()]);
    assert!(
        init.contains("応募の記録はこの端末だけに残ります"),
        "{init}"
    );
    ana.ok(&["apply", "move", "1", "passed"]);
    ana.sync();
    let clone = tempfile::tempdir().unwrap();
    let out = git(clone.path(), &["clone", "-q", &remote.url(), "c"]);
    assert!(out.status.success());
    let log = git(&clone.path().join("c"), &["log", "-p", "--all"]);
    let everything = String::from_utf8_lossy(&log.stdout);
    assert!(everything.contains("users/ana.json"), "{everything}");
    assert!(!everything.contains("Secret"), "{everything}");
    assert_eq!(companies(&ana), ["Initech Secret"]);
}
