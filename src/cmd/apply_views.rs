//! What the today view and `undo` say of the application log.

use chrono::{Local, Utc};

use crate::cmd::Context;
use crate::error::Result;
use crate::i18n::Since;
use crate::progress::{Attention, Progress, needs_attention, setting, week_applications};
use crate::render::apply::UndoneApplication;
use crate::render::apply::today::{TodayApplications, TodayAttention};

/// The today view's job hunt part; `None` when there is nothing to say.
pub fn today(
    ctx: &Context,
    progress: &Progress,
    now: chrono::DateTime<Utc>,
) -> Result<Option<TodayApplications>> {
    let goal = setting::value(&ctx.store.load(&ctx.config.user)?.application_goal).copied();
    let apps = &progress.applications;
    let mut accepted_open = None;
    let waiting = |kind, number: usize, days, since: Since| TodayAttention {
        kind,
        number,
        company: apps[number - 1].company.clone(),
        days: Some(days),
        since: Some(since.code()),
        interview_at: None,
    };
    let attention: Vec<TodayAttention> = needs_attention(apps, now, &Local)
        .into_iter()
        .filter_map(|a| match a {
            Attention::Interview {
                number,
                at,
                tomorrow,
            } => Some(TodayAttention {
                kind: if tomorrow {
                    "interview-tomorrow"
                } else {
                    "interview-today"
                },
                number,
                company: apps[number - 1].company.clone(),
                days: None,
                since: None,
                interview_at: Some(at),
            }),
            Attention::NoAnswer {
                number,
                days,
                applied,
            } => {
                let since = if applied {
                    Since::Applied
                } else {
                    Since::Interview
                };
                Some(waiting("no-answer", number, days, since))
            }
            Attention::Stalled { number, days } => {
                Some(waiting("no-answer", number, days, Since::Passed))
            }
            Attention::Offer { number, days } => Some(waiting("offer", number, days, Since::Offer)),
            Attention::Accepted { open } => {
                accepted_open = Some(open);
                None
            }
        })
        .collect();
    let this_week = week_applications(apps, now, &Local);
    let something = !attention.is_empty() || accepted_open.is_some();
    Ok(
        (something || goal.is_some() || this_week > 0).then_some(TodayApplications {
            attention,
            accepted_open,
            this_week,
            goal,
        }),
    )
}

/// What `undo` took back of the log, for its report.
pub fn undone(progress: &Progress, undone: &crate::progress::Undone) -> Vec<UndoneApplication> {
    let whole = undone.applications.iter().map(|app| UndoneApplication {
        number: None,
        company: app.company.clone(),
        stage: None,
        at: app.at,
    });
    let moves = undone
        .application_changes
        .iter()
        .map(|(app, change)| UndoneApplication {
            number: (progress.applications.iter())
                .position(|a| a.id == app.id)
                .map(|i| i + 1),
            company: app.company.clone(),
            stage: Some(change.stage),
            at: change.at,
        });
    whole.chain(moves).collect()
}
