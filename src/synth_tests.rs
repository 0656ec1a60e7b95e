use super::*;
use crate::roadmap::validate;

#[test]
fn generated_roadmap_is_valid_and_deterministic() {
    let shape = Shape::new(500);
    let (roadmap, problems) = validate(roadmap_file(&shape));
    assert!(problems.is_empty(), "{problems:?}");
    let roadmap = roadmap.unwrap();
    assert_eq!(roadmap.steps.len(), 500);
    assert_eq!(roadmap.stages.len(), 20);
    let again = serde_json::to_string(&roadmap_file(&shape)).unwrap();
    assert_eq!(serde_json::to_string(&roadmap_file(&shape)).unwrap(), again);
    let other = Shape { seed: 2, ..shape };
    assert_ne!(serde_json::to_string(&roadmap_file(&other)).unwrap(), again);
}

#[test]
fn lean_profile_is_unchanged() {
    // The lean files of issue #14 and the README's figures: any change
    // to the lean output changes those benchmarks.
    assert_eq!(roadmap_json(&Shape::new(1000)).len(), 302_295);
}

#[test]
fn realistic_profile_has_full_steps_and_writes_links_as_authors_do() {
    let lean = Shape::new(10_000);
    let shape = Shape {
        profile: Profile::Realistic,
        ..lean
    };
    let file = roadmap_file(&shape);
    for step in file.steps.as_ref().unwrap() {
        assert!(!step.summary.is_empty() && !step.done_when.is_empty());
        assert_eq!(step.resources.len(), 1);
    }
    let json = roadmap_json(&shape);
    let per_step = json.len() / shape.steps;
    assert!((400..=450).contains(&per_step), "{per_step} bytes a step");
    assert!(!String::from_utf8_lossy(&json).contains("\"kind\""));
    // Nothing is lost by leaving the defaults out.
    let read: RoadmapFile = serde_json::from_slice(&json).unwrap();
    let pretty = |file: &RoadmapFile| serde_json::to_string_pretty(file).unwrap();
    assert_eq!(pretty(&read), pretty(&file));
    let (roadmap, problems) = validate(read);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(roadmap.unwrap().steps.len(), 10_000);
    // The same graph and estimates as the lean profile, only more text.
    let lean_file = roadmap_file(&lean);
    let graph = |file: &RoadmapFile| -> Vec<_> {
        let steps = file.steps.as_ref().unwrap();
        let graph = steps.iter().map(|s| (s.requires.clone(), s.estimate_hours));
        graph.collect()
    };
    assert_eq!(graph(&file), graph(&lean_file));
    assert_eq!(roadmap_json(&shape), json);
}

#[test]
fn a_history_has_two_changes_a_finished_step_and_its_sessions() {
    let shape = Shape::new(1_000);
    let (roadmap, _) = validate(roadmap_file(&shape));
    let roadmap = roadmap.unwrap();
    let history = History {
        days: 3 * 365,
        sessions: 5_000,
    };
    let progress = progress_with_history(&roadmap, &shape, history);
    let statuses = progress.statuses(&roadmap);
    assert_eq!(statuses.iter().filter(|s| s.is_finished()).count(), 500);
    assert_eq!(statuses[500], Status::InProgress);
    assert_eq!(progress.history.len(), 2 * 500 + 1);
    let sessions: usize = progress.steps.values().map(|r| r.sessions.len()).sum();
    assert_eq!(sessions, 5_000);
    let end: DateTime<Utc> = HISTORY_END.parse().unwrap();
    assert!(progress.history.iter().all(|e| e.at <= end));
    assert!(progress.history.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn progress_finishes_the_requested_fraction() {
    let shape = Shape::new(200);
    let (roadmap, _) = validate(roadmap_file(&shape));
    let roadmap = roadmap.unwrap();
    let progress = progress(&roadmap, &shape);
    let statuses = progress.statuses(&roadmap);
    let finished = statuses.iter().filter(|s| s.is_finished()).count();
    assert_eq!(finished, 100);
    assert_eq!(statuses[100], Status::InProgress);
    assert_eq!(progress.history.len(), 101);
    // Prerequisites come first, so the finished steps have theirs met.
    for (i, step) in roadmap.steps.iter().enumerate().take(100) {
        assert!(step.requires().all(|p| statuses[p].is_finished()), "{i}");
    }
}
