//! Undoing the last invocation that changed something.
//!
//! Undo *removes* what the invocation recorded (its history events and the
//! notes it added) and puts each step back to the status it had before. It
//! does not record a revert: a mistaken `done` must not count toward pace,
//! and a second `undo` then simply reaches the invocation before.
//!
//! Undo takes back this machine's own changes only: those of no device
//! (never synced) or of this one. When the batch it takes back was already
//! synced (its events carry a device), a [`Tombstone`] remembers it, so
//! that a merge drops the copy another machine still has.

use serde::{Deserialize, Serialize};

use super::{
    Application, Event, Evidence, Note, Progress, Session, StageChange, Status, StepRecord, Tick,
    Verification,
};
use crate::roadmap::Roadmap;

/// A synced batch that `undo` took back: its device and batch number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub device: String,
    pub batch: u64,
}

impl Tombstone {
    /// Whether this tombstone takes back what `device` recorded in `batch`.
    pub fn covers(&self, device: Option<&str>, batch: Option<u64>) -> bool {
        device == Some(self.device.as_str()) && batch == Some(self.batch)
    }
}

/// Whether a change recorded by `recorded_by` is this machine's own, for
/// `undo`: never synced, or synced from this device.
fn is_own(recorded_by: Option<&str>, this_device: Option<&str>) -> bool {
    recorded_by.is_none() || recorded_by == this_device
}

/// What one `undo` took back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Undone {
    /// The reverted status changes, in the order they were made.
    pub events: Vec<Event>,
    /// The removed notes with the id of the step they were on.
    pub notes: Vec<(String, Note)>,
    /// The removed study sessions and evidence, with their step's id.
    pub sessions: Vec<(String, Session)>,
    pub evidence: Vec<(String, Evidence)>,
    /// The removed verifications, with their step's id.
    pub verifications: Vec<(String, Verification)>,
    /// The removed checklist ticks with the id of their step.
    pub ticks: Vec<(String, Tick)>,
    /// The removed job applications (with their stage changes).
    pub applications: Vec<Application>,
    /// The removed stage changes, with their application.
    pub application_changes: Vec<(Application, StageChange)>,
    /// The removed mentor comments.
    pub comments: Vec<super::Comment>,
}

impl Progress {
    /// Reverts the most recent invocation: the highest batch, or for files
    /// written before batches existed, the trailing events that share one
    /// timestamp. `None` when there is nothing to undo.
    pub fn undo_last(&mut self, roadmap: &Roadmap) -> Option<Undone> {
        self.undo_last_on(roadmap, None)
    }

    /// [`Progress::undo_last`] on the device `device` (`None` before the
    /// data directory was ever synced): another machine's changes are not
    /// this machine's to undo.
    pub fn undo_last_on(&mut self, roadmap: &Roadmap, device: Option<&str>) -> Option<Undone> {
        let undone = match self.last_batch(device) {
            Some((owner, batch)) => {
                let undone = self.take_batch(owner.as_deref(), batch);
                if let Some(device) = owner {
                    let tombstone = Tombstone { device, batch };
                    if let Err(at) = self.undone.binary_search(&tombstone) {
                        self.undone.insert(at, tombstone);
                    }
                }
                undone
            }
            None => self.take_legacy_group(device)?,
        };
        // A synced batch is taken back the way a merge takes it back (see
        // `merge`): the step's status is what its remaining history says,
        // so every machine agrees. A batch never synced puts each step back
        // to the status it had before.
        let synced = undone.events.iter().any(|e| e.device.is_some());
        for event in undone.events.iter().rev() {
            let id = self.record_id(roadmap, &event.step);
            let before = if synced {
                let step = roadmap.index_of(&event.step);
                self.history
                    .iter()
                    .rev()
                    .find(|e| {
                        e.step == event.step || step.is_some() && roadmap.index_of(&e.step) == step
                    })
                    .map_or(Status::Todo, |e| e.to)
            } else {
                event.from
            };
            let record = self.steps.entry(id.clone()).or_default();
            record.status = before;
            // Steps never touched are not stored; keep it that way.
            if record.is_empty() {
                self.steps.remove(&id);
            }
        }
        let touched = undone.notes.iter().map(|(id, _)| id);
        let touched = touched
            .chain(undone.sessions.iter().map(|(id, _)| id))
            .chain(undone.evidence.iter().map(|(id, _)| id))
            .chain(undone.verifications.iter().map(|(id, _)| id));
        for id in touched {
            if self.steps.get(id).is_some_and(|r| r.is_empty()) {
                self.steps.remove(id);
            }
        }
        Some(undone)
    }

