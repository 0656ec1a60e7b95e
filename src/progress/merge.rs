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

pub use super::merge_summary::{MergeSummary, StatusChange};
use super::{Event, Note, Progress, Status, StepRecord, Tombstone};
use chrono::{DateTime, Utc};

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
        && local.ticks.is_empty()
        && local.comments.is_empty()
        && local.steps.values().all(|r| r.batches().next().is_none());
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
            for session in &mut record.sessions {
                if session.device.is_none() {
                    session.batch = None;
                }
            }
            for evidence in &mut record.evidence {
                if evidence.device.is_none() {
                    evidence.batch = None;
                }
            }
            for verification in &mut record.verifications {
                if verification.device.is_none() {
                    verification.batch = None;
                }
            }
        }
        super::apply::forget_unsynced_batches(&mut incoming.applications);
    }
    let before: BTreeMap<String, Status> = local
        .steps
        .iter()
        .map(|(id, record)| (id.clone(), record.status))
        .collect();
    let known_events: HashSet<OwnedEventKey> = local.history.iter().map(owned_event_key).collect();
    let mut known_notes = 0;
    let known_sessions: usize = local.steps.values().map(|r| r.sessions.len()).sum();
    let known_evidence: usize = local.steps.values().map(|r| r.evidence.len()).sum();
    let mut known_verifications = 0;

    // Every field is named, so a field added to `Progress` without a merge
    // rule does not compile.
    let Progress {
        steps: their_steps,
        history: their_history,
        undone: their_undone,
        ticks: their_ticks,
        stack: their_stack,
        applications: their_applications,
        comments: their_comments,
    } = incoming;
    let our_history = std::mem::take(&mut local.history);
    let mut ours_steps = std::mem::take(&mut local.steps);
    let our_undone = std::mem::take(&mut local.undone);
    let our_ticks = std::mem::take(&mut local.ticks);
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
        let (mine_notes, mine_sessions, mine_evidence, mine_verified) = match mine {
            Some(r) => (r.notes, r.sessions, r.evidence, r.verifications),
            None => Default::default(),
        };
        let (other_notes, other_sessions, other_evidence, other_verified) = match other {
            Some(r) => (r.notes, r.sessions, r.evidence, r.verifications),
            None => Default::default(),
        };
        known_verifications += mine_verified
            .iter()
            .filter(|v| !dead(v.device.as_deref(), v.batch))
            .count();
        let verifications = super::verified::join(
            mine_verified.into_iter().chain(other_verified).collect(),
            &dead,
        );
        let sessions = super::record::join_sessions(
            mine_sessions.into_iter().chain(other_sessions).collect(),
            &dead,
        );
        let evidence = super::record::join_evidence(
            mine_evidence.into_iter().chain(other_evidence).collect(),
            &dead,
        );
        known_notes += mine_notes
            .iter()
            .filter(|n| !dead(n.device.as_deref(), n.batch))
            .count();
        let notes = join_notes(mine_notes, other_notes, &dead);
        let record = StepRecord {
            status,
            notes,
            sessions,
            evidence,
            verifications,
        };
        if !record.is_empty() {
            steps.insert(id, record);
        }
    }
    let notes_after: usize = steps.values().map(|r: &StepRecord| r.notes.len()).sum();
    let sessions_after: usize = steps.values().map(|r| r.sessions.len()).sum();
    let evidence_after: usize = steps.values().map(|r| r.evidence.len()).sum();
    let verifications_after: usize = steps.values().map(|r| r.verifications.len()).sum();

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
    let (ticks, ticks_added) =
        super::checklist::join_ticks(our_ticks, their_ticks, restoring, &dead);
    local.steps = steps;
    local.history = history;
    local.ticks = ticks;
    let settings_changed = usize::from(super::setting::merge(&mut local.stack, their_stack));
    let (applications_added, application_changes_added) =
        super::apply::merge(&mut local.applications, their_applications, &dead);
    let comments_added = super::comments::take_in(local, their_comments, restoring, &dead);
    local.undone = undone.into_iter().collect();
    MergeSummary {
        events_added,
        notes_added: notes_after.saturating_sub(known_notes),
        sessions_added: sessions_after.saturating_sub(known_sessions),
        evidence_added: evidence_after.saturating_sub(known_evidence),
        verifications_added: verifications_after.saturating_sub(known_verifications),
        applications_added,
        application_changes_added,
        settings_changed,
        ticks_added,
        comments_added,
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
#[path = "merge_tests.rs"]
mod tests;
