//! The roadmap file format (DESIGN §2), exactly as authors write it.
//!
//! Required fields are `Option`s here so that a missing one becomes a
//! validation problem naming the step, not a bare serde error.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct RoadmapFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub id: Option<String>,
    #[serde(default = "default_version")]
    pub version: u32,
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, Translation>,
    pub stages: Option<Vec<StageFile>>,
    pub steps: Option<Vec<StepFile>>,
}

fn default_version() -> u32 {
    1
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct StageFile {
    pub id: Option<String>,
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, Translation>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct StepFile {
    pub id: Option<String>,
    pub stage: Option<String>,
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub done_when: String,
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, Translation>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Resource {
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub kind: ResourceKind,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
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
pub struct Translation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_when: Option<String>,
}
