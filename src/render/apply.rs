//! `roadmap apply …` as text, its `--json` shapes, and the job hunt's
//! lines of the today view, of `undo` and of `sync init`.

use chrono::{DateTime, Utc};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Line, Printer, Role, local_date, local_time};
use crate::error::Result;
use crate::i18n::ApplyMsg;
use crate::progress::{Channel, Counts, Stage};

fn t(p: &Printer<'_>, msg: ApplyMsg) -> String {
    msg.text(p.lang())
}

/// The `--json` shape of `roadmap apply add` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct AddReport {
    pub number: usize,
    pub id: String,
    pub company: String,
    pub role: Option<String>,
    pub channel: Channel,
    pub at: DateTime<Utc>,
    pub url: Option<String>,
}

/// The `--json` shape of `roadmap apply move`.
#[derive(Debug, Serialize)]
pub struct MoveReport {
    pub number: usize,
    pub id: String,
    pub company: String,
    pub from: Stage,
    pub to: Stage,
    /// The interview's round, for an interview.
    pub round: Option<usize>,
    pub at: DateTime<Utc>,
    pub interview_at: Option<DateTime<Utc>>,
}

/// One application in `roadmap apply list`.
#[derive(Debug, Serialize)]
pub struct ListEntry {
    pub number: usize,
    pub id: String,
    pub company: String,
    pub role: Option<String>,
    pub channel: Channel,
    pub stage: Stage,
    pub round: Option<usize>,
    pub applied_at: DateTime<Utc>,
    pub last_change_at: DateTime<Utc>,
    pub days_since: i64,
    pub interview_at: Option<DateTime<Utc>>,
    /// Why it needs attention: `interview-today`, `interview-tomorrow`,
    /// `offer`, `no-answer`; `null` otherwise.
    pub attention: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct ListReport {
    pub applications: Vec<ListEntry>,
}

/// One row of the funnel: the counts and the rates (percent of the
/// applications; `null` without applications).
#[derive(Debug, Serialize)]
pub struct FunnelRow {
    /// `total`, a channel, or a month `YYYY-MM`.
    pub label: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub pass_rate: Option<f64>,
    pub interview_rate: Option<f64>,
    pub offer_rate: Option<f64>,
}

impl FunnelRow {
    pub fn new(label: String, counts: Counts) -> FunnelRow {
        let rate = |n| counts.rate(n).map(super::round1);
        FunnelRow {
            label,
            pass_rate: rate(counts.passed),
            interview_rate: rate(counts.interviewed),
            offer_rate: rate(counts.offers),
            counts,
        }
    }
}

/// The `--json` shape of `roadmap apply funnel`.
#[derive(Debug, Serialize)]
pub struct FunnelReport {
    pub total: FunnelRow,
    pub by_channel: Vec<FunnelRow>,
    pub by_month: Vec<FunnelRow>,
}

/// The `--json` shape of `roadmap apply goal`.
#[derive(Debug, Serialize)]
pub struct GoalReport {
    /// `shown`, `set` or `cleared`.
    pub action: &'static str,
    pub per_week: Option<u32>,
    pub this_week: usize,
}

/// The `--json` shape of `roadmap apply private`.
#[derive(Debug, Serialize)]
pub struct PrivateReport {
    pub private: bool,
    pub changed: bool,
    /// The machine-local file of the log.
    pub file: String,
}

/// What undo took back of the log.
#[derive(Debug, Serialize)]
pub struct UndoneApplication {
    pub number: Option<usize>,
    pub company: String,
    /// The stage of the move taken back; `null` for the application itself.
    pub stage: Option<Stage>,
    pub at: DateTime<Utc>,
}

fn stage_name(p: &Printer<'_>, stage: Stage, round: Option<usize>) -> String {
    match (stage, round) {
        (Stage::Interview, Some(n)) => t(p, ApplyMsg::Round(n)),
        _ => t(p, ApplyMsg::Stage(stage)),
    }
}

pub fn add_text(p: &mut Printer<'_>, r: &AddReport) -> Result<()> {
    let mut line = Line::new()
        .role(Role::Strong, t(p, ApplyMsg::Added(r.number)))
        .ours(" ")
        .hang_here()
        .theirs(&r.company);
    if let Some(role) = &r.role {
        line = line.ours(" — ").theirs(role);
    }
    p.line(line)?;
    let detail = format!(
        "{} · {}",
        t(p, ApplyMsg::Channel(r.channel)),
        local_date(r.at)
    );
    p.line(Line::new().ours("  ").role(Role::Faint, detail))?;
    if let Some(url) = &r.url {
        p.line(Line::new().ours("  ").hang_here().link(url))?;
    }
    Ok(())
}

pub fn move_text(p: &mut Printer<'_>, r: &MoveReport) -> Result<()> {
    p.line(
        Line::new()
            .role(Role::Strong, t(p, ApplyMsg::Moved(r.number)))
            .ours(" ")
            .hang_here()
            .theirs(&r.company),
    )?;
    let mut detail = format!(
        "{} → {}",
        t(p, ApplyMsg::Stage(r.from)),
        stage_name(p, r.to, r.round)
    );
    if let Some(at) = r.interview_at {
        detail = format!("{detail} ({})", t(p, ApplyMsg::InterviewOn(local_time(at))));
    }
    p.line(Line::new().ours("  ").hang_here().role(Role::Good, detail))
}

pub fn list_text(p: &mut Printer<'_>, r: &ListReport) -> Result<()> {
    if r.applications.is_empty() {
        p.line(Line::new().ours(t(p, ApplyMsg::None)))?;
        return p.line(Line::new().role(Role::Faint, t(p, ApplyMsg::NoneHint)));
    }
    let mut table = table(p);
    table.set_header(vec![
        "#".to_string(),
        t(p, ApplyMsg::ColCompany),
        t(p, ApplyMsg::ColChannel),
        t(p, ApplyMsg::ColStage),
        t(p, ApplyMsg::ColDays),
    ]);
    for e in &r.applications {
        let mut stage = stage_name(p, e.stage, e.round);
        if e.attention.is_some() {
            stage.push_str(" !");
        }
        table.add_row(vec![
            Cell::new(e.number).set_alignment(CellAlignment::Right),
            Cell::new(p.clean(&e.company)),
            Cell::new(t(p, ApplyMsg::Channel(e.channel))),
            Cell::new(stage),
            Cell::new(e.days_since).set_alignment(CellAlignment::Right),
        ]);
    }
    p.block(&table.to_string())?;
    if r.applications.iter().any(|e| e.attention.is_some()) {
        p.line(Line::new().role(Role::Faint, t(p, ApplyMsg::AttentionLegend)))?;
    }
    Ok(())
}

fn table(p: &Printer<'_>) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    match p.width() {
        Some(width) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX)),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    table
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "-".to_string(), |r| format!("{r:.0}%"))
}

