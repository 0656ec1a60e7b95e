//! The words of the skill sheet (`roadmap export --format skills`), in
//! English and Japanese: the Japanese follows the sections a career
//! changer's スキルシート has, the English a résumé's.

use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum SheetWord {
    Title,
    Summary,
    Skills,
    Projects,
    Learning,
    Certifications,
    SelfPr,
    /// The mark of a place only the learner can fill.
    Blank,
    SummaryBlank,
    CertificationsBlank,
    SelfPrBlank,
    ProjectsBlank,
    /// What the learner brings from earlier work, under the skills.
    ExperienceBlank,
    /// The facts of the summary: about the learner, not the tool. `began`
    /// is a month, `hours` whole hours, `skills` the main skills claimed.
    SummaryFacts {
        began: String,
        hours: u64,
        skills: Vec<String>,
    },
    NoRecordYet,
    NoSkillYet,
    ColSkill,
    ColHours,
    ColPeriod,
    ColSteps,
    ColBasis,
    Verified,
    SelfReported,
    Hours(String),
    VerifiedOn {
        date: String,
        commit: Option<String>,
    },
    Done,
    NotDone,
    Roadmap,
    Began,
    LastActivity,
    StepsFinished,
    StudyTime,
    /// From one month to another.
    Range(String, String),
    Footer(String),
    /// The footer when no claim passed a check: all of it is self-reported.
    FooterAllSelf(String),
}

