//! `roadmap show`: everything about one step.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Style, local_time};
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
        style.hours(report.estimate_hours),
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
            style.tr(" (waiting on a prerequisite)", " (前提ステップ待ち)")
        } else {
            ""
        }
    )?;
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
            // The kind goes first: titles often end in brackets of their own.
            writeln!(
                out,
                "  - {}: {} <{}>",
                kind_name(style, resource.kind),
                resource.title,
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
