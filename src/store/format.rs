//! The user file on disk: its shape, its version, reading it strictly and
//! migrating older versions.
//!
//! Reading is strict on purpose. A file this build does not fully
//! understand (not JSON, cut short, an unknown field, a newer version) is
//! refused, never "repaired": writing it back would drop what this build
//! could not see.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Result;
use crate::progress::{Goal, Progress, Setting};

/// The version of the user file this build writes.
///
/// Version 4 makes every per-user setting (the weekly goal, the stack) a
/// last-writer-wins register that sync merges (see `progress::setting`),
/// and adds what the verified steps, the application log and mentor
/// comments keep, all optional. One bump for all of them.
///
/// Version 3 adds the learner's record (study sessions, evidence and the
/// weekly goal), all optional, so older files read unchanged. Version 2 was
/// never written by a release: the format work of one round (the record,
/// checklist ticks, sync) was agreed to share a single bump to 3, and a
/// file that says 2 has the shape of version 1.
pub const STORE_VERSION: u32 = 4;

/// The oldest version this build can read (and migrate on the next write).
const OLDEST_VERSION: u32 = 1;

/// Turns a document of one version into the next version's shape.
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;

/// `MIGRATIONS[i]` migrates version `OLDEST_VERSION + i` to the next one.
/// Changing the format means: bump `STORE_VERSION`, add the migration here,
/// and add a fixture of the new version beside `tests/fixtures/store-v1.json`.
const MIGRATIONS: &[Migration] = &[unchanged, unchanged, settings_as_registers];

/// A migration for a version whose additions are all optional.
fn unchanged(_: &mut Map<String, Value>) -> Result<(), String> {
    Ok(())
}

/// Version 3 to 4: the goal and each roadmap's stack become settings with
/// a time. Version 3 kept no time, so they get an undated time
/// (`progress::setting::UNDATED`): any setting
/// made since, on any machine, wins over them.
fn settings_as_registers(document: &mut Map<String, Value>) -> Result<(), String> {
    use crate::progress::setting::from_plain;
    from_plain(document.get_mut("goal"));
    if let Some(Value::Object(roadmaps)) = document.get_mut("roadmaps") {
        for progress in roadmaps.values_mut() {
            if let Value::Object(progress) = progress {
                from_plain(progress.get_mut("stack"));
            }
        }
    }
    Ok(())
}

// A version bump without its migration does not compile.
const _: () = assert!(OLDEST_VERSION as usize + MIGRATIONS.len() == STORE_VERSION as usize);

/// Everything stored for one user.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UserData {
    pub version: u32,
    /// Progress per roadmap id.
    #[serde(default, deserialize_with = "crate::unique_keys::map")]
    pub roadmaps: BTreeMap<String, Progress>,
    /// Study time per week the user aims for (version 3; a setting that
    /// merges since version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Setting<Goal>>,
    /// Job applications per week the user aims for (`roadmap apply goal`;
    /// version 4, optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_goal: Option<Setting<u32>>,
}

impl UserData {
    /// The weekly goal, when one is set.
    pub fn goal(&self) -> Option<Goal> {
        crate::progress::setting::value(&self.goal).copied()
    }

    /// Comments and nothing else: the file of a mentor who learns nothing
    /// here, which the mentor table leaves out.
    pub fn holds_only_comments(&self) -> bool {
        let learned_nothing = self.roadmaps.values().all(|p| {
            p.steps.is_empty()
                && p.history.is_empty()
                && p.ticks.is_empty()
                && p.applications.is_empty()
        });
        let commented = self.roadmaps.values().any(|p| !p.comments.is_empty());
        learned_nothing && commented && self.goal().is_none()
    }

    /// Marks everything not yet attributed to a device as made by
    /// `device` (see [`Progress::stamp`]). Returns whether anything changed.
    pub fn stamp(&mut self, device: &str) -> bool {
        let mut changed = crate::progress::setting::stamp(&mut self.goal, device);
        changed |= crate::progress::setting::stamp(&mut self.application_goal, device);
        for progress in self.roadmaps.values_mut() {
            changed |= progress.stamp(device);
        }
        changed
    }
}

impl Default for UserData {
    fn default() -> UserData {
        UserData {
            version: STORE_VERSION,
            roadmaps: BTreeMap::new(),
            goal: None,
            application_goal: None,
        }
    }
}

