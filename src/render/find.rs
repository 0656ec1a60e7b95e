//! `roadmap find`: the steps that match, with where they matched.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;
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

impl Field {
    fn name(self, style: Style) -> &'static str {
        match self {
            Field::Id => style.tr("id", "ID"),
            Field::Title => style.tr("title", "タイトル"),
            Field::Summary => style.tr("summary", "概要"),
            Field::DoneWhen => style.tr("done when", "完了の目安"),
        }
    }
}

pub fn text(out: &mut dyn Write, report: &FindReport, style: Style) -> Result<()> {
    let words = report.words.join(" ");
    if report.matches.is_empty() {
        match style.lang {
            Lang::En => writeln!(out, "No step matches '{words}'.")?,
            Lang::Ja => writeln!(out, "'{words}' に当てはまるステップはありません。")?,
        }
        writeln!(
            out,
            "{}",
            style.dim(style.tr(
                "Every word must appear; `roadmap list` shows every step.",
                "すべての語を含むステップを探します。`roadmap list` で全ステップを確認できます。"
            ))
        )?;
        return Ok(());
    }
    let count = report.matches.len();
    match (style.lang, count) {
        (Lang::En, 1) => writeln!(out, "1 step matches '{words}':")?,
        (Lang::En, _) => writeln!(out, "{count} steps match '{words}':")?,
        (Lang::Ja, _) => writeln!(out, "'{words}' に当てはまるステップ: {count} 件")?,
    }
    for found in &report.matches {
        writeln!(
            out,
            "{}{}",
            style.step_line(found.status, &found.number, &found.title),
            style.optional_mark(found.optional)
        )?;
        let fields: Vec<&str> = found.fields.iter().map(|f| f.name(style)).collect();
        let separator = style.tr(", ", "、");
        writeln!(
            out,
            "         {}",
            style.dim(&format!("{} · {}", found.id, fields.join(separator)))
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} roadmap show {}",
        style.dim(style.tr("More:", "詳しく:")),
        report.matches[0].number
    )?;
    Ok(())
}
