//! The words of mentors and cohorts: `roadmap comment`, comments as the
//! learner sees them, the mentor table (`status --all-users`) and the
//! cohort page. Each language is one `match` over every message, so a
//! message without a translation does not compile.

use crate::lang::Lang;
use crate::progress::{MAX_COMMENT_CHARS, MentorProblem};

/// A message of the mentor's area. Values inside are our own figures or
/// text the printer makes safe.
#[derive(Debug, Clone, PartialEq)]
pub enum MentorMsg {
    /// After `comment`: saved for `to`.
    CommentSaved {
        to: String,
    },
    /// After `comment`: when the learner sees it.
    CommentTravels {
        to: String,
    },
    /// The frame of a comment the learner reads: "Comment from …, date:".
    CommentFrom {
        from: String,
        date: String,
        step: Option<String>,
    },
    /// The date in that frame: `2026-12-01`, `12月1日` (with the year
    /// when it is not this year's).
    FrameDate {
        day: chrono::NaiveDate,
        this_year: bool,
    },
    /// `undo` of a comment, before the learner's name.
    UndidCommentTo {
        to: String,
    },
    // The mentor table.
    ColStep,
    ColStepShort,
    ColWeek,
    ColFourWeeks,
    ColGoal,
    ColIdle,
    ColVerified,
    /// The job hunt's counts: sent / passed screening / offers.
    ColJobs,
    /// Days idle in a cell: "12d" / "12日".
    DaysShort(i64),
    /// The legend under the table.
    Legend {
        stalled_days: u32,
    },
    /// A learner with nothing recorded yet.
    NotStarted,
    /// The cohort page's title and its help line.
    PageTitle,
    PageSortHint,
    PageGenerated {
        at: String,
    },
    PageStalled,
    // Errors and their hints.
    Problem(MentorProblem),
    ProblemHint(MentorProblem),
}

impl MentorMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en(self),
            Lang::Ja => ja(self),
        }
    }
}

fn en(msg: &MentorMsg) -> String {
    use MentorMsg::*;
    match msg {
        CommentSaved { to } => format!("Comment for {to} saved."),
        CommentTravels { to } => {
            format!("{to} sees it in the today view after you sync and then {to} syncs.")
        }
        CommentFrom {
            from,
            date,
            step: None,
        } => format!("Comment from {from}, {date}:"),
        CommentFrom {
            from,
            date,
            step: Some(step),
        } => format!("Comment from {from} on {step}, {date}:"),
        FrameDate { day, .. } => day.format("%Y-%m-%d").to_string(),
        UndidCommentTo { to } => format!("comment for {to}:"),
        ColStep => "Step in hand".into(),
        ColStepShort => "Step".into(),
        ColWeek => "Week".into(),
        ColFourWeeks => "4 wk".into(),
        ColGoal => "Goal".into(),
        ColIdle => "Idle".into(),
        ColVerified => "Verified".into(),
        ColJobs => "Jobs".into(),
        DaysShort(days) => format!("{days}d"),
        Legend { stalled_days } => format!(
            "! stalled: nothing recorded for {stalled_days} days or more (--stalled-days). Week and 4 wk: hours studied this week and in the last four weeks. Goal: ✓ met this week, ✗ not yet. Verified: steps done with a passing check / steps done. Jobs: applications sent / passed screening / offers (counts only)."
        ),
        NotStarted => "not started".into(),
        PageTitle => "Cohort".into(),
        PageSortHint => "Click a column's heading to sort by it; click again to reverse.".into(),
        PageGenerated { at } => format!("Made {at}."),
        PageStalled => "stalled".into(),
        Problem(problem) => match problem {
            MentorProblem::CohortFormat => "the cohort page has no Markdown form".into(),
            MentorProblem::Empty => "the comment is empty".into(),
            MentorProblem::TooLong { chars } => {
                format!("the comment is {chars} characters long; the limit is {MAX_COMMENT_CHARS}")
            }
            MentorProblem::UnknownLearner { name, .. } => {
                format!("no learner named '{name}' in this data folder")
            }
            MentorProblem::ToYourself => "a comment is for another learner, not yourself".into(),
        },
        ProblemHint(problem) => match problem {
            MentorProblem::CohortFormat => {
                "use --format html for the page, or --format json for its figures".into()
            }
            MentorProblem::Empty => {
                "write it after the learner (and the step): roadmap comment ben 1.3 \"Nice work\""
                    .into()
            }
            MentorProblem::TooLong { .. } => "shorten it, or split it into two comments".into(),
            MentorProblem::UnknownLearner { known, .. } if known.is_empty() => {
                "no learner has a file here yet: run `roadmap sync` to fetch the cohort".into()
            }
            MentorProblem::UnknownLearner { known, .. } => format!(
                "learners here: {}; run `roadmap sync` to fetch new ones",
                known.join(", ")
            ),
            MentorProblem::ToYourself => {
                "for yourself, write a note: roadmap note STEP TEXT".into()
            }
        },
    }
}

