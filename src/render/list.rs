//! `roadmap list`: every step grouped by stage, with status marks.

use serde::Serialize;

use super::{Line, Printer, Role, mark};
use crate::error::Result;
use crate::i18n::Msg;
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
    /// How many checks `roadmap check` runs for the step.
    pub checks: usize,
    /// Whether `roadmap check` ever verified the step.
    pub verified: bool,
}

pub fn text(p: &mut Printer<'_>, report: &ListReport) -> Result<()> {
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
            p.blank()?;
        }
        p.line(
            Line::new()
                .role(Role::Strong, format!("{} ", n + 1))
                .hang_here()
                .theirs_as(Role::Strong, &stage.title)
                .role(Role::Faint, format!("  {}/{}", stage.finished, stage.total)),
        )?;
        for step in &stage.steps {
            // Steps still waiting on a prerequisite are dimmed, so what can
            // be done now stands out.
            let waiting = !step.available && !step.status.is_finished();
            let role = if waiting { Role::Faint } else { Role::Plain };
            let (mark_role, mark) = mark(step.status);
            let mut line = Line::new()
                .ours("  ")
                .role(mark_role, mark)
                .ours(" ")
                .theirs_as(role, &step.number)
                .role(role, " ".repeat(2 + number_width - step.number.len()))
                .hang_here()
                .theirs_as(role, &step.title);
            if step.optional {
                line = line.role(role, p.t(Msg::OptionalMark));
            }
            if step.verified {
                line = super::check::verified_mark(p, line);
            }
            p.line(line)?;
        }
    }
    Ok(())
}
