//! The job hunt in the today view: interviews today or tomorrow,
//! applications without an answer, this week's applications.

use chrono::{DateTime, Local, Utc};
use serde::Serialize;

use super::super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::ApplyMsg;

/// The today view's job hunt part (in `roadmap --json`: `applications`).
#[derive(Debug, Serialize)]
pub struct TodayApplications {
    pub attention: Vec<TodayAttention>,
    /// Applications sent this week (from Monday, local time).
    pub this_week: usize,
    /// The weekly application goal, when set.
    pub goal: Option<u32>,
}

/// One application that needs attention.
#[derive(Debug, Serialize)]
pub struct TodayAttention {
    /// `interview-today`, `interview-tomorrow` or `no-answer`.
    pub kind: &'static str,
    pub number: usize,
    pub company: String,
    /// Days without an answer, for `no-answer`.
    pub days: Option<i64>,
    /// The interview's time, for an interview.
    pub interview_at: Option<DateTime<Utc>>,
}

pub fn text(p: &mut Printer<'_>, report: &Option<TodayApplications>) -> Result<()> {
    let Some(report) = report else {
        return Ok(());
    };
    p.blank()?;
    for a in &report.attention {
        let msg = match (a.interview_at, a.days) {
            (Some(at), _) => ApplyMsg::InterviewSoon {
                number: a.number,
                time: at.with_timezone(&Local).format("%H:%M").to_string(),
                tomorrow: a.kind == "interview-tomorrow",
            },
            (None, days) => ApplyMsg::NoAnswer {
                number: a.number,
                days: days.unwrap_or_default(),
            },
        };
        p.line(
            Line::new()
                .role(Role::Warn, msg.text(p.lang()))
                .ours(" ")
                .hang_here()
                .theirs(&a.company),
        )?;
    }
    if report.goal.is_some() || report.this_week > 0 {
        let week = ApplyMsg::ThisWeek {
            count: report.this_week,
            goal: report.goal,
        };
        let met = report
            .goal
            .is_some_and(|goal| report.this_week >= goal as usize);
        let role = if met { Role::Good } else { Role::Faint };
        p.line(Line::new().role(role, week.text(p.lang())))?;
    }
    Ok(())
}
