//! Merging progress from another copy of the store (another machine, a
//! backup) into this one, without losing anything recorded on either side.
//!
//! The merge is deterministic and, for synced copies (every event and note
//! carrying its device), commutative, associative and idempotent: the result
//! depends only on what the two sides hold together, never on which side is
//! local. So machines that sync in any order end up with the same progress.
//!
//! The rules:
//! - Tombstones (batches `undo` took back after a sync) are the union of
//!   both. An event or note of a tombstoned batch is dropped, whichever
//!   side still has it: an undo stays undone everywhere.
//! - History is the union of both, sorted by (time, device, batch, step,
//!   from, to, note): a total order, the same on every machine. An event
//!   is identified by (time, step, from, to, device), so the same change
//!   made on two devices in the same second is two events, and nothing is
//!   lost.
//! - Notes are the union of both, identified by (time, text, device), in
//!   the same order as events.
//! - A step's status is the `to` of its last event in that order (ties at
//!   the same second go to the greater device id). A step whose every event
//!   was taken back goes back to the `from` of the first one taken back. A
//!   step with no event on either side (hand-written or very old files)
//!   keeps its status if the sides agree, else takes the more finished one
//!   (done, skipped, in progress, todo in that order).
//! - A step left at todo with no notes is not stored (as everywhere else).
//! - Events and notes without a device (a backup from a machine never
//!   synced) keep their `undo` batch numbers only when merging into empty
//!   progress (restoring a backup); otherwise those numbers could collide
//!   with ours, so they come in without one, and `undo` never takes back
//!   part of a merge.
//!
//! Everything runs in time linear in the size of both, plus sorting.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Event, Note, Progress, Status, StepRecord, Tombstone};

/// What a merge changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeSummary {
    pub events_added: usize,
    pub notes_added: usize,
    /// Steps whose status changed, with the old and new status.
    pub statuses_changed: Vec<StatusChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusChange {
    pub step: String,
    pub from: Status,
    pub to: Status,
}

impl MergeSummary {
    pub fn changed_anything(&self) -> bool {
        self.events_added > 0 || self.notes_added > 0 || !self.statuses_changed.is_empty()
    }
}

type EventKey<'a> = (DateTime<Utc>, &'a str, Status, Status, Option<&'a str>);

/// [`EventKey`], owned.
type OwnedEventKey = (DateTime<Utc>, String, Status, Status, Option<String>);

fn owned_event_key(event: &Event) -> OwnedEventKey {
    let (at, step, from, to, device) = event_key(event);
    (at, step.to_string(), from, to, device.map(str::to_string))
}

fn event_key(event: &Event) -> EventKey<'_> {
    (
        event.at,
        event.step.as_str(),
        event.from,
        event.to,
        event.device.as_deref(),
    )
}

type NoteKey<'a> = (DateTime<Utc>, &'a str, Option<&'a str>);

fn note_key(note: &Note) -> NoteKey<'_> {
    (note.at, note.text.as_str(), note.device.as_deref())
}

/// How finished a status is, for the one rule that has no event to go by.
fn rank(status: Status) -> u8 {
    match status {
        Status::Todo => 0,
        Status::InProgress => 1,
        Status::Skipped => 2,
        Status::Done => 3,
    }
}

