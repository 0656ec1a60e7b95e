//! The user file on disk: its shape, its version, reading it strictly and
//! migrating older versions.
//!
//! Reading is strict on purpose. A file this build does not fully
//! understand (not JSON, cut short, an unknown field, a newer version) is
//! refused, never "repaired": writing it back would drop what this build
//! could not see.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Failure, Result};
use crate::progress::Progress;

/// The version of the user file this build writes.
pub const STORE_VERSION: u32 = 1;

/// The oldest version this build can read (and migrate on the next write).
const OLDEST_VERSION: u32 = 1;

/// Turns a document of one version into the next version's shape.
type Migration = fn(&mut Map<String, Value>) -> Result<(), String>;

/// `MIGRATIONS[i]` migrates version `OLDEST_VERSION + i` to the next one.
/// Changing the format means: bump `STORE_VERSION`, add the migration here,
/// and add a fixture of the new version beside `tests/fixtures/store-v1.json`.
const MIGRATIONS: &[Migration] = &[];

// A version bump without its migration does not compile.
const _: () = assert!(OLDEST_VERSION as usize + MIGRATIONS.len() == STORE_VERSION as usize);

/// Everything stored for one user.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UserData {
    pub version: u32,
    /// Progress per roadmap id.
    #[serde(default)]
    pub roadmaps: BTreeMap<String, Progress>,
}

impl Default for UserData {
    fn default() -> UserData {
        UserData {
            version: STORE_VERSION,
            roadmaps: BTreeMap::new(),
        }
    }
}

/// Pretty JSON with stable key order and a trailing newline: diffs well.
pub fn encode(data: &UserData) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(data)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Parses a user file, naming the file and the problem when it cannot.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<UserData> {
    decode_with(bytes, MIGRATIONS).map_err(|problem| problem.into_failure(path).into())
}

/// Why a file cannot be read.
#[derive(Debug, PartialEq)]
enum Problem {
    Unreadable(String),
    Newer(u64),
}

impl Problem {
    fn into_failure(self, path: &Path) -> Failure {
        let path = path.display();
        match self {
            Problem::Unreadable(problem) => Failure::runtime(format!(
                "cannot read '{path}': {problem}"
            ))
            .with_hint(
                "the file was left as it is; restore it from a backup, or move it away to start over",
            ),
            Problem::Newer(version) => Failure::runtime(format!(
                "cannot read '{path}': it was written by a newer roadmap (store version {version}; this build reads versions {OLDEST_VERSION} to {STORE_VERSION})"
            ))
            .with_hint("upgrade roadmap to use it; the file was left as it is"),
        }
    }
}

