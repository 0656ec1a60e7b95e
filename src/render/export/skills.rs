//! `roadmap export --format skills`: the skill sheet, in Markdown or as one
//! self-contained printable HTML page (A4), from the record's facts
//! (`progress::skill_sheet`). What only the learner can write is a
//! clearly marked blank; what the record knows is filled in, each claim
//! with the steps it rests on and whether it was verified.

use std::fmt::Write;

use chrono::{DateTime, Utc};

use crate::i18n::SheetWord as W;
use crate::i18n::{DateForm, sheet_date};
use crate::lang::Lang;
use crate::progress::{SheetFacts, Status};
use crate::render::{local_date, round1};
use crate::roadmap::Roadmap;

/// The sheet with every word and figure ready to print.
pub struct Sheet {
    pub lang: Lang,
    pub user: String,
    pub summary: Option<String>,
    pub skills: Vec<SkillRow>,
    pub projects: Vec<ProjectRow>,
    pub learning: Vec<(String, String)>,
    pub footer: String,
}

pub struct SkillRow {
    pub name: String,
    pub hours: String,
    pub period: String,
    /// "1.3 Title" of each finished step it rests on.
    pub steps: Vec<String>,
    pub verified: bool,
}

pub struct ProjectRow {
    pub title: String,
    pub status: String,
    pub period: String,
    pub links: Vec<String>,
    pub proofs: Vec<String>,
    pub notes: Vec<String>,
}

/// A date as the sheet's language writes it: 2026-10-01, 2026年10月1日.
fn date(at: DateTime<Utc>, lang: Lang) -> String {
    sheet_date(&local_date(at), DateForm::Day, lang)
}

/// A month: 2026-10, 2026年10月.
fn month(at: Option<DateTime<Utc>>, lang: Lang) -> String {
    at.map(|at| sheet_date(&local_date(at), DateForm::Month, lang))
        .unwrap_or_default()
}

fn period(from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>, lang: Lang) -> String {
    match (month(from, lang), month(to, lang)) {
        (a, b) if a.is_empty() => b,
        (a, b) if b.is_empty() || a == b => a,
        (a, b) => W::Range(a, b).text(lang),
    }
}

/// A remote as people write it: no trailing `.git`.
fn remote_shown(remote: &str) -> &str {
    remote.strip_suffix(".git").unwrap_or(remote)
}

/// How many skills the summary names: the ones with the most study.
const SUMMARY_SKILLS: usize = 4;

impl Sheet {
    pub fn new(
        roadmap: &Roadmap,
        facts: &SheetFacts,
        lang: Lang,
        user: &str,
        now: DateTime<Utc>,
    ) -> Sheet {
        let t = |w: W| w.text(lang);
        let hours = |minutes: u64| t(W::Hours(round1(minutes as f64 / 60.0).to_string()));
        let step = |i: usize| format!("{} {}", roadmap.number(i), roadmap.steps[i].title(lang));
        let mut main: Vec<_> = facts.skills.iter().collect();
        main.sort_by_key(|claim| std::cmp::Reverse(claim.minutes));
        let main: Vec<String> = (main.iter().take(SUMMARY_SKILLS))
            .map(|claim| crate::i18n::skill_name(&roadmap.skills[claim.skill], lang))
            .collect();
        let summary = facts.began.map(|began| {
            t(W::SummaryFacts {
                began: sheet_date(&local_date(began), DateForm::MonthInWords, lang),
                hours: (facts.minutes as f64 / 60.0).round() as u64,
                skills: main,
            })
        });
        let skills = (facts.skills.iter())
            .map(|claim| {
                let skill = &roadmap.skills[claim.skill];
                let name = crate::i18n::skill_name(skill, lang);
                SkillRow {
                    name,
                    hours: hours(claim.minutes),
                    period: period(claim.from, claim.to, lang),
                    steps: claim.steps.iter().map(|s| step(s.step)).collect(),
                    verified: claim.verified(),
                }
            })
            .collect();
        let projects = (facts.projects.iter())
            .map(|p| ProjectRow {
                title: step(p.step),
                status: t(if p.status == Status::Done {
                    W::Done
                } else {
                    W::NotDone
                }),
                period: period(p.started, p.finished, lang),
                links: p.links.clone(),
                proofs: (p.proofs.iter())
                    .map(|proof| {
                        let commit = proof.commit.as_ref().map(|c| c.chars().take(12).collect());
                        let mut text = t(W::VerifiedOn {
                            date: date(proof.at, lang),
                            commit,
                        });
                        if let Some(remote) = &proof.remote {
                            text = format!("{text} — {}", remote_shown(remote));
                        }
                        text
                    })
                    .collect(),
                notes: p.notes.clone(),
            })
            .collect();
        let mut learning = vec![(t(W::Roadmap), roadmap.title(lang).to_string())];
        if let Some(began) = facts.began {
            learning.push((t(W::Began), date(began, lang)));
        }
        if let Some(last) = facts.last {
            learning.push((t(W::LastActivity), date(last, lang)));
        }
        learning.push((
            t(W::StepsFinished),
            format!("{} / {}", facts.done, facts.total),
        ));
        learning.push((t(W::StudyTime), hours(facts.minutes)));
        let made = date(now, lang);
        let footer = if (facts.skills.iter()).any(|claim| claim.verified()) {
            t(W::Footer(made))
        } else {
            t(W::FooterAllSelf(made))
        };
        Sheet {
            lang,
            user: user.to_string(),
            summary,
            skills,
            projects,
            learning,
            footer,
        }
    }

