//! `roadmap status --all-users`: one row per learner (the mentor view),
//! whoever needs attention first. The table narrows to the terminal by
//! dropping and shortening columns; a cell is never wrapped.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Line, Printer, Role, bar, local_time, round1, wrap::width};
use crate::error::Result;
use crate::i18n::{MentorMsg, Msg};
use crate::progress::{LearnerFigures, Stats, Status};

const BAR_WIDTH: usize = 10;

mod layout;
use layout::{fit, layout, pad};
/// The `--json` shape of `roadmap status --all-users` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct UsersReport {
    pub roadmap: String,
    pub roadmap_title: String,
    /// The stages, in the order of each user's `stages`.
    pub stages: Vec<StageColumn>,
    /// Days without anything recorded from which a learner is stalled.
    pub stalled_days: u32,
    /// Whoever needs attention first (see docs/mentors.md).
    pub users: Vec<UserRow>,
}

#[derive(Debug, Serialize)]
pub struct StageColumn {
    pub id: String,
    pub title: String,
}

/// A learner's figures, or why their file could not be read (`error`;
/// the figures are then absent).
#[derive(Debug, Serialize)]
pub struct UserRow {
    pub user: String,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub figures: Option<RowFigures>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What the mentor table shows of a readable learner.
#[derive(Debug, Serialize)]
pub struct RowFigures {
    pub overall: UserFigures,
    pub stages: Vec<UserFigures>,
    /// The last status change, note, study session or evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<DateTime<Utc>>,
    /// The first step in progress, else the next one.
    pub step_in_hand: Option<StepInHand>,
    pub week_minutes: u64,
    pub four_weeks_minutes: u64,
    pub goal_minutes: Option<u32>,
    pub goal_met: Option<bool>,
    pub days_idle: Option<i64>,
    pub stalled: bool,
    pub done: usize,
    pub verified: usize,
    pub self_reported: usize,
    /// The job hunt in counts only (`roadmap apply`): never a company.
    pub applications: JobCounts,
}

/// What the mentor table shows of a learner's application log.
#[derive(Debug, Serialize)]
pub struct JobCounts {
    pub sent: usize,
    pub passed: usize,
    pub interviewed: usize,
    pub offers: usize,
    pub accepted: usize,
}

impl JobCounts {
    /// "sent/passed/offers", or a dash before the first application.
    pub fn short(&self) -> String {
        if self.sent == 0 {
            "—".into()
        } else {
            format!("{}/{}/{}", self.sent, self.passed, self.offers)
        }
    }
}

#[derive(Debug, Serialize)]
pub struct StepInHand {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
}

#[derive(Debug, Serialize)]
pub struct UserFigures {
    pub finished: usize,
    pub total: usize,
    pub percent: f64,
    #[serde(skip)]
    pub whole_percent: u32,
}

impl UserFigures {
    pub fn new(stats: &Stats) -> UserFigures {
        UserFigures {
            finished: stats.finished(),
            total: stats.total,
            percent: round1(stats.percent()),
            whole_percent: stats.whole_percent(),
        }
    }
}

impl RowFigures {
    pub fn new(
        overall: UserFigures,
        stages: Vec<UserFigures>,
        figures: &LearnerFigures,
        step_in_hand: Option<StepInHand>,
    ) -> RowFigures {
        RowFigures {
            overall,
            stages,
            last_activity: figures.last_activity,
            step_in_hand,
            week_minutes: figures.week_minutes,
            four_weeks_minutes: figures.four_weeks_minutes,
            goal_minutes: figures.goal.map(|g| g.minutes_per_week),
            goal_met: figures.goal_met(),
            days_idle: figures.days_idle,
            stalled: figures.stalled,
            done: figures.done,
            verified: figures.verified,
            self_reported: figures.self_reported(),
            applications: JobCounts {
                sent: figures.applications.applications,
                passed: figures.applications.passed,
                interviewed: figures.applications.interviewed,
                offers: figures.applications.offers,
                accepted: figures.applications.accepted,
            },
        }
    }
}

/// A column of the text table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Col {
    User,
    Bar,
    Percent,
    Step,
    Week,
    FourWeeks,
    Goal,
    Idle,
    Verified,
    Jobs,
    Stage(usize),
    Last,
}

