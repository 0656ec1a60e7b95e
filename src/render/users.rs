//! `roadmap status --all-users`: one row per learner (the mentor view).

use chrono::{DateTime, Utc};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Line, Printer, Role, bar, local_time, round1};
use crate::error::Result;
use crate::i18n::Msg;
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

pub fn text(p: &mut Printer<'_>, report: &UsersReport) -> Result<()> {
    p.line(Line::new().theirs_as(Role::Strong, &report.roadmap_title))?;
    if report.users.is_empty() {
        p.line(Line::new().ours(p.t(Msg::NoUsersYet)))?;
        return Ok(());
    }
    let mut header = vec![p.t(Msg::ColUser), p.t(Msg::ColProgress), "%".to_string()];
    header.extend((1..=report.stages.len()).map(|n| n.to_string()));
    header.push(p.t(Msg::ColLastActivity));
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    match p.width() {
        Some(width) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX)),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    table.set_header(header);
    let mut problems = Vec::new();
    for row in &report.users {
        let mut cells = vec![Cell::new(p.clean(&row.user))];
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
                cells.push(Cell::new(p.t(Msg::Unreadable)));
                cells.extend((0..=report.stages.len()).map(|_| Cell::new("—")));
                cells.push(Cell::new("—"));
            }
        }
        table.add_row(cells);
    }
    p.block(&table.to_string())?;
    let mut legend = Line::new()
        .role(Role::Faint, p.t(Msg::StagesLabel))
        .ours(" ")
        .hang_here();
    for (i, stage) in report.stages.iter().enumerate() {
        if i > 0 {
            legend = legend.ours(" · ");
        }
        legend = legend.ours(format!("{} ", i + 1)).theirs(&stage.title);
    }
    p.line(legend)?;
    for row in problems {
        p.line(
            Line::new()
                .role(Role::Warn, p.t(Msg::WarningLabel))
                .ours(" ")
                .hang(2)
                .theirs(&row.user)
                .ours(": ")
                .theirs(row.error.as_deref().unwrap_or_default()),
        )?;
    }
    Ok(())
}

fn percent_cell(figures: &UserFigures) -> Cell {
    Cell::new(format!("{}%", figures.whole_percent)).set_alignment(CellAlignment::Right)
}
