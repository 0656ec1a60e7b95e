//! Availability, ordering and statistics over step statuses.

use serde::Serialize;

use super::Status;
use crate::cost;
use crate::roadmap::Roadmap;

/// A step is available when it is not finished and every prerequisite is.
pub fn is_available(roadmap: &Roadmap, statuses: &[Status], step: usize) -> bool {
    cost::tick(1 + roadmap.steps[step].requires.len());
    !statuses[step].is_finished()
        && roadmap.steps[step]
            .requires
            .iter()
            .all(|&p| statuses[p].is_finished())
}

/// Every available step: in-progress ones first, then the rest, each group
/// in reading order (stage order, then file order).
pub fn next_steps(roadmap: &Roadmap, statuses: &[Status]) -> Vec<usize> {
    let available = roadmap
        .reading_order()
        .iter()
        .copied()
        .filter(|&i| is_available(roadmap, statuses, i));
    let (mut started, todo): (Vec<usize>, Vec<usize>) =
        available.partition(|&i| statuses[i] == Status::InProgress);
    started.extend(todo);
    started
}

/// The steps that became available because `changed` steps changed: the
/// dependents of a changed step that are available in `after` and were not
/// in `before`. Each appears once, in reading order.
pub fn unlocked_by(
    roadmap: &Roadmap,
    before: &[Status],
    after: &[Status],
    changed: &[usize],
) -> Vec<usize> {
    let mut unlocked: Vec<usize> = changed
        .iter()
        .flat_map(|&c| roadmap.dependents(c).iter().copied())
        .filter(|&d| is_available(roadmap, after, d) && !is_available(roadmap, before, d))
        .collect();
    unlocked.sort_by_key(|&i| (roadmap.steps[i].stage, i));
    unlocked.dedup();
    unlocked
}

/// Counts over a set of steps.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub total: usize,
    pub done: usize,
    pub skipped: usize,
    pub in_progress: usize,
    /// Estimated hours of the steps not yet finished.
    pub hours_left: f64,
}

impl Stats {
    fn add(&mut self, status: Status, hours: f64) {
        self.total += 1;
        match status {
            Status::Done => self.done += 1,
            Status::Skipped => self.skipped += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Todo => {}
        }
        if !status.is_finished() {
            self.hours_left += hours;
        }
    }

    pub fn finished(&self) -> usize {
        self.done + self.skipped
    }

    /// (done + skipped) / total, in percent; an empty set is complete.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.finished() as f64 * 100.0 / self.total as f64
        }
    }

    /// The percentage as shown to people: rounded, except that 100 means
    /// really finished and 0 means nothing finished.
    pub fn whole_percent(&self) -> u32 {
        if self.total == 0 || self.is_complete() {
            return 100;
        }
        let rounded = (self.finished() * 100 + self.total / 2) / self.total;
        let floor = usize::from(self.finished() > 0);
        rounded.clamp(floor, 99) as u32
    }

    pub fn is_complete(&self) -> bool {
        self.finished() == self.total
    }
}

/// Statistics of each stage, indexed like `roadmap.stages`.
pub fn stage_stats(roadmap: &Roadmap, statuses: &[Status]) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); roadmap.stages.len()];
    cost::tick(statuses.len());
    for (step, &status) in roadmap.steps.iter().zip(statuses) {
        stats[step.stage].add(status, step.estimate_hours);
    }
    stats
}

/// Statistics of the whole roadmap, from its stages' statistics.
pub fn total_stats(stages: &[Stats]) -> Stats {
    stages.iter().fold(Stats::default(), |mut total, s| {
        total.total += s.total;
        total.done += s.done;
        total.skipped += s.skipped;
        total.in_progress += s.in_progress;
        total.hours_left += s.hours_left;
        total
    })
}