fn decode_with(bytes: &[u8], migrations: &[Migration]) -> Result<UserData, Problem> {
    let current = OLDEST_VERSION as u64 + migrations.len() as u64;
    // Editors on some systems add a byte-order mark; it means nothing here.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::Unreadable("the file is empty".into()));
    }
    // The common case in one pass; anything else is looked at closely.
    let direct = match serde_json::from_slice::<UserData>(bytes) {
        Ok(data) if u64::from(data.version) == current => return Ok(data),
        Ok(_) => None,
        Err(err) => Some(err),
    };
    let mut document = match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(document)) => document,
        Ok(other) => {
            return Err(Problem::Unreadable(format!(
                "expected a JSON object with 'version' and 'roadmaps', found {}",
                kind_of(&other)
            )));
        }
        Err(err) if err.is_eof() => {
            return Err(Problem::Unreadable(format!(
                "the file ends too early (line {}, column {}): it was cut short",
                err.line(),
                err.column()
            )));
        }
        Err(err) => return Err(Problem::Unreadable(format!("it is not valid JSON: {err}"))),
    };
    let version = match document.get("version") {
        None => {
            return Err(Problem::Unreadable(
                "it has no 'version' field, so it is not a roadmap store".into(),
            ));
        }
        Some(value) => value.as_u64().ok_or_else(|| {
            Problem::Unreadable(format!("its 'version' is {value}, not a version number"))
        })?,
    };
    if version > current {
        return Err(Problem::Newer(version));
    }
    if version < OLDEST_VERSION as u64 {
        return Err(Problem::Unreadable(format!(
            "store version {version} was never written by roadmap (versions start at {OLDEST_VERSION})"
        )));
    }
    if version == current {
        // The version is right, so the shape is wrong: say where.
        let err = direct.map(|e| e.to_string()).unwrap_or_default();
        return Err(Problem::Unreadable(format!("unexpected content: {err}")));
    }
    for (step, migrate) in migrations
        .iter()
        .enumerate()
        .skip((version - OLDEST_VERSION as u64) as usize)
    {
        let from = OLDEST_VERSION as u64 + step as u64;
        migrate(&mut document).map_err(|problem| {
            Problem::Unreadable(format!("cannot migrate it from version {from}: {problem}"))
        })?;
    }
    document.insert("version".into(), Value::from(current));
    serde_json::from_value(Value::Object(document)).map_err(|err| {
        Problem::Unreadable(format!(
            "unexpected content for store version {version}: {err}"
        ))
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unreadable(bytes: &[u8]) -> String {
        match decode_with(bytes, MIGRATIONS) {
            Err(Problem::Unreadable(problem)) => problem,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn current_version_round_trips() {
        let mut data = UserData::default();
        data.roadmaps.insert("r".into(), Progress::default());
        let bytes = encode(&data).unwrap();
        assert!(bytes.ends_with(b"}\n"));
        assert_eq!(decode_with(&bytes, MIGRATIONS).unwrap(), data);
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend(&bytes);
        assert_eq!(decode_with(&with_bom, MIGRATIONS).unwrap(), data);
    }

    #[test]
    fn each_kind_of_bad_file_is_named() {
        assert!(unreadable(b"").contains("empty"));
        assert!(unreadable(b" \n").contains("empty"));
        assert!(unreadable(b"{\"version\": 1, \"roadm").contains("cut short"));
        assert!(unreadable(b"hello").contains("not valid JSON"));
        assert!(unreadable(b"[1, 2]").contains("found an array"));
        assert!(unreadable(b"{\"roadmaps\": {}}").contains("no 'version'"));
        assert!(unreadable(b"{\"version\": \"1\"}").contains("not a version number"));
        assert!(unreadable(b"{\"version\": -1}").contains("not a version number"));
        assert!(unreadable(b"{\"version\": 0}").contains("never written"));
        let shape = unreadable(b"{\"version\": 1, \"roadmaps\": []}");
        assert!(
            shape.contains("unexpected content") && shape.contains("line 1"),
            "{shape}"
        );
        let unknown = unreadable(b"{\"version\": 1, \"extra\": true}");
        assert!(unknown.contains("unknown field `extra`"), "{unknown}");
    }

    #[test]
    fn newer_versions_are_refused_even_in_a_shape_this_build_cannot_parse() {
        assert_eq!(
            decode_with(b"{\"version\": 2, \"roadmaps\": {}}", MIGRATIONS),
            Err(Problem::Newer(2))
        );
        assert_eq!(
            decode_with(b"{\"version\": 7, \"roadmaps\": [\"new\"]}", MIGRATIONS),
            Err(Problem::Newer(7))
        );
        let failure = Problem::Newer(7).into_failure(Path::new("/d/users/bob.json"));
        assert!(failure.message.contains("/d/users/bob.json"));
        assert!(failure.message.contains("reads versions 1 to 1"));
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
        let broken = br#"{"version": 1, "tracks": {"r": {"steps": {"a": 5}}}}"#;
        let Err(Problem::Unreadable(problem)) = decode_with(broken, migrations) else {
            panic!("a failed migration is a refusal");
        };
        assert!(problem.contains("migrate it from version 1"), "{problem}");
    }
}
