//! `roadmap list`: every step, grouped by stage.

use crate::render::Printer;

use crate::cmd::Context;
use crate::error::Result;
use crate::progress::{is_available, stage_stats};
use crate::render::{
    self,
    list::{ListReport, ListStage, ListStep},
};

pub fn run(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let stats = stage_stats(&roadmap, &statuses);
    let lang = ctx.config.lang;
    let verified = progress.verified_steps(&roadmap);
    let stages = roadmap
        .stages
        .iter()
        .zip(&stats)
        .map(|(stage, stats)| ListStage {
            id: stage.id.to_string(),
            title: stage.title(lang).to_string(),
            finished: stats.finished(),
            total: stats.total,
            steps: stage
                .step_indices()
                .map(|i| {
                    let step = &roadmap.steps[i];
                    ListStep {
                        number: roadmap.number(i),
                        id: step.id.to_string(),
                        title: step.title(lang).to_string(),
                        status: statuses[i],
                        available: is_available(&roadmap, &statuses, i),
                        optional: step.optional,
                        estimate_hours: step.estimate_hours(),
                        checks: step.checks.len(),
                        verified: verified[i],
                    }
                })
                .collect(),
        })
        .collect();
    let report = ListReport {
        roadmap: roadmap.id.to_string(),
        roadmap_title: roadmap.title(lang).to_string(),
        user: ctx.config.user.as_str().to_string(),
        stages,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::list::text(p, &report)
    }
}
