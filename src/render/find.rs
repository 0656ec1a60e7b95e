//! `roadmap find`: the steps that match, with where they matched.

use serde::Serialize;

use super::{Line, Printer, Role, step_line};
use crate::error::Result;
use crate::i18n::ux::UxMsg;
use crate::progress::Status;

/// The `--json` shape of `roadmap find` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct FindReport {
    /// The words as given.
    pub words: Vec<String>,
    /// In reading order.
    pub matches: Vec<FindMatch>,
}

#[derive(Debug, Serialize)]
pub struct FindMatch {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    pub available: bool,
    pub optional: bool,
    /// Where the words were found.
    pub fields: Vec<Field>,
}

pub use crate::view::Field;

pub fn text(p: &mut Printer<'_>, report: &FindReport) -> Result<()> {
    let words = report.words.join(" ");
    if report.matches.is_empty() {
        p.line(Line::new().theirs(p.ux(UxMsg::FindNone { words })))?;
        p.line(Line::new().role(Role::Faint, p.ux(UxMsg::FindNoneHint)))?;
        return Ok(());
    }
    let count = report.matches.len();
    p.line(Line::new().theirs(p.ux(UxMsg::FindCount { count, words })))?;
    let separator = p.ux(UxMsg::FieldSeparator);
    for found in &report.matches {
        let optional = if found.optional {
            p.ux(UxMsg::OptionalMark)
        } else {
            String::new()
        };
        p.line(step_line(found.status, &found.number, &found.title).ours(optional))?;
        let fields: Vec<String> = found
            .fields
            .iter()
            .map(|&field| p.ux(UxMsg::FindField(field)))
            .collect();
        p.line(
            Line::new()
                .ours("         ")
                .theirs_as(Role::Faint, &found.id)
                .role(Role::Faint, format!(" · {}", fields.join(&separator))),
        )?;
    }
    p.blank()?;
    p.line(
        Line::new()
            .role(Role::Faint, p.ux(UxMsg::FindMore))
            .ours(" roadmap show ")
            .theirs(&report.matches[0].number),
    )?;
    Ok(())
}
