//! The roadmap: a validated, indexed graph of steps grouped into stages.
//!
//! Everything here is pure: bytes go in, a [`Roadmap`] or a list of
//! [`Problem`]s comes out. Reading files is the caller's job.

mod builtin;
mod compiled;
use compiled::indices;
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
use std::sync::Arc;

use rkyv::Archived;
use rkyv::collections::btree_map::ArchivedBTreeMap;
use rkyv::string::ArchivedString;
use rkyv::util::AlignedVec;

type ArchivedUsize = Archived<usize>;

pub(crate) use lookup::Index;

pub use file::{
    ArchivedChecklistItem as ChecklistItem, ArchivedResource as Resource, ArchivedTranslation,
    Cost, ResourceKind, RoadmapFile, Translation,
};
pub use graph::find_cycles;
pub use load::{MAX_ROADMAP_BYTES, parse, parse_reader};
use load::{parse_quietly, parse_str};
pub use problem::{Location, Part, Place, Problem, ProblemKind, Severity};
pub use reference::{ReferenceError, looks_like_a_step_number, normalize};
pub use resources::similar_names;
pub use validate::validate;

use crate::lang::Lang;

/// The roadmap compiled into the binary (`roadmap.json` at the repository root).
pub const BUILTIN: &str = include_str!("../../roadmap.json");

/// A compiled roadmap: the archived form of [`RoadmapData`], read in place
/// from one buffer (zero-copy). It derefs to [`Compiled`], whose fields are
/// the data's fields in archived form: `roadmap.steps[i].title`.
///
/// The buffer is either built here from a validated roadmap file, or read
/// from the compiled-roadmap cache and checked (see `cache`), so every
/// access after construction may skip the check.
pub struct Roadmap {
    bytes: Backing,
}

/// Where a roadmap's archived bytes are.
#[derive(Clone)]
enum Backing {
    /// Built here, or read from the cache. Shared, so that the cache can
    /// write them out on another thread while the command goes on.
    Owned(Arc<AlignedVec>),
    /// Mapped from the cache (see `store::cache`; Linux only).
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    Mapped(Arc<dyn Mapped>),
    /// In the binary: the built-in roadmap.
    Static(&'static [u8]),
}

/// Archived bytes in memory the roadmap does not own: a mapped cache
/// entry, which must stay as it is for as long as it is mapped.
pub trait Mapped: Send + Sync {
    fn bytes(&self) -> &[u8];
}

impl Backing {
    fn bytes(&self) -> &[u8] {
        match self {
            Backing::Owned(bytes) => bytes,
            Backing::Mapped(mapped) => mapped.bytes(),
            Backing::Static(bytes) => bytes,
        }
    }
}

/// What a roadmap file compiles to, before it is archived.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
#[rkyv(archived = Compiled, derive(Debug))]
pub struct RoadmapData {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub i18n: BTreeMap<String, Translation>,
    pub stages: Vec<StageData>,
    /// Steps in file order; a step's position here is its index everywhere.
    pub steps: Vec<StepData>,
    /// Step ids and aliases to step index.
    lookup: Index,
    /// Step indices in reading order: by stage, then by file order.
    order: Vec<usize>,
    /// The steps that require each step, as one flat list with offsets.
    dependents: Vec<usize>,
    dependent_offsets: Vec<usize>,
}

#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
#[rkyv(archived = Stage, derive(Debug))]
pub struct StageData {
    pub id: String,
    pub title: String,
    pub i18n: BTreeMap<String, Translation>,
    /// Indices of this stage's steps, in file order.
    pub steps: Vec<usize>,
}

#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
#[rkyv(archived = Step, derive(Debug))]
pub struct StepData {
    pub id: String,
    /// Index into [`Compiled::stages`].
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
    pub resources: Vec<file::Resource>,
    pub aliases: Vec<String>,
    pub optional: bool,
    pub checklist: Vec<file::ChecklistItem>,
    pub i18n: BTreeMap<String, Translation>,
}

impl Roadmap {
    /// The built-in roadmap compiled from its JSON (see `builtin`).
    fn from_builtin_json() -> Result<Roadmap, Vec<Problem>> {
        // Parsed from a `str`, whose text serde_json need not check for
        // valid UTF-8 again: a fifth of the start-up work on this roadmap.
        let file = parse_str(BUILTIN).map_err(|problem| vec![problem])?;
        Roadmap::compile(file, BUILTIN.len())
    }

    /// Parses and validates a roadmap document; errors only, warnings dropped.
    pub fn from_json(bytes: &[u8]) -> Result<Roadmap, Vec<Problem>> {
        let file = parse(bytes).map_err(|problem| vec![problem])?;
        Roadmap::compile(file, bytes.len())
    }

    /// Like [`Roadmap::from_json`], without noting unknown fields (whose
    /// warnings only `validate` shows): the path of every command that
    /// follows a roadmap file.
    pub fn from_json_quietly(bytes: &[u8]) -> Result<Roadmap, Vec<Problem>> {
        let file = parse_quietly(bytes).map_err(|problem| vec![problem])?;
        Roadmap::compile(file, bytes.len())
    }

