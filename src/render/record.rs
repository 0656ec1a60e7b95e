//! The learner's record: `study`, `goal`, `evidence`, and the "this week"
//! line that `status` (and the bare `roadmap` view) print.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Line, Printer, Role, local_time};
use crate::error::Result;
use crate::i18n::{Msg, RecordMsg};
use crate::lang::Lang;

/// This week against the goal and the streak (`status --json` `record`,
/// `study --json` `week`; docs/json.md).
#[derive(Debug, Clone, Serialize)]
pub struct WeekReport {
    /// The local date of the Monday this week began.
    pub week_start: String,
    pub minutes: u64,
    /// The weekly goal, when one is set.
    pub goal_minutes: Option<u32>,
    /// This week's minutes as a share of the goal, whole percent.
    pub goal_percent: Option<u32>,
    /// Consecutive days with study logged, up to today (or yesterday when
    /// today has nothing yet).
    pub streak_days: u32,
    pub studied_today: bool,
}

/// Everything logged on a roadmap (`status --json` `record`).
#[derive(Debug, Clone, Serialize)]
pub struct RecordReport {
    /// Every minute logged on this roadmap.
    pub total_minutes: u64,
    pub total_hours: f64,
    pub sessions: usize,
    #[serde(flatten)]
    pub week: WeekReport,
}

/// The `--json` shape of `roadmap study`.
#[derive(Debug, Serialize)]
pub struct StudyReport {
    pub number: String,
    pub id: String,
    pub title: String,
    pub at: DateTime<Utc>,
    pub minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// All the time logged on the step so far, and its estimate.
    pub step_minutes: u64,
    pub estimate_hours: f64,
    pub week: WeekReport,
}

/// The `--json` shape of `roadmap goal`.
#[derive(Debug, Serialize)]
pub struct GoalReport {
    /// `set`, `cleared` or `shown`.
    pub action: &'static str,
    pub minutes_per_week: Option<u32>,
}

/// The `--json` shape of `roadmap evidence`.
#[derive(Debug, Serialize)]
pub struct EvidenceReport {
    pub number: String,
    pub id: String,
    pub title: String,
    /// Links new to the step.
    pub added: Vec<String>,
    /// Links the step already had.
    pub already: Vec<String>,
    /// Every link of the step now, oldest first.
    pub evidence: Vec<String>,
}

/// Minutes as people say them: `45m`, `2h`, `1h 30m`; `45分`, `2時間`,
/// `1時間30分`.
pub fn duration(minutes: u64, lang: Lang) -> String {
    RecordMsg::Duration(minutes).text(lang)
}

fn t(p: &Printer<'_>, msg: RecordMsg) -> String {
    p.t(Msg::Record(msg))
}

fn duration_p(p: &Printer<'_>, minutes: u64) -> String {
    t(p, RecordMsg::Duration(minutes))
}

/// "This week: 3h of 5h (60%) · streak 4 days", or without a goal
/// "This week: 3h · streak 4 days". For `status`, `study` and the today
/// view.
pub fn week_line(p: &Printer<'_>, week: &WeekReport) -> Line<'static> {
    let spent = duration_p(p, week.minutes);
    let this_week = match (week.goal_minutes, week.goal_percent) {
        (Some(goal), Some(percent)) => t(
            p,
            RecordMsg::WeekOfGoal {
                spent,
                goal: duration_p(p, goal.into()),
                percent,
            },
        ),
        _ => spent,
    };
    Line::new()
        .role(Role::Strong, t(p, RecordMsg::WeekLabel))
        .ours(" ")
        .hang_here()
        .ours(format!(
            "{this_week} · {}",
            t(p, RecordMsg::Streak(week.streak_days))
        ))
}

/// The `status` lines of the record: total time, then the week.
pub fn status_lines(p: &mut Printer<'_>, record: &RecordReport) -> Result<()> {
    let total = RecordMsg::TimeLogged {
        total: duration_p(p, record.total_minutes),
        sessions: record.sessions,
    };
    p.line(
        Line::new()
            .role(Role::Strong, t(p, RecordMsg::TimeLoggedLabel))
            .ours(" ")
            .hang_here()
            .ours(t(p, total)),
    )?;
    let week = week_line(p, &record.week);
    p.line(week)
}

pub fn study_text(p: &mut Printer<'_>, report: &StudyReport) -> Result<()> {
    let logged = t(p, RecordMsg::Logged(duration_p(p, report.minutes.into())));
    p.line(
        Line::new()
            .ours(logged)
            .ours(" ")
            .theirs_as(Role::Number, &report.number)
            .ours("  ")
            .hang_here()
            .theirs(&report.title),
    )?;
    let spent = duration_p(p, report.step_minutes);
    let total = if report.estimate_hours > 0.0 {
        t(
            p,
            RecordMsg::SpentOfEstimate {
                spent,
                estimate: p.hours(report.estimate_hours),
            },
        )
    } else {
        spent
    };
    p.line(
        Line::new()
            .ours("    ")
            .ours(t(p, RecordMsg::OnThisStep))
            .ours(" ")
            .hang_here()
            .ours(total)
            .ours(" · ")
            .role(Role::Faint, local_time(report.at)),
    )?;
    let week = week_line(p, &report.week);
    p.line(week)
}

pub fn goal_text(p: &mut Printer<'_>, report: &GoalReport) -> Result<()> {
    let minutes = report.minutes_per_week.map(|m| duration_p(p, m.into()));
    let line = match (report.action, minutes) {
        ("cleared", _) => RecordMsg::GoalRemoved,
        (_, None) => RecordMsg::NoGoal,
        ("set", Some(goal)) => RecordMsg::GoalSet(goal),
        (_, Some(goal)) => RecordMsg::GoalShown(goal),
    };
    p.line(Line::new().ours(t(p, line)))
}

pub fn evidence_text(p: &mut Printer<'_>, report: &EvidenceReport) -> Result<()> {
    p.line(
        Line::new()
            .theirs_as(Role::Number, &report.number)
            .ours("  ")
            .hang_here()
            .theirs_as(Role::Strong, &report.title),
    )?;
    for url in &report.added {
        p.line(Line::new().ours("  + ").hang_here().theirs(url))?;
    }
    for url in &report.already {
        let already = t(p, RecordMsg::AlreadyAttached);
        p.line(
            Line::new()
                .ours("    ")
                .hang_here()
                .theirs_as(Role::Faint, url)
                .role(Role::Faint, format!(" ({already})")),
        )?;
    }
    let count = t(p, RecordMsg::LinksOnStep(report.evidence.len()));
    p.line(Line::new().role(Role::Faint, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_both_languages() {
        assert_eq!(duration(45, Lang::En), "45m");
        assert_eq!(duration(120, Lang::En), "2h");
        assert_eq!(duration(90, Lang::En), "1h 30m");
        assert_eq!(duration(90, Lang::Ja), "1時間30分");
        assert_eq!(duration(0, Lang::Ja), "0分");
    }
}
