//! Reading a progress export (`roadmap export --format json`) back in:
//! anything else is refused, with what is wrong and where.

use crate::error::{Error, Result};
use crate::render::export::json::{FORMAT, ProgressExport, VERSION};

/// Parses a progress export named `file`, refusing anything else with
/// exit 2.
pub fn read_export(file: &str, bytes: &[u8]) -> Result<ProgressExport> {
    let bad = |problem: String| -> anyhow::Error {
        Error::NotAnExport {
            file: file.to_string(),
            problem,
        }
        .into()
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|err| bad(err.to_string()))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => return Err(bad(format!("its \"format\" is not \"{FORMAT}\""))),
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
        None => return Err(bad("it has no \"version\"".to_string())),
    }
    let export: ProgressExport =
        serde_json::from_value(value).map_err(|err| bad(err.to_string()))?;
    if export.roadmap.id.trim().is_empty() {
        return Err(bad("the roadmap id is empty".to_string()));
    }
    Ok(export)
}
