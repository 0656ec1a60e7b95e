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
#[cfg_attr(feature = "testing", schemars(title = "roadmap file"))]
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
    /// The steps; each belongs to one stage. Within a stage, file order is reading order.
    #[cfg_attr(feature = "testing", schemars(required, with = "Vec<StepFile>"))]
    pub steps: Option<Vec<StepFile>>,
}

fn default_version() -> u32 {
    1
}

/// A group of steps; stages give the coarse order of a roadmap.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
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
    /// Estimated hours of work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "testing", schemars(range(min = 0.0, max = 10000.0)))]
    pub estimate_hours: Option<f64>,
    /// Where to learn it; links should be https://.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    /// Former ids of this step: progress recorded under them counts for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Nice to have, not needed to move on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Translations by language code ("ja") of `title`, `summary` and `done_when`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, Translation>,
}

/// A place to learn a step from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
pub struct Resource {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub kind: ResourceKind,
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
