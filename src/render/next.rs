//! `roadmap next`: the steps to do now.

use std::io::Write;

use serde::Serialize;

use super::Style;
use crate::error::Result;
use crate::progress::Status;
use crate::roadmap::Resource;

/// The `--json` shape of `roadmap next` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct NextReport {
    pub roadmap: String,
    pub user: String,
    /// Every step is done or skipped.
    pub complete: bool,
    /// How many steps are available in all (`steps` may show fewer).
    pub available: usize,
    pub steps: Vec<NextStep>,
}

#[derive(Debug, Serialize)]
pub struct NextStep {
    /// The short number, e.g. `2.3`.
    pub number: String,
    pub id: String,
    pub title: String,
    pub stage: String,
    pub stage_title: String,
    pub status: Status,
    pub estimate_hours: f64,
    pub done_when: String,
    pub resource: Option<Resource>,
}

pub fn text(out: &mut dyn Write, report: &NextReport, style: Style) -> Result<()> {
    if report.complete {
        writeln!(
            out,
            "{}",
            style.green(style.tr(
                "Congratulations: every step of this roadmap is done.",
                "おめでとうございます。このロードマップのステップはすべて完了です。"
            ))
        )?;
        writeln!(
            out,
            "{}",
            style.tr(
                "See your journey with `roadmap status`.",
                "`roadmap status` でこれまでの歩みを確認できます。"
            )
        )?;
        return Ok(());
    }
    if report.steps.is_empty() {
        writeln!(
            out,
            "{}",
            style.tr(
                "Nothing is available: every remaining step waits on a prerequisite.",
                "今取り組めるステップはありません。残りのステップはすべて前提ステップ待ちです。"
            )
        )?;
        return Ok(());
    }
    for (i, step) in report.steps.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let started = if step.status == Status::InProgress {
            format!("  {}", style.yellow(style.tr("(in progress)", "(進行中)")))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{}  {}{}",
            style.cyan(&step.number),
            style.bold(&step.title),
            started
        )?;
        writeln!(
            out,
            "     {}",
            style.dim(&format!(
                "{} · {} · {}",
                step.id,
                step.stage_title,
                style.hours(step.estimate_hours)
            ))
        )?;
        if !step.done_when.is_empty() {
            writeln!(
                out,
                "     {} {}",
                style.tr("Done when:", "完了の目安:"),
                step.done_when
            )?;
        }
        if let Some(resource) = &step.resource {
            writeln!(
                out,
                "     {} {} <{}>",
                style.tr("Start with:", "おすすめ:"),
                resource.title,
                resource.url
            )?;
        }
    }
    let hidden = report.available - report.steps.len();
    writeln!(out)?;
    if hidden > 0 {
        match style.lang {
            crate::lang::Lang::En => writeln!(
                out,
                "{}",
                style.dim(&format!("{hidden} more available: roadmap next --all"))
            )?,
            crate::lang::Lang::Ja => writeln!(
                out,
                "{}",
                style.dim(&format!("ほかに {hidden} 件: roadmap next --all"))
            )?,
        }
    }
    writeln!(
        out,
        "{} roadmap done {}",
        style.dim(style.tr("When finished:", "終わったら:")),
        report.steps[0].number
    )?;
    Ok(())
}
