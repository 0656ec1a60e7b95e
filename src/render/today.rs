//! The today view of a bare `roadmap`.

use std::io::Write;

use serde::Serialize;

use super::{Style, done::Figures, pace::PaceReport};
use crate::error::Result;
use crate::i18n::ux::UxMsg;
use crate::progress::Status;

/// The `--json` shape of a bare `roadmap` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct TodayReport {
    pub roadmap: String,
    pub roadmap_title: String,
    pub user: String,
    /// Every step is done or skipped.
    pub complete: bool,
    /// The steps in progress, in reading order.
    pub in_progress: Vec<TodayStep>,
    /// The step to take up next, when none is in progress.
    pub next: Option<TodayStep>,
    pub overall: Figures,
    /// Estimated hours of the steps not finished.
    pub hours_left: f64,
    pub pace: PaceReport,
}

#[derive(Debug, Serialize)]
pub struct TodayStep {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    pub estimate_hours: f64,
    pub done_when: String,
}

pub fn text(out: &mut dyn Write, report: &TodayReport, style: Style) -> Result<()> {
    let t = |msg: UxMsg| msg.text(style.lang);
    writeln!(
        out,
        "{} — {}",
        style.bold(&report.roadmap_title),
        report.user
    )?;
    writeln!(out)?;
    if report.complete {
        writeln!(out, "{}", style.green(&t(UxMsg::TodayAllDone)))?;
    } else if !report.in_progress.is_empty() {
        writeln!(out, "{}", style.bold(&t(UxMsg::TodayInProgress)))?;
        for step in &report.in_progress {
            step_lines(out, step, style)?;
        }
    } else if let Some(step) = &report.next {
        writeln!(out, "{}", style.bold(&t(UxMsg::TodayUpNext)))?;
        step_lines(out, step, style)?;
    } else {
        writeln!(out, "{}", t(UxMsg::NothingAvailable))?;
    }
    writeln!(out)?;
    let overall = &report.overall;
    let left = t(UxMsg::HoursLeft {
        hours: style.hours(report.hours_left),
    });
    writeln!(
        out,
        "{} {}/{} ({}%) · {left}",
        style.bold(&format!("{}:", overall.title)),
        overall.finished,
        overall.total,
        overall.whole_percent
    )?;
    if !report.complete {
        super::pace::text(out, &report.pace, style)?;
    }
    let hint = match (report.in_progress.first(), &report.next) {
        (Some(step), _) => Some(format!("roadmap done {}", step.number)),
        (None, Some(step)) => Some(format!("roadmap start {}", step.number)),
        (None, None) => None,
    };
    if let Some(command) = hint {
        writeln!(out)?;
        writeln!(
            out,
            "{} {command}  ·  {} roadmap next",
            style.dim(&t(UxMsg::Then)),
            style.dim(&t(UxMsg::More))
        )?;
    }
    Ok(())
}

fn step_lines(out: &mut dyn Write, step: &TodayStep, style: Style) -> Result<()> {
    writeln!(
        out,
        "{}  {}",
        style.step_line(step.status, &step.number, &step.title),
        style.dim(&style.hours(step.estimate_hours))
    )?;
    if !step.done_when.is_empty() {
        writeln!(
            out,
            "         {} {}",
            style.dim(&UxMsg::DoneWhen.text(style.lang)),
            step.done_when
        )?;
    }
    Ok(())
}
