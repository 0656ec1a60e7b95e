use super::*;

fn roadmap() -> Roadmap {
    Roadmap::from_json(
        br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
            "steps": [
                {"id": "a", "stage": "s", "title": "A", "aliases": ["old-a"]},
                {"id": "b", "stage": "s", "title": "B", "requires": ["a"]}
            ]}"#,
    )
    .expect("valid test roadmap")
}

fn at() -> DateTime<Utc> {
    "2026-01-02T03:04:05Z".parse().unwrap()
}

#[test]
fn batch_numbers_never_wrap_and_keep_their_order() {
    let r = roadmap();
    let mut p = Progress::default();
    p.set_status(&r, 0, Status::Done, at(), None, 7);
    p.add_note(&r, 0, "late", at(), MAX_BATCH);
    assert_eq!(p.next_batch(), None, "past the range: no number");
    let batch = p.new_batch();
    assert_eq!(batch, 3, "renumbered 1 and 2, then the next");
    assert_eq!(p.history[0].batch, Some(1));
    assert_eq!(p.steps["a"].notes[0].batch, Some(2));
    p.history[0].batch = Some(u64::MAX);
    assert_eq!(p.next_batch(), None);
    assert_eq!(p.new_batch(), 3);
}

#[test]
fn setting_a_status_records_an_event_once() {
    let r = roadmap();
    let mut progress = Progress::default();
    let event = progress
        .set_status(&r, 1, Status::Done, at(), None, 1)
        .unwrap();
    assert_eq!((event.from, event.to), (Status::Todo, Status::Done));
    assert!(
        progress
            .set_status(&r, 1, Status::Done, at(), None, 1)
            .is_none()
    );
    assert_eq!(progress.history.len(), 1);
    assert_eq!(progress.statuses(&r), [Status::Todo, Status::Done]);
}

#[test]
fn alias_records_count_and_move_to_the_new_id() {
    let r = roadmap();
    let mut progress = Progress::default();
    progress.steps.insert(
        "old-a".into(),
        StepRecord {
            status: Status::Done,
            ..StepRecord::default()
        },
    );
    progress.steps.insert("gone".into(), StepRecord::default());
    assert_eq!(progress.statuses(&r)[0], Status::Done);
    assert_eq!(progress.orphans(&r), ["gone"]);
    progress.add_note(&r, 0, "renamed", at(), 1);
    assert!(!progress.steps.contains_key("old-a"));
    assert_eq!(progress.steps["a"].status, Status::Done);
    assert_eq!(progress.steps["a"].notes.len(), 1);
    assert!(progress.steps.contains_key("gone"), "orphans are kept");
}

#[test]
fn notes_events_and_activity_include_aliases() {
    let r = roadmap();
    let mut progress: Progress = serde_json::from_str(
        r#"{"steps": {"old-a": {"status": "done", "notes": [{"at": "2026-01-01T00:00:00Z", "text": "old"}]}},
            "history": [{"at": "2026-01-01T00:00:00Z", "step": "old-a", "from": "todo", "to": "done"}]}"#,
    )
    .unwrap();
    assert_eq!(progress.next_batch(), Some(1));
    progress.add_note(&r, 0, "new", at(), 1);
    let notes: Vec<&str> = progress
        .notes_of(&r, 0)
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(notes, ["old", "new"]);
    assert_eq!(progress.events_of(&r, 0).count(), 1);
    assert_eq!(progress.events_of(&r, 1).count(), 0);
    assert_eq!(progress.last_activity(), Some(at()));
    assert_eq!(progress.next_batch(), Some(2));
}
