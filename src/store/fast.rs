//! Reading a user file as roadmap writes it, quickly.
//!
//! A store of 100,000 steps half done is 11 MB of pretty JSON: 50,000
//! records `{"status": "done"}` and 50,000 history events. serde_json
//! spends most of its time there on the generic machinery (whitespace,
//! keys, visitors), not on the data. This reader knows those two shapes
//! and reads them directly; every other value (a record with notes, an
//! event with an escaped note, the goal, checklist ticks, …) is handed to
//! serde_json, one value at a time, through the very types the store
//! derives.
//!
//! It never decides anything: it gives the data only when the whole file
//! was read this way, and the data is what serde_json would give. At the
//! first thing it does not expect (keys out of order, a value serde_json
//! refuses, a wrong version) it gives up, and the file is parsed again by
//! serde_json alone, which accepts or refuses it and says why. So every
//! file is accepted or refused exactly as before.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::format::UserData;
use super::scan::{Reader, Seen};
use crate::progress::{self, Event, Goal, Progress, Status, StepRecord, Tick, Tombstone};

/// The data in `text`, if all of it is in forms this reader knows and
/// serde_json accepts, and its version is `version`.
pub(super) fn read(text: &str, version: u32) -> Option<UserData> {
    let mut reader = Reader { text, at: 0 };
    let data = reader.user_data(version)?;
    reader.space();
    (reader.at == text.len()).then_some(data)
}

impl Reader<'_> {
    fn user_data(&mut self, version: u32) -> Option<UserData> {
        let mut data = UserData::default();
        let mut seen = Seen(0);
        let mut more = self.open(b'{', b'}')?;
        while more {
            match self.key()?.as_ref() {
                "version" => {
                    seen.first(0)?;
                    data.version = u32::try_from(self.number()?).ok()?;
                }
                "roadmaps" => {
                    seen.first(1)?;
                    data.roadmaps = self.roadmaps()?;
                }
                "goal" => {
                    seen.first(2)?;
                    data.goal = self.serde::<Option<Goal>>()?;
                }
                _ => return None,
            }
            more = self.more(b'}')?;
        }
        // A missing or other version is for serde_json and the migrations.
        (seen.0 & 1 != 0 && data.version == version).then_some(data)
    }

    fn roadmaps(&mut self) -> Option<BTreeMap<String, Progress>> {
        let mut roadmaps = Vec::new();
        let mut more = self.open(b'{', b'}')?;
        while more {
            let id = self.string()?;
            self.eat(b':')?;
            in_order(&roadmaps, &id)?;
            let progress = self.progress()?;
            roadmaps.push((id, progress));
            more = self.more(b'}')?;
        }
        Some(roadmaps.into_iter().collect())
    }

    fn progress(&mut self) -> Option<Progress> {
        let mut progress = Progress::default();
        let mut seen = Seen(0);
        let mut more = self.open(b'{', b'}')?;
        while more {
            match self.key()?.as_ref() {
                "steps" => {
                    seen.first(0)?;
                    progress.steps = self.steps()?;
                }
                "history" => {
                    seen.first(1)?;
                    progress.history = self.history(progress.steps.len())?;
                }
                "ticks" => {
                    seen.first(2)?;
                    progress.ticks = self.serde::<Ticks>()?.0;
                }
                "stack" => {
                    seen.first(3)?;
                    progress.stack = self.serde::<Option<String>>()?;
                }
                "undone" => {
                    seen.first(4)?;
                    progress.undone = self.serde::<Vec<Tombstone>>()?;
                }
                _ => return None,
            }
            more = self.more(b'}')?;
        }
        Some(progress)
    }

    fn steps(&mut self) -> Option<BTreeMap<String, StepRecord>> {
        let mut steps = Vec::new();
        let mut more = self.open(b'{', b'}')?;
        while more {
            let id = self.string()?;
            self.eat(b':')?;
            in_order(&steps, &id)?;
            let start = self.at;
            let record = match self.status_only() {
                Some(status) => StepRecord {
                    status,
                    ..StepRecord::default()
                },
                None => {
                    self.at = start;
                    self.serde::<StepRecord>()?
                }
            };
            steps.push((id, record));
            more = self.more(b'}')?;
        }
        Some(steps.into_iter().collect())
    }

    /// A record with nothing but its status: `{"status": "done"}`.
    fn status_only(&mut self) -> Option<Status> {
        self.eat(b'{')?;
        if !self.field("status") {
            return None;
        }
        let status = status(self.plain()?)?;
        self.eat(b'}')?;
        Some(status)
    }

    /// The history; `records` (the number of step records) is a first
    /// guess of its length: each finished step has at least one event.
    fn history(&mut self, records: usize) -> Option<Vec<Event>> {
        let mut history = Vec::with_capacity(records);
        let mut more = self.open(b'[', b']')?;
        while more {
            let start = self.at;
            let event = match self.event() {
                Some(event) => event,
                None => {
                    self.at = start;
                    self.serde::<Event>()?
                }
            };
            history.push(event);
            more = self.more(b']')?;
        }
        Some(history)
    }

    /// An event with its fields in the order roadmap writes them, and
    /// plain strings.
    fn event(&mut self) -> Option<Event> {
        self.eat(b'{')?;
        if !self.field("at") {
            return None;
        }
        let at = progress::read_stamp(self.plain()?)?;
        self.eat(b',')?;
        let step = self.field("step").then(|| self.plain())??.to_string();
        self.eat(b',')?;
        let from = self.field("from").then(|| self.plain())??;
        self.eat(b',')?;
        let to = self.field("to").then(|| self.plain())??;
        let mut event = Event {
            at,
            step,
            from: status(from)?,
            to: status(to)?,
            note: None,
            batch: None,
            device: None,
        };
        // The optional fields, each at most once, in this order.
        let mut last = 0;
        while self.more(b'}')? {
            let key = self.key()?;
            let rank = ["note", "batch", "device"].iter().position(|k| *k == key)?;
            if rank < last {
                return None;
            }
            last = rank + 1;
            match rank {
                0 => event.note = Some(self.plain()?.to_string()),
                1 => event.batch = Some(self.number()?),
                _ => event.device = Some(self.plain()?.to_string()),
            }
        }
        Some(event)
    }
}

/// Checklist ticks, read as the store reads them.
#[derive(Deserialize)]
struct Ticks(#[serde(deserialize_with = "progress::sorted_map")] BTreeMap<String, Vec<Tick>>);

fn status(text: &str) -> Option<Status> {
    match text {
        "todo" => Some(Status::Todo),
        "in-progress" => Some(Status::InProgress),
        "done" => Some(Status::Done),
        "skipped" => Some(Status::Skipped),
        _ => None,
    }
}

/// Keys after the last one, as roadmap writes them; anything else (a key
/// twice, or a file edited by hand) is left to serde_json.
fn in_order<V>(entries: &[(String, V)], key: &str) -> Option<()> {
    match entries.last() {
        Some((last, _)) if last.as_str() >= key => None,
        _ => Some(()),
    }
}

#[cfg(test)]
#[path = "fast_tests.rs"]
mod tests;
