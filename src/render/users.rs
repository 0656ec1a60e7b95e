//! `roadmap status --all-users`: one row per learner (the mentor view).

use std::io::Write;

use chrono::{DateTime, Utc};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Style, bar, local_time, round1};
use crate::error::Result;
use crate::progress::Stats;

const BAR_WIDTH: usize = 10;

/// The `--json` shape of `roadmap status --all-users` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct UsersReport {
    pub roadmap: String,
    pub roadmap_title: String,
    /// The stages, in the order of each user's `stages`.
    pub stages: Vec<StageColumn>,
    /// Sorted by user name.
    pub users: Vec<UserRow>,
}

#[derive(Debug, Serialize)]
pub struct StageColumn {
    pub id: String,
    pub title: String,
}

/// A user's progress, or why it could not be read (`error`; the other
/// fields are then absent).
#[derive(Debug, Serialize)]
pub struct UserRow {
    pub user: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overall: Option<UserFigures>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<UserFigures>>,
    /// The last status change or note; `null` when nothing is recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct UserFigures {
    pub finished: usize,
    pub total: usize,
    pub percent: f64,
    #[serde(skip)]
    pub whole_percent: u32,
}

impl UserFigures {
    pub fn new(stats: &Stats) -> UserFigures {
        UserFigures {
            finished: stats.finished(),
            total: stats.total,
            percent: round1(stats.percent()),
            whole_percent: stats.whole_percent(),
        }
    }
}

pub fn text(out: &mut dyn Write, report: &UsersReport, style: Style) -> Result<()> {
    writeln!(out, "{}", style.bold(&report.roadmap_title))?;
    if report.users.is_empty() {
        writeln!(
            out,
            "{}",
            style.tr(
                "No users yet: progress appears here once someone records a step.",
                "まだユーザーがいません。誰かがステップを記録するとここに表示されます。"
            )
        )?;
        return Ok(());
    }
    let mut header = vec![
        style.tr("User", "ユーザー").to_string(),
        style.tr("Progress", "進捗").to_string(),
        "%".to_string(),
    ];
    header.extend((1..=report.stages.len()).map(|n| n.to_string()));
    header.push(style.tr("Last activity", "最終更新").to_string());
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    let mut problems = Vec::new();
    for row in &report.users {
        let mut cells = vec![Cell::new(&row.user)];
        match (&row.overall, &row.stages) {
            (Some(overall), Some(stages)) => {
                cells.push(Cell::new(bar(overall.percent, BAR_WIDTH)));
                cells.push(percent_cell(overall));
                cells.extend(stages.iter().map(percent_cell));
                let last = row.last_activity.map_or("—".to_string(), local_time);
                cells.push(Cell::new(last));
            }
            _ => {
                problems.push(row);
                cells.push(Cell::new(
                    style.tr("unreadable (below)", "読めません (下記)"),
                ));
                cells.extend((0..=report.stages.len()).map(|_| Cell::new("—")));
                cells.push(Cell::new("—"));
            }
        }
        table.add_row(cells);
    }
    writeln!(out, "{table}")?;
    let legend: Vec<String> = report
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| format!("{} {}", i + 1, stage.title))
        .collect();
    writeln!(
        out,
        "{} {}",
        style.dim(style.tr("Stages:", "ステージ:")),
        legend.join(" · ")
    )?;
    for row in problems {
        writeln!(
            out,
            "{} {}: {}",
            style.yellow(style.tr("warning:", "警告:")),
            row.user,
            row.error.as_deref().unwrap_or_default()
        )?;
    }
    Ok(())
}

fn percent_cell(figures: &UserFigures) -> Cell {
    Cell::new(format!("{}%", figures.whole_percent)).set_alignment(CellAlignment::Right)
}
