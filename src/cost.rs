//! A count of the basic units of work of the core algorithms (visiting a
//! step, following a prerequisite edge), so that tests can check that work
//! grows linearly with the size of the roadmap without timing anything.
//!
//! Outside tests [`tick`] compiles to nothing.

#[cfg(test)]
use std::cell::Cell;

#[cfg(test)]
thread_local! {
    // Per thread, so tests running in parallel do not count each other.
    static UNITS: Cell<u64> = const { Cell::new(0) };
}

/// Records `units` units of work.
#[inline(always)]
pub(crate) fn tick(units: usize) {
    #[cfg(test)]
    UNITS.with(|count| count.set(count.get() + units as u64));
    #[cfg(not(test))]
    let _ = units;
}

/// Runs `f` and returns its result with the units of work it recorded.
#[cfg(test)]
pub(crate) fn measure<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = UNITS.with(Cell::get);
    let value = f();
    (value, UNITS.with(Cell::get) - before)
}

#[cfg(test)]
mod tests {
    //! The work of loading a roadmap and answering `next`, `status` and
    //! `done` must grow linearly: ten times the steps, at most about ten
    //! times the work (12 allows for rounding in the generated shapes).
    //! Each shape aims at a way quadratic work creeps in: long chains, a
    //! step that many require, a step that requires many, one long cycle.

    use super::measure;
    use crate::progress::{Progress, Status, next_steps, stage_stats, unlocked_by};
    use crate::roadmap::file::{RoadmapFile, StageFile, StepFile};
    use crate::roadmap::{Roadmap, validate};
    use crate::synth::{self, Shape};

    const SMALL: usize = 1_000;
    const LARGE: usize = 10_000;
    const MAX_GROWTH: f64 = 12.0;

    /// A roadmap in one stage where step `i` requires `requires(i, n)`.
    fn shaped(n: usize, requires: impl Fn(usize, usize) -> Vec<usize>) -> RoadmapFile {
        let id = |i: usize| format!("s{i}");
        RoadmapFile {
            id: Some("shaped".into()),
            title: Some("Shaped".into()),
            stages: Some(vec![StageFile {
                id: Some("only".into()),
                title: Some("Only".into()),
                ..StageFile::default()
            }]),
            steps: Some(
                (0..n)
                    .map(|i| StepFile {
                        id: Some(id(i)),
                        stage: Some("only".into()),
                        title: Some(format!("Step {i}")),
                        requires: requires(i, n).into_iter().map(id).collect(),
                        ..StepFile::default()
                    })
                    .collect(),
            ),
            ..RoadmapFile::default()
        }
    }

    /// Validation, then `next`, `status` and the unlocking of `done`, with
    /// `progress` made from the roadmap (made outside the count).
    fn work(file: RoadmapFile, progress: impl Fn(&Roadmap) -> Progress) -> u64 {
        let (roadmap, mut units) = measure(|| validate(file).0.expect("a valid roadmap"));
        let progress = progress(&roadmap);
        let ((), more) = measure(|| {
            let before = progress.statuses(&roadmap);
            let next = next_steps(&roadmap, &before);
            stage_stats(&roadmap, &before);
            if let Some(&first) = next.first() {
                let mut after = before.clone();
                after[first] = Status::Done;
                unlocked_by(&roadmap, &before, &after, &[first]);
            }
        });
        units += more;
        assert!(units as usize >= roadmap.steps.len(), "the work is counted");
        units
    }

    fn assert_linear(name: &str, small: u64, large: u64) {
        let growth = large as f64 / small as f64;
        assert!(
            growth <= MAX_GROWTH,
            "{name}: {small} units at {SMALL} steps, {large} at {LARGE}: {growth:.1}x"
        );
    }

    fn half_done(roadmap: &Roadmap) -> Progress {
        let mut progress = Progress::default();
        let at = "2026-01-01T00:00:00Z".parse().unwrap();
        // Prerequisites come first in these shapes, so file order is safe.
        for i in 0..roadmap.steps.len() / 2 {
            progress.set_status(roadmap, i, Status::Done, at, None, 1);
        }
        progress
    }

    #[test]
    fn synthetic_roadmaps_scale_linearly() {
        let run = |n| {
            let shape = Shape::new(n);
            work(synth::roadmap_file(&shape), |r| synth::progress(r, &shape))
        };
        assert_linear("synthetic", run(SMALL), run(LARGE));
    }

    #[test]
    fn a_long_chain_scales_linearly() {
        let chain = |i: usize, _| if i == 0 { vec![] } else { vec![i - 1] };
        assert_linear(
            "chain",
            work(shaped(SMALL, chain), half_done),
            work(shaped(LARGE, chain), half_done),
        );
    }

    #[test]
    fn a_step_that_everything_requires_scales_linearly() {
        let hub = |i: usize, _| if i == 0 { vec![] } else { vec![0] };
        // Nothing done: marking the hub done unlocks every other step.
        let none = |_: &Roadmap| Progress::default();
        assert_linear(
            "hub",
            work(shaped(SMALL, hub), none),
            work(shaped(LARGE, hub), none),
        );
    }

    #[test]
    fn a_step_that_requires_everything_scales_linearly() {
        // The last step lists every other step, each of them twice.
        let fan_in = |i: usize, n: usize| {
            if i + 1 == n {
                (0..i).chain(0..i).collect()
            } else {
                vec![]
            }
        };
        assert_linear(
            "fan-in",
            work(shaped(SMALL, fan_in), half_done),
            work(shaped(LARGE, fan_in), half_done),
        );
    }

    #[test]
    fn one_long_cycle_is_found_in_linear_work() {
        let cycle = |i: usize, n: usize| vec![(i + 1) % n];
        let run = |n| {
            let (result, units) = measure(|| validate(shaped(n, cycle)));
            assert!(result.0.is_none(), "the cycle is an error");
            units
        };
        assert_linear("cycle", run(SMALL), run(LARGE));
    }
}
