//! Availability, ordering and statistics over step statuses.

use serde::Serialize;

use super::{Progress, Status};
use crate::cost;
use crate::roadmap::Roadmap;

/// A step is available when it is not finished, every prerequisite is, and
/// (when it has alternatives in `requires_any`) at least one alternative is.
pub fn is_available(roadmap: &Roadmap, statuses: &[Status], step: usize) -> bool {
    !statuses[step].is_finished() && prerequisites_met(roadmap, statuses, step)
}

/// Every `requires` finished and, if there are any, one `requires_any`.
pub fn prerequisites_met(roadmap: &Roadmap, statuses: &[Status], step: usize) -> bool {
    let step = &roadmap.steps[step];
    cost::tick(1 + step.requires.len() + step.requires_any.len());
    step.requires().all(|p| statuses[p].is_finished())
        && (step.requires_any.is_empty() || step.requires_any().any(|p| statuses[p].is_finished()))
}

/// Every available step: in-progress ones first, then required ones, then
/// optional ones, each group in reading order (stage order, then file
/// order). A learner plans by the required path; an optional step is
/// offered once nothing required is at hand.
pub fn next_steps(roadmap: &Roadmap, statuses: &[Status]) -> Vec<usize> {
    let mut available: Vec<usize> = roadmap
        .reading_order()
        .filter(|&i| is_available(roadmap, statuses, i))
        .collect();
    // A stable sort keeps reading order within each group.
    available.sort_by_key(|&i| {
        let started = statuses[i] == Status::InProgress;
        (!started, roadmap.steps[i].optional)
    });
    available
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
        .flat_map(|&c| roadmap.dependents(c))
        .filter(|&d| is_available(roadmap, after, d) && !is_available(roadmap, before, d))
        .collect();
    unlocked.sort_by_key(|&i| (roadmap.steps[i].stage(), i));
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
    /// Estimated hours of the required steps not yet finished, less the
    /// progress made on them (see [`hours_left_per_step`]): what a learner
    /// plans by.
    pub hours_left: f64,
    /// The same for the optional steps, shown beside it.
    pub optional_hours_left: f64,
}

impl Stats {
    /// Counts a step of which `left` estimated hours are left.
    fn add(&mut self, status: Status, left: f64, optional: bool) {
        self.total += 1;
        match status {
            Status::Done => self.done += 1,
            Status::Skipped => self.skipped += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Todo => {}
        }
        match (status.is_finished(), optional) {
            (true, _) => {}
            (false, false) => self.hours_left += left,
            (false, true) => self.optional_hours_left += left,
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
        stats[step.stage()].add(status, step.estimate_hours(), step.optional);
    }
    stats
}

/// [`stage_stats`] with the hours left of each step given (`left`, indexed
/// like `roadmap.steps`, as [`hours_left_per_step`] makes them).
pub fn stage_stats_left(roadmap: &Roadmap, statuses: &[Status], left: &[f64]) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); roadmap.stages.len()];
    cost::tick(statuses.len());
    for ((step, &status), &left) in roadmap.steps.iter().zip(statuses).zip(left) {
        stats[step.stage()].add(status, left, step.optional);
    }
    stats
}

/// What is left of a step of `estimate` hours: the estimate less the time
/// spent on it, or less the ticked `share` (0 to 1) of its checklist,
/// whichever shows more progress; never below zero.
pub fn step_hours_left(estimate: f64, spent_minutes: u64, share: f64) -> f64 {
    let by_time = estimate - spent_minutes as f64 / 60.0;
    let by_checklist = estimate * (1.0 - share.clamp(0.0, 1.0));
    by_time.min(by_checklist).max(0.0)
}

/// [`step_hours_left`] of every step, indexed like `roadmap.steps`: the one
/// rule `status`'s table and its pace line both use.
pub fn hours_left_per_step(roadmap: &Roadmap, progress: &Progress) -> Vec<f64> {
    let mut left: Vec<f64> = (roadmap.steps.iter())
        .map(|step| step_hours_left(step.estimate_hours(), 0, 0.0))
        .collect();
    // Only steps studied or ticked differ: few, next to the others.
    let spent = progress.minutes_studied(roadmap);
    let shares = progress.checklist_shares(roadmap);
    for &i in spent.keys().chain(shares.keys()) {
        let spent = spent.get(&i).copied().unwrap_or(0);
        let share = shares.get(&i).copied().unwrap_or(0.0);
        left[i] = step_hours_left(roadmap.steps[i].estimate_hours(), spent, share);
    }
    left
}

