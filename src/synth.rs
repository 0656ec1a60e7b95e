//! Synthetic roadmaps and matching progress, for benchmarks and for the
//! tests that check the core scales linearly. Pure and deterministic: the
//! same [`Shape`] always gives the same roadmap and the same progress.
//!
//! The roadmap is built from the file model and the progress through
//! [`Progress::set_status`], so both always have the shapes the real
//! program reads and writes.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

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
    /// How much text each step carries.
    pub profile: Profile,
}

impl Shape {
    pub fn new(steps: usize) -> Shape {
        Shape {
            steps,
            stages: 20,
            done: 0.5,
            seed: 1,
            profile: Profile::Lean,
        }
    }
}

/// How much text a synthetic step carries. Both profiles have the same
/// stages, prerequisites and estimates for the same seed; only the text
/// differs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// Like a generated curriculum or an imported graph: a title and a
    /// check for every step, a summary and a link for one step in ten
    /// (about 300 bytes of JSON a step).
    #[default]
    Lean,
    /// Like a hand-written curriculum: a summary, a check and one link
    /// (title and url) for every step (about 430 bytes of JSON a step: 423
    /// at 1,000 steps, 432 at 100,000).
    Realistic,
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
            let (summary, done_when, resources) = text(shape.profile, i);
            StepFile {
                id: Some(step_id(i)),
                stage: Some(stage_id(stage_of(&shape, i))),
                title: Some(format!("Synthetic step {i}")),
                summary,
                done_when,
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

/// The summary, the check and the resources of step `i`. The sizes in
/// bytes of JSON a step hold for the pretty JSON of [`roadmap_json`].
fn text(profile: Profile, i: usize) -> (String, String, Vec<Resource>) {
    let link = |title: String, url: String| Resource {
        title,
        url,
        kind: ResourceKind::Docs,
        lang: "en".to_string(),
        cost: Default::default(),
        stack: Vec::new(),
    };
    match profile {
        // About 300 bytes of JSON a step, so 100,000 steps stay well within
        // the size limit.
        Profile::Lean if i.is_multiple_of(10) => (
            format!("Practise topic {i} until it feels routine."),
            format!("You can show a working example of topic {i}."),
            vec![link(
                format!("Notes on topic {i}"),
                format!("https://example.org/topics/{i}"),
            )],
        ),
        Profile::Lean => (
            String::new(),
            format!("You can show a working example of topic {i}."),
            Vec::new(),
        ),
        // About 430 bytes of JSON a step (about the size of the benchmark
        // in issue #14), the link written without its defaults as authors do.
        Profile::Realistic => (
            format!("Why topic {i} matters."),
            format!("You can explain topic {i}."),
            vec![link(
                format!("Notes {i}"),
                format!("https://example.org/{i}"),
            )],
        ),
    }
}

/// The roadmap file of `shape` as pretty JSON with a final newline, as
/// `examples/synth` writes it. The lean profile is the file model as serde
/// writes it; the realistic one leaves out a resource's defaults (kind,
/// language, cost), as authors do.
pub fn roadmap_json(shape: &Shape) -> Vec<u8> {
    let file = roadmap_file(shape);
    let mut json = match shape.profile {
        Profile::Lean => serde_json::to_vec_pretty(&file),
        Profile::Realistic => serde_json::to_vec_pretty(&Authored::from(file)),
    }
    .expect("the file model serialises");
    json.push(b'\n');
    json
}

/// A roadmap file with its links written as title and url only. The
/// generator sets no other field of the file model; a test reads the JSON
/// back to check that nothing is lost.
#[derive(Serialize)]
struct Authored {
    id: Option<String>,
    version: u32,
    title: Option<String>,
    stages: Option<Vec<StageFile>>,
    steps: Vec<AuthoredStep>,
}

#[derive(Serialize)]
struct AuthoredStep {
    /// The step without its resources, which come last in the file model too.
    #[serde(flatten)]
    step: StepFile,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    resources: Vec<Link>,
}

#[derive(Serialize)]
struct Link {
    title: String,
    url: String,
}

impl From<RoadmapFile> for Authored {
    fn from(file: RoadmapFile) -> Authored {
        let steps = file.steps.unwrap_or_default().into_iter().map(|mut step| {
            let resources = std::mem::take(&mut step.resources)
                .into_iter()
                .map(|r| Link {
                    title: r.title,
                    url: r.url,
                })
                .collect();
            AuthoredStep { step, resources }
        });
        Authored {
            id: file.id,
            version: file.version,
            title: file.title,
            stages: file.stages,
            steps: steps.collect(),
        }
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

/// A learner's history over `days` days up to [`HISTORY_END`]: each
/// finished step started and then finished (two status changes), and
/// `sessions` study sessions spread evenly over the days, each on the step
/// being worked on at the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct History {
    pub days: u32,
    pub sessions: usize,
}

/// When a synthetic history ends.
pub const HISTORY_END: &str = "2026-12-01T09:00:00Z";

/// Progress on `roadmap` like [`progress`], with the changes and sessions
/// of `history`: the first `shape.done` fraction of the steps finished
/// (one in twenty skipped), the next one in progress.
pub fn progress_with_history(roadmap: &Roadmap, shape: &Shape, history: History) -> Progress {
    let n = roadmap.steps.len();
    let finished = ((n as f64) * shape.done.clamp(0.0, 1.0)).round() as usize;
    let end: DateTime<Utc> = HISTORY_END.parse().expect("a valid time");
    let span = Duration::days(i64::from(history.days.max(1)));
    let begin = end - span;
    // The moment `part` of `whole` of the way through the history.
    let at = |part: usize, whole: usize| {
        let seconds = span.num_seconds() * part as i64 / whole.max(1) as i64;
        begin + Duration::seconds(seconds)
    };
    let mut rng = Rng::new(shape.seed);
    let mut progress = Progress::default();
    let mut batch = 0;
    let worked_on = (finished + 1).min(n);
    for i in 0..worked_on {
        batch += 1;
        progress.set_status(
            roadmap,
            i,
            Status::InProgress,
            at(i, worked_on),
            None,
            batch,
        );
        if i < finished {
            let to = if i % 20 == 19 {
                Status::Skipped
            } else {
                Status::Done
            };
            batch += 1;
            let done_at = at(i + 1, worked_on) - Duration::hours(1);
            progress.set_status(roadmap, i, to, done_at, None, batch);
        }
    }
    for k in 0..history.sessions {
        let step = (k * worked_on / history.sessions).min(worked_on.saturating_sub(1));
        let minutes = 30 + 15 * rng.below(7) as u32;
        batch += 1;
        let when = at(k, history.sessions);
        progress.add_session(roadmap, step, minutes, when, None, batch);
    }
    progress
}

#[cfg(test)]
#[path = "synth_tests.rs"]
mod tests;
