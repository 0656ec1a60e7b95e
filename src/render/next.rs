//! `roadmap next`: the steps to do now.

use serde::Serialize;

use super::checklist::{self, ChecklistEntry};
use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::ux::UxMsg;
use crate::i18n::{FormatMsg, Msg};
use crate::progress::Status;
use crate::roadmap::file::Resource;

/// The `--json` shape of `roadmap next` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct NextReport {
    pub roadmap: String,
    pub user: String,
    /// Every step is done or skipped.
    pub complete: bool,
    /// How many steps are available in all (`steps` may show fewer).
    pub available: usize,
    pub steps: Vec<NextStep>,
}

#[derive(Debug, Serialize)]
pub struct NextStep {
    /// The short number, e.g. `2.3`.
    pub number: String,
    pub id: String,
    pub title: String,
    pub stage: String,
    pub stage_title: String,
    pub status: Status,
    pub estimate_hours: f64,
    /// Nice to have, not on the required path.
    pub optional: bool,
    pub done_when: String,
    /// The first resource for the learner: in their language if there is
    /// one, never for another stack than theirs.
    pub resource: Option<Resource>,
    /// The step's checklist, each item with its state.
    pub checklist: Vec<ChecklistEntry>,
}

pub fn text(p: &mut Printer<'_>, report: &NextReport) -> Result<()> {
    if report.complete {
        p.line(Line::new().role(Role::Good, p.t(Msg::AllDone)))?;
        p.line(Line::new().ours(p.t(Msg::SeeJourney)))?;
        return Ok(());
    }
    if report.steps.is_empty() {
        p.line(Line::new().ours(p.t(Msg::NothingAvailable)))?;
        return Ok(());
    }
    for (i, step) in report.steps.iter().enumerate() {
        if i > 0 {
            p.blank()?;
        }
        let mut title = Line::new()
            .theirs_as(Role::Number, &step.number)
            .ours("  ")
            .hang_here()
            .theirs_as(Role::Strong, &step.title);
        if step.optional {
            title = title.role(Role::Faint, p.t(Msg::OptionalMark));
        }
        title = checklist::with_progress(title, step.status, &step.checklist);
        if step.status == Status::InProgress {
            title = title.ours("  ").role(Role::Warn, p.t(Msg::InProgressMark));
        }
        p.line(title)?;
        p.line(
            Line::new()
                .ours("     ")
                .theirs_as(Role::Faint, &step.id)
                .role(Role::Faint, " · ")
                .theirs_as(Role::Faint, &step.stage_title)
                .role(Role::Faint, format!(" · {}", p.hours(step.estimate_hours))),
        )?;
        if !step.done_when.is_empty() {
            p.line(
                Line::new()
                    .ours("     ")
                    .ours(p.t(Msg::DoneWhen))
                    .ours(" ")
                    .hang_here()
                    .theirs(&step.done_when),
            )?;
        }
        if let Some(item) = step.checklist.iter().find(|item| !item.ticked) {
            p.line(
                Line::new()
                    .ours("     ")
                    .ours(p.t(Msg::Format(FormatMsg::NextItem)))
                    .ours(format!(" {}. ", item.number))
                    .hang_here()
                    .theirs(&item.text),
            )?;
        }
        if let Some(resource) = &step.resource {
            // The cost goes first, as `show` puts its facts: titles often
            // end in brackets of their own.
            let cost = match resource.cost {
                crate::roadmap::Cost::Free => String::new(),
                cost => p.ux(UxMsg::FactsFirst(vec![
                    p.t(Msg::Format(FormatMsg::Cost(cost))),
                ])),
            };
            p.line(
                Line::new()
                    .ours("     ")
                    .ours(p.t(Msg::StartWith))
                    .ours(" ")
                    .hang_here()
                    .ours(cost)
                    .theirs(&resource.title),
            )?;
            // The link on a line of its own, never wrapped (it overflows).
            p.line(Line::new().ours("       ").link(&resource.url))?;
        }
    }
    let hidden = report.available - report.steps.len();
    p.blank()?;
    if hidden > 0 {
        p.line(Line::new().role(Role::Faint, p.t(Msg::MoreAvailable(hidden))))?;
    }
    p.line(
        Line::new()
            .role(Role::Faint, p.t(Msg::WhenFinished))
            .ours(" roadmap done ")
            .theirs(&report.steps[0].number),
    )?;
    Ok(())
}
