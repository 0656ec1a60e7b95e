//! `roadmap export --format json-resume`: the skill sheet as a JSON Resume
//! document (jsonresume.org, schema v1), for résumé themes and tools.
//! Only what the record knows: no invented employer, degree or level.

use serde::Serialize;

use super::skills::Sheet;
use crate::i18n::SheetWord as W;
use crate::progress::{SheetFacts, check_url};
use crate::render::local_date;
use crate::roadmap::Roadmap;

#[derive(Debug, Serialize)]
pub struct Resume {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub basics: Basics,
    pub skills: Vec<Skill>,
    pub projects: Vec<Project>,
    pub education: Vec<Education>,
    pub meta: Meta,
}

#[derive(Debug, Serialize)]
pub struct Basics {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Skill {
    pub name: String,
    /// `verified` or `self-reported`, in the sheet's language.
    pub level: String,
    /// The finished steps the skill rests on.
    pub keywords: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    pub name: String,
    pub description: String,
    pub highlights: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Education {
    pub institution: String,
    pub study_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub courses: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    pub version: &'static str,
    pub last_modified: String,
}

pub fn resume(
    sheet: &Sheet,
    facts: &SheetFacts,
    roadmap: &Roadmap,
    now: chrono::DateTime<chrono::Utc>,
) -> Resume {
    let lang = sheet.lang;
    let skills = (sheet.skills.iter())
        .map(|row| Skill {
            name: row.name.clone(),
            level: sheet.basis(row.verified),
            keywords: row.steps.clone(),
        })
        .collect();
    let projects = (facts.projects.iter().zip(&sheet.projects))
        .map(|(fact, row)| Project {
            name: row.title.clone(),
            description: row.status.clone(),
            highlights: row.proofs.iter().chain(&row.notes).cloned().collect(),
            start_date: fact.started.map(local_date),
            end_date: fact.finished.map(local_date),
            url: fact.links.iter().find(|l| check_url(l).is_ok()).cloned(),
        })
        .collect();
    let education = vec![Education {
        institution: roadmap.title(lang).to_string(),
        study_type: W::Learning.text(lang),
        start_date: facts.began.map(local_date),
        end_date: facts.last.map(local_date),
        courses: (facts.skills.iter())
            .flat_map(|c| c.steps.iter().map(|s| s.step))
            .collect::<std::collections::BTreeSet<usize>>()
            .into_iter()
            .map(|i| format!("{} {}", roadmap.number(i), roadmap.steps[i].title(lang)))
            .collect(),
    }];
    Resume {
        schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        basics: Basics {
            name: sheet.user.clone(),
            summary: sheet.summary.clone(),
        },
        skills,
        projects,
        education,
        meta: Meta {
            version: "v1.0.0",
            last_modified: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        },
    }
}