fn ja(msg: &MentorMsg) -> String {
    use MentorMsg::*;
    match msg {
        CommentSaved { to } => format!("{to} へのコメントを保存しました。"),
        CommentTravels { to } => format!(
            "あなたが同期したあと {to} が同期すると、{to} の今日の画面に表示されます。"
        ),
        CommentFrom {
            from,
            date,
            step: None,
        } => format!("メンター（{from}）からのコメント（{date}）:"),
        CommentFrom {
            from,
            date,
            step: Some(step),
        } => format!("{step} について、メンター（{from}）からのコメント（{date}）:"),
        FrameDate {
            day,
            this_year: true,
        } => day.format("%-m月%-d日").to_string(),
        FrameDate { day, .. } => day.format("%Y年%-m月%-d日").to_string(),
        UndidCommentTo { to } => format!("{to} へのコメント:"),
        ColStep => "現在のステップ".into(),
        ColStepShort => "ステップ".into(),
        ColWeek => "今週".into(),
        ColFourWeeks => "4週".into(),
        ColGoal => "目標".into(),
        ColIdle => "経過日数".into(),
        ColVerified => "検証済".into(),
        ColJobs => "応募".into(),
        DaysShort(days) => format!("{days}日"),
        Legend { stalled_days } => format!(
            "! 停滞: {stalled_days} 日以上なにも記録がない（--stalled-days で変更）。今週・4週: 今週と直近 4 週間の学習時間。目標: ✓ 今週達成、✗ 未達。検証済: チェックに合格した完了ステップ / 完了ステップ。応募: 応募数 / 書類通過 / 内定（件数のみ）。"
        ),
        NotStarted => "未着手".into(),
        PageTitle => "受講生の一覧".into(),
        PageSortHint => "列の見出しをクリックすると並べ替えます。もう一度クリックすると逆順です。".into(),
        PageGenerated { at } => format!("{at} 作成。"),
        PageStalled => "停滞".into(),
        Problem(problem) => match problem {
            MentorProblem::CohortFormat => "受講生の一覧には Markdown 形式がありません".into(),
            MentorProblem::Empty => "コメントが空です".into(),
            MentorProblem::TooLong { chars } => format!(
                "コメントが {chars} 文字あります。上限は {MAX_COMMENT_CHARS} 文字です"
            ),
            MentorProblem::UnknownLearner { name, .. } => {
                format!("このデータフォルダーに '{name}' という学習者はいません")
            }
            MentorProblem::ToYourself => {
                "コメントはほかの学習者に送るものです。自分には送れません".into()
            }
        },
        ProblemHint(problem) => match problem {
            MentorProblem::CohortFormat => {
                "ページは --format html、数値は --format json で書き出せます".into()
            }
            MentorProblem::Empty => {
                "学習者（とステップ）のあとに書いてください: roadmap comment ben 1.3 \"よくできました\""
                    .into()
            }
            MentorProblem::TooLong { .. } => "短くするか、2 つのコメントに分けてください".into(),
            MentorProblem::UnknownLearner { known, .. } if known.is_empty() => {
                "ここにはまだ学習者のファイルがありません。`roadmap sync` で受講生のファイルを取り込んでください".into()
            }
            MentorProblem::UnknownLearner { known, .. } => format!(
                "ここにいる学習者: {}。新しい学習者は `roadmap sync` で取り込めます",
                known.join("、")
            ),
            MentorProblem::ToYourself => {
                "自分用にはメモを使ってください: roadmap note ステップ 内容".into()
            }
        },
    }
}
