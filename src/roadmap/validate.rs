//! Checking a roadmap file and compiling it into an indexed [`Roadmap`].
//!
//! Every problem is collected, not only the first, so an author can fix a
//! file in one pass. All checks are linear in the size of the roadmap.

use std::collections::HashMap;

use super::fields::unknown_field_warnings;
use super::file::{RoadmapFile, StepFile};
use super::graph::{cycles_in, invert};
use super::lookup::Lookup;
use super::problem::{Location, Place, Problem, ProblemKind, Severity};
use super::reference::looks_like_a_step_number;
use super::{Roadmap, Stage, Step};
use crate::cost;

mod checks;
pub use checks::{compile as check_pattern, is_inside_project};
mod skills;
mod step;

use step::{Seen, compile_step};

/// Validates a parsed roadmap. Returns the roadmap when there is no error
/// (warnings allowed), and every problem found.
pub fn validate(file: RoadmapFile) -> (Option<Roadmap>, Vec<Problem>) {
    check(file, Warnings::Collect)
}

/// Whether to look for what only warrants a warning. Following a roadmap
/// needs its errors only: its warnings are for `roadmap validate`, and
/// looking for control characters in every text takes time every command
/// would pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Warnings {
    Collect,
    Skip,
}

/// [`validate`], with or without the warnings.
pub(crate) fn check(file: RoadmapFile, warnings: Warnings) -> (Option<Roadmap>, Vec<Problem>) {
    let mut problems = Vec::new();
    if warnings == Warnings::Collect {
        problems = unknown_field_warnings(&file);
        super::control::warn_about_control_characters(&file, &mut problems);
    }
    let roadmap = || Location::at(Place::Roadmap);
    let id = required(file.id, roadmap, "id", &mut problems);
    let title = required(file.title, roadmap, "title", &mut problems);
    if let Some(found) = file.format.filter(|&f| f > super::check::KNOWN_FORMAT) {
        let known = super::check::KNOWN_FORMAT;
        problems.push(Problem::error(
            roadmap().field("format"),
            ProblemKind::NewerFormat { found, known },
        ));
    }
    let stage_files = file.stages.unwrap_or_else(|| {
        problems.push(Problem::error(
            roadmap(),
            ProblemKind::MissingField("stages"),
        ));
        Vec::new()
    });
    let skill_files = file.skills;
    let step_files = file.steps.unwrap_or_else(|| {
        problems.push(Problem::error(
            roadmap(),
            ProblemKind::MissingField("steps"),
        ));
        Vec::new()
    });

    let mut stages = Vec::with_capacity(stage_files.len());
    let mut stage_lookup: HashMap<String, usize> = HashMap::with_capacity(stage_files.len());
    for (i, stage) in stage_files.into_iter().enumerate() {
        let location = || {
            Location::at(Place::Stage {
                id: None,
                index: Some(i),
            })
        };
        let stage_id = required(stage.id, location, "id", &mut problems);
        let stage_title = required(stage.title, location, "title", &mut problems);
        if !stage_id.is_empty() {
            // The first stage with an id keeps it; later ones are errors.
            if let Some(&first) = stage_lookup.get(&stage_id) {
                problems.push(Problem::error(
                    Location::at(Place::Stage {
                        id: Some(stage_id.clone()),
                        index: Some(i),
                    }),
                    ProblemKind::DuplicateStageId { first },
                ));
            } else {
                stage_lookup.insert(stage_id.clone(), i);
            }
        }
        stages.push(Stage {
            id: stage_id,
            title: stage_title,
            i18n: stage.i18n,
            steps: Vec::new(),
        });
    }

    let lookup = index_steps(&step_files, &mut problems);
    // `seen[p] == i + 1` once step `i` lists `p`: finds repeated
    // prerequisites in constant time, however many a step has.
    let mut seen = vec![0usize; step_files.len()];
    let mut seen_any = vec![0usize; step_files.len()];
    // A `Step` is no larger than a `StepFile`, so this collect can reuse
    // the file model's buffer instead of holding both.
    let mut steps: Vec<Step> = step_files
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let seen = Seen {
                requires: &mut seen,
                requires_any: &mut seen_any,
            };
            compile_step(i, step, &stage_lookup, &lookup, seen, &mut problems)
        })
        .collect();
    for (i, step) in steps.iter().enumerate() {
        if let Some(stage) = stages.get_mut(step.stage) {
            stage.steps.push(i);
        }
    }
    for stage in &stages {
        cost::tick(stage.steps.len());
        for (position, &i) in stage.steps.iter().enumerate() {
            steps[i].position = position + 1;
        }
    }

    // Both kinds of prerequisite are edges of one graph: a cycle through
    // `requires_any` is as much a mistake as one through `requires`.
    let combined: Vec<Vec<usize>>;
    let requires: Vec<&[usize]> = if steps.iter().all(|s| s.requires_any.is_empty()) {
        steps.iter().map(|s| s.requires.as_slice()).collect()
    } else {
        combined = steps
            .iter()
            .map(|s| s.requires.iter().chain(&s.requires_any).copied().collect())
            .collect();
        combined.iter().map(Vec::as_slice).collect()
    };
    let (dependents, dependent_offsets) = invert(&requires);
    for cycle in cycles_in(&requires, &dependents, &dependent_offsets) {
        let names: Vec<String> = cycle.iter().map(|&i| steps[i].id.clone()).collect();
        problems.push(Problem::error(
            Location::at(Place::Step {
                id: Some(names[0].clone()),
                index: None,
            }),
            ProblemKind::Cycle(names),
        ));
    }
    drop(requires);
    if warnings == Warnings::Collect {
        warn_about_shape(&stages, &steps, &mut problems);
    }
    skills::check(&skill_files, &steps, &mut problems);

    if problems.iter().any(|p| p.severity == Severity::Error) {
        return (None, problems);
    }
    // With no error every step is in a stage, whose list is in file order.
    let order: Vec<usize> = stages
        .iter()
        .flat_map(|s| s.steps.iter().copied())
        .collect();
    let roadmap = Roadmap {
        id,
        version: file.version,
        title,
        i18n: file.i18n,
        stages,
        skills: skill_files,
        steps,
        lookup,
        order,
        dependents,
        dependent_offsets,
    };
    (Some(roadmap), problems)
}

