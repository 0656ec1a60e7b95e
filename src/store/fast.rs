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
use std::io::Read;

use serde::Deserialize;

use super::cursor::{Cursor, text};
use super::format::UserData;
use super::scan::{Reader, Seen};
use crate::progress::{self, Event, Goal, Progress, Status, StepRecord, Tick, Tombstone};

/// The data `input` holds, if all of it is in forms this reader knows and
/// serde_json accepts, and its version is `version`.
pub(super) fn read(input: impl Read, version: u32) -> Option<UserData> {
    read_from(Reader::new(input), version)
}

fn read_from(mut reader: Reader<impl Read>, version: u32) -> Option<UserData> {
    let data = reader.user_data(version)?;
    reader.at_end().then_some(data)
}

impl<R: Read> Reader<R> {
    fn user_data(&mut self, version: u32) -> Option<UserData> {
        let mut data = UserData::default();
        let mut seen = Seen(0);
        let mut more = self.open(b'{', b'}')?;
        while more {
            let field = self.key(&["version", "roadmaps", "goal"])?;
            seen.first(field as u8)?;
            match field {
                0 => data.version = u32::try_from(self.number()?).ok()?,
                1 => data.roadmaps = self.roadmaps()?,
                _ => data.goal = self.serde::<Option<Goal>>()?,
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
            self.mark();
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
            let field = self.key(&["steps", "history", "ticks", "stack", "undone"])?;
            seen.first(field as u8)?;
            match field {
                0 => progress.steps = self.steps()?,
                1 => progress.history = self.history(progress.steps.len())?,
                2 => progress.ticks = self.serde::<Ticks>()?.0,
                3 => progress.stack = self.serde::<Option<String>>()?,
                _ => progress.undone = self.serde::<Vec<Tombstone>>()?,
            }
            more = self.more(b'}')?;
        }
        Some(progress)
    }

    fn steps(&mut self) -> Option<BTreeMap<String, StepRecord>> {
        // Most records hold a status only: gathered small, then moved into
        // the map at their full size once (2 MB less at 100,000 steps than
        // a vector of full records grown by doubling).
        let mut steps: Vec<(String, Record)> = Vec::new();
        let mut more = self.open(b'{', b'}')?;
        while more {
            self.mark();
            // The common record, read whole from the window; any other by
            // serde_json.
            let mut cursor = Cursor::new(self.ahead(WHOLE));
            let (id, record) = match whole_status_record(&mut cursor) {
                Some((id, status)) => {
                    self.at += cursor.at;
                    (id, Record::Status(status))
                }
                None => {
                    let id = self.string()?;
                    self.eat(b':')?;
                    (id, Record::Full(Box::new(self.serde::<StepRecord>()?)))
                }
            };
            in_order(&steps, &id)?;
            steps.push((id, record));
            more = self.more(b'}')?;
        }
        let steps = steps.into_iter().map(|(id, record)| {
            let record = match record {
                Record::Status(status) => StepRecord {
                    status,
                    ..StepRecord::default()
                },
                Record::Full(record) => *record,
            };
            (id, record)
        });
        Some(steps.collect())
    }

    /// The history; `records` (the number of step records) is a first
    /// guess of its length: each finished step has at least one event.
    fn history(&mut self, records: usize) -> Option<Vec<Event>> {
        let mut history = Vec::with_capacity(records);
        let mut more = self.open(b'[', b']')?;
        while more {
            self.mark();
            // The common event, read whole from the window; any other (a
            // long note, keys written otherwise) by serde_json.
            let mut cursor = Cursor::new(self.ahead(WHOLE));
            let event = match whole_event(&mut cursor) {
                Some(event) => {
                    self.at += cursor.at;
                    event
                }
                None => self.serde::<Event>()?,
            };
            history.push(event);
            more = self.more(b']')?;
        }
        Some(history)
    }
}

/// How many bytes the window is read on to before a record or an event is
/// read whole from it: more than either takes as roadmap writes it, bar a
/// long note (read the slower way).
const WHOLE: usize = 4096;

/// A step id and a record with nothing but its status, written as
/// roadmap writes it: `"id": {"status": "done"}`.
fn whole_status_record(c: &mut Cursor<'_>) -> Option<(String, Status)> {
    let id = c.plain(text)?;
    c.eat(b':')?;
    c.eat(b'{')?;
    c.field(b"\"status\":")?;
    let status = c.plain(status)?;
    c.eat(b'}')?;
    Some((id, status))
}

/// An event with its fields in the order roadmap writes them (the
/// optional ones each at most once), its keys written as roadmap writes
/// them (`"at":`), and plain strings.
fn whole_event(c: &mut Cursor<'_>) -> Option<Event> {
    c.eat(b'{')?;
    c.field(b"\"at\":")?;
    let at = c.plain(progress::read_stamp)?;
    c.eat(b',')?;
    c.field(b"\"step\":")?;
    let step = c.plain(text)?;
    c.eat(b',')?;
    c.field(b"\"from\":")?;
    let from = c.plain(status)?;
    c.eat(b',')?;
    c.field(b"\"to\":")?;
    let to = c.plain(status)?;
    let mut event = Event {
        at,
        step,
        from,
        to,
        note: None,
        batch: None,
        device: None,
    };
    // The optional fields, each at most once, in this order.
    let mut last = 0;
    while c.more(b'}')? {
        let rank = [&b"\"note\":"[..], b"\"batch\":", b"\"device\":"]
            .iter()
            .position(|key| {
                let at = c.at;
                c.field(key).is_some() || {
                    c.at = at;
                    false
                }
            })?;
        if rank < last {
            return None;
        }
        last = rank + 1;
        match rank {
            0 => event.note = Some(c.plain(text)?),
            1 => event.batch = Some(c.number()?),
            _ => event.device = Some(c.plain(text)?),
        }
    }
    Some(event)
}

/// A step record as first read.
enum Record {
    Status(Status),
    Full(Box<StepRecord>),
}

/// Checklist ticks, read as the store reads them.
#[derive(Deserialize)]
struct Ticks(#[serde(deserialize_with = "progress::sorted_map")] BTreeMap<String, Vec<Tick>>);

fn status(text: &[u8]) -> Option<Status> {
    match text {
        b"todo" => Some(Status::Todo),
        b"in-progress" => Some(Status::InProgress),
        b"done" => Some(Status::Done),
        b"skipped" => Some(Status::Skipped),
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

#[cfg(test)]
#[path = "fast_cases.rs"]
mod cases;
