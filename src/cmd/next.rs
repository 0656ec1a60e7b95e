use crate::render::Printer;

use crate::cli::NextArgs;
use crate::cmd::{Context, tick};
use crate::error::Result;
use crate::progress::next_steps;
use crate::render::{self, next::NextReport, next::NextStep};

pub fn run(args: &NextArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let lang = ctx.config.lang;
    let available = next_steps(&roadmap, &statuses);
    let shown = if args.all {
        available.len()
    } else {
        args.count
    };
    let steps = available
        .iter()
        .take(shown)
        .map(|&i| {
            let step = &roadmap.steps[i];
            let stage = &roadmap.stages[step.stage()];
            NextStep {
                number: roadmap.number(i),
                id: step.id.to_string(),
                title: step.title(lang).to_string(),
                stage: stage.id.to_string(),
                stage_title: stage.title(lang).to_string(),
                status: statuses[i],
                estimate_hours: step.estimate_hours(),
                optional: step.optional,
                done_when: step.done_when(lang).to_string(),
                resource: step
                    .resources_for(lang, progress.stack())
                    .first()
                    .copied()
                    .cloned(),
                checklist: tick::entries(&roadmap, &progress, i, lang),
            }
        })
        .collect();
    let report = NextReport {
        roadmap: roadmap.id.to_string(),
        user: ctx.config.user.as_str().to_string(),
        // Every step finished: the statuses tell, without a pass over the
        // steps themselves.
        complete: statuses.iter().all(|status| status.is_finished()),
        available: available.len(),
        steps,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::next::text(p, &report)
    }
}
