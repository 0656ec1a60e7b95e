//! `roadmap show`: everything about one step.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::checklist::{self, ChecklistEntry};
use super::{Line, Printer, Role, local_date, local_time, mark, status_name, step_line};
use crate::error::Result;
use crate::i18n::ux::UxMsg;
use crate::i18n::{FormatMsg, Msg, RecordMsg};
use crate::lang::Lang;
use crate::progress::Status;
use crate::roadmap::Cost;
use crate::roadmap::file::Resource;

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
    /// All the study time logged on the step, in minutes.
    pub time_spent_minutes: u64,
    /// Study sessions, oldest first.
    pub sessions: Vec<ShowSession>,
    /// Links to the learner's work, oldest first.
    pub evidence: Vec<ShowEvidence>,
    /// What `roadmap check` runs for this step.
    pub checks: Vec<super::check::ShowCheck>,
    /// The latest verification, when the step was ever verified.
    pub verified: Option<super::check::Verified>,
    /// Mentor comments on the step, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<super::comments::ReceivedComment>,
    /// The language of the text output: resources in another are marked.
    #[serde(skip)]
    pub reader: Lang,
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

pub fn text(p: &mut Printer<'_>, report: &ShowReport) -> Result<()> {
    let title = Line::new()
        .theirs_as(Role::Number, &report.number)
        .ours("  ")
        .hang_here()
        .theirs_as(Role::Strong, &report.title);
    p.line(checklist::with_progress(
        title,
        report.status,
        &report.checklist,
    ))?;
    let mut facts = Line::new()
        .ours("     ")
        .theirs_as(Role::Faint, &report.id)
        .role(Role::Faint, " · ")
        .theirs_as(Role::Faint, &report.stage_title)
        .role(
            Role::Faint,
            format!(" · {}", p.hours(report.estimate_hours)),
        );
    if report.optional {
        facts = facts.role(Role::Faint, format!(" · {}", p.t(Msg::Optional)));
    }
    p.line(facts)?;
    let waiting = !report.available && !report.status.is_finished();
    let (role, mark) = mark(report.status);
    let mut status = Line::new()
        .ours("     ")
        .role(role, mark)
        .ours(" ")
        .ours(p.t(status_name(report.status)));
    if waiting {
        status = status.ours(p.t(Msg::WaitingOnPrerequisite));
    }
    p.line(status)?;
    if report.time_spent_minutes > 0 {
        let line = RecordMsg::TimeSpent {
            spent: p.t(Msg::Record(RecordMsg::Duration(report.time_spent_minutes))),
            estimate: p.hours(report.estimate_hours),
            sessions: report.sessions.len(),
        };
        p.line(
            Line::new()
                .ours("     ")
                .ours(p.t(Msg::Record(RecordMsg::TimeSpentLabel)))
                .ours(" ")
                .hang_here()
                .ours(p.t(Msg::Record(line))),
        )?;
    }
    if !report.summary.is_empty() {
        p.blank()?;
        for paragraph in report.summary.lines() {
            p.line(Line::new().theirs(paragraph))?;
        }
    }
    if !report.done_when.is_empty() {
        p.blank()?;
        p.line(
            Line::new()
                .role(Role::Strong, p.t(Msg::DoneWhen))
                .ours(" ")
                .hang(2)
                .theirs(&report.done_when),
        )?;
    }
    if !report.checklist.is_empty() {
        heading(p, Msg::Format(FormatMsg::Checklist))?;
        checklist::items_text(p, &report.checklist)?;
    }
    if !report.resources.is_empty() || report.resources_hidden > 0 {
        heading(p, Msg::Resources)?;
        for resource in &report.resources {
            // The facts go first: titles often end in brackets of their own.
            let facts = p.ux(UxMsg::FactsFirst(resource_facts(
                p,
                resource,
                report.reader,
            )));
            p.line(
                Line::new()
                    .ours("  - ")
                    .hang_here()
                    .ours(facts)
                    .theirs(&resource.title),
            )?;
            // The link on a line of its own, never wrapped (it overflows).
            p.line(Line::new().ours("    ").link(&resource.url))?;
        }
        if report.resources_hidden > 0 {
            let hidden = FormatMsg::ResourcesHidden(report.resources_hidden);
            p.line(
                Line::new()
                    .ours("  ")
                    .role(Role::Faint, p.t(Msg::Format(hidden))),
            )?;
        }
    }
    for (title, steps) in [
        (Msg::Requires, &report.requires),
        (Msg::Format(FormatMsg::RequiresAny), &report.requires_any),
        (Msg::Unlocks, &report.unlocks),
    ] {
        if steps.is_empty() {
            continue;
        }
        heading(p, title)?;
        for step in steps {
            p.line(step_line(step.status, &step.number, &step.title))?;
        }
    }
    if !report.notes.is_empty() {
        heading(p, Msg::Notes)?;
        for note in &report.notes {
            let mut lines = note.text.lines();
            let first = lines.next().unwrap_or("");
            let time = local_time(note.at);
            let indent = 4 + super::wrap::width(&time);
            p.line(
                Line::new()
                    .ours("  ")
                    .role(Role::Faint, time)
                    .ours("  ")
                    .hang_here()
                    .theirs(first),
            )?;
            for more in lines {
                p.line(
                    Line::new()
                        .ours(" ".repeat(indent))
                        .hang(indent)
                        .theirs(more),
                )?;
            }
        }
    }
    super::comments::show(p, &report.comments)?;
    if !report.evidence.is_empty() {
        heading(p, Msg::Record(RecordMsg::EvidenceHeading))?;
        for evidence in &report.evidence {
            p.line(
                Line::new()
                    .ours("  ")
                    .role(Role::Faint, local_date(evidence.at))
                    .ours("  ")
                    .link(&evidence.url),
            )?;
        }
    }
    super::check::show_checks(p, &report.number, &report.checks, report.verified.as_ref())?;
    if !report.sessions.is_empty() {
        heading(p, Msg::Record(RecordMsg::SessionsHeading))?;
        for session in &report.sessions {
            let spent = p.t(Msg::Record(RecordMsg::Duration(session.minutes.into())));
            let mut line = Line::new()
                .ours("  ")
                .role(Role::Faint, local_time(session.at))
                .ours("  ")
                .hang_here()
                .ours(spent);
            if let Some(note) = session.note.as_deref() {
                line = line.ours("  ").theirs(note);
            }
            p.line(line)?;
        }
    }
    if !report.history.is_empty() {
        heading(p, Msg::History)?;
        for event in &report.history {
            p.line(
                Line::new()
                    .ours("  ")
                    .role(Role::Faint, local_time(event.at))
                    .ours("  ")
                    .hang_here()
                    .ours(p.t(status_name(event.from)))
                    .ours(" → ")
                    .ours(p.t(status_name(event.to))),
            )?;
        }
    }
    Ok(())
}

fn heading(p: &mut Printer<'_>, title: Msg) -> Result<()> {
    p.blank()?;
    p.line(Line::new().role(Role::Strong, p.t(title)))?;
    Ok(())
}

/// `docs`, `course, paid`, `docs, Japanese`: the kind, then the cost when
/// it is not free, then the language when it is not the reader's.
fn resource_facts(p: &Printer<'_>, resource: &Resource, reader: Lang) -> Vec<String> {
    let mut facts = vec![p.t(Msg::Kind(resource.kind))];
    if resource.cost != Cost::Free {
        facts.push(p.t(Msg::Format(FormatMsg::Cost(resource.cost))));
    }
    let primary = resource.lang.split('-').next().unwrap_or("");
    if !primary.eq_ignore_ascii_case(reader.code()) {
        let code = primary.to_ascii_lowercase();
        facts.push(p.t(Msg::Format(FormatMsg::Language(code))));
    }
    facts
}
