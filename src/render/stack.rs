//! `roadmap stack`: the learner's stack on a roadmap.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::lang::Lang;

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

pub fn text(out: &mut dyn Write, report: &StackReport, style: Style) -> Result<()> {
    let line = match (style.lang, report.action, &report.stack) {
        (Lang::En, "set", Some(stack)) => {
            format!("Your stack is now {stack}.\nResources for other stacks are hidden.")
        }
        (Lang::Ja, "set", Some(stack)) => {
            format!("スタックを {stack} にしました。\nほかのスタック向けの資料は表示しません。")
        }
        (Lang::En, "cleared", _) => {
            "Stack cleared: resources for every stack are shown.".to_string()
        }
        (Lang::Ja, "cleared", _) => {
            "スタックの設定を外しました。\nすべてのスタック向けの資料を表示します。".to_string()
        }
        (Lang::En, _, Some(stack)) => format!("Your stack: {stack}"),
        (Lang::Ja, _, Some(stack)) => format!("あなたのスタック: {stack}"),
        (Lang::En, _, None) => "No stack chosen: resources for every stack are shown.".to_string(),
        (Lang::Ja, _, None) => {
            "スタックは未設定です。\nすべてのスタック向けの資料を表示します。".to_string()
        }
    };
    writeln!(out, "{line}")?;
    if report.stacks.is_empty() {
        writeln!(
            out,
            "{}",
            style.dim(style.tr(
                "This roadmap's resources name no stack.",
                "このロードマップの資料はスタックを指定していません。"
            ))
        )?;
    } else if report.action != "set" {
        let list = report.stacks.join(", ");
        let known = match style.lang {
            Lang::En => format!("Stacks in this roadmap: {list}"),
            Lang::Ja => format!("このロードマップのスタック: {list}"),
        };
        writeln!(out, "{}", style.dim(&known))?;
        if report.stack.is_none() {
            writeln!(
                out,
                "{}",
                style.dim(style.tr(
                    "Choose one with: roadmap stack NAME",
                    "選ぶには: roadmap stack 名前"
                ))
            )?;
        }
    }
    Ok(())
}