impl SheetWord {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use SheetWord::*;
        match self {
            Title => "Skill sheet".into(),
            Summary => "Summary".into(),
            Skills => "Skills".into(),
            Projects => "Projects".into(),
            Learning => "Learning record".into(),
            Certifications => "Certifications".into(),
            SelfPr => "About me".into(),
            Blank => "To write yourself".into(),
            SummaryBlank => {
                "two or three sentences: who you are, what you build, the job you want".into()
            }
            CertificationsBlank => {
                "certificates with their dates, e.g. AWS Certified Cloud Practitioner (Oct 2026)"
                    .into()
            }
            SelfPrBlank => "what you bring: how you learn, what you finished, why this job".into(),
            ProjectsBlank => {
                "what it does, the technologies, what you worked out, your part (all of it for a solo project)".into()
            }
            ExperienceBlank => "Experience from your previous work and how it helps in development".into(),
            SummaryFacts {
                began,
                hours,
                skills,
            } => {
                let mut text = format!(
                    "Self-taught in backend development since {began} (about {hours} hours of study logged)."
                );
                if !skills.is_empty() {
                    text.push_str(&format!(" Main skills: {}.", skills.join(", ")));
                }
                text
            }
            NoRecordYet => "Nothing recorded yet.".into(),
            NoSkillYet => {
                "No skill claimed yet: a skill appears once a step that builds it is done.".into()
            }
            ColSkill => "Skill".into(),
            ColHours => "Study on its steps".into(),
            ColPeriod => "Period".into(),
            ColSteps => "Steps finished".into(),
            ColBasis => "Basis".into(),
            Verified => "passed automated checks".into(),
            SelfReported => "self-reported".into(),
            Hours(h) => format!("{h} h"),
            VerifiedOn { date, commit } => match commit {
                Some(commit) => format!(
                    "Passed automated checks on {date} (run on the learner's own machine; commit {commit})"
                ),
                None => format!("Passed automated checks on {date} (run on the learner's own machine)"),
            },
            Done => "done".into(),
            NotDone => "in progress".into(),
            Roadmap => "Roadmap".into(),
            Began => "Began".into(),
            LastActivity => "Last studied or finished a step".into(),
            StepsFinished => "Steps finished".into(),
            StudyTime => "Study time logged".into(),
            Range(a, b) => format!("{a} – {b}"),
            Footer(date) => format!(
                "Made with the learning-record tool roadmap from the learner's own record on {date}. “Self-reported” means the learner recorded it as done; “passed automated checks” means it passed automated checks on the learner's own machine."
            ),
            FooterAllSelf(date) => format!(
                "Made with the learning-record tool roadmap from the learner's own record on {date}. Every skill listed is self-reported: the learner recorded its steps as done."
            ),
        }
    }

    fn ja(&self) -> String {
        use SheetWord::*;
        match self {
            Title => "職務経歴書（開発スキル・ポートフォリオ）".into(),
            Summary => "職務要約".into(),
            Skills => "活かせる経験・知識・スキル".into(),
            Projects => "開発経験・ポートフォリオ".into(),
            Learning => "学習の記録".into(),
            Certifications => "資格".into(),
            SelfPr => "自己PR".into(),
            Blank => "ご自身で記入".into(),
            SummaryBlank => "2〜3 文で: これまでの経歴、作ったもの、目指す仕事".into(),
            CertificationsBlank => "資格名と取得年月（例: 基本情報技術者試験 2026年10月 合格）".into(),
            SelfPrBlank => "強み、やり遂げたこと、この仕事を選ぶ理由".into(),
            ProjectsBlank => "概要・使用技術・工夫した点・担当範囲（個人開発なら全工程）".into(),
            ExperienceBlank => {
                "前職で培った経験（例: 顧客折衝、業務改善、後輩指導）と、開発でどう活かせるか".into()
            }
            SummaryFacts {
                began,
                hours,
                skills,
            } => {
                let mut text =
                    format!("{began}よりバックエンド開発を独学（記録した学習時間 約{hours}時間）。");
                if !skills.is_empty() {
                    text.push_str(&format!("主に {} を学習。", skills.join("・")));
                }
                text
            }
            NoRecordYet => "まだ記録がありません。".into(),
            NoSkillYet => "まだ記載できるスキルはありません。スキルは、それを身につけるステップを完了すると載ります。".into(),
            ColSkill => "スキル".into(),
            ColHours => "関連ステップの学習時間".into(),
            ColPeriod => "期間".into(),
            ColSteps => "修了したステップ".into(),
            ColBasis => "根拠".into(),
            Verified => "自動チェック合格".into(),
            SelfReported => "自己申告".into(),
            Hours(h) => format!("{h} 時間"),
            VerifiedOn { date, commit } => match commit {
                Some(commit) => format!(
                    "{date} 自動チェック合格（本人の環境でテスト実行・コミット数などを確認。コミット {commit}）"
                ),
                None => format!("{date} 自動チェック合格（本人の環境でテスト実行・コミット数などを確認）"),
            },
            Done => "完了".into(),
            NotDone => "取り組み中".into(),
            Roadmap => "ロードマップ".into(),
            Began => "学習開始".into(),
            LastActivity => "最後に学習・修了した日".into(),
            StepsFinished => "修了ステップ".into(),
            StudyTime => "学習時間（記録）".into(),
            Range(a, b) => format!("{a}〜{b}"),
            Footer(date) => format!(
                "本書は学習記録ツール roadmap で本人の記録から {date} に作成しました。「自己申告」は本人が完了と記録したもの、「自動チェック合格」は本人の環境で自動チェックに通ったものです。"
            ),
            FooterAllSelf(date) => format!(
                "本書は学習記録ツール roadmap で本人の記録から {date} に作成しました。記載のスキルはすべて自己申告（本人が完了と記録したもの）です。"
            ),
        }
    }
}

/// A skill's name in `lang` (English when it has no translation).
pub fn skill_name(skill: &crate::roadmap::file::SkillFile, lang: Lang) -> String {
    match lang {
        Lang::Ja => (skill.i18n.get("ja").and_then(|n| n.name.clone()))
            .unwrap_or_else(|| skill.name.clone()),
        Lang::En => skill.name.clone(),
    }
}

/// How much of a date the sheet shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// 2026-10-01, 2026年10月1日.
    Day,
    /// 2026-10, 2026年10月.
    Month,
    /// October 2026, 2026年10月 (in a sentence).
    MonthInWords,
}

/// A local date (`YYYY-MM-DD`) as the sheet writes it in `lang`.
pub fn sheet_date(day: &str, form: DateForm, lang: Lang) -> String {
    let Ok(date) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
        return day.to_string();
    };
    match (lang, form) {
        (Lang::En, DateForm::Day) => date.format("%Y-%m-%d").to_string(),
        (Lang::En, DateForm::Month) => date.format("%Y-%m").to_string(),
        (Lang::En, DateForm::MonthInWords) => date.format("%B %Y").to_string(),
        (Lang::Ja, DateForm::Day) => date.format("%Y年%-m月%-d日").to_string(),
        (Lang::Ja, _) => date.format("%Y年%-m月").to_string(),
    }
}
