//! `roadmap export --format json`: a learner's progress on one roadmap, for
//! backup or moving machines; `roadmap import progress` reads it back.

pub use crate::progress::export::{FORMAT, ProgressExport, RoadmapRef, VERSION};

pub fn render(export: &ProgressExport) -> String {
    crate::sanitize::json_pretty_string(export)
}
