//! How many changes are not yet synced: everything recorded here that no
//! sync has stamped with this device yet (a sync stamps what it commits).

use super::Progress;

impl Progress {
    /// Status changes, notes, sessions, evidence, verifications, ticks and
    /// the stack setting that carry no device yet.
    pub fn unsynced(&self) -> usize {
        let events = self.history.iter().filter(|e| e.device.is_none()).count();
        let records: usize = self
            .steps
            .values()
            .map(|r| {
                r.notes.iter().filter(|n| n.device.is_none()).count()
                    + r.sessions.iter().filter(|s| s.device.is_none()).count()
                    + r.evidence.iter().filter(|e| e.device.is_none()).count()
                    + r.verifications
                        .iter()
                        .filter(|v| v.device.is_none())
                        .count()
            })
            .sum();
        let ticks = self.ticks.values().flatten();
        let ticks = ticks.filter(|t| t.device.is_none()).count();
        let stack = usize::from(self.stack.as_ref().is_some_and(|s| s.device.is_none()));
        events + records + ticks + stack
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Event, Status};
    use super::*;

    #[test]
    fn only_what_no_sync_stamped_counts() {
        let mut progress = Progress::default();
        let event = |device: Option<&str>| Event {
            at: "2026-11-02T09:00:00Z".parse().unwrap(),
            step: "alpha".into(),
            from: Status::Todo,
            to: Status::Done,
            note: None,
            batch: Some(1),
            device: device.map(str::to_string),
        };
        progress.history = vec![event(Some("a")), event(None)];
        assert_eq!(progress.unsynced(), 1);
        progress.stamp("b");
        assert_eq!(progress.unsynced(), 0);
    }
}
