//! The outcome of a status change (`roadmap done`, and the other commands
//! that change a step's status).

use std::io::Write;

use serde::Serialize;

use super::{Style, round1};
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::{Stats, Status};

/// The `--json` shape of a status change (docs/json.md).
#[derive(Debug, Serialize)]
pub struct ChangeReport {
    pub status: Status,
    /// Steps whose status changed.
    pub changed: Vec<StepRef>,
    /// Steps that already had the status (the command is idempotent).
    pub unchanged: Vec<StepRef>,
    /// Steps that became available through this change.
    pub unlocked: Vec<StepRef>,
    /// The stages of the steps named, after the change.
    pub stages: Vec<Figures>,
    pub overall: Figures,
    /// Evidence links attached by `done --evidence` (new ones only).
    #[serde(skip_serializing_if = "is_zero")]
    pub evidence_added: usize,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRef {
    pub number: String,
    pub id: String,
    pub title: String,
}

/// Progress of a stage or of the whole roadmap.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub id: String,
    pub title: String,
    pub finished: usize,
    pub total: usize,
    pub percent: f64,
    #[serde(skip)]
    pub whole_percent: u32,
}

impl Figures {
    pub fn new(id: &str, title: &str, stats: &Stats) -> Figures {
        Figures {
            id: id.to_string(),
            title: title.to_string(),
            finished: stats.finished(),
            total: stats.total,
            percent: round1(stats.percent()),
            whole_percent: stats.whole_percent(),
        }
    }
}

pub fn text(out: &mut dyn Write, report: &ChangeReport, style: Style) -> Result<()> {
    let verb = style.status_name(report.status);
    for step in &report.changed {
        writeln!(
            out,
            "{} {}  {} — {}",
            style.mark(report.status),
            style.cyan(&step.number),
            step.title,
            verb
        )?;
    }
    for step in &report.unchanged {
        let already = match style.lang {
            Lang::En => format!("already {verb}"),
            Lang::Ja => format!("すでに{verb}"),
        };
        writeln!(
            out,
            "{}",
            style.dim(&format!("    {}  {} — {already}", step.number, step.title))
        )?;
    }
    if !report.unlocked.is_empty() {
        writeln!(
            out,
            "{}",
            style.bold(style.tr("Unlocked:", "新しく取り組めるステップ:"))
        )?;
        for step in &report.unlocked {
            writeln!(out, "    {}  {}", style.cyan(&step.number), step.title)?;
        }
    }
    if report.evidence_added > 0 {
        let line = super::record_msg::RecordMsg::EvidenceAttached(report.evidence_added);
        writeln!(out, "{}", line.text(style.lang))?;
    }
    let mut figures: Vec<String> = report.stages.iter().map(figure).collect();
    figures.push(figure(&report.overall));
    writeln!(out, "{}", figures.join(" · "))?;
    Ok(())
}

fn figure(figures: &Figures) -> String {
    format!(
        "{} {}/{} ({}%)",
        figures.title, figures.finished, figures.total, figures.whole_percent
    )
}
