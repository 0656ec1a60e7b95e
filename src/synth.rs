//! Synthetic roadmaps and matching progress, for benchmarks and for the
//! tests that check the core scales linearly. Pure and deterministic: the
//! same [`Shape`] always gives the same roadmap and the same progress.
//!
//! The roadmap is built from the file model and the progress through
//! [`Progress::set_status`], so both always have the shapes the real
//! program reads and writes.

use chrono::{DateTime, Duration, Utc};

use crate::progress::{Progress, Status};
use crate::roadmap::Roadmap;
use crate::roadmap::file::{Resource, ResourceKind, RoadmapFile, StageFile, StepFile};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    pub steps: usize,
    pub stages: usize,
    /// Fraction of the steps finished, 0.0 to 1.0.
    pub done: f64,
    pub seed: u64,
}

impl Shape {
    pub fn new(steps: usize) -> Shape {
        Shape {
            steps,
            stages: 20,
            done: 0.5,
            seed: 1,
        }
    }
}

/// The most prerequisites a synthetic step has.
pub const MAX_REQUIRES: usize = 3;
/// Prerequisites are picked among this many steps before a step, so the
/// graph is local like a real curriculum, not one long chain.
const WINDOW: usize = 64;

/// A small xorshift generator: deterministic, and no dependency for it.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // Zero is a fixed point of xorshift; mix the seed so it never is.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn step_id(i: usize) -> String {
    format!("step-{i:06}")
}

fn stage_id(s: usize) -> String {
    format!("stage-{s:02}")
}

/// The stage of step `i`: steps come in stage blocks, as authors write them.
fn stage_of(shape: &Shape, i: usize) -> usize {
    i * shape.stages / shape.steps.max(1)
}

/// A roadmap of `shape.steps` steps in `shape.stages` stages; each step
/// requires up to [`MAX_REQUIRES`] earlier steps, so it is a DAG.
pub fn roadmap_file(shape: &Shape) -> RoadmapFile {
    let stages = shape.stages.max(1);
    let shape = Shape { stages, ..*shape };
    let mut rng = Rng::new(shape.seed);
    let stage_files = (0..stages)
        .map(|s| StageFile {
            id: Some(stage_id(s)),
            title: Some(format!("Synthetic stage {}", s + 1)),
            ..StageFile::default()
        })
        .collect();
    let steps = (0..shape.steps)
        .map(|i| {
            // Every step but the first has a prerequisite: generated
            // curricula are connected, and the validator warns otherwise.
            let count = if i == 0 {
                0
            } else {
                1 + rng.below(MAX_REQUIRES)
            };
            let mut requires: Vec<String> = Vec::with_capacity(count);
            for _ in 0..count {
                let back = 1 + rng.below(i.min(WINDOW));
                let id = step_id(i - back);
                if !requires.contains(&id) {
                    requires.push(id);
                }
            }
            // Lean like a generated curriculum or an imported graph (about
            // 250 bytes of JSON a step, so 100,000 steps stay well within
            // the size limit): a title and a check for every step, a
            // summary and a link for one step in ten.
            let detailed = i % 10 == 0;
            let summary = if detailed {
                format!("Practise topic {i} until it feels routine.")
            } else {
                String::new()
            };
            let resources = if detailed {
                vec![Resource {
                    title: format!("Notes on topic {i}"),
                    url: format!("https://example.org/topics/{i}"),
                    kind: ResourceKind::Docs,
                    lang: "en".to_string(),
                    cost: Default::default(),
                    stack: Vec::new(),
                }]
            } else {
                Vec::new()
            };
            StepFile {
                id: Some(step_id(i)),
                stage: Some(stage_id(stage_of(&shape, i))),
                title: Some(format!("Synthetic step {i}")),
                summary,
                done_when: format!("You can show a working example of topic {i}."),
                requires,
                estimate_hours: Some(1.0 + rng.below(8) as f64),
                resources,
                ..StepFile::default()
            }
        })
        .collect();
    RoadmapFile {
        id: Some(format!("synthetic-{}", shape.steps)),
        title: Some(format!("Synthetic roadmap of {} steps", shape.steps)),
        stages: Some(stage_files),
        steps: Some(steps),
        ..RoadmapFile::default()
    }
}

/// Progress on `roadmap` with the first `shape.done` fraction of the steps
/// (in file order, so prerequisites first) finished: one in twenty of them
/// skipped, the rest done, one history event (and batch) each; the next step is in
/// progress.
pub fn progress(roadmap: &Roadmap, shape: &Shape) -> Progress {
    let n = roadmap.steps.len();
    let finished = ((n as f64) * shape.done.clamp(0.0, 1.0)).round() as usize;
    let start: DateTime<Utc> = "2025-01-06T09:00:00Z".parse().expect("a valid time");
    let mut progress = Progress::default();
    for i in 0..finished {
        let to = if i % 20 == 19 {
            Status::Skipped
        } else {
            Status::Done
        };
        let at = start + Duration::minutes(37 * i as i64);
        progress.set_status(roadmap, i, to, at, None, i as u64 + 1);
    }
    if finished < n {
        let at = start + Duration::minutes(37 * finished as i64);
        progress.set_status(
            roadmap,
            finished,
            Status::InProgress,
            at,
            None,
            finished as u64 + 1,
        );
    }
    progress
}

#[cfg(test)]
mod tests {
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
}
