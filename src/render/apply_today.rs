//! The job hunt in the today view: interviews today or tomorrow, offers
//! waiting for an answer, applications without one (or, once an offer is
//! accepted, one reminder to withdraw), this week's applications.

use chrono::{DateTime, Local, Utc};
use serde::Serialize;

use super::super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::apply_attention::{accepted, waiting};
use crate::i18n::{ApplyMsg, Since};

/// The today view's job hunt part (in `roadmap --json`: `applications`).
#[derive(Debug, Serialize)]
pub struct TodayApplications {
    pub attention: Vec<TodayAttention>,
    /// Once an offer is accepted, the applications still in progress, to
    /// withdraw from (they get no nudge of their own then).
    pub accepted_open: Option<usize>,
    /// Applications sent this week (from Monday, local time).
    pub this_week: usize,
    /// The weekly application goal, when set.
    pub goal: Option<u32>,
}

/// One application that needs attention.
#[derive(Debug, Serialize)]
pub struct TodayAttention {
    /// `interview-today`, `interview-tomorrow`, `offer` (waiting for the
    /// learner's answer) or `no-answer`.
    pub kind: &'static str,
    pub number: usize,
    pub company: String,
    /// Days waited, for `offer` and `no-answer`.
    pub days: Option<i64>,
    /// What `days` counts from: `applied`, `passed`, `interview`, `offer`.
    pub since: Option<&'static str>,
    /// The interview's time, for an interview.
    pub interview_at: Option<DateTime<Utc>>,
}

pub fn text(p: &mut Printer<'_>, report: &Option<TodayApplications>) -> Result<()> {
    let Some(report) = report else {
        return Ok(());
    };
    p.blank()?;
    let lang = p.lang();
    for a in &report.attention {
        let (before, after) = match (a.interview_at, a.since.and_then(Since::from_code)) {
            (Some(at), _) => {
                let msg = ApplyMsg::InterviewSoon {
                    number: a.number,
                    time: at.with_timezone(&Local).format("%H:%M").to_string(),
                    tomorrow: a.kind == "interview-tomorrow",
                };
                (msg.text(lang), String::new())
            }
            (None, since) => waiting(
                a.number,
                a.days.unwrap_or_default(),
                since.unwrap_or(Since::Applied),
                lang,
            ),
        };
        p.line(
            Line::new()
                .role(Role::Warn, before)
                .ours(" ")
                .hang_here()
                .theirs(&a.company)
                .ours(after),
        )?;
    }
    if let Some(open) = report.accepted_open {
        p.line(Line::new().hang(2).role(Role::Warn, accepted(open, lang)))?;
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
