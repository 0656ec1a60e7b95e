//! The roadmap file format (DESIGN §2), exactly as authors write it.
//!
//! Required fields are `Option`s here so that a missing one becomes a
//! validation problem naming the step, not a bare serde error; the JSON
//! Schema (`roadmap.schema.json`, generated from these types) still marks
//! them required. Doc comments here become the schema's descriptions, which
//! editors show while an author types.

use std::collections::BTreeMap;

#[cfg(feature = "testing")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A learning roadmap for the `roadmap` command-line tracker: steps grouped
/// into ordered stages, linked by prerequisites.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(
    feature = "testing",
    schemars(title = "roadmap file", deny_unknown_fields)
)]
pub struct RoadmapFile {
    /// Where editors find this schema, e.g. "./roadmap.schema.json"; ignored by the tool.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifies the roadmap: progress is stored under this id, so keep it stable.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub id: Option<String>,
    /// Edition of the roadmap, for its readers; progress survives changes.
    #[serde(default = "default_version")]
    pub version: u32,
    /// The version of this file format the roadmap is written in (default
    /// 1; this build knows up to 2). A newer one is refused, not misread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "testing", schemars(range(min = 1)))]
    pub format: Option<u32>,
    /// The roadmap's title, in English.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub title: Option<String>,
    /// Translations by language code ("ja"); only `title` is used here.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, Translation>,
    /// The stages, in the order a learner goes through them.
    #[cfg_attr(feature = "testing", schemars(required, with = "Vec<StageFile>"))]
    pub stages: Option<Vec<StageFile>>,
    /// The skills steps build, for the skill sheet (`roadmap export
    /// --format skills`): steps name them by id in their `skills`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillFile>,
    /// The steps; each belongs to one stage. Within a stage, file order is reading order.
    #[cfg_attr(feature = "testing", schemars(required, with = "Vec<StepFile>"))]
    pub steps: Option<Vec<StepFile>>,
    /// Fields the file has that the format does not know, found while
    /// parsing (a typo such as `require` would otherwise vanish silently).
    #[serde(skip)]
    pub unknown_fields: Vec<FieldPath>,
}

/// Where a field sits in a roadmap document: `steps`, `3`, `require`.
pub type FieldPath = Vec<PathSegment>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    Key(String),
    Index(usize),
}

fn default_version() -> u32 {
    1
}

/// A group of steps; stages give the coarse order of a roadmap.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct StageFile {
    /// Unique among the stages; steps name their stage by this id.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub id: Option<String>,
    /// The stage's title, in English.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub title: Option<String>,
    /// Translations by language code ("ja"); only `title` is used here.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, Translation>,
}

/// One thing to learn or do.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct StepFile {
    /// A stable kebab-case slug, unique among steps and aliases. Progress is
    /// stored under it: when renaming, keep the old id in `aliases`.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"^\S+$"))
    )]
    pub id: Option<String>,
    /// The id of the stage this step belongs to.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub stage: Option<String>,
    /// What to learn or do, in English, short.
    #[cfg_attr(
        feature = "testing",
        schemars(required, with = "String", regex(pattern = r"\S"))
    )]
    pub title: Option<String>,
    /// A paragraph on what the step is and why it matters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// A concrete, checkable criterion: what the learner has produced or can do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub done_when: String,
    /// Ids (or aliases) of the steps to finish first. They must not form a cycle.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Ids (or aliases) of alternative steps: finishing any one of them is
    /// enough (on top of everything in `requires`). For routes a learner
    /// chooses between, e.g. an internship or open source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_any: Vec<String>,
    /// Estimated hours of work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "testing", schemars(range(min = 0.0, max = 10000.0)))]
    pub estimate_hours: Option<f64>,
    /// Ids of the skills (top-level `skills`) the step builds, e.g. ["sql"].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Where to learn it; links should be https://.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    /// Former ids of this step: progress recorded under them counts for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Nice to have, not needed to move on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// The parts of a big step, ticked off one by one with `roadmap tick`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<ChecklistItem>,
    /// Translations by language code ("ja") of `title`, `summary` and `done_when`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, Translation>,
    /// What `roadmap check` runs in the learner's project to prove part of
    /// `done_when` (format 2). See docs/checks.md.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<super::check::Check>,
}

/// A skill a learner can claim on a skill sheet once a step that builds
/// it is finished.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct SkillFile {
    /// Unique among the skills; steps name the skill by it.
    #[cfg_attr(feature = "testing", schemars(regex(pattern = r"^\S+$")))]
    pub id: String,
    /// The skill's name as a résumé writes it, in English ("SQL").
    #[cfg_attr(feature = "testing", schemars(regex(pattern = r"\S")))]
    pub name: String,
    /// Translations by language code ("ja") of `name`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, SkillTranslation>,
    /// The stacks the skill belongs to, e.g. ["php"]: once the learner
    /// picks a stack, skills of other stacks are not claimed. A skill
    /// without `stack` is for everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<String>,
}

/// Translated name of a skill.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct SkillTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One part of a step's checklist.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct ChecklistItem {
    /// What to do, in English, one line.
    #[cfg_attr(feature = "testing", schemars(regex(pattern = r"\S")))]
    pub text: String,
    /// Translations by language code ("ja") of `text`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, ItemTranslation>,
}

/// Translated text of a checklist item.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct ItemTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A place to learn a step from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct Resource {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub kind: ResourceKind,
    /// The language the resource is written in, a code such as "en" or "ja".
    /// With `--lang ja`, Japanese resources are listed first.
    #[serde(default = "default_resource_lang")]
    #[cfg_attr(
        feature = "testing",
        schemars(regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$"))
    )]
    pub lang: String,
    /// Whether it costs money; anything but free is marked where it is shown.
    #[serde(default)]
    pub cost: Cost,
    /// The programming languages it is for, e.g. ["php"]. Once a learner
    /// picks a stack (`roadmap stack`), resources for other stacks are
    /// hidden; a resource without `stack` is for everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<String>,
}

fn default_resource_lang() -> String {
    "en".to_string()
}

/// What a resource costs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Cost {
    /// Free to use.
    #[default]
    Free,
    /// Free in part; the rest is paid.
    Freemium,
    /// Paid (a commercial course or book).
    Paid,
}

/// What kind of resource it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    #[default]
    Docs,
    Course,
    Book,
    Video,
    Article,
    Tool,
    Community,
}

/// Translated text for one language; every field falls back to English.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct Translation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_when: Option<String>,
}

/// The JSON Schema of the roadmap file format, as committed in
/// `roadmap.schema.json` (a test keeps the two equal).
#[cfg(feature = "testing")]
pub fn json_schema() -> serde_json::Value {
    schemars::schema_for!(RoadmapFile).to_value()
}
