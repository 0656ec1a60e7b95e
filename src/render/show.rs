//! `roadmap show`: everything about one step.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Style, hours, local_date, local_time, record::duration, record_msg::RecordMsg};
use crate::error::Result;
use crate::progress::Status;
use crate::roadmap::{Resource, ResourceKind};

/// The `--json` shape of `roadmap show` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct ShowReport {
    pub number: String,
    pub id: String,
    pub title: String,
    pub stage: String,
    pub stage_title: String,
    pub status: Status,
    /// Not finished and every prerequisite finished.
    pub available: bool,
    pub optional: bool,
    pub estimate_hours: f64,
    pub summary: String,
    pub done_when: String,
    /// Former ids of the step.
    pub aliases: Vec<String>,
    pub resources: Vec<Resource>,
    /// Prerequisites with their status.
    pub requires: Vec<LinkedStep>,
    /// The steps that require this one.
    pub unlocks: Vec<LinkedStep>,
    /// Oldest first.
    pub notes: Vec<ShowNote>,
    /// Status changes, oldest first.
    pub history: Vec<ShowEvent>,
    /// All the study time logged on the step, in minutes.
    pub time_spent_minutes: u64,
    /// Study sessions, oldest first.
    pub sessions: Vec<ShowSession>,
    /// Links to the learner's work, oldest first.
    pub evidence: Vec<ShowEvidence>,
}

#[derive(Debug, Serialize)]
pub struct ShowSession {
    pub at: DateTime<Utc>,
    pub minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ShowEvidence {
    pub at: DateTime<Utc>,
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct LinkedStep {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
}

#[derive(Debug, Serialize)]
pub struct ShowNote {
    pub at: DateTime<Utc>,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct ShowEvent {
    pub at: DateTime<Utc>,
    pub from: Status,
    pub to: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

pub fn text(out: &mut dyn Write, report: &ShowReport, style: Style) -> Result<()> {
    writeln!(
        out,
        "{}  {}",
        style.cyan(&report.number),
        style.bold(&report.title)
    )?;
    let mut facts = vec![
        report.id.clone(),
        report.stage_title.clone(),
        hours(report.estimate_hours),
    ];
    if report.optional {
        facts.push(style.tr("optional", "任意").to_string());
    }
    writeln!(out, "     {}", style.dim(&facts.join(" · ")))?;
    let waiting = !report.available && !report.status.is_finished();
    writeln!(
        out,
        "     {} {}{}",
        style.mark(report.status),
        style.status_name(report.status),
        if waiting {
            style.tr(" (waiting on a prerequisite)", "（前提ステップ待ち）")
        } else {
            ""
        }
    )?;
    if report.time_spent_minutes > 0 {
        let lang = style.lang;
        let line = RecordMsg::TimeSpent {
            spent: duration(report.time_spent_minutes, lang),
            estimate: hours(report.estimate_hours),
            sessions: report.sessions.len(),
        };
        writeln!(
            out,
            "     {} {}",
            RecordMsg::TimeSpentLabel.text(lang),
            line.text(lang)
        )?;
    }
    if !report.summary.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", report.summary)?;
    }
    if !report.done_when.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            style.bold(style.tr("Done when:", "完了の目安:")),
            report.done_when
        )?;
    }
    if !report.resources.is_empty() {
        heading(out, style, style.tr("Resources", "参考資料"))?;
        for resource in &report.resources {
            writeln!(
                out,
                "  - {} ({}) <{}>",
                resource.title,
                kind_name(style, resource.kind),
                resource.url
            )?;
        }
    }
    for (title, steps) in [
        (style.tr("Requires", "前提ステップ"), &report.requires),
        (style.tr("Unlocks", "次に進めるステップ"), &report.unlocks),
    ] {
        if steps.is_empty() {
            continue;
        }
        heading(out, style, title)?;
        for step in steps {
            writeln!(
                out,
                "{}",
                style.step_line(step.status, &step.number, &step.title)
            )?;
        }
    }
    if !report.notes.is_empty() {
        heading(out, style, style.tr("Notes", "メモ"))?;
        for note in &report.notes {
            writeln!(out, "  {}  {}", style.dim(&local_time(note.at)), note.text)?;
        }
    }
    if !report.evidence.is_empty() {
        heading(out, style, &RecordMsg::EvidenceHeading.text(style.lang))?;
        for evidence in &report.evidence {
            writeln!(
                out,
                "  {}  {}",
                style.dim(&local_date(evidence.at)),
                evidence.url
            )?;
        }
    }
    if !report.sessions.is_empty() {
        heading(out, style, &RecordMsg::SessionsHeading.text(style.lang))?;
        for session in &report.sessions {
            let note = session
                .note
                .as_deref()
                .map_or(String::new(), |n| format!("  {n}"));
            writeln!(
                out,
                "  {}  {}{note}",
                style.dim(&local_time(session.at)),
                duration(session.minutes.into(), style.lang)
            )?;
        }
    }
    if !report.history.is_empty() {
        heading(out, style, style.tr("History", "履歴"))?;
        for event in &report.history {
            writeln!(
                out,
                "  {}  {} → {}",
                style.dim(&local_time(event.at)),
                style.status_name(event.from),
                style.status_name(event.to)
            )?;
        }
    }
    Ok(())
}

fn heading(out: &mut dyn Write, style: Style, title: &str) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", style.bold(title))?;
    Ok(())
}

fn kind_name(style: Style, kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Docs => style.tr("docs", "ドキュメント"),
        ResourceKind::Course => style.tr("course", "コース"),
        ResourceKind::Book => style.tr("book", "書籍"),
        ResourceKind::Video => style.tr("video", "動画"),
        ResourceKind::Article => style.tr("article", "記事"),
        ResourceKind::Tool => style.tr("tool", "ツール"),
        ResourceKind::Community => style.tr("community", "コミュニティ"),
    }
}
