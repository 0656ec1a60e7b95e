//! The outcome of a status change (`roadmap done`, and the other commands
//! that change a step's status).

use serde::Serialize;

use super::{Line, Printer, Role, mark, round1, status_name};
use crate::error::Result;
use crate::i18n::{Msg, RecordMsg};
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
    /// The stacks to choose from, after the language-choice step is done
    /// with no stack chosen (`roadmap stack`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choose_stack: Option<Vec<String>>,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRef {
    pub number: String,
    pub id: String,
    pub title: String,
    /// Nice to have, not on the required path.
    pub optional: bool,
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

pub fn text(p: &mut Printer<'_>, report: &ChangeReport) -> Result<()> {
    let verb = status_name(report.status);
    let (role, mark) = mark(report.status);
    for step in &report.changed {
        p.line(
            Line::new()
                .role(role, mark)
                .ours(" ")
                .theirs_as(Role::Number, &step.number)
                .ours("  ")
                .hang_here()
                .theirs(&step.title)
                .ours(format!(" — {}", p.t(verb.clone()))),
        )?;
    }
    for step in &report.unchanged {
        p.line(
            Line::new()
                .role(Role::Faint, "    ")
                .theirs_as(Role::Faint, &step.number)
                .role(Role::Faint, "  ")
                .hang_here()
                .theirs_as(Role::Faint, &step.title)
                .role(
                    Role::Faint,
                    format!(" — {}", p.t(Msg::Already(report.status))),
                ),
        )?;
    }
    if !report.unlocked.is_empty() {
        p.line(Line::new().role(Role::Strong, p.t(Msg::Unlocked)))?;
        for step in &report.unlocked {
            let mut line = Line::new()
                .ours("    ")
                .theirs_as(Role::Number, &step.number)
                .ours("  ")
                .hang_here()
                .theirs(&step.title);
            if step.optional {
                line = line.role(Role::Faint, p.t(Msg::OptionalMark));
            }
            p.line(line)?;
        }
    }
    if report.evidence_added > 0 {
        let line = RecordMsg::EvidenceAttached(report.evidence_added);
        p.line(Line::new().ours(p.t(Msg::Record(line))))?;
    }
    let mut line = Line::new();
    for (i, figures) in report.stages.iter().chain([&report.overall]).enumerate() {
        if i > 0 {
            line = line.ours(" · ");
        }
        line = line.theirs(&figures.title).ours(format!(
            " {}/{} ({}%)",
            figures.finished, figures.total, figures.whole_percent
        ));
    }
    p.line(line)?;
    if let Some(stacks) = &report.choose_stack {
        // The command on a line of its own, whole, so it can be copied.
        let hint = p.ux(crate::i18n::ux::UxMsg::StackHint);
        p.line(Line::new().role(Role::Faint, hint))?;
        let command = format!("  roadmap stack <{}>", stacks.join("|"));
        p.line(Line::new().theirs_as(Role::Faint, command))?;
    }
    Ok(())
}
