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
use crate::progress::{Goal, Progress};

use super::{fast, pretty};

/// The version of the user file this build writes.
///
/// Version 3 adds the learner's record (study sessions, evidence and the
/// weekly goal), all optional, so older files read unchanged. Version 2 was
/// never written by a release: the format work of one round (the record,
/// checklist ticks, sync) was agreed to share a single bump to 3, and a
/// file that says 2 has the shape of version 1.
pub const STORE_VERSION: u32 = 3;

/// The oldest version this build can read (and migrate on the next write).
const OLDEST_VERSION: u32 = 1;

/// Turns a document of one version into the next version's shape.
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;

/// `MIGRATIONS[i]` migrates version `OLDEST_VERSION + i` to the next one.
/// Changing the format means: bump `STORE_VERSION`, add the migration here,
/// and add a fixture of the new version beside `tests/fixtures/store-v1.json`.
const MIGRATIONS: &[Migration] = &[unchanged, unchanged];

/// A migration for a version whose additions are all optional.
fn unchanged(_: &mut Map<String, Value>) -> Result<(), String> {
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
    /// Study time per week the user aims for (version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
}

impl Default for UserData {
    fn default() -> UserData {
        UserData {
            version: STORE_VERSION,
            roadmaps: BTreeMap::new(),
            goal: None,
        }
    }
}