/// How the step column shows the step: number and title, or number only.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum StepMode {
    Titled,
    Number,
}

struct Layout {
    cols: Vec<Col>,
    step: StepMode,
    /// Caps on the step and user columns (`usize::MAX`: none).
    step_cap: usize,
    user_cap: usize,
    /// The widest cell of each column, by step mode, once measured.
    widest: std::cell::RefCell<std::collections::HashMap<(Col, StepMode), usize>>,
}

pub fn text(p: &mut Printer<'_>, report: &UsersReport) -> Result<()> {
    p.line(Line::new().theirs_as(Role::Strong, &report.roadmap_title))?;
    if report.users.is_empty() {
        p.line(Line::new().ours(p.t(Msg::NoUsersYet)))?;
        return Ok(());
    }
    let layout = layout(p, report);
    let widths: Vec<usize> = layout
        .cols
        .iter()
        .map(|&col| natural(p, report, &layout, col))
        .collect();
    let mut head = Line::new();
    for (i, (&col, &w)) in layout.cols.iter().zip(&widths).enumerate() {
        let gap = if i == 0 { "" } else { "  " };
        let w = if i + 1 == widths.len() && !right(col) {
            0
        } else {
            w
        };
        head = head
            .ours(gap)
            .role(Role::Strong, pad(&header(p, &layout, col), w, right(col)));
    }
    p.line(head)?;
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    p.line(Line::new().role(Role::Faint, rule.join("  ")))?;
    for row in &report.users {
        let mut line = Line::new();
        for (i, (&col, &w)) in layout.cols.iter().zip(&widths).enumerate() {
            let gap = if i == 0 { "" } else { "  " };
            let (text, role) = cell(p, &layout, row, col);
            // The last column is not padded: no trailing spaces.
            let fill = if i + 1 == widths.len() && !right(col) {
                0
            } else {
                w
            };
            line = line
                .ours(gap)
                .role(role, pad(&fit(&text, w), fill, right(col)));
        }
        p.line(line)?;
    }
    legend(p, report, &layout)
}

fn legend(p: &mut Printer<'_>, report: &UsersReport, layout: &Layout) -> Result<()> {
    let stalled_days = report.stalled_days;
    p.line(Line::new().hang_here().role(
        Role::Faint,
        MentorMsg::Legend { stalled_days }.text(p.lang()),
    ))?;
    if layout.cols.iter().any(|c| matches!(c, Col::Stage(_))) {
        let mut line = Line::new()
            .role(Role::Faint, p.t(Msg::StagesLabel))
            .ours(" ")
            .hang_here();
        for (i, stage) in report.stages.iter().enumerate() {
            if i > 0 {
                line = line.ours(" · ");
            }
            line = line.ours(format!("{} ", i + 1)).theirs(&stage.title);
        }
        p.line(line)?;
    }
    for row in report.users.iter().filter(|row| row.error.is_some()) {
        p.line(
            Line::new()
                .role(Role::Warn, p.t(Msg::WarningLabel))
                .ours(" ")
                .hang(2)
                .theirs(&row.user)
                .ours(": ")
                .theirs(row.error.as_deref().unwrap_or_default()),
        )?;
    }
    Ok(())
}

/// A column's width: its widest cell or header, within its cap. The
/// widest cell of each column is measured once (the layout asks often).
fn natural(p: &Printer<'_>, report: &UsersReport, layout: &Layout, col: Col) -> usize {
    let key = (col, layout.step);
    let known = layout.widest.borrow().get(&key).copied();
    let widest = known.unwrap_or_else(|| {
        let cells = report
            .users
            .iter()
            .map(|row| width(&cell(p, layout, row, col).0));
        let widest = cells.max().unwrap_or(0);
        layout.widest.borrow_mut().insert(key, widest);
        widest
    });
    let head = width(&header(p, layout, col));
    let widest = widest.max(head);
    match col {
        Col::Step => widest.min(layout.step_cap.max(head)),
        Col::User => widest.min(layout.user_cap.max(head)),
        _ => widest,
    }
}

