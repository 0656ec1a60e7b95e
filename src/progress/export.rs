//! The progress export: a learner's progress on one roadmap as a file, for
//! backup or moving machines. `roadmap export --format json` writes it
//! (`render::export::json`); `roadmap import progress` reads it back
//! (`import::read_export`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Progress;

/// The `format` field of a progress export: tells it from other JSON.
pub const FORMAT: &str = "roadmap-progress";
/// The version of the export this build writes and reads (and older).
/// Version 2 may carry study sessions and evidence, which version 1
/// readers would refuse as unknown fields; the number makes them say
/// "written by a newer roadmap" instead. Version 3 (store version 4) may
/// carry verifications, job applications and mentor comments, and keeps
/// the stack as a setting with its time; a version 2 file's plain stack is
/// read as an undated one.
pub const VERSION: u32 = 3;

/// The file `export --format json` writes. `progress` is exactly what the
/// store holds for the roadmap, orphaned steps included, so nothing is lost
/// on the way through.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ProgressExport {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub user: String,
    pub roadmap: RoadmapRef,
    pub progress: Progress,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct RoadmapRef {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub version: u32,
}
