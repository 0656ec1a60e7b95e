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
    /// The same span as people say it: weeks up to 8, then months, then
    /// years and months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Horizon>,
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

pub fn text(out: &mut dyn Write, pace: &PaceReport, style: Style) -> Result<()> {
    let label = style.bold(style.tr("Pace:", "ペース:"));
    let lang = style.lang;
    let rate = match (pace.state, &pace.rate) {
        (PaceState::Complete, _) => {
            return Ok(writeln!(
                out,
                "{}",
                style.green(style.tr(
                    "Finished: every required step is done or skipped.",
                    "完走: 必須のステップはすべて完了またはスキップ済みです。"
                ))
            )?);
        }
        (PaceState::NotEnoughHistory, _) | (_, None) => {
            let line = style.tr(
                "not enough history yet (an estimate needs a week of records)",
                "まだ記録が足りません（見積もりには 1 週間分の記録が必要です）",
            );
            return Ok(writeln!(out, "{label} {line}")?);
        }
        (_, Some(rate)) => rate,
    };
    let weeks = figure(rate.window_weeks);
    if pace.state == PaceState::Stalled {
        let line = match (lang, rate.basis) {
            (Lang::En, "time") => {
                format!("no study time logged in the last {weeks} weeks, so no finish date")
            }
            (Lang::Ja, "time") => {
                format!("直近 {weeks} 週間に学習時間の記録がないため、完了予定日は出せません")
            }
            (Lang::En, _) => format!("nothing done in the last {weeks} weeks, so no finish date"),
            (Lang::Ja, _) => {
                format!("直近 {weeks} 週間に完了したステップがないため、完了予定日は出せません")
            }
        };
        writeln!(out, "{label} {line}")?;
    } else {
        writeln!(out, "{label} {}", per_week(rate, lang))?;
    }
    let (required, optional) = left_parts(rate, lang);
    let finish = match (&pace.estimated_finish, pace.horizon) {
        (Some(date), Some(horizon)) => {
            let span = span(horizon, lang);
            match lang {
                Lang::En => format!("{date} (in {span})"),
                Lang::Ja => format!("{date}（{span}後）"),
            }
        }
        _ if pace.state == PaceState::Estimate => {
            style.tr("not in sight", "見通せません").to_string()
        }
        _ => String::new(),
    };
    if !finish.is_empty() {
        let label = style.bold(style.tr("Finish:", "完了予定:"));
        writeln!(out, "{label} {finish}")?;
    }
    let label = style.bold(style.tr("Left:", "残り:"));
    writeln!(out, "{label} {required}{optional}")?;
    Ok(())
}

/// "6.5h a week (time logged, last 4 weeks)".
pub fn per_week(rate: &RateReport, lang: Lang) -> String {
    let weeks = figure(rate.window_weeks);
    let last = match (lang, weeks.as_str()) {
        (Lang::En, "1") => "last week".to_string(),
        (Lang::En, _) => format!("last {weeks} weeks"),
        (Lang::Ja, _) => format!("直近 {weeks} 週"),
    };
    let hours = figure(rate.hours_per_week);
    let steps = figure(rate.steps_per_week);
    match (lang, rate.basis) {
        (Lang::En, "time") => format!("{hours}h a week (study time logged, {last})"),
        (Lang::Ja, "time") => format!("週 {hours}h（記録した学習時間、{last}）"),
        (Lang::En, "hours") => format!("{hours}h a week (estimates of steps done, {last})"),
        (Lang::Ja, "hours") => format!("週 {hours}h（完了ステップの見積もり、{last}）"),
        (Lang::En, _) => format!("{steps} steps a week (steps done, {last})"),
        (Lang::Ja, _) => format!("週 {steps} ステップ（完了ステップ数、{last}）"),
    }
}

/// "120h left (+ 10h optional)", "残り 120h（ほかに任意 10h）".
pub fn left(rate: &RateReport, lang: Lang) -> String {
    let (required, optional) = left_parts(rate, lang);
    match lang {
        Lang::En => format!("{required} left{optional}"),
        Lang::Ja => format!("残り {required}{optional}"),
    }
}

/// The amount left, "120h" or "4 steps", and the optional part after it.
fn left_parts(rate: &RateReport, lang: Lang) -> (String, String) {
    // Hours when the steps left have estimates, else step counts.
    let in_hours = rate.remaining_hours > 0.0;
    let required = match (lang, in_hours) {
        (Lang::En, false) => format!("{} steps", rate.remaining_steps),
        (Lang::Ja, false) => format!("{} ステップ", rate.remaining_steps),
        (_, true) => format!("{}h", figure(rate.remaining_hours)),
    };
    if rate.optional_steps == 0 {
        return (required, String::new());
    }
    let optional = match (lang, in_hours) {
        (Lang::En, false) => format!(" (+ {} optional)", rate.optional_steps),
        (Lang::Ja, false) => format!("（ほかに任意 {} ステップ）", rate.optional_steps),
        (Lang::En, true) => format!(" (+ {}h optional)", figure(rate.optional_hours)),
        (Lang::Ja, true) => format!("（ほかに任意 {}h）", figure(rate.optional_hours)),
    };
    (required, optional)
}

/// "about 1 year 3 months", "約 1年3か月".
pub fn span(horizon: Horizon, lang: Lang) -> String {
    let Horizon {
        years,
        months,
        weeks,
    } = horizon;
    let plural = |n: u32, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match lang {
        Lang::En => {
            let mut parts = Vec::new();
            if years > 0 {
                parts.push(plural(years, "year", "years"));
            }
            if months > 0 {
                parts.push(plural(months, "month", "months"));
            }
            if years == 0 && months == 0 {
                parts.push(plural(weeks, "week", "weeks"));
            }
            format!("about {}", parts.join(" "))
        }
        Lang::Ja => {
            let mut text = String::from("約 ");
            if years > 0 {
                text.push_str(&format!("{years}年"));
            }
            if months > 0 {
                text.push_str(&format!("{months}か月"));
            }
            if years == 0 && months == 0 {
                text.push_str(&format!("{weeks}週間"));
            }
            text
        }
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