    fn t(&self, w: W) -> String {
        w.text(self.lang)
    }

    /// Whether the skills table has a basis column: not when no claim
    /// passed a check (the footer then says all are self-reported).
    pub fn with_basis(&self) -> bool {
        self.skills.iter().any(|row| row.verified)
    }

    pub fn basis(&self, verified: bool) -> String {
        self.t(if verified {
            W::Verified
        } else {
            W::SelfReported
        })
    }

    /// The sections in the order of the sheet's language.
    fn sections(&self) -> Vec<Section> {
        let mut sections = vec![
            Section::Summary,
            Section::Skills,
            Section::Projects,
            Section::Learning,
            Section::Certifications,
        ];
        if self.lang == Lang::Ja {
            sections.push(Section::SelfPr);
        }
        sections
    }
}

#[derive(Clone, Copy)]
enum Section {
    Summary,
    Skills,
    Projects,
    Learning,
    Certifications,
    SelfPr,
}

/// Markdown text: table cells keep their pipes escaped, and no line of the
/// learner's own text can start markup of its own.
fn md(text: &str) -> String {
    let cleaned = crate::sanitize::sanitize(text).replace('|', "\\|");
    cleaned
        .replace(['\n', '\r'], " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn skills_table(out: &mut String, sheet: &Sheet) {
    let basis = sheet.with_basis();
    let mut head = format!(
        "| {} | {} | {} | {} |",
        sheet.t(W::ColSkill),
        sheet.t(W::ColHours),
        sheet.t(W::ColPeriod),
        sheet.t(W::ColSteps)
    );
    let mut rule = "|---|---:|---|---|".to_string();
    if basis {
        head.push_str(&format!(" {} |", sheet.t(W::ColBasis)));
        rule.push_str("---|");
    }
    let _ = writeln!(out, "{head}\n{rule}");
    for row in &sheet.skills {
        let steps: Vec<String> = row.steps.iter().map(|s| md(s)).collect();
        let mut line = format!(
            "| {} | {} | {} | {} |",
            md(&row.name),
            row.hours,
            row.period,
            steps.join("<br>")
        );
        if basis {
            line.push_str(&format!(" {} |", sheet.basis(row.verified)));
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
}

pub fn markdown(sheet: &Sheet) -> String {
    let mut out = String::new();
    let title = sheet.t(W::Title);
    match sheet.user.as_str() {
        "" => {
            let _ = writeln!(out, "# {title}\n");
        }
        user => {
            let _ = writeln!(out, "# {title} — {}\n", md(user));
        }
    }
    let blank = |out: &mut String, hint: W| {
        let _ = writeln!(out, "> ✍ **{}**: {}\n", sheet.t(W::Blank), sheet.t(hint));
    };
    for section in sheet.sections() {
        match section {
            Section::Summary => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::Summary));
                match &sheet.summary {
                    Some(summary) => {
                        let _ = writeln!(out, "{}\n", md(summary));
                    }
                    None => {
                        let _ = writeln!(out, "{}\n", sheet.t(W::NoRecordYet));
                    }
                }
                blank(&mut out, W::SummaryBlank);
            }
            Section::Skills => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::Skills));
                if sheet.skills.is_empty() {
                    let _ = writeln!(out, "{}\n", sheet.t(W::NoSkillYet));
                } else {
                    skills_table(&mut out, sheet);
                }
                blank(&mut out, W::ExperienceBlank);
            }
            Section::Projects => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::Projects));
                for p in &sheet.projects {
                    let _ = writeln!(out, "### {}\n", md(&p.title));
                    let _ = writeln!(out, "- {} · {}", p.status, p.period);
                    for link in &p.links {
                        let _ = writeln!(out, "- <{}>", md(link));
                    }
                    for proof in &p.proofs {
                        let _ = writeln!(out, "- {}", md(proof));
                    }
                    for note in &p.notes {
                        let _ = writeln!(out, "- {}", md(note));
                    }
                    out.push('\n');
                }
                blank(&mut out, W::ProjectsBlank);
            }
            Section::Learning => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::Learning));
                for (label, value) in &sheet.learning {
                    let _ = writeln!(out, "- {label}: {}", md(value));
                }
                out.push('\n');
            }
            Section::Certifications => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::Certifications));
                blank(&mut out, W::CertificationsBlank);
            }
            Section::SelfPr => {
                let _ = writeln!(out, "## {}\n", sheet.t(W::SelfPr));
                blank(&mut out, W::SelfPrBlank);
            }
        }
    }
    let _ = writeln!(out, "---\n\n{}", sheet.footer);
    out
}

#[path = "skills_html.rs"]
pub mod html;
