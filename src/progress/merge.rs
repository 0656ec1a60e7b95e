//! Merging progress from another copy of the store (a backup, another
//! machine) into this one, without losing anything recorded here.
//!
//! The rules:
//! - History is the union of both, an event being identified by
//!   (time, step, from, to); events only the other side has are merged in
//!   by time, and local events keep their order.
//! - Notes are the union of both, identified by (time, text).
//! - A step both sides know takes the status of the side that changed it
//!   last (the newest event for that step); with no event to tell, the
//!   local status stays. A step only the other side knows is added.
//! - `undo` batch numbers are kept only when merging into empty progress
//!   (restoring a backup). Otherwise the other side's numbers could collide
//!   with ours, so its changes come in without one: `undo` keeps undoing
//!   this machine's own changes and never part of the merge.
//!
//! Everything runs in time linear in the size of both (plus sorting).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Event, Progress, Status};

/// What a merge changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeSummary {
    pub events_added: usize,
    pub notes_added: usize,
    /// Study sessions and evidence links only the other side had.
    pub sessions_added: usize,
    pub evidence_added: usize,
    /// Checklist ticks and unticks brought in.
    pub ticks_added: usize,
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
        self.events_added > 0
            || self.notes_added > 0
            || self.sessions_added > 0
            || self.evidence_added > 0
            || self.ticks_added > 0
            || !self.statuses_changed.is_empty()
    }
}

type EventKey<'a> = (DateTime<Utc>, &'a str, Status, Status);

fn key(event: &Event) -> EventKey<'_> {
    (event.at, event.step.as_str(), event.from, event.to)
}

pub fn merge(local: &mut Progress, mut incoming: Progress) -> MergeSummary {
    let mut summary = MergeSummary::default();
    let restoring = local.history.is_empty()
        && local.ticks.is_empty()
        && local.steps.values().all(|r| r.batches().next().is_none());
    summary.ticks_added = super::checklist::merge_ticks(local, &mut incoming, restoring);
    if !restoring {
        super::record::forget_batches(&mut incoming);
        for event in &mut incoming.history {
            event.batch = None;
        }
        for record in incoming.steps.values_mut() {
            for note in &mut record.notes {
                note.batch = None;
            }
        }
    }

    // Which side changed each step last, before the histories are joined.
    // `true` means the incoming side has a newer event than any local one.
    let mut newest: HashMap<&str, (DateTime<Utc>, bool)> = HashMap::new();
    for event in &local.history {
        let entry = newest.entry(&event.step).or_insert((event.at, false));
        if event.at >= entry.0 {
            *entry = (event.at, false);
        }
    }
    let known: HashSet<EventKey> = local.history.iter().map(key).collect();
    let mut fresh: Vec<&Event> = incoming
        .history
        .iter()
        .filter(|event| !known.contains(&key(event)))
        .collect();
    for event in &fresh {
        let entry = newest.entry(&event.step).or_insert((event.at, true));
        if event.at > entry.0 {
            *entry = (event.at, true);
        }
    }
    let incoming_wins: HashSet<String> = newest
        .into_iter()
        .filter(|(_, (_, theirs))| *theirs)
        .map(|(step, _)| step.to_string())
        .collect();

    // Records.
    for (id, theirs) in incoming.steps {
        match local.steps.get_mut(&id) {
            None => {
                if !theirs.is_empty() {
                    summary.notes_added += theirs.notes.len();
                    summary.sessions_added += theirs.sessions.len();
                    summary.evidence_added += theirs.evidence.len();
                    if theirs.status != Status::Todo {
                        summary.statuses_changed.push(StatusChange {
                            step: id.clone(),
                            from: Status::Todo,
                            to: theirs.status,
                        });
                    }
                    local.steps.insert(id, theirs);
                }
            }
            Some(ours) => {
                let (sessions, evidence) =
                    super::record::merge_extras(ours, theirs.sessions, theirs.evidence);
                summary.sessions_added += sessions;
                summary.evidence_added += evidence;
                let notes: HashSet<(DateTime<Utc>, &str)> = ours
                    .notes
                    .iter()
                    .map(|note| (note.at, note.text.as_str()))
                    .collect();
                let new_notes: Vec<_> = theirs
                    .notes
                    .into_iter()
                    .filter(|note| !notes.contains(&(note.at, note.text.as_str())))
                    .collect();
                if !new_notes.is_empty() {
                    summary.notes_added += new_notes.len();
                    ours.notes.extend(new_notes);
                    ours.notes.sort_by_key(|note| note.at);
                }
                if theirs.status != ours.status && incoming_wins.contains(&id) {
                    summary.statuses_changed.push(StatusChange {
                        step: id.clone(),
                        from: ours.status,
                        to: theirs.status,
                    });
                    ours.status = theirs.status;
                }
            }
        }
    }

    // History: a stable merge by time of the local list and the new events.
    fresh.sort_by_key(|event| event.at);
    summary.events_added = fresh.len();
    if !fresh.is_empty() {
        let ours = std::mem::take(&mut local.history);
        let mut merged = Vec::with_capacity(ours.len() + fresh.len());
        let mut theirs = fresh.into_iter().peekable();
        for event in ours {
            while let Some(next) = theirs.next_if(|next| next.at < event.at) {
                merged.push(next.clone());
            }
            merged.push(event);
        }
        merged.extend(theirs.cloned());
        local.history = merged;
    }
    summary.statuses_changed.sort_by(|a, b| a.step.cmp(&b.step));
    summary
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
        }
    }

    fn record(status: Status, notes: &[(u32, &str)]) -> StepRecord {
        StepRecord {
            status,
            sessions: Vec::new(),
            evidence: Vec::new(),
            notes: notes
                .iter()
                .map(|&(day, text)| Note {
                    at: at(day),
                    text: text.into(),
                    batch: Some(u64::from(day)),
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
}
