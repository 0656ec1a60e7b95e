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
    /// The facts of the summary.
    SummaryFacts {
        began: String,
        roadmap: String,
        hours: String,
        done: usize,
        total: usize,
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
    Footer(String),
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
            ProjectsBlank => "what each project does and your part in it".into(),
            SummaryFacts {
                began,
                roadmap,
                hours,
                done,
                total,
            } => format!(
                "Self-taught since {began}, following the roadmap “{roadmap}”: {hours} of study logged, {done} of {total} steps finished."
            ),
            NoRecordYet => "Nothing recorded yet.".into(),
            NoSkillYet => {
                "No skill claimed yet: a skill appears once a step that builds it is done.".into()
            }
            ColSkill => "Skill".into(),
            ColHours => "Study".into(),
            ColPeriod => "Period".into(),
            ColSteps => "Steps finished".into(),
            ColBasis => "Basis".into(),
            Verified => "verified".into(),
            SelfReported => "self-reported".into(),
            Hours(h) => format!("{h} h"),
            VerifiedOn { date, commit } => match commit {
                Some(commit) => format!("verified by roadmap check on {date}, commit {commit}"),
                None => format!("verified by roadmap check on {date}"),
            },
            Done => "done".into(),
            NotDone => "in progress".into(),
            Roadmap => "Roadmap".into(),
            Began => "Began".into(),
            LastActivity => "Last activity".into(),
            StepsFinished => "Steps finished".into(),
            StudyTime => "Study time logged".into(),
            Footer(date) => format!(
                "Made by roadmap from the learner's own record on {date}. Self-reported: marked done by the learner; verified: its checks passed with roadmap check."
            ),
        }
    }

    fn ja(&self) -> String {
        use SheetWord::*;
        match self {
            Title => "スキルシート".into(),
            Summary => "職務要約".into(),
            Skills => "活かせる経験・知識・スキル".into(),
            Projects => "開発経験/ポートフォリオ".into(),
            Learning => "学習の記録".into(),
            Certifications => "資格".into(),
            SelfPr => "自己PR".into(),
            Blank => "ご自身で記入".into(),
            SummaryBlank => "2〜3 文で: これまでの経歴、作ったもの、目指す仕事".into(),
            CertificationsBlank => "資格名と取得年月 (例: 基本情報技術者試験 2026年10月 合格)".into(),
            SelfPrBlank => "強み、やり遂げたこと、この仕事を選ぶ理由".into(),
            ProjectsBlank => "各作品の概要と、ご自身が担当した部分".into(),
            SummaryFacts {
                began,
                roadmap,
                hours,
                done,
                total,
            } => format!(
                "{began} からロードマップ「{roadmap}」に沿って独学。学習時間の記録は {hours}、{total} ステップ中 {done} ステップを修了。"
            ),
            NoRecordYet => "まだ記録がありません。".into(),
            NoSkillYet => "まだ記載できるスキルはありません。スキルは、それを身につけるステップを完了すると載ります。".into(),
            ColSkill => "スキル".into(),
            ColHours => "学習時間".into(),
            ColPeriod => "期間".into(),
            ColSteps => "修了したステップ".into(),
            ColBasis => "根拠".into(),
            Verified => "検証済み".into(),
            SelfReported => "自己申告".into(),
            Hours(h) => format!("{h} 時間"),
            VerifiedOn { date, commit } => match commit {
                Some(commit) => format!("{date} に roadmap check で確認 (コミット {commit})"),
                None => format!("{date} に roadmap check で確認"),
            },
            Done => "完了".into(),
            NotDone => "取り組み中".into(),
            Roadmap => "ロードマップ".into(),
            Began => "学習開始".into(),
            LastActivity => "最終学習日".into(),
            StepsFinished => "修了ステップ".into(),
            StudyTime => "学習時間 (記録)".into(),
            Footer(date) => format!(
                "{date} に roadmap が本人の学習記録から作成。自己申告: 本人が完了とした記録、検証済み: roadmap check のチェックに合格した記録。"
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
