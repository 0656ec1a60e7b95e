//! The words of the application log (`roadmap apply`), in English and
//! Japanese: one exhaustive `match` per language. Company names and notes
//! never pass through here: renderers print them as the learner's text.

use crate::lang::Lang;
use crate::progress::{Channel, Stage};

#[path = "apply_errors.rs"]
mod errors;
pub(super) use errors::error;

#[derive(Debug, Clone, PartialEq)]
pub enum ApplyMsg {
    Channel(Channel),
    Stage(Stage),
    /// An interview stage with its round.
    Round(usize),
    Added(usize),
    Moved(usize),
    InterviewOn(String),
    ColCompany,
    ColChannel,
    ColStage,
    ColDays,
    ColSent,
    ColInterviewed,
    AttentionLegend,
    None,
    NoneHint,
    FunnelTitle,
    ByChannel,
    ByMonth,
    Applications,
    Passed,
    Interviewed,
    Offers,
    Accepted,
    Rejected,
    Withdrawn,
    Open,
    PassRate,
    GoalSet(u32),
    GoalCleared,
    GoalNone,
    ThisWeek {
        count: usize,
        goal: Option<u32>,
    },
    InterviewSoon {
        number: usize,
        time: String,
        tomorrow: bool,
    },
    UndidApplication,
    UndidMove(String),
    PrivateOn(String),
    PrivateOff,
    PrivateIsOn(String),
    PrivateIsOff,
    /// What a mentor with access to the sync remote can read.
    MentorCanRead {
        private: bool,
    },
}

