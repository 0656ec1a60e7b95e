//! The messages of the learner's record (study time, goal, streak,
//! evidence, the real pace) in English and Japanese: one exhaustive `match`
//! per language, so a message without its translation does not compile.
//! Values inside are our own figures, already formatted.

use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum RecordMsg {
    /// Minutes as people say them: `1h 30m`, `1時間30分`.
    Duration(u64),
    WeekLabel,
    /// This week's time against the goal: `spent`, `goal` are durations.
    WeekOfGoal {
        spent: String,
        goal: String,
        percent: u32,
    },
    Streak(u32),
    TimeLoggedLabel,
    TimeLogged {
        total: String,
        sessions: usize,
    },
    /// Before the step of `study`'s report.
    Logged(String),
    OnThisStep,
    SpentOfEstimate {
        spent: String,
        estimate: String,
    },
    GoalRemoved,
    NoGoal,
    GoalSet(String),
    GoalShown(String),
    AlreadyAttached,
    LinksOnStep(usize),
    EvidenceAttached(usize),
    // show
    TimeSpentLabel,
    TimeSpent {
        spent: String,
        estimate: String,
        sessions: usize,
    },
    EvidenceHeading,
    SessionsHeading,
    // log and undo
    Studied(String),
    EvidenceWord,
    UndidStudyOn(String),
    UndidEvidenceOn,
    // pace
    PaceComplete,
    FinishLabel,
    LeftLabel,
    FinishOn {
        date: String,
        span: String,
    },
    NotInSight,
    /// Years, months and weeks to the finish, only the leading non-zero.
    Span {
        years: u32,
        months: u32,
        weeks: u32,
    },
    HoursAmount(String),
    StepsAmount(usize),
    OptionalHours(String),
    OptionalSteps(usize),
    /// "120h left" of a summary tile: `amount` and the optional part.
    AmountLeft {
        amount: String,
        optional: String,
    },
}

