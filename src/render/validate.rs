//! `roadmap validate`: every problem with its location, then a summary.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::{Msg, problems};
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
    /// Errors and warnings in the order found, each as `severity`,
    /// `location` and `message`, in English.
    #[serde(serialize_with = "in_english")]
    pub problems: Vec<Problem>,
}

fn in_english<S: serde::Serializer>(problems: &[Problem], out: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;

    #[derive(Serialize)]
    struct Row {
        severity: Severity,
        location: String,
        message: String,
    }
    let mut seq = out.serialize_seq(Some(problems.len()))?;
    for problem in problems {
        seq.serialize_element(&Row {
            severity: problem.severity,
            location: problems::location(&problem.location, Lang::En),
            message: problems::message(&problem.kind, Lang::En),
        })?;
    }
    seq.end()
}

pub fn text(p: &mut Printer<'_>, report: &ValidateReport) -> Result<()> {
    for problem in &report.problems {
        let label = match problem.severity {
            Severity::Error => Line::new().role(Role::Bad, p.t(Msg::ErrorWord)),
            Severity::Warning => Line::new().role(Role::Warn, p.t(Msg::WarningWord)),
        };
        // The names inside (ids, fields) came from the file.
        let location = problems::location(&problem.location, p.lang());
        p.line(
            label
                .ours(": ")
                .theirs(location)
                .ours(": ")
                .hang(2)
                .theirs(problems::message(&problem.kind, p.lang())),
        )?;
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
