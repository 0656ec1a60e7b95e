//! Checklists: `tick`/`untick` reports and the pieces other views share.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::{FormatMsg, Msg};
use crate::progress::Status;

/// One checklist item in `--json` output (docs/json.md).
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistEntry {
    /// From 1, as `roadmap tick` takes it.
    pub number: u32,
    pub text: String,
    pub ticked: bool,
}

/// The `2/3` shown after a step with a checklist that is not finished.
pub fn with_progress<'a>(line: Line<'a>, status: Status, items: &[ChecklistEntry]) -> Line<'a> {
    if items.is_empty() || status.is_finished() {
        return line;
    }
    let ticked = items.iter().filter(|item| item.ticked).count();
    line.ours("  ")
        .role(Role::Faint, format!("{ticked}/{}", items.len()))
}

/// The checklist as `show` and `tick` print it: `  [x] 1. text`.
pub fn items_text(p: &mut Printer<'_>, items: &[ChecklistEntry]) -> Result<()> {
    for item in items {
        let (role, mark) = if item.ticked {
            (Role::Good, "[x]")
        } else {
            (Role::Plain, "[ ]")
        };
        p.line(
            Line::new()
                .ours("  ")
                .role(role, mark)
                .ours(format!(" {}. ", item.number))
                .hang_here()
                .theirs(&item.text),
        )?;
    }
    Ok(())
}

/// The `--json` shape of `roadmap tick` and `roadmap untick`.
#[derive(Debug, Serialize)]
pub struct TickReport {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    /// `true` for `tick`, `false` for `untick`.
    pub ticked: bool,
    /// The items this command changed.
    pub changed: Vec<u32>,
    /// The items that were already in that state.
    pub unchanged: Vec<u32>,
    pub checklist: Vec<ChecklistEntry>,
}

pub fn tick_text(p: &mut Printer<'_>, report: &TickReport) -> Result<()> {
    let count = report.checklist.iter().filter(|item| item.ticked).count();
    let total = report.checklist.len();
    let head = match (report.ticked, report.changed.is_empty()) {
        (true, false) => FormatMsg::Ticked(report.changed.clone()),
        (false, false) => FormatMsg::Unticked(report.changed.clone()),
        (true, true) => FormatMsg::AlreadyTicked(report.unchanged.clone()),
        (false, true) => FormatMsg::NotTicked(report.unchanged.clone()),
    };
    p.line(
        Line::new()
            .ours(p.t(Msg::Format(head)))
            .ours(" ")
            .theirs_as(Role::Number, &report.number)
            .ours("  ")
            .hang_here()
            .theirs_as(Role::Strong, &report.title)
            .ours("  ")
            .role(Role::Faint, format!("{count}/{total}")),
    )?;
    items_text(p, &report.checklist)?;
    let all_ticked = report.checklist.iter().all(|item| item.ticked);
    if report.ticked && all_ticked && !report.status.is_finished() {
        p.blank()?;
        p.line(Line::new().role(Role::Good, p.t(Msg::Format(FormatMsg::AllTicked))))?;
        p.line(
            Line::new()
                .role(Role::Good, p.t(Msg::Format(FormatMsg::DoneWhenReady)))
                .theirs_as(Role::Good, &report.number),
        )?;
    }
    Ok(())
}
