//! Batch numbers: each invocation that changes progress is one batch, the
//! unit `undo` takes back. Numbers never wrap and are renumbered when a
//! restored backup brings huge ones; synced changes keep theirs.

use super::{MAX_BATCH, Progress, StepRecord};

impl Progress {
    /// The batch number for the next invocation that changes something:
    /// one more than any recorded, or `None` past [`MAX_BATCH`] (a file
    /// edited by hand or a hostile backup), where [`Progress::new_batch`]
    /// renumbers.
    pub fn next_batch(&self) -> Option<u64> {
        let events = self.history.iter().filter_map(|e| e.batch);
        let records = self.steps.values().flat_map(StepRecord::batches);
        let applications = self.application_owners().filter_map(|(_, batch)| batch);
        let records = records.chain(applications);
        // An undone, synced batch keeps its number: a new batch reusing it
        // would be taken back with it on the other machines.
        let undone = self.undone.iter().map(|t| t.batch);
        events
            .chain(records)
            .chain(self.tick_batches())
            .chain(self.comment_owners().filter_map(|(_, batch)| batch))
            .chain(undone)
            .max()
            .unwrap_or(0)
            .checked_add(1)
            .filter(|&batch| batch <= MAX_BATCH)
    }

    /// The batch number for an invocation about to change something,
    /// renumbering the recorded batches first if they reach [`MAX_BATCH`]:
    /// a counter that wrapped to 0 would make `undo` take back the wrong
    /// changes.
    pub fn new_batch(&mut self) -> u64 {
        if let Some(batch) = self.next_batch() {
            return batch;
        }
        self.renumber_batches();
        self.next_batch().unwrap_or(1)
    }