/// Pretty JSON with stable key order and a trailing newline: diffs well.
pub fn encode(out: &mut dyn Write, data: &UserData) -> io::Result<()> {
    // serde_json writes a few bytes at a time: into a buffer of a known
    // type, not through `dyn Write` each time (half the time of a save).
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, pretty::Pretty::new());
    data.serialize(&mut serializer)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The first date in `data` that roadmap does not keep (see
/// [`crate::progress::date_in_range`]), with the roadmap it is in.
fn date_out_of_range(data: &UserData) -> Option<(String, chrono::DateTime<chrono::Utc>)> {
    data.roadmaps
        .iter()
        .find_map(|(id, progress)| Some((id.clone(), progress.date_out_of_range()?)))
}

/// [`decode_with`], then the dates checked.
fn checked(data: UserData) -> Result<UserData, Problem> {
    match date_out_of_range(&data) {
        Some((roadmap, at)) => Err(Problem::DateOutOfRange { roadmap, at }),
        None => Ok(data),
    }
}

/// Why a user file cannot be read.
#[derive(Debug, PartialEq)]
pub enum Problem {
    Empty,
    CutShort {
        line: usize,
        column: usize,
    },
    NotJson(String),
    /// Valid JSON, but not an object: its JSON type.
    NotAnObject(JsonType),
    NoVersion,
    BadVersion(String),
    /// A version below the first one roadmap ever wrote.
    NeverWritten(u64),
    /// The right version, the wrong content.
    Shape(String),
    Migration {
        from: u64,
        problem: String,
    },
    /// Written by a newer roadmap.
    Newer(u64),
    /// A date roadmap does not keep (before 2000, from 2200 on).
    DateOutOfRange {
        roadmap: String,
        at: chrono::DateTime<chrono::Utc>,
    },
    /// An object with the same key twice, which would lose one of them.
    DuplicateKey(crate::unique_keys::DuplicateKey),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// Parses a user file, migrating an older version in memory.
pub fn decode(bytes: &[u8]) -> Result<UserData, Problem> {
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
    // neither reader checks every string again.
    let text = std::str::from_utf8(bytes).ok();
    // The common case in one pass; anything else is looked at closely.
    if let Some(data) = text.and_then(|text| fast::read(text, current as u32)) {
        return Ok(data);
    }
    let parsed = match text {
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
mod tests {
    use super::*;

    fn refused(bytes: &[u8]) -> Problem {
        decode_with(bytes, MIGRATIONS).expect_err("a refusal")
    }

    #[test]
    fn current_version_round_trips() {
        let mut data = UserData::default();
        data.roadmaps.insert("r".into(), Progress::default());
        let mut bytes = Vec::new();
        encode(&mut bytes, &data).unwrap();
        assert!(bytes.ends_with(b"}\n"));
        assert_eq!(decode_with(&bytes, MIGRATIONS).unwrap(), data);
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend(&bytes);
        assert_eq!(decode_with(&with_bom, MIGRATIONS).unwrap(), data);
    }

    #[test]
    fn each_kind_of_bad_file_is_told_apart() {
        assert_eq!(refused(b""), Problem::Empty);
        assert_eq!(refused(b" \n"), Problem::Empty);
        assert!(matches!(
            refused(b"{\"version\": 1, \"roadm"),
            Problem::CutShort { line: 1, .. }
        ));
        assert!(matches!(refused(b"hello"), Problem::NotJson(_)));
        assert_eq!(refused(b"[1, 2]"), Problem::NotAnObject(JsonType::Array));
        assert_eq!(refused(b"\"x\""), Problem::NotAnObject(JsonType::String));
        assert_eq!(refused(b"{\"roadmaps\": {}}"), Problem::NoVersion);
        assert_eq!(
            refused(b"{\"version\": \"1\"}"),
            Problem::BadVersion("\"1\"".into())
        );
        assert_eq!(
            refused(b"{\"version\": -1}"),
            Problem::BadVersion("-1".into())
        );
        assert_eq!(refused(b"{\"version\": 0}"), Problem::NeverWritten(0));
        let Problem::DuplicateKey(duplicate) =
            refused(b"{\"version\": 3, \"roadmaps\": {\"r\": {},\n \"r\": {}}}")
        else {
            panic!("a duplicate key");
        };
        assert_eq!((duplicate.key.as_str(), duplicate.line), ("r", 2));
        assert!(matches!(
            refused(b"{\"version\": 3, \"version\": 3}"),
            Problem::DuplicateKey(_)
        ));
        let Problem::Shape(shape) = refused(b"{\"version\": 3, \"roadmaps\": []}") else {
            panic!("a shape problem");
        };
        assert!(shape.contains("line 1"), "{shape}");
        let Problem::Shape(unknown) = refused(b"{\"version\": 3, \"extra\": true}") else {
            panic!("a shape problem");
        };
        assert!(unknown.contains("unknown field `extra`"), "{unknown}");
    }

    #[test]
    fn newer_versions_are_refused_even_in_a_shape_this_build_cannot_parse() {
        assert_eq!(
            refused(b"{\"version\": 4, \"roadmaps\": {}}"),
            Problem::Newer(4)
        );
        assert_eq!(
            refused(b"{\"version\": 7, \"roadmaps\": [\"new\"]}"),
            Problem::Newer(7)
        );
    }

    /// Pretend the current format is version 3: version 1 kept notes as a
    /// single `note` string, version 2 called `roadmaps` `tracks`.
    fn rename_note(document: &mut Map<String, Value>) -> Result<(), String> {
        for progress in document
            .get_mut("tracks")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flat_map(|tracks| tracks.values_mut())
        {
            let steps = progress.get_mut("steps").and_then(Value::as_object_mut);
            for record in steps.into_iter().flat_map(|s| s.values_mut()) {
                let record = record.as_object_mut().ok_or("a step is not an object")?;
                if let Some(Value::String(text)) = record.remove("note") {
                    let note = serde_json::json!({"at": "2026-01-01T00:00:00Z", "text": text});
                    record.insert("notes".into(), Value::Array(vec![note]));
                }
            }
        }
        Ok(())
    }

    fn rename_tracks(document: &mut Map<String, Value>) -> Result<(), String> {
        let tracks = document.remove("tracks").unwrap_or_default();
        document.insert("roadmaps".into(), tracks);
        Ok(())
    }

    #[test]
    fn version_2_files_read_as_version_3() {
        let v2 = br#"{"version": 2, "roadmaps": {"r": {"steps": {"a": {"status": "done"}}}}}"#;
        let data = decode(v2).unwrap();
        assert_eq!(data.version, STORE_VERSION);
        assert!(data.roadmaps["r"].ticks.is_empty());
        assert_eq!(data.roadmaps["r"].stack, None);
    }

    #[test]
    fn older_versions_are_migrated_step_by_step() {
        let migrations: &[Migration] = &[rename_note, rename_tracks];
        let v1 = br#"{"version": 1, "tracks": {"r": {"steps": {"a": {"status": "done", "note": "hi"}}}}}"#;
        let data = decode_with(v1, migrations).unwrap();
        assert_eq!(data.version, 3);
        let record = &data.roadmaps["r"].steps["a"];
        assert_eq!(record.notes[0].text, "hi");
        let v2 = br#"{"version": 2, "tracks": {"r": {}}}"#;
        assert!(
            decode_with(v2, migrations)
                .unwrap()
                .roadmaps
                .contains_key("r")
        );
        let v3 = br#"{"version": 3, "roadmaps": {}}"#;
        assert!(decode_with(v3, migrations).is_ok());
        assert!(decode(br#"{"version": 1, "roadmaps": {}}"#).is_ok());
        assert!(decode(br#"{"version": 2, "roadmaps": {}}"#).is_ok());
        let broken = br#"{"version": 1, "tracks": {"r": {"steps": {"a": 5}}}}"#;
        assert_eq!(
            decode_with(broken, migrations).unwrap_err(),
            Problem::Migration {
                from: 1,
                problem: "a step is not an object".into()
            }
        );
    }
}
