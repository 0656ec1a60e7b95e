//! The roadmap: a validated, indexed graph of steps grouped into stages.
//!
//! Everything here is pure: bytes go in, a [`Roadmap`] or a list of
//! [`Problem`]s comes out. Reading files is the caller's job.

mod control;
mod fields;
pub mod file;
mod graph;
mod load;
mod lookup;
mod reference;
mod resources;
mod validate;

use std::collections::BTreeMap;

use lookup::Lookup;

pub use file::{ChecklistItem, Cost, Resource, ResourceKind, RoadmapFile, Translation};
pub use graph::find_cycles;
use load::parse_str;
pub use load::{MAX_ROADMAP_BYTES, parse, parse_reader};
pub use reference::{ReferenceError, looks_like_a_step_number, normalize};
pub use resources::similar_names;
pub use validate::{Problem, Severity, validate};

use crate::lang::Lang;

/// The roadmap compiled into the binary (`roadmap.json` at the repository root).
pub const BUILTIN: &str = include_str!("../../roadmap.json");

#[derive(Debug, Clone)]
pub struct Roadmap {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub i18n: BTreeMap<String, Translation>,
    pub stages: Vec<Stage>,
    /// Steps in file order; a step's position here is its index everywhere.
    pub steps: Vec<Step>,
    /// Step ids and aliases to step index.
    lookup: Lookup,
    /// Step indices in reading order: by stage, then by file order.
    order: Vec<usize>,
    /// The steps that require each step, as one flat list with offsets.
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
    pub resources: Vec<Resource>,
    pub aliases: Vec<String>,
    pub optional: bool,
    pub checklist: Vec<ChecklistItem>,
    pub i18n: BTreeMap<String, Translation>,
}

impl Roadmap {
    /// The built-in roadmap. It is checked by the test suite, so failing to
    /// load it is a build defect, reported like any invalid roadmap.
    pub fn builtin() -> Result<Roadmap, Vec<Problem>> {
        // Parsed from a `str`, whose text serde_json need not check for
        // valid UTF-8 again: a fifth of the start-up work on this roadmap.
        let file = parse_str(BUILTIN).map_err(|problem| vec![problem])?;
        Roadmap::compile(file)
    }

    /// Parses and validates a roadmap document; errors only, warnings dropped.
    pub fn from_json(bytes: &[u8]) -> Result<Roadmap, Vec<Problem>> {
        let file = parse(bytes).map_err(|problem| vec![problem])?;
        Roadmap::compile(file)
    }

    /// Like [`Roadmap::from_json`], reading the document as it parses.
    pub fn from_reader(reader: impl std::io::Read) -> Result<Roadmap, Vec<Problem>> {
        let file = parse_reader(reader).map_err(|problem| vec![problem])?;
        Roadmap::compile(file)
    }

    fn compile(file: RoadmapFile) -> Result<Roadmap, Vec<Problem>> {
        let (roadmap, problems) = validate(file);
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

    /// Step index for an exact id or alias.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.lookup.get(id)
    }

    /// Step indices in reading order (by stage, then file order).
    pub fn reading_order(&self) -> &[usize] {
        &self.order
    }

    /// The steps that list `step` as a prerequisite (in `requires` or
    /// `requires_any`).
    pub fn dependents(&self, step: usize) -> &[usize] {
        &self.dependents[self.dependent_offsets[step]..self.dependent_offsets[step + 1]]
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