    /// Every batch number recorded, with the device it belongs to (`None`:
    /// never synced); tombstones included.
    fn all_owners(&self) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        let events = self.history.iter().map(|e| (e.device.as_deref(), e.batch));
        let records = self.steps.values().flat_map(StepRecord::owners);
        let undone = self
            .undone
            .iter()
            .map(|t| (Some(t.device.as_str()), Some(t.batch)));
        events
            .chain(records)
            .chain(self.tick_owners())
            .chain(self.application_owners())
            .chain(self.comment_owners())
            .chain(undone)
    }

    /// A synced batch number (one with a device, or a tombstone) past
    /// [`MAX_BATCH`], which the store refuses to read or write: only a
    /// hostile or hand-edited file has one, and synced numbers are never
    /// renumbered. Numbers never synced are renumbered on the next change.
    pub fn batch_out_of_range(&self) -> Option<u64> {
        self.all_owners()
            .filter(|(owner, _)| owner.is_some())
            .filter_map(|(_, batch)| batch)
            .find(|&batch| batch > MAX_BATCH)
    }

    /// The batch number for the next invocation on `device` (`None`: never
    /// synced): one more than any of this machine's own, never synced or of
    /// `device`. Undo knows a batch by its device and number, so another
    /// device's numbers, however large, neither collide nor exhaust ours.
    /// `None` past [`MAX_BATCH`].
    pub fn next_batch_on(&self, device: Option<&str>) -> Option<u64> {
        self.all_owners()
            .filter(|(owner, _)| owner.is_none() || *owner == device)
            .filter_map(|(_, batch)| batch)
            .max()
            .unwrap_or(0)
            .checked_add(1)
            .filter(|&batch| batch <= MAX_BATCH)
    }

    /// [`Progress::new_batch`] on `device` (see [`Progress::next_batch_on`]).
    /// Should this device's own synced numbers reach the limit (only a
    /// hostile file does that), the smallest number it has not used.
    pub fn new_batch_on(&mut self, device: Option<&str>) -> u64 {
        if let Some(batch) = self.next_batch_on(device) {
            return batch;
        }
        self.renumber_batches();
        if let Some(batch) = self.next_batch_on(device) {
            return batch;
        }
        let used: std::collections::BTreeSet<u64> = self
            .all_owners()
            .filter(|(owner, _)| owner.is_none() || *owner == device)
            .filter_map(|(_, batch)| batch)
            .collect();
        (1..=MAX_BATCH).find(|n| !used.contains(n)).unwrap_or(1)
    }

    /// Renumbers the recorded batches 1, 2, 3 … in their order, so that
    /// each invocation stays one unit for `undo` and the numbers stay far
    /// from overflowing (a restored backup may bring any number). Synced
    /// changes (with a device) keep their numbers: other machines and
    /// tombstones know them by it.
    pub fn renumber_batches(&mut self) {
        let own = |batch: Option<u64>, device: Option<&str>| batch.filter(|_| device.is_none());
        let mut batches: Vec<u64> = self
            .history
            .iter()
            .filter_map(|e| own(e.batch, e.device.as_deref()))
            .collect();
        batches.extend(
            self.steps
                .values()
                .flat_map(StepRecord::owners)
                .filter_map(|(device, batch)| own(batch, device)),
        );
        batches.extend(
            self.ticks
                .values()
                .flatten()
                .filter_map(|t| own(t.batch, t.device.as_deref())),
        );
        batches.extend(
            self.application_owners()
                .filter_map(|(device, batch)| own(batch, device)),
        );
        batches.extend(
            self.comments
                .iter()
                .filter_map(|c| own(c.batch, c.device.as_deref())),
        );
        batches.sort_unstable();
        batches.dedup();
        // Positions in a sorted list: n·log n for the whole history.
        let renumber = |batch: &mut Option<u64>, device: &Option<String>| {
            if device.is_none()
                && let Some(old) = *batch
                && let Ok(index) = batches.binary_search(&old)
            {
                *batch = Some(index as u64 + 1);
            }
        };
        for event in &mut self.history {
            renumber(&mut event.batch, &event.device);
        }
        for record in self.steps.values_mut() {
            for note in &mut record.notes {
                renumber(&mut note.batch, &note.device);
            }
            for session in &mut record.sessions {
                renumber(&mut session.batch, &session.device);
            }
            for evidence in &mut record.evidence {
                renumber(&mut evidence.batch, &evidence.device);
            }
            for verification in &mut record.verifications {
                renumber(&mut verification.batch, &verification.device);
            }
        }
        for tick in self.ticks.values_mut().flatten() {
            renumber(&mut tick.batch, &tick.device);
        }
        for app in &mut self.applications {
            renumber(&mut app.batch, &app.device);
            for change in &mut app.changes {
                renumber(&mut change.batch, &change.device);
            }
        }
        for comment in &mut self.comments {
            renumber(&mut comment.batch, &comment.device);
        }
    }

    /// Marks every event, note, session, piece of evidence, tick and comment not yet attributed to a device as made by
    /// `device`. Sync does this before sharing them: what has no device has
    /// never left this machine. Returns whether anything changed.
    pub fn stamp(&mut self, device: &str) -> bool {
        let mut changed = false;
        let events = self.history.iter_mut().map(|e| &mut e.device);
        let records = self.steps.values_mut().flat_map(|record| {
            let notes = record.notes.iter_mut().map(|n| &mut n.device);
            let sessions = record.sessions.iter_mut().map(|s| &mut s.device);
            let evidence = record.evidence.iter_mut().map(|e| &mut e.device);
            let verified = record.verifications.iter_mut().map(|v| &mut v.device);
            notes.chain(sessions).chain(evidence).chain(verified)
        });
        let ticks = self.ticks.values_mut().flatten().map(|t| &mut t.device);
        let applications = self.applications.iter_mut().flat_map(|app| {
            let changes = app.changes.iter_mut().map(|c| &mut c.device);
            std::iter::once(&mut app.device).chain(changes)
        });
        let comments = self.comments.iter_mut().map(|c| &mut c.device);
        let rest = ticks.chain(applications).chain(comments);
        for slot in events.chain(records).chain(rest) {
            if slot.is_none() {
                *slot = Some(device.to_string());
                changed = true;
            }
        }
        changed | super::setting::stamp(&mut self.stack, device)
    }
}
