//! In-process benchmarks of what every command does: parse and validate the
//! roadmap, read the progress store, compute statuses, the next steps and
//! the statistics; and, for `done`, write the store back. Whole-process
//! figures come from `scripts/bench.sh`.
//!
//!     cargo bench --bench core
//!
//! The inputs are synthetic roadmaps with half of the steps finished (see
//! `roadmap::synth`); each is generated once per size.

use std::sync::OnceLock;

use divan::{Bencher, black_box};
use roadmap::progress::{next_steps, stage_stats, total_stats};
use roadmap::roadmap::{Roadmap, parse, validate};
use roadmap::store::UserData;
use roadmap::synth::{self, Shape};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

struct Fixture {
    roadmap_json: Vec<u8>,
    store_json: Vec<u8>,
    roadmap: Roadmap,
    data: UserData,
}

fn fixture(steps: usize) -> &'static Fixture {
    static CELLS: [OnceLock<Fixture>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES
        .iter()
        .position(|&s| s == steps)
        .expect("a known size");
    CELLS[slot].get_or_init(|| {
        let shape = Shape::new(steps);
        let roadmap_json = serde_json::to_vec_pretty(&synth::roadmap_file(&shape)).unwrap();
        let roadmap = Roadmap::from_json(&roadmap_json).unwrap();
        let mut data = UserData::default();
        data.roadmaps
            .insert(roadmap.id.to_string(), synth::progress(&roadmap, &shape));
        let store_json = serde_json::to_vec_pretty(&data).unwrap();
        Fixture {
            roadmap_json,
            store_json,
            roadmap,
            data,
        }
    })
}

fn main() {
    divan::main();
}

/// Parse and validate a roadmap file into the model, as every command does.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn load_roadmap(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    bencher.bench(|| Roadmap::from_json(black_box(f.roadmap_json.as_slice())).unwrap());
}

/// Only the parsing part of `load_roadmap`.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn parse_roadmap(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    bencher.bench(|| parse(black_box(f.roadmap_json.as_slice())).unwrap());
}

/// Only the validating part of `load_roadmap`.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn validate_roadmap(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    let file = parse(&f.roadmap_json).unwrap();
    bencher
        .with_inputs(|| file.clone())
        .bench_values(|file| validate(file).0.unwrap());
}

/// Parse the user's progress store.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn load_store(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    bencher.bench(|| serde_json::from_slice::<UserData>(black_box(&f.store_json)).unwrap());
}

/// Serialise the store as `done` writes it.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn save_store(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    bencher.bench(|| serde_json::to_vec_pretty(black_box(&f.data)).unwrap());
}

/// Statuses, the ordered next steps and the overall figures: `next`.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn next(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    let progress = &f.data.roadmaps[f.roadmap.id.as_str()];
    bencher.bench(|| {
        let statuses = progress.statuses(black_box(&f.roadmap));
        let next = next_steps(&f.roadmap, &statuses);
        let complete = total_stats(&stage_stats(&f.roadmap, &statuses)).is_complete();
        (next, complete)
    });
}

/// Statuses, per-stage statistics and orphans: `status`.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn status(bencher: Bencher, steps: usize) {
    let f = fixture(steps);
    let progress = &f.data.roadmaps[f.roadmap.id.as_str()];
    bencher.bench(|| {
        let statuses = progress.statuses(black_box(&f.roadmap));
        let stages = stage_stats(&f.roadmap, &statuses);
        let overall = total_stats(&stages);
        (stages, overall, progress.orphans(&f.roadmap).len())
    });
}

/// Compiling the built-in roadmap, as every run on it does.
#[divan::bench(sample_count = 100)]
fn builtin() -> Roadmap {
    Roadmap::builtin().unwrap()
}