/// Pretty JSON with stable key order and a trailing newline: diffs well.
pub fn encode(out: &mut dyn Write, data: &UserData) -> io::Result<()> {
    // serde_json writes a few bytes at a time: through a buffer.
    let mut out = io::BufWriter::new(out);
    let mut serializer = serde_json::Serializer::pretty(&mut out);
    data.serialize(&mut serializer)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Why the store refuses to write `data`: what its reader would refuse.
#[derive(Debug, PartialEq)]
pub enum Unwritable {
    /// A date the store does not keep (from a wrong clock, mostly).
    Date(chrono::DateTime<chrono::Utc>),
    /// Over [`crate::limits::MAX_STORE_BYTES`].
    TooBig(usize),
    /// An undo batch number past [`crate::progress::MAX_BATCH`].
    Batch(u64),
}

/// The bytes of `data` as the store writes them, once checked against
/// every rule the reader applies: the writer never writes what the reader
/// refuses.
pub fn encode_checked(data: &UserData) -> Result<Vec<u8>, Unwritable> {
    if let Some((_, at)) = date_out_of_range(data) {
        return Err(Unwritable::Date(at));
    }
    if let Some(batch) = batch_out_of_range(data) {
        return Err(Unwritable::Batch(batch));
    }
    let mut bytes = Vec::new();
    encode(&mut bytes, data).expect("writing to memory does not fail");
    if bytes.len() > crate::limits::MAX_STORE_BYTES {
        return Err(Unwritable::TooBig(bytes.len()));
    }
    Ok(bytes)
}

/// The first date in `data` that roadmap does not keep (see
/// [`crate::progress::date_in_range`]), with the roadmap it is in.
fn date_out_of_range(data: &UserData) -> Option<(String, chrono::DateTime<chrono::Utc>)> {
    data.roadmaps
        .iter()
        .find_map(|(id, progress)| Some((id.clone(), progress.date_out_of_range()?)))
}

/// [`decode_with`], then the dates and batch numbers checked.
fn checked(data: UserData) -> Result<UserData, Problem> {
    if let Some((roadmap, at)) = date_out_of_range(&data) {
        return Err(Problem::DateOutOfRange { roadmap, at });
    }
    if let Some(batch) = batch_out_of_range(&data) {
        return Err(Problem::BatchOutOfRange(batch));
    }
    Ok(data)
}

fn batch_out_of_range(data: &UserData) -> Option<u64> {
    data.roadmaps.values().find_map(|p| p.batch_out_of_range())
}

pub use crate::error::store::{JsonType, Problem};

/// Parses a user file, migrating an older version in memory.
pub fn decode(bytes: &[u8]) -> Result<UserData, Problem> {
    if bytes.len() > crate::limits::MAX_STORE_BYTES {
        return Err(Problem::TooBig(Some(bytes.len() as u64)));
    }
    decode_with(bytes, MIGRATIONS).and_then(checked)
}

/// The range of versions this build reads.
pub fn readable_versions() -> (u32, u32) {
    (OLDEST_VERSION, STORE_VERSION)
}

fn decode_with(bytes: &[u8], migrations: &[Migration]) -> Result<UserData, Problem> {
    let current = OLDEST_VERSION as u64 + migrations.len() as u64;
    // Editors on some systems add a byte-order mark; it means nothing here.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::Empty);
    }
    // Valid UTF-8 (any file roadmap wrote) is checked once, whole: then
    // serde_json does not check every string again.
    let parsed = match std::str::from_utf8(bytes).ok() {
        Some(text) => serde_json::from_str::<UserData>(text),
        // Not UTF-8: serde_json says where.
        None => serde_json::from_slice::<UserData>(bytes),
    };
    let direct = match parsed {
        Ok(data) if u64::from(data.version) == current => return Ok(data),
        Ok(_) => None,
        Err(err) => Some(err),
    };
    // serde_json keeps the last of two equal keys: refuse rather than lose
    // the other one on the next write.
    if let Some(duplicate) = crate::unique_keys::find(bytes) {
        return Err(Problem::DuplicateKey(duplicate));
    }
    let mut document = match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(document)) => document,
        Ok(other) => return Err(Problem::NotAnObject(json_type(&other))),
        Err(err) if err.is_eof() => {
            return Err(Problem::CutShort {
                line: err.line(),
                column: err.column(),
            });
        }
        Err(err) => return Err(Problem::NotJson(err.to_string())),
    };
    let version = match document.get("version") {
        None => return Err(Problem::NoVersion),
        Some(value) => value
            .as_u64()
            .ok_or_else(|| Problem::BadVersion(value.to_string()))?,
    };
    if version > current {
        return Err(Problem::Newer(version));
    }
    if version < OLDEST_VERSION as u64 {
        return Err(Problem::NeverWritten(version));
    }
    if version == current {
        // The version is right, so the shape is wrong: say where.
        return Err(Problem::Shape(
            direct.map(|e| e.to_string()).unwrap_or_default(),
        ));
    }
    for (step, migrate) in migrations
        .iter()
        .enumerate()
        .skip((version - OLDEST_VERSION as u64) as usize)
    {
        let from = OLDEST_VERSION as u64 + step as u64;
        migrate(&mut document).map_err(|problem| Problem::Migration { from, problem })?;
    }
    document.insert("version".into(), Value::from(current));
    serde_json::from_value(Value::Object(document)).map_err(|err| Problem::Shape(err.to_string()))
}

fn json_type(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