pub fn funnel_text(p: &mut Printer<'_>, r: &FunnelReport) -> Result<()> {
    p.line(Line::new().role(Role::Strong, t(p, ApplyMsg::FunnelTitle)))?;
    let c = &r.total.counts;
    let with_rate = |n: usize, rate: Option<f64>| format!("{n:>3}  ({})", percent(rate));
    let rows = [
        (ApplyMsg::Applications, format!("{:>3}", c.applications)),
        (ApplyMsg::Passed, format!("{:>3}", c.passed)),
        (
            ApplyMsg::PassRate,
            format!("{:>4}", percent(r.total.pass_rate)),
        ),
        (
            ApplyMsg::Interviewed,
            with_rate(c.interviewed, r.total.interview_rate),
        ),
        (ApplyMsg::Offers, with_rate(c.offers, r.total.offer_rate)),
        (ApplyMsg::Accepted, format!("{:>3}", c.accepted)),
        (ApplyMsg::Open, format!("{:>3}", c.open)),
        (ApplyMsg::Rejected, format!("{:>3}", c.rejected)),
        (ApplyMsg::Withdrawn, format!("{:>3}", c.withdrawn)),
    ];
    let labels: Vec<String> = rows.iter().map(|(m, _)| t(p, m.clone())).collect();
    let wide = labels
        .iter()
        .map(|l| super::wrap::width(l))
        .max()
        .unwrap_or(0);
    for (label, (_, value)) in labels.iter().zip(&rows) {
        let pad = " ".repeat(wide - super::wrap::width(label));
        p.line(Line::new().ours(format!("  {label}{pad}  {value}")))?;
    }
    for (title, rows) in [
        (ApplyMsg::ByChannel, &r.by_channel),
        (ApplyMsg::ByMonth, &r.by_month),
    ] {
        if rows.is_empty() {
            continue;
        }
        p.blank()?;
        p.line(Line::new().role(Role::Strong, t(p, title.clone())))?;
        let mut table = table(p);
        // Short headers, the rate beside its count: six columns fit 60.
        table.set_header(vec![
            String::new(),
            t(p, ApplyMsg::ColSent),
            t(p, ApplyMsg::Passed),
            t(p, ApplyMsg::ColInterviewed),
            t(p, ApplyMsg::Offers),
        ]);
        for row in rows.iter() {
            let label = match Channel::parse(&row.label) {
                Some(channel) if title == ApplyMsg::ByChannel => t(p, ApplyMsg::Channel(channel)),
                _ => row.label.clone(),
            };
            let c = &row.counts;
            let right = |n: String| Cell::new(n).set_alignment(CellAlignment::Right);
            table.add_row(vec![
                Cell::new(label),
                right(c.applications.to_string()),
                right(format!("{} ({})", c.passed, percent(row.pass_rate))),
                right(c.interviewed.to_string()),
                right(c.offers.to_string()),
            ]);
        }
        p.block(&table.to_string())?;
    }
    Ok(())
}

