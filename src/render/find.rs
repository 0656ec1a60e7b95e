//! `roadmap find`: the steps that match, with where they matched.

use std::io::Write;

use serde::Serialize;

use super::Style;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The id or an alias.
    Id,
    Title,
    Summary,
    DoneWhen,
}

pub fn text(out: &mut dyn Write, report: &FindReport, style: Style) -> Result<()> {
    let t = |msg: UxMsg| msg.text(style.lang);
    let words = report.words.join(" ");
    if report.matches.is_empty() {
        writeln!(out, "{}", t(UxMsg::FindNone { words }))?;
        writeln!(out, "{}", style.dim(&t(UxMsg::FindNoneHint)))?;
        return Ok(());
    }
    let count = report.matches.len();
    writeln!(out, "{}", t(UxMsg::FindCount { count, words }))?;
    for found in &report.matches {
        writeln!(
            out,
            "{}{}",
            style.step_line(found.status, &found.number, &found.title),
            style.optional_mark(found.optional)
        )?;
        let fields: Vec<String> = found
            .fields
            .iter()
            .map(|&field| t(UxMsg::FindField(field)))
            .collect();
        let separator = t(UxMsg::FieldSeparator);
        writeln!(
            out,
            "         {}",
            style.dim(&format!("{} · {}", found.id, fields.join(&separator)))
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} roadmap show {}",
        style.dim(&t(UxMsg::FindMore)),
        report.matches[0].number
    )?;
    Ok(())
}
