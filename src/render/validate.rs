//! `roadmap validate`: every problem with its location, then a summary.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;
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

pub fn text(out: &mut dyn Write, report: &ValidateReport, style: Style) -> Result<()> {
    for problem in &report.problems {
        let label = match problem.severity {
            Severity::Error => style.paint_error(style.tr("error", "エラー")),
            Severity::Warning => style.yellow(style.tr("warning", "警告")),
        };
        writeln!(
            out,
            "{label}: {}",
            crate::i18n::problems::line(problem, style.lang)
        )?;
    }
    let summary = match (report.valid, style.lang) {
        (true, Lang::En) => format!(
            "{}: valid, {} stages, {} steps, {} warning(s)",
            report.file,
            report.stages.unwrap_or(0),
            report.steps.unwrap_or(0),
            report.warnings
        ),
        (true, Lang::Ja) => format!(
            "{}: 有効です (ステージ {}、ステップ {}、警告 {} 件)",
            report.file,
            report.stages.unwrap_or(0),
            report.steps.unwrap_or(0),
            report.warnings
        ),
        (false, Lang::En) => format!(
            "{}: {} error(s), {} warning(s)",
            report.file, report.errors, report.warnings
        ),
        (false, Lang::Ja) => format!(
            "{}: エラー {} 件、警告 {} 件",
            report.file, report.errors, report.warnings
        ),
    };
    if report.valid {
        writeln!(out, "{}", style.green(&summary))?;
    } else {
        writeln!(out, "{}", style.bold(&summary))?;
    }
    Ok(())
}