/// A required text field. The location is a closure so that valid fields
/// (nearly all of them) cost no formatting.
fn required(
    value: Option<String>,
    location: impl Fn() -> Location,
    field: &'static str,
    problems: &mut Vec<Problem>,
) -> String {
    match value {
        Some(value) if !value.trim().is_empty() => value,
        Some(_) => {
            problems.push(Problem::error(location(), ProblemKind::EmptyField(field)));
            String::new()
        }
        None => {
            problems.push(Problem::error(location(), ProblemKind::MissingField(field)));
            String::new()
        }
    }
}

/// Maps every step id and alias to its step, reporting duplicates.
fn index_steps(steps: &[StepFile], problems: &mut Vec<Problem>) -> Lookup {
    let mut lookup = Lookup::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        cost::tick(1 + step.aliases.len());
        let Some(id) = step.id.as_deref().filter(|id| !id.trim().is_empty()) else {
            continue;
        };
        let place = || {
            Location::at(Place::Step {
                id: Some(id.to_string()),
                index: Some(i),
            })
        };
        if looks_like_a_step_number(id) {
            problems.push(Problem::error(
                place(),
                ProblemKind::NumberShaped(id.to_string()),
            ));
        }
        // The first step with an id keeps it, so references to the id mean
        // that step in every later check.
        if let Some(first) = lookup.get(id) {
            problems.push(Problem::error(
                place(),
                ProblemKind::DuplicateStepId { first },
            ));
        } else {
            lookup.insert(id, i);
        }
    }
    for (i, step) in steps.iter().enumerate() {
        let aliases = || {
            Location::at(Place::Step {
                id: Some(step.id.as_deref().unwrap_or("?").to_string()),
                index: None,
            })
            .field("aliases")
        };
        for alias in &step.aliases {
            if looks_like_a_step_number(alias) {
                problems.push(Problem::error(
                    aliases(),
                    ProblemKind::NumberShaped(alias.clone()),
                ));
            }
            if let Some(other) = lookup.get(alias) {
                if other != i {
                    problems.push(Problem::error(
                        aliases(),
                        ProblemKind::AliasTaken {
                            alias: alias.clone(),
                            other,
                        },
                    ));
                }
            } else {
                lookup.insert(alias, i);
            }
        }
    }
    lookup
}

fn warn_about_shape(stages: &[Stage], steps: &[Step], problems: &mut Vec<Problem>) {
    if steps.is_empty() {
        problems.push(Problem::warning(
            Location::at(Place::Roadmap),
            ProblemKind::NoSteps,
        ));
    }
    for stage in stages {
        if stage.steps.is_empty() && !stage.id.is_empty() {
            problems.push(Problem::warning(
                Location::at(Place::Stage {
                    id: Some(stage.id.clone()),
                    index: None,
                }),
                ProblemKind::EmptyStage,
            ));
        }
    }
    // A step outside the first stage that neither requires nor unlocks
    // anything floats free of the graph: no path of prerequisites leads a
    // learner to it, which is almost always a forgotten `requires`.
    let mut required_by = vec![0usize; steps.len()];
    for step in steps {
        for &p in step.requires.iter().chain(&step.requires_any) {
            required_by[p] += 1;
        }
    }
    for (i, step) in steps.iter().enumerate() {
        if step.stage != 0
            && step.stage < stages.len()
            && step.requires.is_empty()
            && step.requires_any.is_empty()
            && required_by[i] == 0
        {
            problems.push(Problem::warning(
                step_named(&step.id),
                ProblemKind::Unconnected,
            ));
        }
    }
    for step in steps {
        for resource in &step.resources {
            if !resource.url.starts_with("https://") {
                problems.push(Problem::warning(
                    step_named(&step.id).field("resources"),
                    ProblemKind::NotHttps {
                        url: resource.url.clone(),
                    },
                ));
            }
        }
    }
}

/// A step by its id.
fn step_named(id: &str) -> Location {
    Location::at(Place::Step {
        id: Some(id.to_string()),
        index: None,
    })
}

#[cfg(test)]
mod tests;
