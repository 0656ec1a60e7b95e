//! The pace line of `roadmap status`: work per week and a finish date.

use std::io::Write;

use serde::Serialize;

use super::{Style, round1};
use crate::error::Result;
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

pub fn text(out: &mut dyn Write, pace: &PaceReport, style: Style) -> Result<()> {
    let label = style.bold(style.tr("Pace:", "ペース:"));
    let line = match (pace.state, &pace.rate) {
        (PaceState::Complete, _) => {
            return Ok(writeln!(
                out,
                "{}",
                style.green(style.tr(
                    "Finished: every step is done or skipped.",
                    "完走: すべてのステップが完了またはスキップ済みです。"
                ))
            )?);
        }
        (PaceState::NotEnoughHistory, _) | (_, None) => style
            .tr(
                "not enough history yet (an estimate needs a week of records)",
                "まだ記録が足りません (見積もりには 1 週間分の記録が必要です)",
            )
            .to_string(),
        (PaceState::Stalled, Some(rate)) => match style.lang {
            Lang::En => format!(
                "nothing done in the last {} weeks, so no finish date",
                figure(rate.window_weeks)
            ),
            Lang::Ja => format!(
                "直近 {} 週間に完了したステップがないため、完了予定日は出せません",
                figure(rate.window_weeks)
            ),
        },
        (PaceState::Estimate, Some(rate)) => {
            let per_week = per_week(rate, style.lang);
            let finish = match (&pace.estimated_finish, pace.weeks_left) {
                (Some(date), Some(weeks)) => match style.lang {
                    Lang::En => format!(
                        " · estimated finish {date} (in about {} weeks)",
                        figure(weeks)
                    ),
                    Lang::Ja => format!(
                        " · 完了予定 {} (あと約 {} 週)",
                        crate::i18n::ux::prose_date(date, Lang::Ja),
                        figure(weeks)
                    ),
                },
                _ => style
                    .tr(" · no finish date in sight", " · 完了予定日は見通せません")
                    .to_string(),
            };
            format!("{per_week}{finish}")
        }
    };
    writeln!(out, "{label} {line}")?;
    Ok(())
}

fn per_week(rate: &RateReport, lang: Lang) -> String {
    let weeks = figure(rate.window_weeks);
    let steps = figure(rate.steps_per_week);
    match (lang, rate.basis) {
        (Lang::En, "hours") => format!(
            "{}h a week ({steps} steps) over the last {weeks} weeks",
            figure(rate.hours_per_week)
        ),
        (Lang::En, _) => format!("{steps} steps a week over the last {weeks} weeks"),
        (Lang::Ja, "hours") => format!(
            "直近 {weeks} 週で週 {}時間 ({steps} ステップ)",
            figure(rate.hours_per_week)
        ),
        (Lang::Ja, _) => format!("直近 {weeks} 週で週 {steps} ステップ"),
    }
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
