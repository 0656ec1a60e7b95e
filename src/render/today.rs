//! The today view of a bare `roadmap`.

use serde::Serialize;

use super::record::{WeekReport, week_line};
use super::{Line, Printer, Role, done::Figures, pace::PaceReport, step_line};
use crate::error::Result;
use crate::i18n::RecordMsg;
use crate::i18n::ux::UxMsg;
use crate::progress::Status;

/// The `--json` shape of a bare `roadmap` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct TodayReport {
    pub roadmap: String,
    pub roadmap_title: String,
    pub user: String,
    /// A user name was given or found: the header shows it. Without one
    /// (`user` is the fallback `default`), the header is the roadmap title
    /// alone, as exports are titled.
    #[serde(skip)]
    pub user_known: bool,
    /// Every step is done or skipped.
    pub complete: bool,
    /// The steps in progress, in reading order.
    pub in_progress: Vec<TodayStep>,
    /// The step to take up next, when none is in progress.
    pub next: Option<TodayStep>,
    pub overall: Figures,
    /// Estimated hours of the required steps not finished.
    pub hours_left: f64,
    /// The same for the optional steps.
    pub optional_hours_left: f64,
    pub pace: PaceReport,
    /// This week's study time against the goal, and the streak.
    pub week: WeekReport,
    /// The study timer running on this machine, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timer: Option<RunningTimer>,
    /// The job hunt: what needs attention, this week's applications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applications: Option<super::apply::today::TodayApplications>,
    /// Mentor comments received on this roadmap, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<super::comments::ReceivedComment>,
}

/// A running study timer (`roadmap study start`).
#[derive(Debug, Serialize)]
pub struct RunningTimer {
    pub number: String,
    pub id: String,
    pub title: String,
    pub started: chrono::DateTime<chrono::Utc>,
    pub minutes: u64,
    /// The local time it started (with the date unless today), for text.
    #[serde(skip)]
    pub since: String,
}

#[derive(Debug, Serialize)]
pub struct TodayStep {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    pub estimate_hours: f64,
    /// Nice to have, not on the required path.
    pub optional: bool,
    pub done_when: String,
    /// How many checks `roadmap check` runs for the step.
    pub checks: usize,
    /// Whether `roadmap check` ever verified the step.
    pub verified: bool,
}

pub fn text(p: &mut Printer<'_>, report: &TodayReport) -> Result<()> {
    super::status::header(p, &report.roadmap_title, &report.user, report.user_known)?;
    p.blank()?;
    super::comments::today(p, &report.comments)?;
    if let Some(timer) = &report.timer {
        let message = crate::i18n::TimerMsg::Running {
            step: format!("{}  {}", timer.number, p.clean(&timer.title)),
            span: crate::i18n::RecordMsg::Duration(timer.minutes).text(p.lang()),
            time: timer.since.clone(),
        };
        p.line(Line::new().role(Role::Warn, message.text(p.lang())))?;
        p.blank()?;
    }
    if report.complete {
        p.line(Line::new().role(Role::Good, p.ux(UxMsg::TodayAllDone)))?;
    } else if !report.in_progress.is_empty() {
        p.line(Line::new().role(Role::Strong, p.ux(UxMsg::TodayInProgress)))?;
        for step in &report.in_progress {
            step_lines(p, step)?;
        }
    } else if let Some(step) = &report.next {
        p.line(Line::new().role(Role::Strong, p.ux(UxMsg::TodayUpNext)))?;
        step_lines(p, step)?;
    } else {
        p.line(Line::new().ours(p.ux(UxMsg::NothingAvailable)))?;
    }
    p.blank()?;
    let overall = &report.overall;
    // With a measured pace, its own "Left:" line tells the hours left.
    let left = if report.pace.rate.is_none() {
        let hours = p.hours(report.hours_left);
        let optional = if report.optional_hours_left > 0.0 {
            let hours = super::pace::figure(report.optional_hours_left);
            RecordMsg::OptionalHours(hours).text(p.lang())
        } else {
            String::new()
        };
        format!(" · {}{optional}", p.ux(UxMsg::HoursLeft { hours }))
    } else {
        String::new()
    };
    p.line(
        Line::new()
            .theirs_as(Role::Strong, format!("{}:", overall.title))
            .ours(format!(
                " {}/{} ({}%){left}",
                overall.finished, overall.total, overall.whole_percent
            )),
    )?;
    if !report.complete {
        super::pace::text(p, &report.pace)?;
    }
    // This week against the goal, once there is a goal or time logged.
    if report.week.goal_minutes.is_some() || report.week.minutes > 0 {
        let week = week_line(p, &report.week);
        p.line(week)?;
    }
    super::apply::today::text(p, &report.applications)?;
    let hint = match (report.in_progress.first(), &report.next) {
        (Some(step), _) => Some(("roadmap done ", step)),
        (None, Some(step)) => Some(("roadmap start ", step)),
        (None, None) => None,
    };
    if let Some((command, step)) = hint {
        p.blank()?;
        p.line(
            Line::new()
                .role(Role::Faint, p.ux(UxMsg::Then))
                .ours(" ")
                .ours(command)
                .theirs(&step.number)
                .ours("  ·  ")
                .role(Role::Faint, p.ux(UxMsg::More))
                .ours(" roadmap next"),
        )?;
    }
    Ok(())
}

fn step_lines(p: &mut Printer<'_>, step: &TodayStep) -> Result<()> {
    let mut line = step_line(step.status, &step.number, &step.title);
    if step.optional {
        line = line.role(Role::Faint, p.t(crate::i18n::Msg::OptionalMark));
    }
    if step.verified {
        line = super::check::verified_mark(p, line);
    }
    p.line(
        line.ours("  ")
            .role(Role::Faint, p.hours(step.estimate_hours)),
    )?;
    if !step.done_when.is_empty() {
        p.line(
            Line::new()
                .ours("         ")
                .role(Role::Faint, p.ux(UxMsg::DoneWhen))
                .ours(" ")
                .hang_here()
                .theirs(&step.done_when),
        )?;
    }
    if step.checks > 0 && !step.verified {
        super::check::prove_it(p, &step.number)?;
    }
    Ok(())
}
