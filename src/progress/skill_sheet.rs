//! The skill sheet's facts, from the record alone: skills claimed through
//! finished steps, projects from evidence and verifications, the learning
//! record. Nothing is invented: a skill is claimed only through a step
//! marked done that builds it, and each claim keeps the steps it rests on.
//! Pure: the roadmap, the progress and the learner's stack are arguments.
//! Company names (the application log) are never read here.

use chrono::{DateTime, Utc};

use super::{Progress, Status, step_dates};
use crate::roadmap::Roadmap;

/// One step a claim rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Index into the roadmap's steps.
    pub step: usize,
    pub finished: Option<DateTime<Utc>>,
    pub minutes: u64,
    /// `roadmap check` passed on it, with a check of the work itself (see
    /// `verified`): not only self-reported.
    pub verified: bool,
}

/// A skill the record supports.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillClaim {
    /// Index into the roadmap's skills.
    pub skill: usize,
    /// The finished steps that build it, in reading order (never empty).
    pub steps: Vec<Source>,
    /// Study time logged on every step that names the skill.
    pub minutes: u64,
    /// From the first work on its steps to the last one finished.
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

impl SkillClaim {
    pub fn verified(&self) -> bool {
        self.steps.iter().any(|s| s.verified)
    }
}

/// A verification as the sheet shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Proof {
    pub at: DateTime<Utc>,
    pub commit: Option<String>,
    pub remote: Option<String>,
}

/// The check kinds that look at the learner's own work (a repository, a
/// running service, a test suite): a verification with one of them shows
/// a piece of work; one of only `command` or `file` checks shows an
/// environment, and makes no project.
const WORK_CHECKS: [&str; 3] = ["git", "http", "tests"];

/// A piece of work: a step with evidence links, or verified by a check
/// of the work itself (see [`WORK_CHECKS`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub step: usize,
    pub status: Status,
    pub links: Vec<String>,
    pub proofs: Vec<Proof>,
    pub started: Option<DateTime<Utc>>,
    pub finished: Option<DateTime<Utc>>,
    /// The step's notes, only when the learner asks (`--with-notes`).
    pub notes: Vec<String>,
}

/// Everything the sheet knows.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetFacts {
    pub skills: Vec<SkillClaim>,
    pub projects: Vec<Project>,
    /// Steps done, and steps of the roadmap.
    pub done: usize,
    pub total: usize,
    pub minutes: u64,
    /// When the learner began (first work on any step), and the last study
    /// session logged or step finished (not links, notes or checks).
    pub began: Option<DateTime<Utc>>,
    pub last: Option<DateTime<Utc>>,
}

/// Whether a skill is the learner's to claim given their stack: a skill of
/// some stacks only when the learner follows one of them.
fn for_stack(stacks: &[String], stack: Option<&str>) -> bool {
    stacks.is_empty() || stack.is_some_and(|s| stacks.iter().any(|x| x.eq_ignore_ascii_case(s)))
}

/// The facts of the sheet, at `progress` on `roadmap`.
pub fn sheet_facts(roadmap: &Roadmap, progress: &Progress, with_notes: bool) -> SheetFacts {
    let statuses = progress.statuses(roadmap);
    let minutes = progress.minutes_studied(roadmap);
    let order: Vec<usize> = roadmap.reading_order().collect();
    let source = |i: usize| {
        let (_, finished) = step_dates(progress, roadmap, i);
        Source {
            step: i,
            finished,
            minutes: minutes.get(&i).copied().unwrap_or(0),
            verified: verified(progress, roadmap, i),
        }
    };
    let mut skills = Vec::new();
    for (k, skill) in roadmap.skills.iter().enumerate() {
        if !for_stack(&skill.stack, progress.stack()) {
            continue;
        }
        let steps: Vec<usize> = (order.iter().copied())
            .filter(|&i| roadmap.steps[i].skills.contains(&skill.id))
            .collect();
        let done: Vec<Source> = (steps.iter().copied())
            .filter(|&i| statuses[i] == Status::Done)
            .map(source)
            .collect();
        if done.is_empty() {
            continue;
        }
        let from = (steps.iter())
            .filter_map(|&i| step_dates(progress, roadmap, i).0)
            .min();
        let to = done.iter().filter_map(|s| s.finished).max();
        skills.push(SkillClaim {
            skill: k,
            minutes: steps
                .iter()
                .map(|i| minutes.get(i).copied().unwrap_or(0))
                .sum(),
            steps: done,
            from,
            to,
        });
    }
    let mut projects = Vec::new();
    for &i in &order {
        let links: Vec<String> = (progress.evidence_of(roadmap, i).into_iter())
            .map(|e| e.url.clone())
            .collect();
        let proofs: Vec<Proof> = (progress.verifications_of(roadmap, i))
            .filter(|v| of_work(v))
            .map(|v| Proof {
                at: v.at,
                commit: v.commit.clone(),
                remote: v.remote.clone(),
            })
            .collect();
        if links.is_empty() && proofs.is_empty() {
            continue;
        }
        let (started, finished) = step_dates(progress, roadmap, i);
        let notes = if with_notes {
            (progress.notes_of(roadmap, i).into_iter())
                .map(|n| n.text.clone())
                .collect()
        } else {
            Vec::new()
        };
        projects.push(Project {
            step: i,
            status: statuses[i],
            links,
            proofs,
            started,
            finished,
            notes,
        });
    }
    let worked = (0..roadmap.steps.len()).filter_map(|i| step_dates(progress, roadmap, i).0);
    let sessions = progress.all_sessions().map(|(_, s)| s.at);
    let finished = (0..roadmap.steps.len())
        .filter(|&i| statuses[i] == Status::Done)
        .filter_map(|i| step_dates(progress, roadmap, i).1);
    SheetFacts {
        skills,
        projects,
        done: statuses.iter().filter(|s| **s == Status::Done).count(),
        total: roadmap.steps.len(),
        minutes: progress.total_minutes(),
        began: worked.min(),
        last: sessions.chain(finished).max(),
    }
}

/// Whether `step` passed a check of the work itself: a check of the
/// environment alone (`python3 --version`) supports no claim of a skill.
fn verified(progress: &Progress, roadmap: &Roadmap, step: usize) -> bool {
    progress.verifications_of(roadmap, step).any(of_work)
}

fn of_work(v: &crate::progress::Verification) -> bool {
    (v.checks.iter()).any(|c| WORK_CHECKS.contains(&c.kind.as_str()))
}

#[cfg(test)]
#[path = "skill_sheet_tests.rs"]
mod tests;
