//! `roadmap import`: what was converted or merged.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::MergeSummary;

/// The `--json` shape of `roadmap import roadmapsh -o OUT`.
#[derive(Debug, Serialize)]
pub struct RoadmapshReport {
    pub file: String,
    pub roadmap: String,
    pub title: String,
    pub topics: usize,
    pub subtopics: usize,
    pub stages: usize,
    pub steps: usize,
    /// Nodes left out, and why.
    pub skipped: Vec<String>,
}

/// The `--json` shape of `roadmap import progress`.
#[derive(Debug, Serialize)]
pub struct ProgressImportReport {
    pub file: String,
    pub user: String,
    pub roadmap: String,
    /// Whether the merged roadmap is the one followed now.
    pub following_this_roadmap: bool,
    #[serde(flatten)]
    pub summary: MergeSummary,
}

pub fn roadmapsh_text(out: &mut dyn Write, report: &RoadmapshReport, style: Style) -> Result<()> {
    match style.lang {
        Lang::En => writeln!(
            out,
            "Wrote {} ({}): {} topics and {} subtopics as {} stages, {} steps",
            report.file, report.title, report.topics, report.subtopics, report.stages, report.steps
        )?,
        Lang::Ja => writeln!(
            out,
            "{} を書き出しました ({}): トピック {}、サブトピック {} → ステージ {}、ステップ {}",
            report.file, report.title, report.topics, report.subtopics, report.stages, report.steps
        )?,
    }
    for skipped in &report.skipped {
        writeln!(
            out,
            "  {} {skipped}",
            style.yellow(style.tr("skipped", "スキップ:"))
        )?;
    }
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} roadmap --roadmap {} next",
            style.tr("Follow it with:", "使い方:"),
            report.file
        ))
    )?;
    Ok(())
}

pub fn progress_text(
    out: &mut dyn Write,
    report: &ProgressImportReport,
    style: Style,
) -> Result<()> {
    let summary = &report.summary;
    if !summary.changed_anything() {
        writeln!(
            out,
            "{}",
            style.tr(
                "Nothing new: everything in the file is already recorded.",
                "新しい記録はありません。ファイルの内容はすべて記録済みです。"
            )
        )?;
    } else {
        match style.lang {
            Lang::En => writeln!(
                out,
                "Merged into '{}' for {}: {} history event(s), {} note(s), {} study session(s), {} evidence link(s), {} status change(s)",
                report.roadmap,
                report.user,
                summary.events_added,
                summary.notes_added,
                summary.sessions_added,
                summary.evidence_added,
                summary.statuses_changed.len()
            )?,
            Lang::Ja => writeln!(
                out,
                "{} さんの '{}' に取り込みました: 履歴 {} 件、メモ {} 件、学習記録 {} 件、成果物 {} 件、状態の変更 {} 件",
                report.user,
                report.roadmap,
                summary.events_added,
                summary.notes_added,
                summary.sessions_added,
                summary.evidence_added,
                summary.statuses_changed.len()
            )?,
        }
        for change in &summary.statuses_changed {
            writeln!(
                out,
                "  {}: {} → {}",
                change.step,
                style.status_name(change.from),
                style.status_name(change.to)
            )?;
        }
    }
    if !report.following_this_roadmap {
        writeln!(
            out,
            "{}",
            style.yellow(&match style.lang {
                Lang::En => format!(
                    "note: this progress is for roadmap '{}', which you are not following now; use --roadmap FILE to see it",
                    report.roadmap
                ),
                Lang::Ja => format!(
                    "注意: この進捗はロードマップ '{}' のものです。今のロードマップとは違うため、--roadmap FILE で指定してください",
                    report.roadmap
                ),
            })
        )?;
    }
    Ok(())
}
