//! Compiling one step of a roadmap file: its fields, its prerequisites of
//! both kinds, its checklist and its resources.

use std::collections::HashMap;

use super::super::Step;
use super::super::file::{ChecklistItem, Resource, StepFile};
use super::super::lookup::Lookup;
use super::{Location, Place, Problem, ProblemKind, required};
use crate::cost;

/// Marks of the prerequisites already listed by a step (see `validate`).
pub(super) struct Seen<'a> {
    pub(super) requires: &'a mut [usize],
    pub(super) requires_any: &'a mut [usize],
}

/// The largest estimate of one step: five years of full-time work. More is
/// a typo (or 1.8e308), and would print as `inf` or a 309-digit number.
pub const MAX_ESTIMATE_HOURS: f64 = 10_000.0;

pub(super) fn compile_step(
    i: usize,
    step: StepFile,
    stages: &HashMap<String, usize>,
    lookup: &Lookup,
    seen: Seen<'_>,
    problems: &mut Vec<Problem>,
) -> Step {
    let by_index = || {
        Location::at(Place::Step {
            id: None,
            index: Some(i),
        })
    };
    let id = required(step.id, by_index, "id", problems);
    // Problems are reported by id when the step has one.
    let location = || {
        if id.is_empty() {
            by_index()
        } else {
            Location::at(Place::Step {
                id: Some(id.clone()),
                index: None,
            })
        }
    };
    if id.chars().any(char::is_whitespace) {
        problems.push(Problem::error(location(), ProblemKind::IdHasWhitespace));
    }
    let title = required(step.title, location, "title", problems);
    let stage_id = required(step.stage, location, "stage", problems);
    let stage = match stages.get(&stage_id) {
        Some(&stage) => stage,
        None => {
            if !stage_id.is_empty() {
                problems.push(Problem::error(
                    location().field("stage"),
                    ProblemKind::UnknownStage(stage_id.clone()),
                ));
            }
            usize::MAX
        }
    };
    let mut requires = Vec::with_capacity(step.requires.len());
    cost::tick(1 + step.requires.len());
    for prerequisite in &step.requires {
        match lookup.get(prerequisite) {
            Some(p) if p == i => problems.push(Problem::error(
                location().field("requires"),
                ProblemKind::RequiresItself,
            )),
            Some(p) if seen.requires[p] != i + 1 => {
                seen.requires[p] = i + 1;
                requires.push(p);
            }
            Some(_) => {}
            None => problems.push(Problem::error(
                location().field("requires"),
                ProblemKind::UnknownPrerequisite(prerequisite.clone()),
            )),
        }
    }
    let requires_any =
        compile_requires_any(i, &step.requires_any, lookup, seen, &location, problems);
    check_checklist(&step.checklist, &location, problems);
    check_resources(&step.resources, &location, problems);
    super::checks::check_checks(&step.checks, &location, problems);
    let estimate_hours = step.estimate_hours.unwrap_or(0.0);
    if !(0.0..=MAX_ESTIMATE_HOURS).contains(&estimate_hours) {
        problems.push(Problem::error(
            location().field("estimate_hours"),
            ProblemKind::BadEstimate {
                max: MAX_ESTIMATE_HOURS,
            },
        ));
    }
    Step {
        id,
        stage,
        position: 0,
        title,
        summary: step.summary,
        done_when: step.done_when,
        requires,
        requires_any,
        estimate_hours: if estimate_hours > 0.0 && estimate_hours <= MAX_ESTIMATE_HOURS {
            estimate_hours
        } else {
            0.0
        },
        skills: step.skills,
        resources: step.resources,
        aliases: step.aliases,
        optional: step.optional,
        checklist: step.checklist,
        i18n: step.i18n,
        checks: step.checks,
    }
}

/// `requires_any` is checked like `requires`; a step listed in both is
/// required outright, so it is dropped from the alternatives.
fn compile_requires_any(
    i: usize,
    references: &[String],
    lookup: &Lookup,
    seen: Seen<'_>,
    location: &impl Fn() -> Location,
    problems: &mut Vec<Problem>,
) -> Vec<usize> {
    let mut alternatives = Vec::with_capacity(references.len());
    cost::tick(1 + references.len());
    let field = || location().field("requires_any");
    for reference in references {
        match lookup.get(reference) {
            Some(p) if p == i => {
                problems.push(Problem::error(field(), ProblemKind::RequiresItself))
            }
            Some(p) if seen.requires[p] == i + 1 => problems.push(Problem::warning(
                field(),
                ProblemKind::AlsoRequired(reference.clone()),
            )),
            Some(p) if seen.requires_any[p] != i + 1 => {
                seen.requires_any[p] = i + 1;
                alternatives.push(p);
            }
            Some(_) => {}
            None => problems.push(Problem::error(
                field(),
                ProblemKind::UnknownPrerequisite(reference.clone()),
            )),
        }
    }
    // One alternative left (listed alone, or beside repeats and steps that
    // `requires` already has) is no choice at all.
    if alternatives.len() == 1 {
        problems.push(Problem::warning(field(), ProblemKind::SingleAlternative));
    }
    alternatives
}

fn check_checklist(
    items: &[ChecklistItem],
    location: &impl Fn() -> Location,
    problems: &mut Vec<Problem>,
) {
    cost::tick(items.len());
    for (n, item) in items.iter().enumerate() {
        if item.text.trim().is_empty() {
            problems.push(Problem::error(
                location().field("checklist"),
                ProblemKind::ChecklistItemEmpty { item: n + 1 },
            ));
        }
    }
    if items.len() > MAX_CHECKLIST_ITEMS {
        problems.push(Problem::error(
            location().field("checklist"),
            ProblemKind::ChecklistTooLong {
                items: items.len(),
                max: MAX_CHECKLIST_ITEMS,
            },
        ));
    }
}

/// More parts than this is a roadmap of its own, not a step.
pub const MAX_CHECKLIST_ITEMS: usize = 100;

fn check_resources(
    resources: &[Resource],
    location: &impl Fn() -> Location,
    problems: &mut Vec<Problem>,
) {
    for resource in resources {
        let lang_ok = !resource.lang.is_empty()
            && resource.lang.len() <= 16
            && resource
                .lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            problems.push(Problem::warning(
                location().field("resources"),
                ProblemKind::BadResourceLang {
                    url: resource.url.clone(),
                    lang: resource.lang.clone(),
                },
            ));
        }
        if resource.stack.iter().any(|s| s.trim().is_empty()) {
            problems.push(Problem::warning(
                location().field("resources"),
                ProblemKind::EmptyStackName {
                    url: resource.url.clone(),
                },
            ));
        }
    }
}