impl RecordMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use RecordMsg::*;
        match self {
            Duration(minutes) => match (minutes / 60, minutes % 60) {
                (0, m) => format!("{m}m"),
                (h, 0) => format!("{h}h"),
                (h, m) => format!("{h}h {m}m"),
            },
            WeekLabel => "This week:".into(),
            WeekOfGoal {
                spent,
                goal,
                percent,
            } => format!("{spent} of {goal} ({percent}%)"),
            Streak(1) => "streak 1 day".into(),
            Streak(n) => format!("streak {n} days"),
            TimeLoggedLabel => "Time logged:".into(),
            TimeLogged { total, sessions: 1 } => format!("{total} in 1 session"),
            TimeLogged { total, sessions } => format!("{total} in {sessions} sessions"),
            Logged(duration) => format!("Logged {duration} on"),
            OnThisStep => "on this step:".into(),
            SpentOfEstimate { spent, estimate } => format!("{spent} of {estimate} estimated"),
            GoalRemoved => "Weekly goal removed.".into(),
            NoGoal => "No weekly goal. Set one with `roadmap goal 5h`.".into(),
            GoalSet(duration) => format!("Weekly goal set: {duration} a week."),
            GoalShown(duration) => format!("Weekly goal: {duration} a week."),
            AlreadyAttached => "already attached".into(),
            LinksOnStep(1) => "1 link on this step".into(),
            LinksOnStep(n) => format!("{n} links on this step"),
            EvidenceAttached(n) => format!("Evidence: {n} link(s) attached"),
            TimeSpentLabel => "Time spent:".into(),
            TimeSpent {
                spent,
                estimate,
                sessions: 1,
            } => format!("{spent} of {estimate} estimated, 1 session"),
            TimeSpent {
                spent,
                estimate,
                sessions,
            } => format!("{spent} of {estimate} estimated, {sessions} sessions"),
            EvidenceHeading => "Evidence".into(),
            SessionsHeading => "Study sessions".into(),
            Studied(duration) => format!("studied {duration}"),
            EvidenceWord => "evidence".into(),
            UndidStudyOn(duration) => format!("{duration} of study on"),
            UndidEvidenceOn => "evidence on".into(),
            PaceComplete => "Finished: every required step is done or skipped.".into(),
            FinishLabel => "Finish:".into(),
            LeftLabel => "Left:".into(),
            FinishOn { date, span } => format!("{date} (in {span})"),
            NotInSight => "not in sight".into(),
            Span {
                years,
                months,
                weeks,
            } => {
                let unit = |n: u32, one: &str, many: &str| match n {
                    1 => format!("1 {one}"),
                    n => format!("{n} {many}"),
                };
                let mut parts = Vec::new();
                if *years > 0 {
                    parts.push(unit(*years, "year", "years"));
                }
                if *months > 0 {
                    parts.push(unit(*months, "month", "months"));
                }
                if parts.is_empty() {
                    parts.push(unit(*weeks, "week", "weeks"));
                }
                format!("about {}", parts.join(" "))
            }
            HoursAmount(hours) => format!("{hours}h"),
            StepsAmount(n) => format!("{n} steps"),
            OptionalHours(hours) => format!(" (+ {hours}h optional)"),
            OptionalSteps(n) => format!(" (+ {n} optional)"),
            AmountLeft { amount, optional } => format!("{amount} left{optional}"),
        }
    }

    fn ja(&self) -> String {
        use RecordMsg::*;
        match self {
            Duration(minutes) => match (minutes / 60, minutes % 60) {
                (0, m) => format!("{m}分"),
                (h, 0) => format!("{h}時間"),
                (h, m) => format!("{h}時間{m}分"),
            },
            WeekLabel => "今週:".into(),
            WeekOfGoal {
                spent,
                goal,
                percent,
            } => format!("{spent} / 目標 {goal}（{percent}%）"),
            Streak(n) => format!("連続 {n} 日"),
            TimeLoggedLabel => "学習時間:".into(),
            TimeLogged { total, sessions } => format!("{total}（{sessions} 回）"),
            Logged(duration) => format!("{duration}を記録しました:"),
            OnThisStep => "このステップ:".into(),
            SpentOfEstimate { spent, estimate } => format!("見積もり {estimate} のうち {spent}"),
            GoalRemoved => "週の目標を外しました。".into(),
            NoGoal => "週の目標はありません。`roadmap goal 5h` で設定できます。".into(),
            GoalSet(duration) => format!("週の目標を設定しました: 週 {duration}"),
            GoalShown(duration) => format!("週の目標: 週 {duration}"),
            AlreadyAttached => "追加済み".into(),
            LinksOnStep(n) => format!("このステップの成果物リンク: {n} 件"),
            EvidenceAttached(n) => format!("成果物: リンクを {n} 件追加しました"),
            TimeSpentLabel => "学習時間:".into(),
            TimeSpent {
                spent,
                estimate,
                sessions,
            } => format!("見積もり {estimate} のうち {spent}（{sessions} 回）"),
            EvidenceHeading => "成果物".into(),
            SessionsHeading => "学習記録".into(),
            Studied(duration) => format!("学習 {duration}"),
            EvidenceWord => "成果物".into(),
            UndidStudyOn(duration) => format!("学習記録 {duration}:"),
            UndidEvidenceOn => "成果物:".into(),
            PaceComplete => "完走: 必須のステップはすべて完了またはスキップ済みです。".into(),
            FinishLabel => "完了予定:".into(),
            LeftLabel => "残り:".into(),
            FinishOn { date, span } => format!("{date}（{span}後）"),
            NotInSight => "見通せません".into(),
            Span {
                years,
                months,
                weeks,
            } => {
                let mut text = String::from("約 ");
                if *years > 0 {
                    text.push_str(&format!("{years}年"));
                }
                if *months > 0 {
                    text.push_str(&format!("{months}か月"));
                }
                if *years == 0 && *months == 0 {
                    text.push_str(&format!("{weeks}週間"));
                }
                text
            }
            HoursAmount(hours) => format!("{hours}時間"),
            StepsAmount(n) => format!("{n} ステップ"),
            OptionalHours(hours) => format!("（ほかに任意 {hours}時間）"),
            OptionalSteps(n) => format!("（ほかに任意 {n} ステップ）"),
            AmountLeft { amount, optional } => format!("残り {amount}{optional}"),
        }
    }
}
