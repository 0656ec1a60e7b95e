//! `roadmap status`: the progress table.

use std::io::Write;

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Style, bar, pace::PaceReport};
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::Status;

const BAR_WIDTH: usize = 20;

/// The `--json` shape of `roadmap status` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct StatusReport {
    pub roadmap: String,
    pub roadmap_title: String,
    pub user: String,
    pub stages: Vec<StageRow>,
    pub overall: StageRow,
    /// Each step with its status; only with `--steps`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepRow>>,
    /// Ids with recorded progress that this roadmap does not have.
    pub orphans: Vec<String>,
    /// Work per week and the estimated finish date.
    pub pace: PaceReport,
}

#[derive(Debug, Serialize)]
pub struct StageRow {
    pub id: String,
    pub title: String,
    pub total: usize,
    pub done: usize,
    pub skipped: usize,
    pub in_progress: usize,
    pub percent: f64,
    pub hours_left: f64,
    #[serde(skip)]
    pub whole_percent: u32,
}

#[derive(Debug, Serialize)]
pub struct StepRow {
    pub number: String,
    pub id: String,
    pub title: String,
    pub stage: String,
    pub status: Status,
    pub optional: bool,
}

pub fn text(out: &mut dyn Write, report: &StatusReport, style: Style) -> Result<()> {
    writeln!(
        out,
        "{} — {}",
        style.bold(&report.roadmap_title),
        report.user
    )?;
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(vec![
            style.tr("Stage", "ステージ"),
            style.tr("Progress", "進捗"),
            style.tr("Done", "完了"),
            "%",
            style.tr("Hours left", "残り時間"),
        ]);
    for row in report.stages.iter().chain([&report.overall]) {
        table.add_row(vec![
            Cell::new(&row.title),
            Cell::new(bar(row.percent, BAR_WIDTH)),
            Cell::new(format!("{}/{}", row.done + row.skipped, row.total))
                .set_alignment(CellAlignment::Right),
            Cell::new(format!("{}%", row.whole_percent)).set_alignment(CellAlignment::Right),
            Cell::new(style.hours(row.hours_left)).set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{table}")?;
    super::pace::text(out, &report.pace, style)?;

    if let Some(steps) = &report.steps {
        let mut stage = "";
        for step in steps {
            if step.stage != stage {
                stage = &step.stage;
                writeln!(out)?;
                let title = report
                    .stages
                    .iter()
                    .find(|s| s.id == step.stage)
                    .map_or(stage, |s| s.title.as_str());
                writeln!(out, "{}", style.bold(title))?;
            }
            writeln!(
                out,
                "{}{}",
                style.step_line(step.status, &step.number, &step.title),
                style.optional_mark(step.optional)
            )?;
        }
    }
    if !report.orphans.is_empty() {
        writeln!(out)?;
        let list = report.orphans.join(", ");
        match style.lang {
            Lang::En => writeln!(
                out,
                "{}",
                style.yellow(&format!(
                    "Kept progress for {} step(s) this roadmap no longer has: {list}",
                    report.orphans.len()
                ))
            )?,
            Lang::Ja => writeln!(
                out,
                "{}",
                style.yellow(&format!(
                    "このロードマップにないステップ {} 件の進捗を保持しています: {list}",
                    report.orphans.len()
                ))
            )?,
        }
        writeln!(
            out,
            "{}",
            style.dim(style.tr(
                "hint: if a step was renamed, add its old id to the step's \"aliases\" to carry the progress over",
                "ヒント: ステップ名を変えた場合は、旧 ID をそのステップの \"aliases\" に加えると進捗が引き継がれます"
            ))
        )?;
    }
    Ok(())
}
