//! `roadmap export --format json`: a learner's progress on one roadmap, for
//! backup or moving machines; `roadmap import progress` reads it back.

pub use crate::progress::export::{FORMAT, ProgressExport, RoadmapRef, VERSION};

pub fn render(export: &ProgressExport) -> String {
    let mut text = serde_json::to_string_pretty(export).expect("a progress export serialises");
    text.push('\n');
    text
}