    /// This machine's latest batch, with the device its changes carry
    /// (`None` when not yet synced).
    fn last_batch(&self, device: Option<&str>) -> Option<(Option<String>, u64)> {
        let events = self.history.iter().map(|e| (e.device.as_deref(), e.batch));
        let records = self.steps.values().flat_map(StepRecord::owners);
        events
            .chain(records)
            .chain(self.tick_owners())
            .chain(self.application_owners())
            .chain(self.comment_owners())
            .filter(|(owner, _)| is_own(*owner, device))
            .filter_map(|(owner, batch)| Some((batch?, owner)))
            .max()
            .map(|(batch, owner)| (owner.map(str::to_string), batch))
    }

    fn take_batch(&mut self, owner: Option<&str>, batch: u64) -> Undone {
        let (events, kept): (Vec<Event>, Vec<Event>) = std::mem::take(&mut self.history)
            .into_iter()
            .partition(|e| e.batch == Some(batch) && e.device.as_deref() == owner);
        self.history = kept;
        let mut undone = Undone {
            events,
            ..Undone::default()
        };
        for (id, record) in &mut self.steps {
            let (taken, kept): (Vec<Note>, Vec<Note>) = std::mem::take(&mut record.notes)
                .into_iter()
                .partition(|n| n.batch == Some(batch) && n.device.as_deref() == owner);
            record.notes = kept;
            undone
                .notes
                .extend(taken.into_iter().map(|note| (id.clone(), note)));
            let (taken, kept): (Vec<Session>, Vec<Session>) = std::mem::take(&mut record.sessions)
                .into_iter()
                .partition(|s| s.batch == Some(batch) && s.device.as_deref() == owner);
            record.sessions = kept;
            undone
                .sessions
                .extend(taken.into_iter().map(|s| (id.clone(), s)));
            let (taken, kept): (Vec<Evidence>, Vec<Evidence>) =
                std::mem::take(&mut record.evidence)
                    .into_iter()
                    .partition(|e| e.batch == Some(batch) && e.device.as_deref() == owner);
            record.evidence = kept;
            undone
                .evidence
                .extend(taken.into_iter().map(|e| (id.clone(), e)));
            let (taken, kept): (Vec<Verification>, Vec<Verification>) =
                std::mem::take(&mut record.verifications)
                    .into_iter()
                    .partition(|v| v.batch == Some(batch) && v.device.as_deref() == owner);
            record.verifications = kept;
            undone
                .verifications
                .extend(taken.into_iter().map(|v| (id.clone(), v)));
        }
        undone.ticks = self.take_tick_batch(owner, batch);
        (undone.applications, undone.application_changes) =
            self.take_application_batch(owner, batch);
        undone.comments = self.take_comment_batch(owner, batch);
        undone
    }

    /// Events without a batch, from files written before batches existed:
    /// one `done a b c` wrote them with one timestamp, so the trailing run
    /// of events sharing the last timestamp is one invocation. Its notes
    /// are the ones with the same step, time and text. Only this machine's
    /// events count (see [`is_own`]).
    fn take_legacy_group(&mut self, device: Option<&str>) -> Option<Undone> {
        let own = |e: &Event| e.batch.is_none() && is_own(e.device.as_deref(), device);
        let last = self.history.iter().rev().find(|e| own(e))?.at;
        let (events, kept): (Vec<Event>, Vec<Event>) = std::mem::take(&mut self.history)
            .into_iter()
            .partition(|e| own(e) && e.at == last);
        self.history = kept;
        let mut notes = Vec::new();
        for event in &events {
            let (Some(text), Some(record)) = (&event.note, self.steps.get_mut(&event.step)) else {
                continue;
            };
            if let Some(i) = record.notes.iter().rposition(|n| {
                n.batch.is_none() && n.device == event.device && n.at == event.at && &n.text == text
            }) {
                notes.push((event.step.clone(), record.notes.remove(i)));
            }
        }
        Some(Undone {
            events,
            notes,
            ..Undone::default()
        })
    }

