//! Checking a roadmap file and compiling it into an indexed [`Roadmap`].
//!
//! Every problem is collected, not only the first, so an author can fix a
//! file in one pass. All checks are linear in the size of the roadmap.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::fields::unknown_field_warnings;
use super::file::{RoadmapFile, StepFile};
use super::graph::{cycles_in, invert};
use super::lookup::Lookup;
use super::reference::looks_like_a_step_number;
use super::{Roadmap, RoadmapData, StageData, StepData};
use crate::cost;

mod step;

use step::{Seen, compile_step};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a roadmap, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `line 3, column 5`, `step 'sql-basics'`, `stages[2]` …
    pub location: String,
    pub message: String,
    /// The message in Japanese, where one is written (the JSON output keeps
    /// the English `message`).
    #[serde(skip)]
    pub message_ja: Option<String>,
}

impl Problem {
    pub fn error(location: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            location: location.into(),
            message: message.into(),
            message_ja: None,
        }
    }

    pub fn warning(location: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            location: location.into(),
            message: message.into(),
            message_ja: None,
        }
    }

    /// The same problem, with its message in Japanese.
    pub fn ja(self, message: String) -> Problem {
        Problem {
            message_ja: Some(message),
            ..self
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Validates a parsed roadmap. Returns the compiled roadmap when there is no
/// error (warnings allowed), and every problem found.
pub fn validate(file: RoadmapFile) -> (Option<Roadmap>, Vec<Problem>) {
    check(file, Warnings::Collect)
}

/// Whether to look for what only warrants a warning. Following a roadmap
/// needs its errors only: its warnings are for `roadmap validate`, and
/// looking for control characters in every text was a third of compiling
/// the built-in roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Warnings {
    Collect,
    Skip,
}

/// [`validate`], with or without the warnings, up to the compiled data.
pub(crate) fn check(file: RoadmapFile, warnings: Warnings) -> (Option<RoadmapData>, Vec<Problem>) {
    let mut problems = Vec::new();
    if warnings == Warnings::Collect {
        problems = unknown_field_warnings(&file);
        super::control::warn_about_control_characters(&file, &mut problems);
    }
    let id = required(file.id, || "roadmap".into(), "id", &mut problems);
    let title = required(file.title, || "roadmap".into(), "title", &mut problems);
    let stage_files = file.stages.unwrap_or_else(|| {
        problems.push(Problem::error("roadmap", "missing required field 'stages'"));
        Vec::new()
    });
    let step_files = file.steps.unwrap_or_else(|| {
        problems.push(Problem::error("roadmap", "missing required field 'steps'"));
        Vec::new()
    });

    let mut stages = Vec::with_capacity(stage_files.len());
    let mut stage_lookup: HashMap<String, usize> = HashMap::with_capacity(stage_files.len());
    for (i, stage) in stage_files.into_iter().enumerate() {
        let location = || format!("stages[{i}]");
        let stage_id = required(stage.id, location, "id", &mut problems);
        let stage_title = required(stage.title, location, "title", &mut problems);
        if !stage_id.is_empty() {
            // The first stage with an id keeps it; later ones are errors.
            if let Some(&first) = stage_lookup.get(&stage_id) {
                problems.push(Problem::error(
                    format!("stage '{stage_id}' (stages[{i}])"),
                    format!("duplicate stage id (first used by stages[{first}])"),
                ));
            } else {
                stage_lookup.insert(stage_id.clone(), i);
            }
        }
        stages.push(StageData {
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
    // A `Step` is no larger than a `StepFile`, so this collect reuses the
    // file model's buffer instead of holding both (100,000 steps: 22 MB).
    let mut steps: Vec<StepData> = step_files
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
        let names: Vec<&str> = cycle.iter().map(|&i| steps[i].id.as_str()).collect();
        problems.push(Problem::error(
            format!("step '{}'", names[0]),
            format!(
                "prerequisites form a cycle (each requires the next): {} -> {}",
                names.join(" -> "),
                names[0]
            ),
        ));
    }
    drop(requires);
    if warnings == Warnings::Collect {
        warn_about_shape(&stages, &steps, &mut problems);
    }

    if problems.iter().any(|p| p.severity == Severity::Error) {
        return (None, problems);
    }
    // With no error every step is in a stage, whose list is in file order.
    let order: Vec<usize> = stages
        .iter()
        .flat_map(|s| s.steps.iter().copied())
        .collect();
    let roadmap = RoadmapData {
        id,
        version: file.version,
        title,
        i18n: file.i18n,
        stages,
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
    location: impl Fn() -> String,
    field: &str,
    problems: &mut Vec<Problem>,
) -> String {
    match value {
        Some(value) if !value.trim().is_empty() => value,
        Some(_) => {
            problems.push(Problem::error(location(), format!("'{field}' is empty")));
            String::new()
        }
        None => {
            problems.push(Problem::error(
                location(),
                format!("missing required field '{field}'"),
            ));
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
        if looks_like_a_step_number(id) {
            problems.push(Problem::error(
                format!("step '{id}' (steps[{i}])"),
                number_shaped(id),
            ));
        }
        // The first step with an id keeps it, so references to the id mean
        // that step in every later check.
        if let Some(first) = lookup.get(id) {
            problems.push(Problem::error(
                format!("step '{id}' (steps[{i}])"),
                format!("duplicate step id (first used by steps[{first}])"),
            ));
        } else {
            lookup.insert(id, i);
        }
    }
    for (i, step) in steps.iter().enumerate() {
        for alias in &step.aliases {
            if looks_like_a_step_number(alias) {
                problems.push(Problem::error(
                    format!(
                        "step '{}', field aliases",
                        step.id.as_deref().unwrap_or("?")
                    ),
                    number_shaped(alias),
                ));
            }
            if let Some(other) = lookup.get(alias) {
                if other != i {
                    problems.push(Problem::error(
                        format!(
                            "step '{}', field aliases",
                            step.id.as_deref().unwrap_or("?")
                        ),
                        format!("alias '{alias}' is already the id or alias of steps[{other}]"),
                    ));
                }
            } else {
                lookup.insert(alias, i);
            }
        }
    }
    lookup
}

fn number_shaped(name: &str) -> String {
    format!(
        "'{name}' looks like a step number (stage.position), which commands read as the step in that place; use a word"
    )
}

fn warn_about_shape(stages: &[StageData], steps: &[StepData], problems: &mut Vec<Problem>) {
    if steps.is_empty() {
        problems.push(Problem::warning(
            "roadmap",
            "the roadmap has no steps: there is nothing to follow",
        ));
    }
    for stage in stages {
        if stage.steps.is_empty() && !stage.id.is_empty() {
            problems.push(Problem::warning(
                format!("stage '{}'", stage.id),
                "the stage has no steps",
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
                format!("step '{}'", step.id),
                "no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it",
            ));
        }
    }
    for step in steps {
        for resource in &step.resources {
            if !resource.url.starts_with("https://") {
                problems.push(Problem::warning(
                    format!("step '{}', field resources", step.id),
                    format!("resource '{}' is not an https:// link", resource.url),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests;
