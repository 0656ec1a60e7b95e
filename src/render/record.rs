//! The learner's record: `study`, `goal`, `evidence`, and the "this week"
//! line that `status` (and the bare `roadmap` view) print.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Style, local_time, record_msg::RecordMsg};
use crate::error::Result;
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

/// "This week: 3h of 5h (60%) · streak 4 days", or without a goal
/// "This week: 3h · streak 4 days". For `status` and the today view.
pub fn week_line(week: &WeekReport, style: Style) -> String {
    let lang = style.lang;
    let spent = duration(week.minutes, lang);
    let this_week = match (week.goal_minutes, week.goal_percent) {
        (Some(goal), Some(percent)) => RecordMsg::WeekOfGoal {
            spent,
            goal: duration(goal.into(), lang),
            percent,
        }
        .text(lang),
        _ => spent,
    };
    format!(
        "{} {this_week} · {}",
        style.bold(&RecordMsg::WeekLabel.text(lang)),
        RecordMsg::Streak(week.streak_days).text(lang)
    )
}

/// The `status` lines of the record: total time, then the week.
pub fn status_lines(out: &mut dyn Write, record: &RecordReport, style: Style) -> Result<()> {
    let lang = style.lang;
    let line = RecordMsg::TimeLogged {
        total: duration(record.total_minutes, lang),
        sessions: record.sessions,
    };
    writeln!(
        out,
        "{} {}",
        style.bold(&RecordMsg::TimeLoggedLabel.text(lang)),
        line.text(lang)
    )?;
    writeln!(out, "{}", week_line(&record.week, style))?;
    Ok(())
}

pub fn study_text(out: &mut dyn Write, report: &StudyReport, style: Style) -> Result<()> {
    let lang = style.lang;
    let logged = RecordMsg::Logged(duration(report.minutes.into(), lang));
    writeln!(
        out,
        "{} {}  {}",
        logged.text(lang),
        style.cyan(&report.number),
        report.title
    )?;
    let spent = duration(report.step_minutes, lang);
    let total = if report.estimate_hours > 0.0 {
        RecordMsg::SpentOfEstimate {
            spent,
            estimate: super::hours(report.estimate_hours),
        }
        .text(lang)
    } else {
        spent
    };
    writeln!(
        out,
        "    {} {total} · {}",
        RecordMsg::OnThisStep.text(lang),
        style.dim(&local_time(report.at))
    )?;
    writeln!(out, "{}", week_line(&report.week, style))?;
    Ok(())
}

pub fn goal_text(out: &mut dyn Write, report: &GoalReport, style: Style) -> Result<()> {
    let lang = style.lang;
    let minutes = report.minutes_per_week.map(|m| duration(m.into(), lang));
    let line = match (report.action, minutes) {
        ("cleared", _) => RecordMsg::GoalRemoved,
        (_, None) => RecordMsg::NoGoal,
        ("set", Some(goal)) => RecordMsg::GoalSet(goal),
        (_, Some(goal)) => RecordMsg::GoalShown(goal),
    };
    writeln!(out, "{}", line.text(lang))?;
    Ok(())
}

pub fn evidence_text(out: &mut dyn Write, report: &EvidenceReport, style: Style) -> Result<()> {
    let lang = style.lang;
    writeln!(
        out,
        "{}  {}",
        style.cyan(&report.number),
        style.bold(&report.title)
    )?;
    for url in &report.added {
        writeln!(out, "  + {url}")?;
    }
    for url in &report.already {
        let already = RecordMsg::AlreadyAttached.text(lang);
        writeln!(out, "{}", style.dim(&format!("    {url} ({already})")))?;
    }
    let count = RecordMsg::LinksOnStep(report.evidence.len()).text(lang);
    writeln!(out, "{}", style.dim(&count))?;
    Ok(())
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
