//! The words of the record in the exports (the Markdown checklist and the
//! HTML page), in English and Japanese, one exhaustive `match` each.

use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum RecordPage {
    // Summary tiles.
    Progress,
    StepsFinished {
        finished: usize,
        total: usize,
    },
    TimeLogged,
    Sessions(usize),
    ThisWeek,
    OfGoal {
        goal: String,
        percent: u32,
    },
    NoGoalSet,
    Streak,
    Days(u32),
    ConsecutiveDays,
    Pace,
    Finished,
    EveryStepFinished,
    NothingLately,
    NotEnoughHistory,
    /// A checklist item of a finished step that was never ticked.
    LeftUnticked,
    EstimatedFinish,
    // Steps.
    After,
    OneOf,
    StartedOn,
    FinishedOn,
    StartedLower,
    FinishedLower,
    Evidence,
    Notes,
    Note,
    AboutThisStep,
    SpentOfEstimated {
        spent: String,
        estimate: String,
    },
    Spent(String),
    // The page.
    RecordOf {
        user: String,
        today: String,
    },
    MadeWith(String),
    HoursChart(usize),
    FinishedChart(usize),
}

impl RecordPage {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use RecordPage::*;
        match self {
            Progress => "Progress".into(),
            StepsFinished { finished, total } => format!("{finished} of {total} steps finished"),
            TimeLogged => "Time logged".into(),
            Sessions(1) => "1 session".into(),
            Sessions(n) => format!("{n} sessions"),
            ThisWeek => "This week".into(),
            OfGoal { goal, percent } => format!("of a {goal} goal ({percent}%)"),
            NoGoalSet => "no weekly goal set".into(),
            Streak => "Streak".into(),
            Days(1) => "1 day".into(),
            Days(n) => format!("{n} days"),
            ConsecutiveDays => "consecutive days with study".into(),
            Pace => "Pace".into(),
            Finished => "finished".into(),
            EveryStepFinished => "every required step is finished".into(),
            NothingLately => "nothing in the last 4 weeks".into(),
            NotEnoughHistory => "not enough history yet".into(),
            LeftUnticked => "(not ticked)".into(),
            EstimatedFinish => "Estimated finish".into(),
            After => "After".into(),
            OneOf => "one of".into(),
            StartedOn => "Started".into(),
            FinishedOn => "finished".into(),
            StartedLower => "started".into(),
            FinishedLower => "finished".into(),
            Evidence => "Evidence".into(),
            Notes => "Notes".into(),
            Note => "Note".into(),
            AboutThisStep => "About this step".into(),
            SpentOfEstimated { spent, estimate } => {
                format!("{spent} spent of {estimate} estimated")
            }
            Spent(spent) => format!("{spent} spent"),
            RecordOf { user, today } => format!("Learning record of {user} · as of {today}"),
            MadeWith(today) => format!("Made with roadmap · {today}"),
            HoursChart(weeks) => format!("Hours studied per week (last {weeks} weeks)"),
            FinishedChart(total) => format!("Steps finished over time (of {total})"),
        }
    }

    fn ja(&self) -> String {
        use RecordPage::*;
        match self {
            Progress => "進捗".into(),
            StepsFinished { finished, total } => format!("{total} ステップ中 {finished} 完了"),
            TimeLogged => "学習時間".into(),
            Sessions(n) => format!("{n} 回の記録"),
            ThisWeek => "今週".into(),
            OfGoal { goal, percent } => format!("目標 {goal} の {percent}%"),
            NoGoalSet => "週の目標は未設定".into(),
            Streak => "連続記録".into(),
            Days(n) => format!("{n} 日"),
            ConsecutiveDays => "学習した日の連続".into(),
            Pace => "ペース".into(),
            Finished => "完走".into(),
            EveryStepFinished => "必須ステップはすべて完了".into(),
            NothingLately => "直近 4 週の記録なし".into(),
            NotEnoughHistory => "まだ記録が足りません".into(),
            LeftUnticked => "（チェックなし）".into(),
            EstimatedFinish => "完了予定".into(),
            After => "前提:".into(),
            OneOf => "いずれか:".into(),
            StartedOn => "開始".into(),
            FinishedOn => "完了".into(),
            StartedLower => "開始".into(),
            FinishedLower => "完了".into(),
            Evidence => "成果物".into(),
            Notes => "メモ".into(),
            Note => "メモ".into(),
            AboutThisStep => "このステップについて".into(),
            SpentOfEstimated { spent, estimate } => format!("学習 {spent}（見積もり {estimate}）"),
            Spent(spent) => format!("学習 {spent}"),
            RecordOf { user, today } => format!("{user} さんの学習記録 · {today} 時点"),
            MadeWith(today) => format!("roadmap で作成 · {today}"),
            HoursChart(weeks) => format!("週ごとの学習時間（直近 {weeks} 週）"),
            FinishedChart(total) => format!("完了したステップの累計（全 {total}）"),
        }
    }
}
