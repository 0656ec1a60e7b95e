//! The messages of the pace line and the goal's projection, in English and
//! Japanese: one exhaustive `match` per language. Values inside are our own
//! figures, already formatted.

use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum PaceMsg {
    /// No study time in the whole weeks measured.
    PaceStalledTime {
        weeks: String,
    },
    PaceStalledSteps {
        weeks: String,
    },
    /// `hours` a week from `basis` (`time`, `hours`, `steps`; `steps` a week
    /// for the last) over `weeks`.
    PacePerWeek {
        basis: &'static str,
        hours: String,
        steps: String,
        weeks: String,
    },
    /// "At your goal (10h a week):".
    GoalPaceLabel {
        hours: String,
    },
    /// The month the goal's pace ends at, and the span to it.
    GoalFinish {
        year: i32,
        month: u32,
        span: String,
    },
}

impl PaceMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use PaceMsg::*;
        match self {
            PaceStalledTime { weeks } => {
                format!("no study time logged in the last {weeks} whole weeks, so no finish date")
            }
            PaceStalledSteps { weeks } => {
                format!("nothing done in the last {weeks} weeks, so no finish date")
            }
            PacePerWeek {
                basis,
                hours,
                steps,
                weeks,
            } => {
                let last = if weeks == "1" {
                    "last week".to_string()
                } else {
                    format!("last {weeks} weeks")
                };
                match *basis {
                    // Whole weeks before the current one (see progress::pace).
                    "time" if weeks == "1" => {
                        format!("{hours}h a week (study time logged, last whole week)")
                    }
                    "time" => {
                        format!("{hours}h a week (study time logged, last {weeks} whole weeks)")
                    }
                    "hours" => format!("{hours}h a week (estimates of steps done, {last})"),
                    _ => format!("{steps} steps a week (steps done, {last})"),
                }
            }
            GoalPaceLabel { hours } => format!("At your goal ({hours}h a week):"),
            GoalFinish { year, month, span } => {
                let name = chrono::Month::try_from(*month as u8).map_or("?", |m| m.name());
                format!("around {name} {year} (in {span})")
            }
        }
    }

    fn ja(&self) -> String {
        use PaceMsg::*;
        match self {
            PaceStalledTime { weeks } => {
                format!(
                    "今週を除く直近 {weeks} 週間に学習時間の記録がないため、完了予定日は出せません"
                )
            }
            PaceStalledSteps { weeks } => {
                format!("直近 {weeks} 週間に完了したステップがないため、完了予定日は出せません")
            }
            PacePerWeek {
                basis,
                hours,
                steps,
                weeks,
            } => match *basis {
                "time" => format!("週 {hours}時間（記録した学習時間、今週を除く直近 {weeks} 週）"),
                "hours" => format!("週 {hours}時間（完了ステップの見積もり、直近 {weeks} 週）"),
                _ => format!("週 {steps} ステップ（完了ステップ数、直近 {weeks} 週）"),
            },
            GoalPaceLabel { hours } => format!("目標ペース（週 {hours}時間）なら"),
            GoalFinish { year, month, span } => format!("{year}年{month}月ごろ（{span}後）"),
        }
    }
}