pub fn goal_text(p: &mut Printer<'_>, r: &GoalReport) -> Result<()> {
    let msg = match (r.action, r.per_week) {
        ("cleared", _) => ApplyMsg::GoalCleared,
        (_, Some(n)) => ApplyMsg::GoalSet(n),
        (_, None) => ApplyMsg::GoalNone,
    };
    p.line(Line::new().ours(t(p, msg)))?;
    let week = ApplyMsg::ThisWeek {
        count: r.this_week,
        goal: r.per_week,
    };
    p.line(Line::new().role(Role::Faint, t(p, week)))
}

pub fn private_text(p: &mut Printer<'_>, r: &PrivateReport) -> Result<()> {
    let msg = match (r.private, r.changed) {
        (true, true) => ApplyMsg::PrivateOn(r.file.clone()),
        (false, true) => ApplyMsg::PrivateOff,
        (true, false) => ApplyMsg::PrivateIsOn(r.file.clone()),
        (false, false) => ApplyMsg::PrivateIsOff,
    };
    p.line(Line::new().ours(t(p, msg)))
}

/// What `sync init` tells about who reads the remote.
pub fn mentor_notice(p: &mut Printer<'_>, private: bool) -> Result<()> {
    let msg = ApplyMsg::MentorCanRead { private };
    p.line(
        Line::new()
            .ours("  ")
            .hang_here()
            .role(Role::Warn, t(p, msg)),
    )
}

/// The lines `undo` adds for the log.
pub fn undo_lines(p: &mut Printer<'_>, undone: &[UndoneApplication], undid: &str) -> Result<()> {
    for u in undone {
        let what = match u.stage {
            None => t(p, ApplyMsg::UndidApplication),
            Some(stage) => t(p, ApplyMsg::UndidMove(t(p, ApplyMsg::Stage(stage)))),
        };
        let number = u.number.map(|n| format!(" #{n}")).unwrap_or_default();
        p.line(
            Line::new()
                .role(Role::Strong, undid.to_string())
                .ours(format!(" {what}{number}: "))
                .hang_here()
                .theirs(&u.company),
        )?;
    }
    Ok(())
}

#[path = "apply_today.rs"]
pub mod today;
