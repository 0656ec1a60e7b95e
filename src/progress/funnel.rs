//! The job hunt in figures: the funnel (counts only, never a company name:
//! this is what a mentor may see) and what needs the learner's attention
//! today. Pure: the clock and the zone are arguments.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, TimeZone, Utc};
use serde::Serialize;

use super::apply::{Application, Channel, Stage};
use super::calendar::week_start;

/// Days without an answer after which an application needs a nudge.
pub const NO_ANSWER_DAYS: i64 = 14;

/// How many applications reached each stage. An application counts for
/// every stage up to the furthest it reached: one rejected after an
/// interview counts as passed and interviewed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub applications: usize,
    /// Passed the screening (書類通過), or went straight to an interview.
    pub passed: usize,
    pub interviewed: usize,
    pub offers: usize,
    pub accepted: usize,
    pub rejected: usize,
    pub withdrawn: usize,
    /// Neither accepted, rejected nor withdrawn.
    pub open: usize,
}

impl Counts {
    fn add(&mut self, app: &Application) {
        let reached = app.reached();
        self.applications += 1;
        self.passed += usize::from(reached >= Stage::Passed);
        self.interviewed += usize::from(reached >= Stage::Interview);
        self.offers += usize::from(reached >= Stage::Offer);
        self.accepted += usize::from(reached == Stage::Accepted);
        match app.stage() {
            Stage::Rejected => self.rejected += 1,
            Stage::Withdrawn => self.withdrawn += 1,
            Stage::Accepted => {}
            _ => self.open += 1,
        }
    }

    /// `part` of the applications, in percent (none without applications).
    pub fn rate(&self, part: usize) -> Option<f64> {
        (self.applications > 0).then(|| part as f64 * 100.0 / self.applications as f64)
    }
}

/// The whole funnel, by channel and by month (local time) of sending.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Funnel {
    pub total: Counts,
    pub by_channel: Vec<(Channel, Counts)>,
    /// By month, `YYYY-MM`, oldest first.
    pub by_month: Vec<(String, Counts)>,
}

/// The funnel of `apps`: counts only.
pub fn funnel<Tz: TimeZone>(apps: &[Application], zone: &Tz) -> Funnel {
    let mut total = Counts::default();
    let mut channels: BTreeMap<Channel, Counts> = BTreeMap::new();
    let mut months: BTreeMap<String, Counts> = BTreeMap::new();
    for app in apps {
        total.add(app);
        channels.entry(app.channel).or_default().add(app);
        let local = app.at.with_timezone(zone);
        let month = format!("{:04}-{:02}", local.year(), local.month());
        months.entry(month).or_default().add(app);
    }
    Funnel {
        total,
        by_channel: channels.into_iter().collect(),
        by_month: months.into_iter().collect(),
    }
}

/// What the today view says about one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Attention {
    /// An interview today or tomorrow (local time).
    Interview {
        number: usize,
        at: DateTime<Utc>,
        tomorrow: bool,
    },
    /// No answer for [`NO_ANSWER_DAYS`] days or more: since it was sent,
    /// or since an interview.
    NoAnswer {
        number: usize,
        days: i64,
        /// Still at the first stage: no answer since it was sent.
        applied: bool,
    },
    /// Passed the screening, then no move for [`NO_ANSWER_DAYS`] days or
    /// more (an interview date to agree on, most often).
    Stalled { number: usize, days: i64 },
    /// An offer waits for the learner's answer, for `days`.
    Offer { number: usize, days: i64 },
    /// An offer was accepted: `open` applications are still in progress,
    /// to withdraw from (instead of a nudge for each).
    Accepted { open: usize },
}

impl Attention {
    /// The application it is about (none for [`Attention::Accepted`]).
    pub fn number(&self) -> Option<usize> {
        match self {
            Attention::Interview { number, .. }
            | Attention::NoAnswer { number, .. }
            | Attention::Stalled { number, .. }
            | Attention::Offer { number, .. } => Some(*number),
            Attention::Accepted { .. } => None,
        }
    }

    fn days(&self) -> i64 {
        match self {
            Attention::NoAnswer { days, .. }
            | Attention::Stalled { days, .. }
            | Attention::Offer { days, .. } => *days,
            Attention::Interview { .. } | Attention::Accepted { .. } => 0,
        }
    }
}

/// The applications that need attention at `now`: interviews today or
/// tomorrow first, then offers waiting for the learner's answer, then
/// those waiting longest for an answer. Once an offer is accepted, the
/// open applications are one reminder to withdraw, not a nudge each.
pub fn needs_attention<Tz: TimeZone>(
    apps: &[Application],
    now: DateTime<Utc>,
    zone: &Tz,
) -> Vec<Attention> {
    let today = now.with_timezone(zone).date_naive();
    let mut interviews = Vec::new();
    let mut offers = Vec::new();
    let mut waiting = Vec::new();
    let accepted = apps.iter().any(|a| a.stage() == Stage::Accepted);
    for (i, app) in apps.iter().enumerate() {
        let number = i + 1;
        if app.stage().is_closed() {
            continue;
        }
        let interview = app.latest().and_then(|c| c.interview_at);
        if let Some(at) = interview {
            let day = at.with_timezone(zone).date_naive();
            if at >= now && (day == today || today.succ_opt() == Some(day)) {
                interviews.push(Attention::Interview {
                    number,
                    at,
                    tomorrow: day != today,
                });
                continue;
            }
        }
        if app.stage() == Stage::Offer {
            offers.push(Attention::Offer {
                number,
                days: days_since(app, now),
            });
            continue;
        }
        if let Some(days) = waiting_days(app, now) {
            waiting.push(match app.stage() {
                Stage::Passed => Attention::Stalled { number, days },
                stage => Attention::NoAnswer {
                    number,
                    days,
                    applied: stage == Stage::Applied,
                },
            });
        }
    }
    offers.sort_by_key(|a| std::cmp::Reverse(a.days()));
    waiting.sort_by_key(|a| std::cmp::Reverse(a.days()));
    interviews.extend(offers);
    if accepted {
        let open = apps.iter().filter(|a| !a.stage().is_closed()).count();
        if open > 0 {
            interviews.push(Attention::Accepted { open });
        }
    } else {
        interviews.extend(waiting);
    }
    interviews
}

/// Days an open application has waited for an answer, when that reaches
/// [`NO_ANSWER_DAYS`]. An offer waits on the learner, not on the company;
/// an interview still ahead is not waiting.
pub fn waiting_days(app: &Application, now: DateTime<Utc>) -> Option<i64> {
    let stage = app.stage();
    if stage.is_closed() || stage == Stage::Offer {
        return None;
    }
    let since = match app.latest().and_then(|c| c.interview_at) {
        Some(interview) => interview.max(app.last_change_at()),
        None => app.last_change_at(),
    };
    let days = (now - since).num_days();
    (days >= NO_ANSWER_DAYS).then_some(days)
}

/// Days since an application last moved.
pub fn days_since(app: &Application, now: DateTime<Utc>) -> i64 {
    (now - app.last_change_at()).num_days().max(0)
}

/// The applications sent this week (from Monday, local time) at `now`.
pub fn week_applications<Tz: TimeZone>(
    apps: &[Application],
    now: DateTime<Utc>,
    zone: &Tz,
) -> usize {
    let monday: NaiveDate = week_start(now.with_timezone(zone).date_naive());
    let next = monday + TimeDelta::days(7);
    apps.iter()
        .map(|a| a.at.with_timezone(zone).date_naive())
        .filter(|day| (monday..next).contains(day))
        .count()
}

#[cfg(test)]
#[path = "funnel_tests.rs"]
mod tests;