    /// The key under which a step's record lives: the id the event names if
    /// stored, else the step's current id (the record may have moved from
    /// an alias since).
    fn record_id(&self, roadmap: &Roadmap, id: &str) -> String {
        if self.steps.contains_key(id) {
            return id.to_string();
        }
        roadmap
            .index_of(id)
            .map_or_else(|| id.to_string(), |i| roadmap.steps[i].id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;
    use crate::progress::Status;

    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [
                    {"id": "a", "stage": "s", "title": "A", "aliases": ["old-a"]},
                    {"id": "b", "stage": "s", "title": "B"},
                    {"id": "c", "stage": "s", "title": "C"}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    fn at(day: u32) -> DateTime<Utc> {
        format!("2026-01-{day:02}T10:00:00Z").parse().unwrap()
    }

    #[test]
    fn undo_reverts_one_invocation_at_a_time() {
        let r = roadmap();
        let mut p = Progress::default();
        let batch = p.new_batch();
        p.set_status(&r, 0, Status::InProgress, at(1), None, batch);
        let batch = p.new_batch();
        for step in [0, 1] {
            p.set_status(&r, step, Status::Done, at(2), Some("ok"), batch);
            p.add_note(&r, step, "ok", at(2), batch);
        }
        assert_eq!(p.next_batch(), Some(3));

        let undone = p.undo_last(&r).unwrap();
        assert_eq!(undone.events.len(), 2);
        assert_eq!(undone.notes.len(), 2);
        assert_eq!(
            p.statuses(&r),
            [Status::InProgress, Status::Todo, Status::Todo]
        );
        assert!(!p.steps.contains_key("b"), "untouched again, so not stored");

        let undone = p.undo_last(&r).unwrap();
        assert_eq!(undone.events[0].to, Status::InProgress);
        assert_eq!(p, Progress::default());
        assert!(p.undo_last(&r).is_none());
    }

    #[test]
    fn a_note_alone_is_undone() {
        let r = roadmap();
        let mut p = Progress::default();
        p.set_status(&r, 2, Status::Done, at(1), None, 1);
        p.add_note(&r, 2, "thought", at(3), 2);
        let undone = p.undo_last(&r).unwrap();
        assert!(undone.events.is_empty());
        assert_eq!(undone.notes[0].1.text, "thought");
        assert_eq!(p.statuses(&r)[2], Status::Done);
        assert!(p.steps["c"].notes.is_empty());
    }

    #[test]
    fn legacy_events_are_grouped_by_timestamp() {
        let r = roadmap();
        let mut p: Progress = serde_json::from_str(
            r#"{"steps": {"old-a": {"status": "done", "notes": [{"at": "2026-01-02T10:00:00Z", "text": "n"}]},
                          "b": {"status": "done"}, "c": {"status": "done"}},
                "history": [
                  {"at": "2026-01-01T10:00:00Z", "step": "c", "from": "todo", "to": "done"},
                  {"at": "2026-01-02T10:00:00Z", "step": "old-a", "from": "todo", "to": "done", "note": "n"},
                  {"at": "2026-01-02T10:00:00Z", "step": "b", "from": "todo", "to": "done"}
                ]}"#,
        )
        .expect("a file from before batches loads");
        assert_eq!(p.next_batch(), Some(1));
        let undone = p.undo_last(&r).unwrap();
        assert_eq!(undone.events.len(), 2);
        assert_eq!(undone.notes.len(), 1);
        assert_eq!(p.statuses(&r), [Status::Todo, Status::Todo, Status::Done]);
        assert_eq!(p.history.len(), 1);
    }

    #[test]
    fn undo_finds_a_record_moved_from_an_alias() {
        let r = roadmap();
        let mut p = Progress::default();
        p.history.push(Event {
            at: at(1),
            step: "old-a".into(),
            from: Status::Todo,
            to: Status::Done,
            note: None,
            batch: Some(1),
            device: None,
        });
        p.steps.insert(
            "a".into(),
            super::super::StepRecord {
                status: Status::Done,
                ..Default::default()
            },
        );
        p.undo_last(&r).unwrap();
        assert!(p.steps.is_empty());
        assert!(p.history.is_empty());
    }

    #[test]
    fn undo_after_a_sync_leaves_a_tombstone_and_spares_other_devices() {
        let r = roadmap();
        let mut p = Progress::default();
        p.set_status(&r, 0, Status::Done, at(1), None, 1);
        assert!(p.stamp("mine"));
        // Another machine's change, merged in with a higher batch number.
        p.set_status(&r, 1, Status::Done, at(2), None, 7);
        p.history[1].device = Some("theirs".into());
        // Not synced yet: no device, no tombstone needed.
        p.set_status(&r, 2, Status::Done, at(3), None, 2);
        let undone = p.undo_last_on(&r, Some("mine")).unwrap();
        assert_eq!(undone.events[0].step, "c");
        assert!(p.undone.is_empty());
        let undone = p.undo_last_on(&r, Some("mine")).unwrap();
        assert_eq!(
            undone.events[0].step, "a",
            "the other machine's batch 7 is not ours"
        );
        assert_eq!(
            p.undone,
            [Tombstone {
                device: "mine".into(),
                batch: 1
            }]
        );
        assert_eq!(p.statuses(&r), [Status::Todo, Status::Done, Status::Todo]);
        assert!(p.undo_last_on(&r, Some("mine")).is_none());
        assert_eq!(p.next_batch(), Some(8));
    }
}
