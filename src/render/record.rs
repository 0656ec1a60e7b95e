//! The learner's record: `study`, `goal`, `evidence`, and the "this week"
//! line that `status` (and the bare `roadmap` view) print.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Style, local_time};
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
    let (h, m) = (minutes / 60, minutes % 60);
    match (lang, h, m) {
        (Lang::En, 0, m) => format!("{m}m"),
        (Lang::En, h, 0) => format!("{h}h"),
        (Lang::En, h, m) => format!("{h}h {m}m"),
        (Lang::Ja, 0, m) => format!("{m}分"),
        (Lang::Ja, h, 0) => format!("{h}時間"),
        (Lang::Ja, h, m) => format!("{h}時間{m}分"),
    }
}

/// "This week: 3h of 5h (60%) · streak 4 days", or without a goal
/// "This week: 3h · streak 4 days".
pub fn week_line(week: &WeekReport, style: Style) -> String {
    let lang = style.lang;
    let spent = duration(week.minutes, lang);
    let this_week = match (week.goal_minutes, week.goal_percent, lang) {
        (Some(goal), Some(percent), Lang::En) => {
            format!(
                "{spent} of {} ({percent}%)",
                duration(u64::from(goal), lang)
            )
        }
        (Some(goal), Some(percent), Lang::Ja) => {
            format!(
                "{spent} / 目標 {}（{percent}%）",
                duration(u64::from(goal), lang)
            )
        }
        _ => spent,
    };
    let streak = match (lang, week.streak_days) {
        (Lang::En, 1) => "streak 1 day".to_string(),
        (Lang::En, n) => format!("streak {n} days"),
        (Lang::Ja, n) => format!("連続 {n} 日"),
    };
    format!(
        "{} {this_week} · {streak}",
        style.bold(style.tr("This week:", "今週:"))
    )
}

/// The `status` lines of the record: total time, then the week.
pub fn status_lines(out: &mut dyn Write, record: &RecordReport, style: Style) -> Result<()> {
    let total = duration(record.total_minutes, style.lang);
    let line = match style.lang {
        Lang::En => match record.sessions {
            1 => format!("{total} in 1 session"),
            n => format!("{total} in {n} sessions"),
        },
        Lang::Ja => format!("{total}（{} 回）", record.sessions),
    };
    writeln!(
        out,
        "{} {line}",
        style.bold(style.tr("Time logged:", "学習時間:"))
    )?;
    writeln!(out, "{}", week_line(&record.week, style))?;
    Ok(())
}

pub fn study_text(out: &mut dyn Write, report: &StudyReport, style: Style) -> Result<()> {
    let lang = style.lang;
    let logged = duration(u64::from(report.minutes), lang);
    let spent = duration(report.step_minutes, lang);
    let estimate = super::hours(report.estimate_hours);
    let line = match lang {
        Lang::En => format!("Logged {logged} on"),
        Lang::Ja => format!("{logged}を記録しました:"),
    };
    writeln!(
        out,
        "{line} {}  {}",
        style.cyan(&report.number),
        report.title
    )?;
    let total = if report.estimate_hours > 0.0 {
        match lang {
            Lang::En => format!("{spent} of {estimate} estimated"),
            Lang::Ja => format!("見積もり {estimate} のうち {spent}"),
        }
    } else {
        spent
    };
    writeln!(
        out,
        "    {} {total} · {}",
        style.tr("on this step:", "このステップ:"),
        style.dim(&local_time(report.at))
    )?;
    writeln!(out, "{}", week_line(&report.week, style))?;
    Ok(())
}

pub fn goal_text(out: &mut dyn Write, report: &GoalReport, style: Style) -> Result<()> {
    let lang = style.lang;
    let line = match (report.action, report.minutes_per_week) {
        ("cleared", _) => style
            .tr("Weekly goal removed.", "週の目標を外しました。")
            .to_string(),
        (_, None) => style
            .tr(
                "No weekly goal. Set one with `roadmap goal 5h`.",
                "週の目標はありません。`roadmap goal 5h` で設定できます。",
            )
            .to_string(),
        ("set", Some(minutes)) => match lang {
            Lang::En => format!(
                "Weekly goal set: {} a week.",
                duration(minutes.into(), lang)
            ),
            Lang::Ja => format!(
                "週の目標を設定しました: 週 {}",
                duration(minutes.into(), lang)
            ),
        },
        (_, Some(minutes)) => match lang {
            Lang::En => format!("Weekly goal: {} a week.", duration(minutes.into(), lang)),
            Lang::Ja => format!("週の目標: 週 {}", duration(minutes.into(), lang)),
        },
    };
    writeln!(out, "{line}")?;
    Ok(())
}

pub fn evidence_text(out: &mut dyn Write, report: &EvidenceReport, style: Style) -> Result<()> {
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
        let already = style.tr("already attached", "追加済み");
        writeln!(out, "{}", style.dim(&format!("    {url} ({already})")))?;
    }
    let count = report.evidence.len();
    let line = match style.lang {
        Lang::En if count == 1 => "1 link on this step".to_string(),
        Lang::En => format!("{count} links on this step"),
        Lang::Ja => format!("このステップの成果物リンク: {count} 件"),
    };
    writeln!(out, "{}", style.dim(&line))?;
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
