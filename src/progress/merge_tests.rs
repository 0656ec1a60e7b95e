//! Tests of the progress merge (`merge.rs`).

use super::super::{Note, StepRecord};
use super::*;

fn at(day: u32) -> DateTime<Utc> {
    format!("2026-11-{day:02}T12:00:00Z").parse().unwrap()
}

fn event(day: u32, step: &str, from: Status, to: Status) -> Event {
    Event {
        at: at(day),
        step: step.into(),
        from,
        to,
        note: None,
        batch: Some(u64::from(day)),
        device: None,
    }
}

fn record(status: Status, notes: &[(u32, &str)]) -> StepRecord {
    StepRecord {
        status,
        sessions: Vec::new(),
        evidence: Vec::new(),
        verifications: Vec::new(),
        notes: notes
            .iter()
            .map(|&(day, text)| Note {
                at: at(day),
                text: text.into(),
                batch: Some(u64::from(day)),
                device: None,
            })
            .collect(),
    }
}

#[test]
fn newer_side_wins_and_nothing_local_is_lost() {
    use Status::*;
    let mut local = Progress::default();
    local.steps.insert("a".into(), record(Done, &[(2, "mine")]));
    local.steps.insert("b".into(), record(InProgress, &[]));
    local.history = vec![event(2, "a", Todo, Done), event(5, "b", Todo, InProgress)];
    let mut incoming = Progress::default();
    incoming
        .steps
        .insert("a".into(), record(Skipped, &[(3, "theirs")]));
    incoming.steps.insert("b".into(), record(Done, &[]));
    incoming.steps.insert("c".into(), record(Done, &[]));
    incoming.history = vec![
        event(1, "b", Todo, Done),
        event(3, "a", Todo, Skipped),
        event(4, "c", Todo, Done),
    ];
    let summary = merge(&mut local, incoming);
    // a: their event (day 3) is newer than ours (day 2).
    assert_eq!(local.steps["a"].status, Skipped);
    assert_eq!(local.steps["a"].notes.len(), 2);
    // b: our event (day 5) is newer.
    assert_eq!(local.steps["b"].status, InProgress);
    assert_eq!(local.steps["c"].status, Done);
    let days: Vec<u32> = local
        .history
        .iter()
        .map(|e| e.at.format("%d").to_string().parse().unwrap())
        .collect();
    assert_eq!(days, [1, 2, 3, 4, 5]);
    assert_eq!(summary.events_added, 3);
    assert_eq!(summary.notes_added, 1);
    let changed: Vec<&str> = summary
        .statuses_changed
        .iter()
        .map(|c| c.step.as_str())
        .collect();
    assert_eq!(changed, ["a", "c"]);
}

#[test]
fn batches_survive_only_a_restore_into_empty_progress() {
    use Status::*;
    let mut incoming = Progress::default();
    incoming.steps.insert("a".into(), record(Done, &[(1, "n")]));
    incoming.history = vec![event(1, "a", Todo, Done)];
    let mut empty = Progress::default();
    merge(&mut empty, incoming.clone());
    assert_eq!(empty.history[0].batch, Some(1));
    assert_eq!(empty.steps["a"].notes[0].batch, Some(1));
    let mut used = Progress {
        history: vec![event(2, "b", Todo, Done)],
        ..Progress::default()
    };
    merge(&mut used, incoming);
    assert_eq!(used.history[0].batch, None, "theirs, merged in by time");
    assert_eq!(used.history[1].batch, Some(2), "ours, untouched");
    assert_eq!(used.steps["a"].notes[0].batch, None);
}

#[test]
fn merging_the_same_progress_twice_changes_nothing() {
    use Status::*;
    let mut local = Progress::default();
    let mut incoming = Progress::default();
    incoming.steps.insert("a".into(), record(Done, &[(1, "n")]));
    incoming.history = vec![event(1, "a", Todo, Done)];
    assert!(merge(&mut local, incoming.clone()).changed_anything());
    let before = local.clone();
    assert!(!merge(&mut local, incoming).changed_anything());
    assert_eq!(local, before);
}

fn on(device: &str, mut event: Event) -> Event {
    event.device = Some(device.into());
    event
}

fn synced(history: Vec<Event>) -> Progress {
    let mut p = Progress::default();
    for e in &history {
        p.steps.entry(e.step.clone()).or_default().status = e.to;
    }
    p.history = history;
    p
}

#[test]
fn the_same_step_changed_at_the_same_second_resolves_the_same_on_both_sides() {
    use Status::*;
    let a = synced(vec![on("aaa", event(3, "s", Todo, Done))]);
    let b = synced(vec![on("bbb", event(3, "s", Todo, Skipped))]);
    let mut ab = a.clone();
    merge(&mut ab, b.clone());
    let mut ba = b.clone();
    merge(&mut ba, a.clone());
    assert_eq!(ab, ba);
    // The greater device id breaks the tie; both events are kept.
    assert_eq!(ab.steps["s"].status, Skipped);
    assert_eq!(ab.history.len(), 2);
}

#[test]
fn a_tombstone_takes_back_the_other_copy_and_restores_the_status() {
    use Status::*;
    let start = on("aaa", event(1, "s", Todo, InProgress));
    let done = on("aaa", event(2, "s", InProgress, Done));
    let shared = synced(vec![start.clone(), done]);
    // Machine a undid the `done` after the sync; machine b still has it.
    let mut undone = synced(vec![start]);
    undone.undone.push(Tombstone {
        device: "aaa".into(),
        batch: 2,
    });
    let mut merged = shared.clone();
    let summary = merge(&mut merged, undone.clone());
    assert_eq!(merged.steps["s"].status, InProgress);
    assert_eq!(merged.history.len(), 1);
    assert_eq!(summary.statuses_changed.len(), 1);
    let mut other = undone;
    merge(&mut other, shared);
    assert_eq!(merged, other);
    // With nothing left for the step, it is back to todo and not stored.
    let mut only = synced(vec![on("aaa", event(4, "t", Todo, Done))]);
    let gone = Progress {
        undone: vec![Tombstone {
            device: "aaa".into(),
            batch: 4,
        }],
        ..Progress::default()
    };
    merge(&mut only, gone);
    assert!(only.steps.is_empty() && only.history.is_empty());
}

#[test]
fn ticks_join_the_same_way_on_both_sides_and_tombstones_take_them_back() {
    use super::super::Tick;
    let tick = |minute: u32, item: u32, device: &str, batch: u64| Tick {
        at: format!("2026-11-01T12:{minute:02}:00Z").parse().unwrap(),
        item,
        ticked: true,
        batch: Some(batch),
        device: Some(device.into()),
    };
    let mut a = Progress::default();
    a.ticks
        .insert("s".into(), vec![tick(1, 1, "aaa", 1), tick(3, 2, "aaa", 2)]);
    let mut b = Progress::default();
    b.ticks
        .insert("s".into(), vec![tick(1, 1, "aaa", 1), tick(2, 3, "bbb", 5)]);
    b.undone.push(Tombstone {
        device: "aaa".into(),
        batch: 1,
    });
    let mut ab = a.clone();
    let summary = merge(&mut ab, b.clone());
    let mut ba = b;
    merge(&mut ba, a);
    assert_eq!(ab, ba);
    let items: Vec<u32> = ab.ticks["s"].iter().map(|t| t.item).collect();
    assert_eq!(items, [3, 2], "in time order, the undone tick gone");
    assert_eq!(summary.ticks_added, 1);
}
