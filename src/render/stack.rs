//! `roadmap stack`: the learner's stack on a roadmap.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::{FormatMsg, Msg};

/// The `--json` shape of `roadmap stack` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct StackReport {
    pub roadmap: String,
    pub user: String,
    /// The chosen stack; `null` when none is (every resource is shown).
    pub stack: Option<String>,
    /// What this command did: "shown", "set" or "cleared".
    pub action: &'static str,
    /// The stacks the roadmap's resources name.
    pub stacks: Vec<String>,
}

pub fn text(p: &mut Printer<'_>, report: &StackReport) -> Result<()> {
    let lines: Vec<FormatMsg> = match (report.action, &report.stack) {
        ("set", Some(stack)) => vec![
            FormatMsg::StackNow(stack.clone()),
            FormatMsg::OtherStacksHidden,
        ],
        ("cleared", _) => vec![FormatMsg::StackCleared, FormatMsg::EveryStackShown],
        (_, Some(stack)) => vec![FormatMsg::YourStack(stack.clone())],
        (_, None) => vec![FormatMsg::NoStackChosen, FormatMsg::EveryStackShown],
    };
    for msg in lines {
        // Stack names come from the roadmap: shown as untrusted text.
        p.line(Line::new().theirs(p.t(Msg::Format(msg))))?;
    }
    if report.stacks.is_empty() {
        p.line(Line::new().role(Role::Faint, p.t(Msg::Format(FormatMsg::NoStacks))))?;
    } else if report.action != "set" {
        let known = p.t(Msg::Format(FormatMsg::StacksInRoadmap(
            report.stacks.clone(),
        )));
        p.line(Line::new().theirs_as(Role::Faint, known))?;
        if report.stack.is_none() {
            p.line(Line::new().role(Role::Faint, p.t(Msg::Format(FormatMsg::ChooseStack))))?;
        }
    }
    Ok(())
}