    /// Compiles a parsed file of `json_len` bytes: the archive takes a
    /// little less room than its JSON, so a buffer that size is allocated
    /// once (growing it by doubling copied it and touched twice the pages).
    fn compile(file: RoadmapFile, json_len: usize) -> Result<Roadmap, Vec<Problem>> {
        let (data, problems) = validate::check(file, validate::Warnings::Skip);
        data.map(|data| Roadmap::archive(&data, json_len))
            .ok_or_else(|| {
                problems
                    .into_iter()
                    .filter(|p| p.severity == Severity::Error)
                    .collect()
            })
    }

    /// Archives compiled data. Serialising plain strings and vectors into
    /// memory cannot fail.
    fn archive(data: &RoadmapData, capacity: usize) -> Roadmap {
        let buffer = AlignedVec::with_capacity(capacity);
        let bytes = rkyv::api::high::to_bytes_in::<_, rkyv::rancor::Error>(data, buffer)
            .expect("archiving a compiled roadmap in memory");
        Roadmap {
            bytes: Backing::Owned(Arc::new(bytes)),
        }
    }

    /// A roadmap from archived bytes that are not known to be sound (the
    /// cache): checked in full, structure and indices, or `None`.
    pub(crate) fn from_archive(bytes: AlignedVec) -> Option<Roadmap> {
        Roadmap::checked(Backing::Owned(Arc::new(bytes)))
    }

    /// [`Roadmap::from_archive`] on bytes in the binary.
    fn from_static(bytes: &'static [u8]) -> Option<Roadmap> {
        Roadmap::checked(Backing::Static(bytes))
    }

    /// Bytes in the binary, read as they are (see `builtin`).
    ///
    /// # Safety
    ///
    /// `bytes` must be an archive that [`Roadmap::from_static`] accepts.
    unsafe fn from_trusted_static(bytes: &'static [u8]) -> Roadmap {
        Roadmap {
            bytes: Backing::Static(bytes),
        }
    }

    /// [`Roadmap::from_archive`] on bytes mapped from a file.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    pub(crate) fn from_mapped(mapped: Arc<dyn Mapped>) -> Option<Roadmap> {
        Roadmap::checked(Backing::Mapped(mapped))
    }

    /// The one check of bytes from outside this run: aligned to 16 bytes
    /// as rkyv reads them, rkyv's structure, then every index.
    fn checked(bytes: Backing) -> Option<Roadmap> {
        let archive = bytes.bytes();
        let sound = (archive.as_ptr() as usize).is_multiple_of(16)
            && rkyv::access::<Compiled, rkyv::rancor::Error>(archive).is_ok_and(Compiled::is_sound);
        sound.then_some(Roadmap { bytes })
    }

    /// The archived bytes of a roadmap compiled here, for the cache to
    /// store (`None` for one read from the cache).
    pub(crate) fn archived_bytes(&self) -> Option<Arc<AlignedVec>> {
        match &self.bytes {
            Backing::Owned(bytes) => Some(Arc::clone(bytes)),
            Backing::Mapped(_) | Backing::Static(_) => None,
        }
    }
}

impl std::ops::Deref for Roadmap {
    type Target = Compiled;

    fn deref(&self) -> &Compiled {
        // SAFETY: `bytes` is never changed after construction (a mapping
        // is of a file no other program may change meanwhile, see
        // `store::cache`), and was either written by `rkyv::to_bytes` from a
        // `RoadmapData`, or checked by `rkyv::access` in `from_archive`,
        // `from_mapped` or `from_static`, at the same address, or is the
        // built-in archive that the test suite checks so (see `builtin`).
        unsafe { rkyv::access_unchecked::<Compiled>(self.bytes.bytes()) }
    }
}

impl std::fmt::Debug for Roadmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl Clone for Roadmap {
    fn clone(&self) -> Roadmap {
        Roadmap {
            bytes: self.bytes.clone(),
        }
    }
}

impl Stage {
    pub fn title(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.title.as_deref()).unwrap_or(&self.title)
    }

    /// Indices of this stage's steps, in file order.
    pub fn step_indices(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        indices(&self.steps)
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

    /// Index of the step's stage in [`Compiled::stages`].
    pub fn stage(&self) -> usize {
        self.stage.to_native() as usize
    }

    /// 1-based position inside its stage.
    pub fn position(&self) -> usize {
        self.position.to_native() as usize
    }

    pub fn estimate_hours(&self) -> f64 {
        self.estimate_hours.to_native()
    }

    /// Indices of the prerequisite steps.
    pub fn requires(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        indices(&self.requires)
    }

    /// Indices of the alternative prerequisites.
    pub fn requires_any(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        indices(&self.requires_any)
    }
}

impl Resource {
    /// An owned copy, for reports that outlive the roadmap.
    pub fn to_file(&self) -> file::Resource {
        file::Resource {
            title: self.title.to_string(),
            url: self.url.to_string(),
            kind: self.kind,
            lang: self.lang.to_string(),
            cost: self.cost,
            stack: self.stack.iter().map(|s| s.to_string()).collect(),
        }
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
    i18n: &'a ArchivedBTreeMap<ArchivedString, ArchivedTranslation>,
    lang: Lang,
    field: impl Fn(&'a ArchivedTranslation) -> Option<&'a str>,
) -> Option<&'a str> {
    if lang == Lang::En {
        return None;
    }
    i18n.get(lang.code())
        .and_then(field)
        .filter(|text| !text.is_empty())
}
