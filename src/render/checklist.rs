//! Checklists: `tick`/`untick` reports and the pieces other views share.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::Status;

/// One checklist item in `--json` output (docs/json.md).
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistEntry {
    /// From 1, as `roadmap tick` takes it.
    pub number: u32,
    pub text: String,
    pub ticked: bool,
}

/// The `2/3` shown after a step with a checklist that is not finished.
pub fn progress_mark(style: Style, status: Status, items: &[ChecklistEntry]) -> String {
    if items.is_empty() || status.is_finished() {
        return String::new();
    }
    let ticked = items.iter().filter(|item| item.ticked).count();
    format!("  {}", style.dim(&format!("{ticked}/{}", items.len())))
}

/// The checklist as `show` and `tick` print it: `  [x] 1. text`.
pub fn items_text(out: &mut dyn Write, style: Style, items: &[ChecklistEntry]) -> Result<()> {
    for item in items {
        let mark = if item.ticked {
            style.green("[x]")
        } else {
            "[ ]".to_string()
        };
        writeln!(out, "  {mark} {}. {}", item.number, item.text)?;
    }
    Ok(())
}

/// The `--json` shape of `roadmap tick` and `roadmap untick`.
#[derive(Debug, Serialize)]
pub struct TickReport {
    pub number: String,
    pub id: String,
    pub title: String,
    pub status: Status,
    /// `true` for `tick`, `false` for `untick`.
    pub ticked: bool,
    /// The items this command changed.
    pub changed: Vec<u32>,
    /// The items that were already in that state.
    pub unchanged: Vec<u32>,
    pub checklist: Vec<ChecklistEntry>,
}

impl TickReport {
    fn all_ticked(&self) -> bool {
        self.checklist.iter().all(|item| item.ticked)
    }
}

pub fn tick_text(out: &mut dyn Write, report: &TickReport, style: Style) -> Result<()> {
    let count = report.checklist.iter().filter(|item| item.ticked).count();
    let total = report.checklist.len();
    let join = |items: &[u32]| {
        let list = join(items, style.tr(", ", "、"));
        match (style.lang, items.len()) {
            (Lang::En, 1) => format!("item {list}"),
            (Lang::En, _) => format!("items {list}"),
            (Lang::Ja, _) => list,
        }
    };
    let items = join(&report.changed);
    let line = match (style.lang, report.ticked, report.changed.is_empty()) {
        (Lang::En, true, false) => format!("Ticked {items} of"),
        (Lang::En, false, false) => format!("Unticked {items} of"),
        (Lang::En, true, true) => format!("Already ticked: {} of", join(&report.unchanged)),
        (Lang::En, false, true) => format!("Not ticked: {} of", join(&report.unchanged)),
        (Lang::Ja, true, false) => format!("項目 {items} にチェックしました:"),
        (Lang::Ja, false, false) => format!("項目 {items} のチェックを外しました:"),
        (Lang::Ja, true, true) => {
            format!("項目 {} はチェック済みです:", join(&report.unchanged))
        }
        (Lang::Ja, false, true) => {
            format!("項目 {} はチェックされていません:", join(&report.unchanged))
        }
    };
    writeln!(
        out,
        "{line} {}  {}  {}",
        style.cyan(&report.number),
        style.bold(&report.title),
        style.dim(&format!("{count}/{total}"))
    )?;
    items_text(out, style, &report.checklist)?;
    if report.ticked && report.all_ticked() && !report.status.is_finished() {
        writeln!(out)?;
        let hint = match style.lang {
            Lang::En => format!(
                "Every item is ticked.\nWhen the step is done: roadmap done {}",
                report.number
            ),
            Lang::Ja => format!(
                "すべての項目にチェックしました。\nステップを終えたら: roadmap done {}",
                report.number
            ),
        };
        writeln!(out, "{}", style.green(&hint))?;
    }
    Ok(())
}

fn join(items: &[u32], separator: &str) -> String {
    items
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}