pub fn merge(local: &mut Progress, mut incoming: Progress) -> MergeSummary {
    let restoring = local.history.is_empty()
        && local.undone.is_empty()
        && local.steps.values().all(|r| r.notes.is_empty());
    if !restoring {
        for event in &mut incoming.history {
            if event.device.is_none() {
                event.batch = None;
            }
        }
        for record in incoming.steps.values_mut() {
            for note in &mut record.notes {
                if note.device.is_none() {
                    note.batch = None;
                }
            }
        }
    }
    let before: BTreeMap<String, Status> = local
        .steps
        .iter()
        .map(|(id, record)| (id.clone(), record.status))
        .collect();
    let known_events: HashSet<OwnedEventKey> = local.history.iter().map(owned_event_key).collect();
    let mut known_notes = 0;

    // Every field is named, so a field added to `Progress` without a merge
    // rule does not compile.
    let Progress {
        steps: their_steps,
        history: their_history,
        undone: their_undone,
    } = incoming;
    let our_history = std::mem::take(&mut local.history);
    let mut ours_steps = std::mem::take(&mut local.steps);
    let our_undone = std::mem::take(&mut local.undone);
    let undone: BTreeSet<Tombstone> = our_undone.into_iter().chain(their_undone).collect();
    let dead = |device: Option<&str>, batch: Option<u64>| {
        device.is_some_and(|device| {
            batch.is_some_and(|batch| {
                undone.contains(&Tombstone {
                    device: device.to_string(),
                    batch,
                })
            })
        })
    };

    // History.
    let (history, taken_back) = join_history(our_history, their_history, &dead);
    let events_added = history
        .iter()
        .filter(|e| !known_events.contains(&owned_event_key(e)))
        .count();

    // Records: notes joined, statuses from the history.
    let mut last_to: HashMap<&str, Status> = HashMap::new();
    for event in &history {
        last_to.insert(&event.step, event.to);
    }
    let taken_back: HashSet<&str> = taken_back.iter().map(|e| e.step.as_str()).collect();
    let mut theirs = their_steps;
    let mut steps = BTreeMap::new();
    let ids: BTreeSet<String> = ours_steps.keys().chain(theirs.keys()).cloned().collect();
    for id in ids {
        let mine = ours_steps.remove(&id);
        let other = theirs.remove(&id);
        let fallback = match (&mine, &other) {
            (Some(a), Some(b)) if rank(a.status) >= rank(b.status) => a.status,
            (Some(_), Some(b)) => b.status,
            (Some(a), None) | (None, Some(a)) => a.status,
            (None, None) => Status::Todo,
        };
        let status = last_to
            .get(id.as_str())
            .copied()
            .or_else(|| taken_back.contains(id.as_str()).then_some(Status::Todo))
            .unwrap_or(fallback);
        let mine_notes = mine.map(|r| r.notes).unwrap_or_default();
        known_notes += mine_notes
            .iter()
            .filter(|n| !dead(n.device.as_deref(), n.batch))
            .count();
        let notes = join_notes(
            mine_notes,
            other.map(|r| r.notes).unwrap_or_default(),
            &dead,
        );
        if status != Status::Todo || !notes.is_empty() {
            steps.insert(id, StepRecord { status, notes });
        }
    }
    let notes_after: usize = steps.values().map(|r: &StepRecord| r.notes.len()).sum();

    let mut statuses_changed = Vec::new();
    let ids: BTreeSet<&String> = before.keys().chain(steps.keys()).collect();
    for id in ids {
        let from = before.get(id).copied().unwrap_or_default();
        let to = steps.get(id).map(|r| r.status).unwrap_or_default();
        if from != to {
            statuses_changed.push(StatusChange {
                step: id.clone(),
                from,
                to,
            });
        }
    }
    local.steps = steps;
    local.history = history;
    local.undone = undone.into_iter().collect();
    MergeSummary {
        events_added,
        notes_added: notes_after.saturating_sub(known_notes),
        statuses_changed,
    }
}

type EventOrder<'a> = (
    DateTime<Utc>,
    Option<&'a str>,
    Option<u64>,
    &'a str,
    u8,
    u8,
    Option<&'a str>,
);

/// Where an event goes in a merged history.
fn event_order(e: &Event) -> EventOrder<'_> {
    (
        e.at,
        e.device.as_deref(),
        e.batch,
        &e.step,
        rank(e.from),
        rank(e.to),
        e.note.as_deref(),
    )
}

/// Both histories joined in the merge order, without duplicates, and the
/// events dropped by a tombstone (in the same order).
fn join_history(
    ours: Vec<Event>,
    theirs: Vec<Event>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> (Vec<Event>, Vec<Event>) {
    let mut all: Vec<Event> = ours.into_iter().chain(theirs).collect();
    // A total order on what an event says, so that the result never depends
    // on which side an event came from or in what order each side had it.
    all.sort_by(|a, b| event_order(a).cmp(&event_order(b)));
    let (taken_back, alive): (Vec<Event>, Vec<Event>) = all
        .into_iter()
        .partition(|e| dead(e.device.as_deref(), e.batch));
    let mut seen: HashMap<OwnedEventKey, usize> = HashMap::new();
    let mut history: Vec<Event> = Vec::with_capacity(alive.len());
    for event in alive {
        let key = owned_event_key(&event);
        match seen.get(&key) {
            // The same change twice (one copy restored from a backup without
            // its batch): keep the copy that says more, the same either way.
            Some(&i) => {
                if (event.batch, &event.note) > (history[i].batch, &history[i].note) {
                    history[i] = event;
                }
            }
            None => {
                seen.insert(key, history.len());
                history.push(event);
            }
        }
    }
    (history, taken_back)
}

/// Both lists of notes joined in the merge order, without duplicates and
/// without notes of batches taken back.
fn join_notes(
    ours: Vec<Note>,
    theirs: Vec<Note>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Note> {
    let mut all: Vec<Note> = ours
        .into_iter()
        .chain(theirs)
        .filter(|n| !dead(n.device.as_deref(), n.batch))
        .collect();
    all.sort_by(|a, b| {
        (a.at, &a.device, a.batch, &a.text).cmp(&(b.at, &b.device, b.batch, &b.text))
    });
    let mut notes: Vec<Note> = Vec::with_capacity(all.len());
    let mut seen: HashMap<(DateTime<Utc>, String, Option<String>), usize> = HashMap::new();
    for note in all {
        let (at, text, device) = note_key(&note);
        let key = (at, text.to_string(), device.map(str::to_string));
        match seen.get(&key) {
            Some(&i) => {
                if note.batch > notes[i].batch {
                    notes[i] = note;
                }
            }
            None => {
                seen.insert(key, notes.len());
                notes.push(note);
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
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
}
