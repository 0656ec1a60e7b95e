//! `roadmap list`: every step grouped by stage, with status marks.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::progress::Status;

/// The `--json` shape of `roadmap list` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct ListReport {
    pub roadmap: String,
    pub roadmap_title: String,
    pub user: String,
    pub stages: Vec<ListStage>,
}

#[derive(Debug, Serialize)]
pub struct ListStage {
    pub id: String,
    pub title: String,
    /// Done or skipped steps of the stage.
    pub finished: usize,
    pub total: usize,
    /// In file order, numbered `<stage>.<position>`.
    pub steps: Vec<ListStep>,
}

#[derive(Debug, Serialize)]
pub struct ListStep {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    /// Not finished and every prerequisite finished.
    pub available: bool,
    pub optional: bool,
    pub estimate_hours: f64,
}

pub fn text(out: &mut dyn Write, report: &ListReport, style: Style) -> Result<()> {
    // Titles start in one column however long the numbers get (3.10).
    let number_width = report
        .stages
        .iter()
        .flat_map(|stage| &stage.steps)
        .map(|step| step.number.len())
        .max()
        .unwrap_or(0);
    for (n, stage) in report.stages.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{}  {}",
            style.bold(&format!("{} {}", n + 1, stage.title)),
            style.dim(&format!("{}/{}", stage.finished, stage.total))
        )?;
        for step in &stage.steps {
            let line = format!(
                "{:<number_width$}  {}{}",
                step.number,
                step.title,
                style.optional_mark(step.optional)
            );
            // Steps still waiting on a prerequisite are dimmed, so what can
            // be done now stands out.
            let waiting = !step.available && !step.status.is_finished();
            let line = if waiting { style.dim(&line) } else { line };
            writeln!(out, "  {} {line}", style.mark(step.status))?;
        }
    }
    Ok(())
}
