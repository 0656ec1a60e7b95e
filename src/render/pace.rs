//! The pace line of `roadmap status`: work per week and a finish date.

use serde::Serialize;

use super::{Line, Printer, Role, round1};
use crate::error::Result;
use crate::i18n::Msg;

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
    pub remaining_steps: usize,
    pub remaining_hours: f64,
    /// `hours` or `steps`: what the finish date is computed from.
    pub basis: &'static str,
}

pub fn text(p: &mut Printer<'_>, pace: &PaceReport) -> Result<()> {
    let line = match (pace.state, &pace.rate) {
        (PaceState::Complete, _) => {
            return p.line(Line::new().role(Role::Good, p.t(Msg::PaceComplete)));
        }
        (PaceState::NotEnoughHistory, _) | (_, None) => p.t(Msg::PaceNotEnoughHistory),
        (PaceState::Stalled, Some(rate)) => p.t(Msg::PaceStalled {
            weeks: figure(rate.window_weeks),
        }),
        (PaceState::Estimate, Some(rate)) => {
            let weeks = figure(rate.window_weeks);
            let steps = figure(rate.steps_per_week);
            let per_week = if rate.basis == "hours" {
                p.t(Msg::PaceHoursPerWeek {
                    hours: figure(rate.hours_per_week),
                    steps,
                    weeks,
                })
            } else {
                p.t(Msg::PaceStepsPerWeek { steps, weeks })
            };
            let finish = match (&pace.estimated_finish, pace.weeks_left) {
                (Some(date), Some(weeks)) => p.t(Msg::PaceFinish {
                    date: crate::i18n::ux::prose_date(date, p.lang()),
                    weeks: figure(weeks),
                }),
                _ => p.t(Msg::PaceNoFinish),
            };
            format!("{per_week}{finish}")
        }
    };
    p.line(
        Line::new()
            .role(Role::Strong, p.t(Msg::PaceLabel))
            .ours(" ")
            .hang_here()
            .ours(line),
    )
}

/// A figure with at most one decimal: `4`, `1.5`.
fn figure(value: f64) -> String {
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
}
