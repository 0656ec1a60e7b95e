use super::*;
use crate::progress::{CheckOutcome, Verification, setting};
use chrono::TimeZone;

const ROADMAP: &str = r#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
  "skills": [{"id": "sql", "name": "SQL"}, {"id": "py", "name": "Python", "stack": ["python"]},
             {"id": "rb", "name": "Ruby", "stack": ["ruby"]}, {"id": "docker", "name": "Docker"}],
  "steps": [{"id": "a", "stage": "s", "title": "A", "skills": ["sql", "py", "rb"]},
            {"id": "b", "stage": "s", "title": "B", "skills": ["sql"]},
            {"id": "c", "stage": "s", "title": "C", "skills": ["docker"]}]}"#;

fn day(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
}

fn record() -> (Roadmap, Progress) {
    let roadmap = Roadmap::from_json(ROADMAP.as_bytes()).unwrap();
    let mut progress = Progress::default();
    progress.set_status(&roadmap, 0, Status::InProgress, day(1), None, 1);
    progress.add_session(&roadmap, 0, 90, day(2), None, 2);
    progress.set_status(&roadmap, 0, Status::Done, day(3), None, 3);
    progress.add_session(&roadmap, 1, 30, day(4), None, 4);
    progress.set_status(&roadmap, 2, Status::Skipped, day(5), None, 5);
    progress.add_evidence(&roadmap, 1, "https://example.com/b", day(6), 6);
    (roadmap, progress)
}

#[test]
fn only_skills_of_a_finished_step_are_claimed() {
    let (roadmap, progress) = record();
    let facts = sheet_facts(&roadmap, &progress, false);
    let claimed: Vec<&str> = (facts.skills.iter())
        .map(|c| roadmap.skills[c.skill].id.as_str())
        .collect();
    // Docker's step was skipped; no stack chosen: no language claimed.
    assert_eq!(claimed, ["sql"]);
    let sql = &facts.skills[0];
    assert_eq!(sql.steps.len(), 1, "b is not done: not a source");
    assert_eq!(sql.minutes, 120, "time on every step naming it");
    assert_eq!((sql.from, sql.to), (Some(day(1)), Some(day(3))));
    assert!(!sql.verified());
    for claim in &facts.skills {
        assert!(
            claim
                .steps
                .iter()
                .all(|s| progress.statuses(&roadmap)[s.step] == Status::Done)
        );
    }
    assert_eq!((facts.done, facts.total, facts.minutes), (1, 3, 120));
}

#[test]
fn the_stack_chooses_among_alternatives() {
    let (roadmap, mut progress) = record();
    setting::set(&mut progress.stack, Some("python".to_string()), day(7));
    let facts = sheet_facts(&roadmap, &progress, false);
    let claimed: Vec<&str> = (facts.skills.iter())
        .map(|c| roadmap.skills[c.skill].id.as_str())
        .collect();
    assert_eq!(claimed, ["sql", "py"]);
}

#[test]
fn projects_come_from_evidence_and_verifications_with_notes_only_when_asked() {
    let (roadmap, mut progress) = record();
    progress.add_note(&roadmap, 1, "private thought", day(6), 7);
    progress
        .steps
        .get_mut("a")
        .unwrap()
        .verifications
        .push(Verification {
            at: day(3),
            checks: vec![CheckOutcome {
                kind: "git".into(),
                passed: true,
            }],
            folder: None,
            commit: Some("abc123".into()),
            remote: Some("https://example.com/a.git".into()),
            batch: Some(8),
            device: None,
        });
    let facts = sheet_facts(&roadmap, &progress, false);
    let steps: Vec<usize> = facts.projects.iter().map(|p| p.step).collect();
    assert_eq!(steps, [0, 1]);
    assert_eq!(
        facts.projects[0].proofs[0].commit.as_deref(),
        Some("abc123")
    );
    assert!(facts.skills[0].verified());
    assert!(facts.projects.iter().all(|p| p.notes.is_empty()));
    let with = sheet_facts(&roadmap, &progress, true);
    assert_eq!(with.projects[1].notes, ["private thought"]);
}

#[test]
fn a_verification_of_the_environment_alone_is_no_project() {
    let (roadmap, mut progress) = record();
    let record = progress.steps.get_mut("a").unwrap();
    record.evidence.clear();
    record.verifications.push(Verification {
        at: day(3),
        checks: vec![CheckOutcome {
            kind: "command".into(),
            passed: true,
        }],
        folder: None,
        commit: Some("abc123".into()),
        remote: None,
        batch: Some(8),
        device: None,
    });
    let facts = sheet_facts(&roadmap, &progress, false);
    assert!(facts.projects.iter().all(|p| p.step != 0), "{facts:?}");
    // Nor does it make the skills it builds more than self-reported.
    assert!(!facts.skills[0].verified());
}
