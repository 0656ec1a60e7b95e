//! Mentor comments: what `roadmap comment` says, and comments as the
//! learner sees them in the today view and on `show`. Their text is the
//! mentor's, so untrusted: it goes through the printer as `theirs`.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::MentorMsg;

/// The step a comment is about.
#[derive(Debug, Clone, Serialize)]
pub struct CommentStep {
    /// Its short number; `null` when this roadmap no longer has the step.
    pub number: Option<String>,
    pub id: String,
    pub title: String,
}

/// The `--json` shape of `roadmap comment` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct CommentReport {
    /// The learner it is for.
    pub to: String,
    pub roadmap: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<CommentStep>,
    pub at: DateTime<Utc>,
    pub text: String,
}

/// A comment as the learner reads it.
#[derive(Debug, Clone, Serialize)]
pub struct ReceivedComment {
    /// Its author: the user whose file holds it.
    pub from: String,
    pub at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<CommentStep>,
    pub text: String,
    /// Not shown by this machine's today view before.
    pub new: bool,
    /// The local date as the frame says it, in the reader's language.
    #[serde(skip)]
    pub date: String,
    /// The device that wrote it: with the author and time, what tells it
    /// apart from others (see `store::comments`).
    #[serde(skip)]
    pub device: Option<String>,
}

/// A comment `undo` took back.
#[derive(Debug, Serialize)]
pub struct RemovedComment {
    pub to: String,
    pub at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    pub text: String,
}

/// After `roadmap comment`.
pub fn saved(p: &mut Printer<'_>, report: &CommentReport) -> Result<()> {
    let to = p.clean(&report.to).into_owned();
    p.line(Line::new().role(
        Role::Good,
        MentorMsg::CommentSaved { to: to.clone() }.text(p.lang()),
    ))?;
    received(p, &[framed(report)], "  ")?;
    p.line(
        Line::new()
            .hang_here()
            .role(Role::Faint, MentorMsg::CommentTravels { to }.text(p.lang())),
    )
}

/// The comment just written, as its learner will read it.
fn framed(report: &CommentReport) -> ReceivedComment {
    ReceivedComment {
        from: String::new(),
        at: report.at,
        step: report.step.clone(),
        text: report.text.clone(),
        new: true,
        date: String::new(),
        device: None,
    }
}

/// The new comments at the top of the today view, then a blank line.
pub fn today(p: &mut Printer<'_>, comments: &[ReceivedComment]) -> Result<()> {
    let new: Vec<ReceivedComment> = comments.iter().filter(|c| c.new).cloned().collect();
    if new.is_empty() {
        return Ok(());
    }
    received(p, &new, "")?;
    p.blank()
}

/// Every comment on a step, under its own heading, for `show`.
pub fn show(p: &mut Printer<'_>, comments: &[ReceivedComment]) -> Result<()> {
    if comments.is_empty() {
        return Ok(());
    }
    p.blank()?;
    received(p, comments, "")
}

/// Each comment: its frame (who, on what, when), then its text indented.
/// A comment of `saved` has no author yet: only its text is shown.
fn received(p: &mut Printer<'_>, comments: &[ReceivedComment], indent: &str) -> Result<()> {
    for comment in comments {
        if !comment.from.is_empty() {
            let step = comment.step.as_ref().map(|s| match &s.number {
                Some(number) => format!("{number} {}", p.clean(&s.title)),
                None => p.clean(&s.id).into_owned(),
            });
            let frame = MentorMsg::CommentFrom {
                from: p.clean(&comment.from).into_owned(),
                date: comment.date.clone(),
                step,
            };
            p.line(
                Line::new()
                    .ours(indent)
                    .hang_here()
                    .role(Role::Strong, frame.text(p.lang())),
            )?;
        }
        let pad = format!("{indent}  ");
        for line in comment.text.lines() {
            p.line(Line::new().ours(pad.clone()).hang(pad.len()).theirs(line))?;
        }
    }
    Ok(())
}

/// The comments `undo` took back, one line each.
pub fn undone(p: &mut Printer<'_>, removed: &[RemovedComment]) -> Result<()> {
    let undid = p.t(crate::i18n::Msg::Undid);
    for comment in removed {
        let to = p.clean(&comment.to).into_owned();
        p.line(
            Line::new()
                .role(Role::Strong, undid.clone())
                .ours(" ")
                .hang_here()
                .ours(MentorMsg::UndidCommentTo { to }.text(p.lang()))
                .ours(" ")
                .theirs(comment.text.lines().next().unwrap_or_default()),
        )?;
    }
    Ok(())
}
