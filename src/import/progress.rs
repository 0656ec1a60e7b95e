//! Reading a progress export (`roadmap export --format json`) back in:
//! anything else is refused, with what is wrong and where.

use crate::error::{Error, ExportProblem, Result};
use crate::progress::RecordProblem;
use crate::progress::export::{FORMAT, ProgressExport, VERSION};

/// Parses a progress export named `file`, refusing anything else with
/// exit 2.
pub fn read_export(file: &str, bytes: &[u8]) -> Result<ProgressExport> {
    let bad = |problem: ExportProblem| -> anyhow::Error {
        Error::NotAnExport {
            file: file.to_string(),
            problem,
        }
        .into()
    };
    // serde_json keeps the last of two equal keys; the other would be lost.
    if let Some(duplicate) = crate::unique_keys::find(bytes) {
        return Err(bad(ExportProblem::DuplicateKey {
            key: crate::unique_keys::shown(&duplicate.key),
            line: duplicate.line,
        }));
    }
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|err| bad(ExportProblem::Json(err.to_string())))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => return Err(bad(ExportProblem::FormatIsNot(FORMAT))),
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v <= u64::from(VERSION) => {}
        Some(v) => {
            return Err(Error::NewerExport {
                file: file.to_string(),
                version: v,
                readable: u64::from(VERSION),
            }
            .into());
        }
        None => return Err(bad(ExportProblem::NoVersion)),
    }
    let mut value = value;
    if value.get("version").and_then(|v| v.as_u64()) < Some(3) {
        let stack = value.pointer_mut("/progress/stack");
        crate::progress::setting::from_plain(stack);
    }
    let export: ProgressExport =
        serde_json::from_value(value).map_err(|err| bad(ExportProblem::Json(err.to_string())))?;
    if let Some(at) = export.progress.date_out_of_range() {
        return Err(bad(ExportProblem::DateOutOfRange {
            at: at.to_rfc3339(),
        }));
    }
    if let Some((step, problem)) = export.progress.record_problem() {
        let step = crate::unique_keys::shown(step);
        return Err(bad(match problem {
            RecordProblem::Minutes(minutes) => ExportProblem::SessionMinutes { step, minutes },
            RecordProblem::Link => ExportProblem::BadLink { step },
        }));
    }
    if export.roadmap.id.trim().is_empty() {
        return Err(bad(ExportProblem::EmptyId));
    }
    Ok(export)
}
