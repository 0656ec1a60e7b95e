//! The pace line of `roadmap status`: work per week and a finish date.

use chrono::Datelike;
use serde::Serialize;

use super::{Line, Printer, Role, round1};
use crate::error::Result;
use crate::i18n::{Msg, PaceMsg, RecordMsg};
use crate::lang::Lang;

/// The `pace` object of `roadmap status --json` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct PaceReport {
    pub state: PaceState,
    /// The measured pace (`stalled` and `estimate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<RateReport>,
    /// The local date the remaining work ends at this pace (`estimate`;
    /// `null` when beyond any calendar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_finish: Option<String>,
    /// Weeks from now to the estimated finish, one decimal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weeks_left: Option<f64>,
    /// The same span as people say it: weeks up to 8, then months, then
    /// years and months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Horizon>,
    /// When the required hours left end at the weekly goal's pace, with a
    /// goal and something left (from the first day: it needs no history).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_goal: Option<GoalProjection>,
}

#[derive(Debug, Serialize)]
pub struct GoalProjection {
    pub hours_per_week: f64,
    /// The local date.
    pub estimated_finish: String,
    pub weeks_left: f64,
    pub horizon: Horizon,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Horizon {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaceState {
    Complete,
    NotEnoughHistory,
    Stalled,
    Estimate,
}

#[derive(Debug, Serialize)]
pub struct RateReport {
    /// The measured window, in weeks (at most 4).
    pub window_weeks: f64,
    pub steps_done: usize,
    pub hours_done: f64,
    pub steps_per_week: f64,
    pub hours_per_week: f64,
    /// Required steps not finished and their hours left (estimate minus
    /// time spent, never below zero per step).
    pub remaining_steps: usize,
    pub remaining_hours: f64,
    /// Optional steps not finished and their hours left: not in the
    /// finish date.
    pub optional_steps: usize,
    pub optional_hours: f64,
    /// Hours logged in the window (`time` basis).
    pub studied_hours: f64,
    /// What the pace is measured from: `time` (study time logged),
    /// `hours` (estimates of the steps done) or `steps` (step counts).
    pub basis: &'static str,
}

fn t(p: &Printer<'_>, msg: RecordMsg) -> String {
    p.t(Msg::Record(msg))
}

pub fn text(p: &mut Printer<'_>, pace: &PaceReport) -> Result<()> {
    let labelled = |p: &Printer<'_>, label: Msg, text: String| {
        Line::new()
            .role(Role::Strong, p.t(label))
            .ours(" ")
            .hang_here()
            .ours(text)
    };
    let rate = match (pace.state, &pace.rate) {
        (PaceState::Complete, _) => {
            return p.line(Line::new().role(Role::Good, t(p, RecordMsg::PaceComplete)));
        }
        (PaceState::NotEnoughHistory, _) | (_, None) => {
            let line = labelled(p, Msg::PaceLabel, p.t(Msg::PaceNotEnoughHistory));
            p.line(line)?;
            return goal_line(p, pace);
        }
        (_, Some(rate)) => rate,
    };
    let weeks = figure(rate.window_weeks);
    let text = match (pace.state, rate.basis) {
        (PaceState::Stalled, "time") => PaceMsg::PaceStalledTime { weeks }.text(p.lang()),
        (PaceState::Stalled, _) => PaceMsg::PaceStalledSteps { weeks }.text(p.lang()),
        _ => per_week_msg(rate).text(p.lang()),
    };
    let line = labelled(p, Msg::PaceLabel, text);
    p.line(line)?;
    let finish = match (&pace.estimated_finish, pace.horizon) {
        (Some(date), Some(horizon)) => Some(t(
            p,
            RecordMsg::FinishOn {
                date: crate::i18n::ux::prose_date(date, p.lang()),
                span: t(p, span_msg(horizon)),
            },
        )),
        _ if pace.state == PaceState::Estimate => Some(t(p, RecordMsg::NotInSight)),
        _ => None,
    };
    if let Some(finish) = finish {
        let line = labelled(p, Msg::Record(RecordMsg::FinishLabel), finish);
        p.line(line)?;
    }
    goal_line(p, pace)?;
    let (amount, optional) = left_msgs(rate);
    let optional = optional.map_or(String::new(), |o| t(p, o));
    let left = format!("{}{optional}", t(p, amount));
    let line = labelled(p, Msg::Record(RecordMsg::LeftLabel), left);
    p.line(line)
}

/// "At your goal (10h a week): around April 2028 (in about 1 year 4
/// months)", 「目標ペース（週 10時間）なら 2028年4月ごろ（約 1年4か月後）」:
/// the month, not the day, since a goal is a wish, not a measure.
fn goal_line(p: &mut Printer<'_>, pace: &PaceReport) -> Result<()> {
    let Some(goal) = &pace.at_goal else {
        return Ok(());
    };
    let Ok(date) = chrono::NaiveDate::parse_from_str(&goal.estimated_finish, "%Y-%m-%d") else {
        return Ok(());
    };
    let label = PaceMsg::GoalPaceLabel {
        hours: figure(goal.hours_per_week),
    }
    .text(p.lang());
    let text = PaceMsg::GoalFinish {
        year: date.year(),
        month: date.month(),
        span: t(p, span_msg(goal.horizon)),
    }
    .text(p.lang());
    let line = Line::new()
        .role(Role::Strong, label)
        .ours(" ")
        .hang_here()
        .ours(text);
    p.line(line)
}

/// "6.5h a week (study time logged, last 4 weeks)".
pub fn per_week(rate: &RateReport, lang: Lang) -> String {
    per_week_msg(rate).text(lang)
}

pub fn per_week_msg(rate: &RateReport) -> PaceMsg {
    PaceMsg::PacePerWeek {
        basis: rate.basis,
        hours: figure(rate.hours_per_week),
        steps: figure(rate.steps_per_week),
        weeks: figure(rate.window_weeks),
    }
}

/// "120h left (+ 10h optional)", "残り 120h（ほかに任意 10h）".
pub fn left(rate: &RateReport, lang: Lang) -> String {
    let (amount, optional) = left_msgs(rate);
    RecordMsg::AmountLeft {
        amount: amount.text(lang),
        optional: optional.map_or(String::new(), |o| o.text(lang)),
    }
    .text(lang)
}

/// The amount left, "120h" or "4 steps", and the optional part after it:
/// hours when the steps left have estimates, else step counts.
pub fn left_msgs(rate: &RateReport) -> (RecordMsg, Option<RecordMsg>) {
    let in_hours = rate.remaining_hours > 0.0;
    let amount = if in_hours {
        RecordMsg::HoursAmount(figure(rate.remaining_hours))
    } else {
        RecordMsg::StepsAmount(rate.remaining_steps)
    };
    let optional = match (rate.optional_steps, in_hours) {
        (0, _) => None,
        (_, true) => Some(RecordMsg::OptionalHours(figure(rate.optional_hours))),
        (n, false) => Some(RecordMsg::OptionalSteps(n)),
    };
    (amount, optional)
}

/// "about 1 year 3 months", "約 1年3か月".
pub fn span(horizon: Horizon, lang: Lang) -> String {
    span_msg(horizon).text(lang)
}

pub fn span_msg(horizon: Horizon) -> RecordMsg {
    RecordMsg::Span {
        years: horizon.years,
        months: horizon.months,
        weeks: horizon.weeks,
    }
}

/// A figure with at most one decimal: `4`, `1.5`.
pub(super) fn figure(value: f64) -> String {
    let value = round1(value);
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_have_at_most_one_decimal() {
        assert_eq!(figure(4.0), "4");
        assert_eq!(figure(1.25), "1.3");
        assert_eq!(figure(2.94), "2.9");
        assert_eq!(figure(0.04), "0");
    }

    #[test]
    fn long_horizons_read_in_months_and_years() {
        let h = |years, months, weeks| Horizon {
            years,
            months,
            weeks,
        };
        assert_eq!(span(h(1, 3, 0), Lang::En), "about 1 year 3 months");
        assert_eq!(span(h(1, 3, 0), Lang::Ja), "約 1年3か月");
        assert_eq!(span(h(2, 0, 0), Lang::En), "about 2 years");
        assert_eq!(span(h(0, 5, 0), Lang::Ja), "約 5か月");
        assert_eq!(span(h(0, 0, 1), Lang::En), "about 1 week");
        assert_eq!(span(h(0, 0, 3), Lang::Ja), "約 3週間");
    }
}