/// Statistics of the whole roadmap, from its stages' statistics.
pub fn total_stats(stages: &[Stats]) -> Stats {
    stages.iter().fold(Stats::default(), |mut total, s| {
        total.total += s.total;
        total.done += s.done;
        total.skipped += s.skipped;
        total.in_progress += s.in_progress;
        total.hours_left += s.hours_left;
        total.optional_hours_left += s.optional_hours_left;
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
            let unmet = |p: &usize| !before[*p].is_finished() && !changed.contains(p);
            let mut missing = roadmap.steps[step]
                .requires()
                .filter(unmet)
                .collect::<Vec<_>>();
            // With no alternative finished, every alternative is missing.
            let mut alternatives = roadmap.steps[step].requires_any();
            if alternatives.all(|p| unmet(&p)) {
                missing.extend(roadmap.steps[step].requires_any());
            }
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

    /// a; b, c alternatives after a; d needs a and one of b, c.
    fn alternatives() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [
                    {"id": "a", "stage": "s", "title": "A"},
                    {"id": "b", "stage": "s", "title": "B", "requires": ["a"]},
                    {"id": "c", "stage": "s", "title": "C", "requires": ["a"]},
                    {"id": "d", "stage": "s", "title": "D", "requires": ["a"], "requires_any": ["b", "c"]}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    #[test]
    fn one_alternative_is_enough() {
        let r = alternatives();
        assert!(!is_available(&r, &[Done, Todo, Todo, Todo], 3));
        assert!(is_available(&r, &[Done, Todo, Skipped, Todo], 3));
        assert!(is_available(&r, &[Done, Done, Todo, Todo], 3));
        assert!(
            !is_available(&r, &[Todo, Done, Done, Todo], 3),
            "requires still counts"
        );
        assert_eq!(next_steps(&r, &[Done, InProgress, Done, Todo]), [1, 3]);
    }

    #[test]
    fn the_first_alternative_unlocks_and_the_second_does_not_again() {
        let r = alternatives();
        let before = [Done, Todo, Todo, Todo];
        let after = [Done, Todo, Done, Todo];
        assert_eq!(unlocked_by(&r, &before, &after, &[2]), [3]);
        let after_both = [Done, Done, Done, Todo];
        assert!(unlocked_by(&r, &after, &after_both, &[1]).is_empty());
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
    fn ticked_shares_count_as_hours_done() {
        let r = roadmap();
        let left: Vec<f64> = r
            .steps
            .iter()
            .zip([0.5, 0.0, 1.0, 0.0])
            .map(|(step, share)| step_hours_left(step.estimate_hours(), 0, share))
            .collect();
        let stages = stage_stats_left(&r, &[Todo, Todo, Done, Todo], &left);
        assert_eq!(stages[0].hours_left, 1.0 + 1.0);
        assert_eq!(stages[1].hours_left, 3.0);
        assert_eq!(stages[0].done, 0, "a ticked step is not done");
    }

    #[test]
    fn hours_left_per_step_counts_sessions_and_ticks_under_ids_and_aliases() {
        let r = Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [
                    {"id": "a", "stage": "s", "title": "A", "estimate_hours": 4, "aliases": ["old-a"]},
                    {"id": "b", "stage": "s", "title": "B", "estimate_hours": 2,
                     "checklist": [{"text": "one"}, {"text": "two"}]},
                    {"id": "c", "stage": "s", "title": "C", "estimate_hours": 3}
                ]}"#,
        )
        .expect("valid test roadmap");
        let progress: Progress = serde_json::from_str(
            r#"{"steps": {
                    "a": {"status": "in-progress",
                          "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 60}]},
                    "old-a": {"status": "todo",
                              "sessions": [{"at": "2026-11-02T10:00:00Z", "minutes": 30}]},
                    "gone": {"status": "todo",
                             "sessions": [{"at": "2026-11-02T10:00:00Z", "minutes": 600}]}},
                "ticks": {"b": [{"at": "2026-11-01T10:00:00Z", "item": 2, "ticked": true}]}}"#,
        )
        .expect("valid progress");
        // a: 4 h less 1.5 h studied; b: half its checklist; c: untouched.
        assert_eq!(hours_left_per_step(&r, &progress), [2.5, 1.0, 3.0]);
    }

    #[test]
    fn hours_left_counts_whichever_progress_is_more_and_never_goes_below_zero() {
        assert_eq!(step_hours_left(4.0, 60, 0.5), 2.0);
        assert_eq!(step_hours_left(4.0, 180, 0.5), 1.0);
        assert_eq!(step_hours_left(4.0, 600, 0.0), 0.0);
        assert_eq!(step_hours_left(4.0, 0, 0.0), 4.0);
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
