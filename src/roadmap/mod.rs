//! The roadmap: a validated, indexed graph of steps grouped into stages.
//!
//! Everything here is pure: bytes go in, a [`Roadmap`] or a list of
//! [`Problem`]s comes out. Reading files is the caller's job.

pub mod check;
mod check_problem;
mod control;
mod fields;
pub mod file;
mod graph;
mod load;
mod lookup;
mod problem;
mod reference;
mod resources;
mod validate;

use std::collections::BTreeMap;

use lookup::Lookup;

pub use check::{Check, CheckKind};
pub use check_problem::CheckProblem;
pub use file::{ChecklistItem, Cost, Resource, ResourceKind, RoadmapFile, Translation};
pub use graph::find_cycles;
pub use load::{MAX_ROADMAP_BYTES, parse};
pub use problem::{Location, Part, Place, Problem, ProblemKind, Severity};
pub use reference::{ReferenceError, looks_like_a_step_number, normalize};
pub use resources::similar_names;
pub use validate::validate;
pub use validate::{check_pattern, is_inside_project};

use crate::lang::Lang;

/// The roadmap compiled into the binary (`roadmap.json` at the repository root).
pub const BUILTIN: &str = include_str!("../../roadmap.json");

/// A validated roadmap: its stages and steps, indexed for the questions
/// commands ask (a step by id or alias, the steps that require a step,
/// reading order). Built only by validating a roadmap file, so every index
/// in it points at a step and the prerequisites form no cycle.
#[derive(Debug, Clone)]
pub struct Roadmap {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub i18n: BTreeMap<String, Translation>,
    pub stages: Vec<Stage>,
    /// The skills steps build (see `file::SkillFile`), in file order.
    pub skills: Vec<file::SkillFile>,
    /// Steps in file order; a step's position here is its index everywhere.
    pub steps: Vec<Step>,
    /// Step ids and aliases to step index.
    lookup: Lookup,
    /// Step indices in reading order: by stage, then by file order.
    order: Vec<usize>,
    /// The steps that require each step (in `requires` or `requires_any`),
    /// as one flat list: step `i`'s are `dependents[dependent_offsets[i]..
    /// dependent_offsets[i + 1]]`.
    dependents: Vec<usize>,
    dependent_offsets: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Stage {
    pub id: String,
    pub title: String,
    pub i18n: BTreeMap<String, Translation>,
    /// Indices of this stage's steps, in file order.
    pub steps: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    /// Index into [`Roadmap::stages`].
    pub stage: usize,
    /// 1-based position inside its stage; with the stage it forms the short
    /// number the lists print (`2.3`).
    pub position: usize,
    pub title: String,
    pub summary: String,
    pub done_when: String,
    /// Indices of prerequisite steps.
    pub requires: Vec<usize>,
    /// Indices of alternative prerequisites: one of them finished is enough.
    pub requires_any: Vec<usize>,
    pub estimate_hours: f64,
    /// Ids of the skills the step builds, each one of [`Roadmap::skills`].
    pub skills: Vec<String>,
    pub resources: Vec<Resource>,
    pub aliases: Vec<String>,
    pub optional: bool,
    pub checklist: Vec<ChecklistItem>,
    pub i18n: BTreeMap<String, Translation>,
    /// What `roadmap check` runs (see [`check`]).
    pub checks: Vec<Check>,
}

impl Roadmap {
    /// The built-in roadmap. The test suite validates it, so failing to
    /// load it is a build defect, reported like any invalid roadmap.
    pub fn builtin() -> Result<Roadmap, Vec<Problem>> {
        Roadmap::from_json(BUILTIN.as_bytes())
    }

    /// Parses and validates a roadmap document; errors only, warnings dropped.
    pub fn from_json(bytes: &[u8]) -> Result<Roadmap, Vec<Problem>> {
        let file = if bytes.len() > MAX_ROADMAP_BYTES {
            parse(bytes) // refuses it, saying why
        } else {
            load::parse_for_use(bytes)
        };
        let file = file.map_err(|problem| vec![problem])?;
        let (roadmap, problems) = validate::check(file, validate::Warnings::Skip);
        roadmap.ok_or_else(|| {
            problems
                .into_iter()
                .filter(|p| p.severity == Severity::Error)
                .collect()
        })
    }

    pub fn title(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.title.as_deref()).unwrap_or(&self.title)
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    /// Step index for an exact id or alias.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.lookup.get(id)
    }

    /// Step index for an exact id or alias, and whether it is an alias.
    pub fn index_and_alias(&self, id: &str) -> Option<(usize, bool)> {
        let step = self.lookup.get(id)?;
        Some((step, self.steps[step].id != id))
    }

    /// Step indices in reading order (by stage, then file order).
    pub fn reading_order(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        self.order.iter().copied()
    }

    /// The steps that list `step` as a prerequisite (in `requires` or
    /// `requires_any`).
    pub fn dependents(
        &self,
        step: usize,
    ) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        let range = self.dependent_offsets[step]..self.dependent_offsets[step + 1];
        self.dependents[range].iter().copied()
    }

    /// The short number of a step, e.g. `2.3`.
    pub fn number(&self, step: usize) -> String {
        let step = &self.steps[step];
        format!("{}.{}", step.stage + 1, step.position)
    }
}

impl Stage {
    pub fn title(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.title.as_deref()).unwrap_or(&self.title)
    }

    /// Indices of this stage's steps, in file order.
    pub fn step_indices(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        self.steps.iter().copied()
    }
}

impl Step {
    pub fn title(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.title.as_deref()).unwrap_or(&self.title)
    }

    pub fn summary(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.summary.as_deref()).unwrap_or(&self.summary)
    }

    pub fn done_when(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.done_when.as_deref()).unwrap_or(&self.done_when)
    }

    /// Index of the step's stage in [`Roadmap::stages`].
    pub fn stage(&self) -> usize {
        self.stage
    }

    /// 1-based position inside its stage.
    pub fn position(&self) -> usize {
        self.position
    }

    pub fn estimate_hours(&self) -> f64 {
        self.estimate_hours
    }

    /// Indices of the prerequisite steps.
    pub fn requires(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        self.requires.iter().copied()
    }

    /// Indices of the alternative prerequisites.
    pub fn requires_any(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        self.requires_any.iter().copied()
    }
}

impl ChecklistItem {
    pub fn text(&self, lang: Lang) -> &str {
        if lang == Lang::En {
            return &self.text;
        }
        self.i18n
            .get(lang.code())
            .and_then(|t| t.text.as_deref())
            .filter(|text| !text.is_empty())
            .unwrap_or(&self.text)
    }
}

/// A translated field, if the roadmap has one for `lang` (English is the
/// untranslated text itself).
fn translated<'a>(
    i18n: &'a BTreeMap<String, Translation>,
    lang: Lang,
    field: impl Fn(&'a Translation) -> Option<&'a str>,
) -> Option<&'a str> {
    if lang == Lang::En {
        return None;
    }
    i18n.get(lang.code())
        .and_then(field)
        .filter(|text| !text.is_empty())
}
