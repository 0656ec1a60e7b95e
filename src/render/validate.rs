//! `roadmap validate`: every problem with its location, then a summary.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::Msg;
use crate::roadmap::{Problem, Severity};

/// The `--json` shape of `roadmap validate`.
#[derive(Debug, Serialize)]
pub struct ValidateReport {
    /// The file checked, or "built-in roadmap".
    pub file: String,
    /// No errors (warnings allowed).
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Counts of the valid roadmap; absent when it has errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stages: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<usize>,
    /// Errors and warnings in the order found.
    pub problems: Vec<Problem>,
}

pub fn text(p: &mut Printer<'_>, report: &ValidateReport) -> Result<()> {
    for problem in &report.problems {
        let label = match problem.severity {
            Severity::Error => Line::new().role(Role::Bad, p.t(Msg::ErrorWord)),
            Severity::Warning => Line::new().role(Role::Warn, p.t(Msg::WarningWord)),
        };
        // The names inside (ids, fields) came from the file.
        let location = crate::i18n::problems::location(&problem.location, p.lang());
        p.line(label.ours(": ").theirs(location).ours(": ").hang(2).theirs(
            crate::i18n::problems::message_of(
                &problem.message,
                problem.message_ja.as_deref(),
                p.lang(),
            ),
        ))?;
    }
    let summary = if report.valid {
        Msg::ValidSummary {
            stages: report.stages.unwrap_or(0),
            steps: report.steps.unwrap_or(0),
            warnings: report.warnings,
        }
    } else {
        Msg::InvalidSummary {
            errors: report.errors,
            warnings: report.warnings,
        }
    };
    let role = if report.valid {
        Role::Good
    } else {
        Role::Strong
    };
    p.line(
        Line::new()
            .theirs_as(role, &report.file)
            .role(role, ": ")
            .hang(2)
            .role(role, p.t(summary)),
    )
}