fn right(col: Col) -> bool {
    matches!(
        col,
        Col::Percent
            | Col::Week
            | Col::FourWeeks
            | Col::Idle
            | Col::Verified
            | Col::Jobs
            | Col::Stage(_)
    )
}

fn header(p: &Printer<'_>, layout: &Layout, col: Col) -> String {
    let lang = p.lang();
    match col {
        Col::Step if layout.step == StepMode::Number => MentorMsg::ColStepShort.text(lang),
        Col::User => p.t(Msg::ColUser),
        Col::Bar => p.t(Msg::ColProgress),
        Col::Percent => "%".into(),
        Col::Step => MentorMsg::ColStep.text(lang),
        Col::Week => MentorMsg::ColWeek.text(lang),
        Col::FourWeeks => MentorMsg::ColFourWeeks.text(lang),
        Col::Goal => MentorMsg::ColGoal.text(lang),
        Col::Idle => MentorMsg::ColIdle.text(lang),
        Col::Verified => MentorMsg::ColVerified.text(lang),
        Col::Jobs => MentorMsg::ColJobs.text(lang),
        Col::Stage(i) => (i + 1).to_string(),
        Col::Last => p.t(Msg::ColLastActivity),
    }
}

/// A cell's text (made safe already) and colour.
fn cell(p: &Printer<'_>, layout: &Layout, row: &UserRow, col: Col) -> (String, Role) {
    let plain = |text: String| (text, Role::Plain);
    if col == Col::User {
        return plain(p.clean(&row.user).into_owned());
    }
    let Some(f) = &row.figures else {
        return match col {
            Col::Step if layout.step == StepMode::Titled => (p.t(Msg::Unreadable), Role::Warn),
            _ => plain("—".into()),
        };
    };
    let hours = |minutes: u64| p.hours(round1(minutes as f64 / 60.0));
    match col {
        Col::User => unreachable!("handled above"),
        Col::Bar => plain(bar(f.overall.percent, BAR_WIDTH)),
        Col::Percent => plain(format!("{}%", f.overall.whole_percent)),
        Col::Step => match (&f.step_in_hand, layout.step) {
            (None, _) => (p.t(Msg::Status(Status::Done)), Role::Good),
            (Some(step), StepMode::Number) => plain(step.number.clone()),
            (Some(step), StepMode::Titled) => {
                plain(format!("{} {}", step.number, p.clean(&step.title)))
            }
        },
        Col::Week => plain(hours(f.week_minutes)),
        Col::FourWeeks => plain(hours(f.four_weeks_minutes)),
        Col::Goal => match f.goal_met {
            Some(true) => ("✓".into(), Role::Good),
            Some(false) => ("✗".into(), Role::Warn),
            None => ("—".into(), Role::Faint),
        },
        Col::Idle => match (f.days_idle, f.stalled) {
            (None, _) => (MentorMsg::NotStarted.text(p.lang()), Role::Faint),
            (Some(days), true) => (
                format!("! {}", MentorMsg::DaysShort(days).text(p.lang())),
                Role::Warn,
            ),
            (Some(days), false) => plain(MentorMsg::DaysShort(days).text(p.lang())),
        },
        Col::Verified => plain(format!("{}/{}", f.verified, f.done)),
        Col::Jobs => plain(f.applications.short()),
        Col::Stage(i) => plain(
            f.stages
                .get(i)
                .map_or("—".into(), |s| format!("{}%", s.whole_percent)),
        ),
        Col::Last => plain(f.last_activity.map_or("—".into(), local_time)),
    }
}