impl ApplyMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use ApplyMsg::*;
        match self {
            Channel(c) => channel_en(*c).into(),
            Stage(s) => stage_en(*s).into(),
            Round(n) => format!("interview {n}"),
            Added(n) => format!("Application #{n} added:"),
            Moved(n) => format!("Application #{n} moved:"),
            InterviewOn(time) => format!("interview on {time}"),
            ColCompany => "Company".into(),
            ColChannel => "Channel".into(),
            ColStage => "Stage".into(),
            ColDays => "Days".into(),
            ColSent => "Sent".into(),
            ColInterviewed => "Interv.".into(),
            AttentionLegend => "! needs your attention (see `roadmap`)".into(),
            None => "No applications recorded yet.".into(),
            NoneHint => "Record one: roadmap apply add <COMPANY> --channel agent".into(),
            FunnelTitle => "Your job hunt in figures".into(),
            ByChannel => "By channel".into(),
            ByMonth => "By month sent".into(),
            Applications => "Applications".into(),
            Passed => "Screening passed".into(),
            Interviewed => "Interviewed".into(),
            Offers => "Offers".into(),
            Accepted => "Accepted".into(),
            Rejected => "Rejected".into(),
            Withdrawn => "Withdrawn".into(),
            Open => "Still open".into(),
            PassRate => "Screening pass rate".into(),
            GoalSet(n) => format!("Weekly application goal: {n}"),
            GoalCleared => "Weekly application goal cleared".into(),
            GoalNone => "No weekly application goal. Set one: roadmap apply goal 5".into(),
            ThisWeek { count, goal } => match goal {
                Some(goal) => format!("Applications this week: {count} of {goal}"),
                Option::None => format!("Applications this week: {count}"),
            },
            InterviewSoon {
                number,
                time,
                tomorrow,
            } => {
                let day = if *tomorrow { "tomorrow" } else { "today" };
                format!("Interview {day} at {time}: #{number}")
            }
            UndidApplication => "the application".into(),
            UndidMove(stage) => format!("the move to {stage} of"),
            PrivateOn(path) => format!(
                "Your application log now stays on this machine only ({path}); sync no longer \
                 sends it"
            ),
            PrivateOff => "Your application log is back in your user file; the next sync \
                           sends it to your remote"
                .into(),
            PrivateIsOn(path) => format!("Your application log stays on this machine ({path})"),
            PrivateIsOff => "Your application log is in your user file and is synced. Keep it \
                             on this machine: roadmap apply private on"
                .into(),
            MentorCanRead { private } => {
                let head = "Anyone who can read this remote (a mentor, a cohort) reads your \
                            user file: steps, notes, study time and evidence";
                if *private {
                    format!("{head}. Your application log stays on this machine.")
                } else {
                    format!(
                        "{head}, and your job applications with company names. To keep \
                         them on this machine: roadmap apply private on"
                    )
                }
            }
        }
    }

    fn ja(&self) -> String {
        use ApplyMsg::*;
        match self {
            Channel(c) => channel_ja(*c).into(),
            Stage(s) => stage_ja(*s).into(),
            Round(n) => format!("{n}次面接"),
            Added(n) => format!("応募 #{n} を記録しました:"),
            Moved(n) => format!("応募 #{n} の選考状況を更新しました:"),
            InterviewOn(time) => format!("面接日時 {time}"),
            ColCompany => "企業".into(),
            ColChannel => "経路".into(),
            ColStage => "状況".into(),
            ColDays => "経過日数".into(),
            ColSent => "応募".into(),
            ColInterviewed => "面接".into(),
            AttentionLegend => "! は対応が必要な応募です (roadmap で確認)".into(),
            None => "応募の記録はまだありません。".into(),
            NoneHint => "記録するには: roadmap apply add <企業名> --channel agent".into(),
            FunnelTitle => "転職活動の数字".into(),
            ByChannel => "経路別".into(),
            ByMonth => "応募月別".into(),
            Applications => "応募数".into(),
            Passed => "書類通過".into(),
            Interviewed => "面接".into(),
            Offers => "内定".into(),
            Accepted => "内定承諾".into(),
            Rejected => "不採用".into(),
            Withdrawn => "辞退".into(),
            Open => "選考中".into(),
            PassRate => "書類通過率".into(),
            GoalSet(n) => format!("週の応募目標: {n} 件"),
            GoalCleared => "週の応募目標を解除しました".into(),
            GoalNone => "週の応募目標は未設定です。設定するには: roadmap apply goal 5".into(),
            ThisWeek { count, goal } => match goal {
                Some(goal) => format!("今週の応募: {count} / {goal} 件"),
                Option::None => format!("今週の応募: {count} 件"),
            },
            InterviewSoon {
                number,
                time,
                tomorrow,
            } => {
                let day = if *tomorrow { "明日" } else { "今日" };
                format!("{day} {time} から面接: #{number}")
            }
            UndidApplication => "応募の記録".into(),
            UndidMove(stage) => format!("「{stage}」への更新"),
            PrivateOn(path) => {
                format!("応募の記録はこの端末だけに保存されます ({path})。同期では送信されません")
            }
            PrivateOff => {
                "応募の記録をユーザーファイルに戻しました。次の同期でリモートに送信されます".into()
            }
            PrivateIsOn(path) => format!("応募の記録はこの端末だけにあります ({path})"),
            PrivateIsOff => "応募の記録はユーザーファイルにあり、同期されます。この端末だけに\
                             残すには: roadmap apply private on"
                .into(),
            MentorCanRead { private } => {
                let head = "このリモートを読める人 (メンターや受講仲間) は、あなたのユーザー\
                            ファイルを読めます: ステップ、メモ、学習時間、成果物";
                if *private {
                    format!("{head}。応募の記録はこの端末だけに残ります。")
                } else {
                    format!(
                        "{head}、そして企業名を含む応募の記録。応募の記録をこの端末だけに\
                         残すには: roadmap apply private on"
                    )
                }
            }
        }
    }
}

pub fn channel_en(c: Channel) -> &'static str {
    match c {
        Channel::JobSite => "job site",
        Channel::Agent => "agent",
        Channel::Referral => "referral",
        Channel::Direct => "direct",
        Channel::HelloWork => "Hello Work",
        Channel::Casual => "casual meeting",
        Channel::Other => "other",
    }
}

pub fn channel_ja(c: Channel) -> &'static str {
    match c {
        Channel::JobSite => "転職サイト",
        Channel::Agent => "エージェント",
        Channel::Referral => "リファラル",
        Channel::Direct => "直接応募",
        Channel::HelloWork => "ハローワーク",
        Channel::Casual => "カジュアル面談",
        Channel::Other => "その他",
    }
}

pub(super) fn stage_en(s: Stage) -> &'static str {
    match s {
        Stage::Applied => "applied",
        Stage::Passed => "screening passed",
        Stage::Interview => "interview",
        Stage::Offer => "offer",
        Stage::Accepted => "accepted",
        Stage::Rejected => "rejected",
        Stage::Withdrawn => "withdrawn",
    }
}

pub(super) fn stage_ja(s: Stage) -> &'static str {
    match s {
        Stage::Applied => "応募済み",
        Stage::Passed => "書類通過",
        Stage::Interview => "面接",
        Stage::Offer => "内定",
        Stage::Accepted => "内定承諾",
        Stage::Rejected => "不採用",
        Stage::Withdrawn => "辞退",
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
