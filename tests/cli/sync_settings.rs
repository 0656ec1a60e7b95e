//! Per-user settings (the weekly goal, the stack) travel through sync and
//! converge on every machine, whichever syncs first (issue 28's first high
//! defect: a goal set on one machine was lost, or came back old).

use crate::sync_support::{Device, Remote};

fn goal(device: &Device) -> serde_json::Value {
    let out = device.output(&["--json", "goal"]);
    assert!(out.status.success());
    serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["minutes_per_week"].clone()
}

#[test]
fn a_goal_set_on_one_machine_survives_the_other_machines_sync() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    a.ok(&["goal", "10h"]);
    a.init(&remote);
    b.ok(&["study", "alpha", "1h"]);
    b.init(&remote);
    a.sync();
    assert_eq!(goal(&a), 600, "A keeps its goal");
    b.sync();
    assert_eq!(goal(&b), 600, "B gets A's goal");
}

#[test]
fn a_changed_goal_is_not_brought_back_by_an_older_one() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ana"), Device::new("ana"));
    a.ok(&["goal", "10h"]);
    a.init(&remote);
    b.init(&remote);
    assert_eq!(goal(&b), 600);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    a.ok(&["goal", "12h"]);
    b.ok(&["study", "alpha", "30m"]);
    b.sync();
    a.sync();
    assert_eq!(goal(&a), 720, "the newer goal stays");
    b.sync();
    assert_eq!(goal(&b), 720, "and reaches B");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.ok(&["goal", "--clear"]);
    b.sync();
    a.sync();
    assert_eq!(goal(&a), serde_json::Value::Null, "a clearing travels too");
}
