//! `roadmap show`: everything about one step.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::checklist::{self, ChecklistEntry};
use super::{Style, hours, local_time};
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::Status;
use crate::roadmap::{Cost, Resource, ResourceKind};

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
    /// For the learner's stack, in their language first.
    pub resources: Vec<Resource>,
    /// How many resources are hidden because they are for other stacks.
    pub resources_hidden: usize,
    /// The checklist, each item with its state.
    pub checklist: Vec<ChecklistEntry>,
    /// Prerequisites with their status.
    pub requires: Vec<LinkedStep>,
    /// Alternatives: any one of them finished is enough.
    pub requires_any: Vec<LinkedStep>,
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
        "{}  {}{}",
        style.cyan(&report.number),
        style.bold(&report.title),
        checklist::progress_mark(style, report.status, &report.checklist)
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
    if !report.checklist.is_empty() {
        heading(out, style, style.tr("Checklist", "チェックリスト"))?;
        checklist::items_text(out, style, &report.checklist)?;
    }
    if !report.resources.is_empty() || report.resources_hidden > 0 {
        heading(out, style, style.tr("Resources", "参考資料"))?;
        for resource in &report.resources {
            // The link on a line of its own: most are too long to share one.
            let facts = resource_facts(style, resource);
            let facts = match style.lang {
                Lang::En => format!(" ({facts})"),
                Lang::Ja => format!("（{facts}）"),
            };
            writeln!(out, "  - {}{facts}\n    {}", resource.title, resource.url)?;
        }
        if report.resources_hidden > 0 {
            let hidden = match style.lang {
                Lang::En => format!(
                    "  {} for other stacks hidden (roadmap stack)",
                    report.resources_hidden
                ),
                Lang::Ja => format!(
                    "  ほかのスタック向けの {} 件は非表示 (roadmap stack)",
                    report.resources_hidden
                ),
            };
            writeln!(out, "{}", style.dim(&hidden))?;
        }
    }
    for (title, steps) in [
        (style.tr("Requires", "前提ステップ"), &report.requires),
        (
            style.tr("Requires any one of", "前提ステップ（いずれか1つ）"),
            &report.requires_any,
        ),
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

/// `docs`, `course, paid`, `docs, Japanese`: the kind, then the cost when
/// it is not free, then the language when it is not the reader's.
pub fn resource_facts(style: Style, resource: &Resource) -> String {
    let mut facts = vec![kind_name(style, resource.kind).to_string()];
    if let Some(cost) = cost_mark(style, resource.cost) {
        facts.push(cost.to_string());
    }
    let primary = resource.lang.split('-').next().unwrap_or("");
    if !primary.eq_ignore_ascii_case(style.lang.code()) {
        facts.push(language_name(style, primary));
    }
    facts.join(style.tr(", ", "・"))
}

/// The mark for a resource that is not free.
pub fn cost_mark(style: Style, cost: Cost) -> Option<&'static str> {
    match cost {
        Cost::Free => None,
        Cost::Freemium => Some(style.tr("partly paid", "一部有料")),
        Cost::Paid => Some(style.tr("paid", "有料")),
    }
}

fn language_name(style: Style, code: &str) -> String {
    match code.to_ascii_lowercase().as_str() {
        "en" => style.tr("English", "英語").to_string(),
        "ja" => style.tr("Japanese", "日本語").to_string(),
        other => other.to_string(),
    }
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