/// For each changed step, the prerequisites that were not finished.
pub fn unmet_prerequisites(
    roadmap: &Roadmap,
    before: &[Status],
    changed: &[usize],
) -> Vec<(usize, Vec<usize>)> {
    changed
        .iter()
        .filter(|&&step| !is_available(roadmap, before, step))
        .map(|&step| {
            let missing = roadmap.steps[step]
                .requires
                .iter()
                .copied()
                .filter(|&p| !before[p].is_finished() && !changed.contains(&p))
                .collect::<Vec<_>>();
            (step, missing)
        })
        .filter(|(_, missing)| !missing.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    /// s1: a; s2: b (requires a), c (requires a, b); s1 again in file: d.
    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R",
                "stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}],
                "steps": [
                    {"id": "a", "stage": "s1", "title": "A", "estimate_hours": 2},
                    {"id": "b", "stage": "s2", "title": "B", "requires": ["a"], "estimate_hours": 3},
                    {"id": "c", "stage": "s2", "title": "C", "requires": ["a", "b"], "estimate_hours": 5},
                    {"id": "d", "stage": "s1", "title": "D", "estimate_hours": 1}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    #[test]
    fn fresh_learner_sees_steps_without_prerequisites_in_stage_order() {
        let r = roadmap();
        assert_eq!(next_steps(&r, &[Todo, Todo, Todo, Todo]), [0, 3]);
    }

    #[test]
    fn in_progress_steps_come_first() {
        let r = roadmap();
        assert_eq!(next_steps(&r, &[Done, Todo, Todo, InProgress]), [3, 1]);
    }

    #[test]
    fn skipped_prerequisites_unlock_like_done_ones() {
        let r = roadmap();
        assert_eq!(next_steps(&r, &[Skipped, Done, Todo, Done]), [2]);
        assert!(next_steps(&r, &[Done, Done, Skipped, Done]).is_empty());
    }

    #[test]
    fn a_step_needs_all_its_prerequisites() {
        let r = roadmap();
        assert!(!is_available(&r, &[Done, Todo, Todo, Todo], 2));
        assert!(is_available(&r, &[Done, Done, Todo, Todo], 2));
    }

    #[test]
    fn unlocked_lists_newly_available_dependents_once() {
        let r = roadmap();
        let before = [Todo, Todo, Todo, Todo];
        let after = [Done, Todo, Todo, Todo];
        assert_eq!(unlocked_by(&r, &before, &after, &[0]), [1]);
        let before = [Done, Todo, Todo, Todo];
        let after = [Done, Done, Todo, Todo];
        assert_eq!(unlocked_by(&r, &before, &after, &[0, 1]), [2]);
    }

    #[test]
    fn percentages_count_done_and_skipped() {
        let r = roadmap();
        let stages = stage_stats(&r, &[Done, Skipped, InProgress, Todo]);
        assert_eq!(stages[0].percent(), 50.0);
        assert_eq!(stages[1].percent(), 50.0);
        assert_eq!(stages[0].hours_left, 1.0);
        assert_eq!(stages[1].hours_left, 5.0);
        let total = total_stats(&stages);
        assert_eq!((total.finished(), total.total), (2, 4));
        assert_eq!(total.whole_percent(), 50);
        assert_eq!(total.in_progress, 1);
    }

    #[test]
    fn whole_percent_rounds_but_keeps_0_and_100_honest() {
        let stats = |done, total| Stats {
            total,
            done,
            ..Stats::default()
        };
        assert_eq!(stats(2, 7).whole_percent(), 29);
        assert_eq!(stats(1, 1000).whole_percent(), 1);
        assert_eq!(stats(0, 1000).whole_percent(), 0);
        assert_eq!(stats(3, 3).whole_percent(), 100);
    }

    #[test]
    fn whole_percent_reaches_100_only_when_complete() {
        let stats = Stats {
            total: 201,
            done: 200,
            ..Stats::default()
        };
        assert_eq!(stats.whole_percent(), 99);
        assert!(!stats.is_complete());
    }
}
