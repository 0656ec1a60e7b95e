use std::io::Write;

use crate::cli::StatusArgs;
use crate::cmd::Context;
use crate::error::Result;
use crate::progress::{Stats, stage_stats, total_stats};
use crate::render::{self, round1, status::StageRow, status::StatusReport, status::StepRow};

pub fn run(args: &StatusArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let progress = ctx.progress(&roadmap)?;
    let statuses = progress.statuses(&roadmap);
    let lang = ctx.config.lang;
    let stage_stats = stage_stats(&roadmap, &statuses);
    let overall = total_stats(&stage_stats);
    let stages = roadmap
        .stages
        .iter()
        .zip(&stage_stats)
        .map(|(stage, stats)| row(&stage.id, stage.title(lang), stats))
        .collect();
    let steps = args.steps.then(|| {
        roadmap
            .reading_order()
            .iter()
            .map(|&i| {
                let step = &roadmap.steps[i];
                StepRow {
                    number: roadmap.number(i),
                    id: step.id.clone(),
                    title: step.title(lang).to_string(),
                    stage: roadmap.stages[step.stage].id.clone(),
                    status: statuses[i],
                }
            })
            .collect()
    });
    let report = StatusReport {
        roadmap: roadmap.id.clone(),
        roadmap_title: roadmap.title(lang).to_string(),
        user: ctx.config.user.as_str().to_string(),
        stages,
        overall: row("overall", ctx.style().tr("Overall", "全体"), &overall),
        steps,
        orphans: progress
            .orphans(&roadmap)
            .into_iter()
            .map(String::from)
            .collect(),
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::status::text(out, &report, ctx.style())
    }
}

fn row(id: &str, title: &str, stats: &Stats) -> StageRow {
    StageRow {
        id: id.to_string(),
        title: title.to_string(),
        total: stats.total,
        done: stats.done,
        skipped: stats.skipped,
        in_progress: stats.in_progress,
        percent: round1(stats.percent()),
        hours_left: stats.hours_left,
        whole_percent: stats.whole_percent(),
    }
}
