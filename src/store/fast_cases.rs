//! The fast reader on particular files: forms it leaves to serde_json,
//! forms it hands over value by value, and inputs that fail midway.

use super::read;
use super::tests::{agrees, serde_reads};
use crate::store::format::STORE_VERSION;

#[test]
fn other_forms_are_left_to_serde_json() {
    let ok = r#"{"version": 3, "roadmaps": {"r": {"steps": {"a": {"status": "done"}}}}}"#;
    assert!(agrees(ok).is_some());
    for text in [
        // Another version: migrations, or a refusal.
        r#"{"version": 2, "roadmaps": {}}"#,
        r#"{"roadmaps": {}}"#,
        r#"{"version": 3.0, "roadmaps": {}}"#,
        r#"{"version": 03, "roadmaps": {}}"#,
        // Twice the same key, keys out of order.
        r#"{"version": 3, "version": 3}"#,
        r#"{"version": 3, "roadmaps": {"r": {}, "r": {}}}"#,
        r#"{"version": 3, "roadmaps": {"r": {"steps": {"b": {"status": "done"}, "a": {"status": "done"}}}}}"#,
        r#"{"version": 3, "roadmaps": {"r": {"steps": {}, "steps": {}}}}"#,
        // Unknown fields and values, trailing commas and characters.
        r#"{"version": 3, "extra": 1}"#,
        r#"{"version": 3, "roadmaps": {"r": {"steps": {"a": {"status": "finished"}}}}}"#,
        r#"{"version": 3, "roadmaps": {"r": {"steps": {"a": {"status": "done",}}}}}"#,
        r#"{"version": 3, "roadmaps": {},}"#,
        r#"{"version": 3} x"#,
        r#"{"version": 3}}"#,
    ] {
        assert_eq!(read(text.as_bytes(), STORE_VERSION), None, "{text}");
    }
    // Unordered but unique keys are fine for serde_json: read there.
    let unordered = r#"{"roadmaps": {}, "version": 3}"#;
    assert_eq!(agrees(unordered).map(|d| d.version), Some(3));
}

#[test]
fn events_in_other_forms_are_read_by_serde_json_in_place() {
    let text = r#"{"version": 3, "roadmaps": {"r": {"history": [
        {"at": "2025-01-06T09:00:00Z", "step": "a", "from": "todo", "to": "done", "batch": 1},
        {"step": "b", "at": "2025-01-06T09:00:00.5Z", "from": "todo", "to": "done"},
        {"at": "2025-01-06T09:00:00+09:00", "step": "\u0063", "from": "todo", "to": "done",
         "note": "say \"hi\"", "batch": 2, "device": "d"},
        {"at": "2025-01-06T09:00:00Z", "step": "d", "from": "todo", "to": "done", "note": null}
    ]}}}"#;
    let data = agrees(text).expect("read fast");
    let history = &data.roadmaps["r"].history;
    assert_eq!(history.len(), 4);
    assert_eq!(history[2].step, "c");
    assert_eq!(history[2].note.as_deref(), Some("say \"hi\""));
    assert_eq!(history[3].note, None);
}

/// Gives `text` a few bytes at a time, interrupted every other call, and
/// fails for good at `fail_at`.
struct Flaky<'a> {
    text: &'a [u8],
    at: usize,
    fail_at: usize,
    calls: usize,
}

impl std::io::Read for Flaky<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.calls += 1;
        if self.calls.is_multiple_of(2) {
            return Err(std::io::ErrorKind::Interrupted.into());
        }
        if self.at >= self.fail_at {
            return Err(std::io::Error::other("the disk went away"));
        }
        let end = self
            .text
            .len()
            .min(self.at + 3)
            .min(self.fail_at)
            .min(self.at + buf.len());
        let len = end - self.at;
        buf[..len].copy_from_slice(&self.text[self.at..end]);
        self.at = end;
        Ok(len)
    }
}

#[test]
fn an_input_that_fails_midway_is_left_to_serde_json() {
    let text = r#"{"version": 3, "roadmaps": {"r": {"steps": {"a": {"status": "done"}},
        "history": [{"at": "2025-01-06T09:00:00Z", "step": "a", "from": "todo", "to": "done"}]}}}"#;
    let flaky = |fail_at| Flaky {
        text: text.as_bytes(),
        at: 0,
        fail_at,
        calls: 0,
    };
    let whole = read(flaky(usize::MAX), STORE_VERSION).expect("read despite interruptions");
    assert_eq!(Some(whole), serde_reads(text));
    for fail_at in 0..=text.len() {
        assert_eq!(
            read(flaky(fail_at), STORE_VERSION),
            None,
            "failing at {fail_at}"
        );
    }
}
