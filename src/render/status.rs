//! `roadmap status`: the progress table.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;

use super::checklist::{self, ChecklistEntry};
use super::record::RecordReport;
use super::wrap::width as wrap_width;
use super::{Line, Printer, Role, bar, pace::PaceReport, step_line};
use crate::error::Result;
use crate::i18n::Msg;
use crate::progress::Status;

const BAR_WIDTH: usize = 20;

/// The `--json` shape of `roadmap status` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct StatusReport {
    pub roadmap: String,
    pub roadmap_title: String,
    pub user: String,
    /// A user name was given or found: the header shows it. Without one
    /// (`user` is the fallback `default`), the header is the roadmap title
    /// alone, as exports are titled.
    #[serde(skip)]
    pub user_known: bool,
    pub stages: Vec<StageRow>,
    pub overall: StageRow,
    /// Each step with its status; only with `--steps`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepRow>>,
    /// Ids with recorded progress that this roadmap does not have.
    pub orphans: Vec<String>,
    /// Work per week and the estimated finish date.
    pub pace: PaceReport,
    /// Study time logged, this week against the goal, the streak.
    pub record: RecordReport,
    /// Steps proven by `roadmap check` against steps only self-reported.
    pub verification: super::check::VerifiedCounts,
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
    /// Hours left on the required steps.
    pub hours_left: f64,
    /// Hours left on the optional steps.
    pub optional_hours_left: f64,
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
    /// Whether `roadmap check` ever verified the step.
    pub verified: bool,
    /// The step's checklist, each item with its state.
    pub checklist: Vec<ChecklistEntry>,
}

pub fn text(p: &mut Printer<'_>, report: &StatusReport) -> Result<()> {
    header(p, &report.roadmap_title, &report.user, report.user_known)?;
    let table = table(p, report);
    p.block(&table)?;
    super::pace::text(p, &report.pace)?;
    if report.record.sessions > 0 || report.record.week.goal_minutes.is_some() {
        super::record::status_lines(p, &report.record)?;
    }
    super::check::counts_line(p, &report.verification)?;

    if let Some(steps) = &report.steps {
        let mut stage = "";
        for step in steps {
            if step.stage != stage {
                stage = &step.stage;
                p.blank()?;
                let title = report
                    .stages
                    .iter()
                    .find(|s| s.id == step.stage)
                    .map_or(stage, |s| s.title.as_str());
                p.line(Line::new().theirs_as(Role::Strong, title))?;
            }
            let mut line = step_line(step.status, &step.number, &step.title);
            if step.optional {
                line = line.ours(p.t(Msg::OptionalMark));
            }
            if step.verified {
                line = super::check::verified_mark(p, line);
            }
            p.line(checklist::with_progress(line, step.status, &step.checklist))?;
        }
    }
    if !report.orphans.is_empty() {
        p.blank()?;
        let mut line = Line::new()
            .role(Role::Warn, p.t(Msg::KeptOrphans(report.orphans.len())))
            .ours(" ")
            .hang(2);
        for (i, orphan) in report.orphans.iter().enumerate() {
            if i > 0 {
                line = line.role(Role::Warn, ", ");
            }
            line = line.theirs_as(Role::Warn, orphan);
        }
        p.line(line)?;
        p.line(
            Line::new()
                .role(Role::Faint, p.t(Msg::HintLabel))
                .role(Role::Faint, " ")
                .hang_here()
                .role(Role::Faint, p.t(Msg::OrphanHint)),
        )?;
    }
    Ok(())
}

/// The columns of the table, widest layout first: at a narrow terminal
/// the bar shortens, then the stage titles wrap (to no fewer than
/// [`MIN_TITLE_WIDTH`] columns), and only then the percentage goes (the
/// bar and the count say it too), then the hours.
const LAYOUTS: [(usize, bool, bool); 6] = [
    (BAR_WIDTH, true, true),
    (15, true, true),
    (10, true, true),
    (10, true, false),
    (5, true, false),
    (5, false, false),
];

/// The stage table, laid out to fit the terminal when there is one.
/// `Roadmap title — user`, or the title alone when no user name is known.
pub(super) fn header(p: &mut Printer<'_>, title: &str, user: &str, known: bool) -> Result<()> {
    let mut line = Line::new().theirs_as(Role::Strong, title);
    if known {
        line = line.ours(" — ").theirs(user);
    }
    p.line(line)
}

/// The narrowest the stage column may wrap to while every other column
/// stays: "Programming" and 「プログラミング」 fit on a line.
const MIN_TITLE_WIDTH: usize = 14;

fn table(p: &Printer<'_>, report: &StatusReport) -> String {
    let Some(width) = p.width() else {
        return render_table(p, report, LAYOUTS[0], None);
    };
    let fits = |table: &str| table.lines().all(|line| wrap_width(line) <= width);
    for layout in &LAYOUTS[..3] {
        let table = render_table(p, report, *layout, None);
        if fits(&table) {
            return table;
        }
    }
    // Every column, the titles wrapped, before any column goes: a bar of
    // 10 while the titles keep 20 columns, else a bar of 5.
    for (bar_width, min_title) in [(10, 20), (5, MIN_TITLE_WIDTH)] {
        let table = render_table(p, report, (bar_width, true, true), Some(width));
        if fits(&table) && title_width(&table) >= min_title {
            return table;
        }
    }
    for layout in &LAYOUTS[3..] {
        let table = render_table(p, report, *layout, None);
        if fits(&table) {
            return table;
        }
    }
    // Titles too long for any layout: the table wraps them, keeping as
    // many columns as then fit.
    for layout in &LAYOUTS[3..] {
        let table = render_table(p, report, *layout, Some(width));
        if table.lines().all(|line| wrap_width(line) <= width) {
            return table;
        }
    }
    render_table(p, report, LAYOUTS[LAYOUTS.len() - 1], Some(width))
}

/// The width of the stage column of a rendered table: its header cell,
/// between the left border and the first column separator.
fn title_width(table: &str) -> usize {
    let header = table.lines().nth(1).unwrap_or("");
    let cell = header.split('┆').next().unwrap_or("");
    wrap_width(cell).saturating_sub(3)
}

fn render_table(
    p: &Printer<'_>,
    report: &StatusReport,
    (bar_width, with_hours, with_percent): (usize, bool, bool),
    wrap_to: Option<usize>,
) -> String {
    let mut header = vec![p.t(Msg::ColStage), p.t(Msg::ColProgress), p.t(Msg::ColDone)];
    if with_percent {
        header.push("%".to_string());
    }
    if with_hours {
        header.push(p.t(Msg::ColHoursLeft));
    }
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    match wrap_to {
        Some(width) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX)),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    table.set_header(header);
    for row in report.stages.iter().chain([&report.overall]) {
        let mut cells = vec![
            Cell::new(p.clean(&row.title)),
            Cell::new(bar(row.percent, bar_width)),
            Cell::new(format!("{}/{}", row.done + row.skipped, row.total))
                .set_alignment(CellAlignment::Right),
        ];
        if with_percent {
            cells.push(
                Cell::new(format!("{}%", row.whole_percent)).set_alignment(CellAlignment::Right),
            );
        }
        if with_hours {
            cells.push(Cell::new(p.hours(row.hours_left)).set_alignment(CellAlignment::Right));
        }
        table.add_row(cells);
    }
    table.to_string()
}
