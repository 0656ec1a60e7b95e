//! `roadmap show`: everything about one step.

use crate::render::Printer;

use crate::cli::ShowArgs;
use crate::cmd::{Context, tick};
use crate::error::Result;
use crate::progress::is_available;
use crate::render::{
    self,
    show::{LinkedStep, ShowEvent, ShowEvidence, ShowNote, ShowReport, ShowSession},
};

pub fn run(args: &ShowArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let i = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let progress = ctx.progress(&roadmap)?;
    let statuses = progress.statuses(&roadmap);
    let lang = ctx.config.lang;
    let step = &roadmap.steps[i];
    let stage = &roadmap.stages[step.stage()];
    let linked = |j: usize| LinkedStep {
        number: roadmap.number(j),
        id: roadmap.steps[j].id.to_string(),
        title: roadmap.steps[j].title(lang).to_string(),
        status: statuses[j],
    };
    let resources: Vec<_> = step
        .resources_for(lang, progress.stack())
        .into_iter()
        .cloned()
        .collect();
    let mut unlocks: Vec<usize> = roadmap.dependents(i).collect();
    unlocks.sort_by_key(|&j| (roadmap.steps[j].stage(), roadmap.steps[j].position()));
    let report = ShowReport {
        number: roadmap.number(i),
        id: step.id.to_string(),
        title: step.title(lang).to_string(),
        stage: stage.id.to_string(),
        stage_title: stage.title(lang).to_string(),
        status: statuses[i],
        available: is_available(&roadmap, &statuses, i),
        optional: step.optional,
        estimate_hours: step.estimate_hours(),
        summary: step.summary(lang).to_string(),
        done_when: step.done_when(lang).to_string(),
        aliases: step.aliases.iter().map(|a| a.to_string()).collect(),
        resources_hidden: step.resources.len() - resources.len(),
        resources,
        checklist: tick::entries(&roadmap, &progress, i, lang),
        requires: step.requires().map(&linked).collect(),
        requires_any: step.requires_any().map(&linked).collect(),
        unlocks: unlocks.into_iter().map(linked).collect(),
        notes: progress
            .notes_of(&roadmap, i)
            .into_iter()
            .map(|note| ShowNote {
                at: note.at,
                text: note.text.clone(),
            })
            .collect(),
        reader: lang,
        history: progress
            .events_of(&roadmap, i)
            .map(|event| ShowEvent {
                at: event.at,
                from: event.from,
                to: event.to,
                note: event.note.clone(),
            })
            .collect(),
        time_spent_minutes: progress.minutes_on(&roadmap, i),
        sessions: progress
            .sessions_of(&roadmap, i)
            .into_iter()
            .map(|s| ShowSession {
                at: s.at,
                minutes: s.minutes,
                note: s.note.clone(),
            })
            .collect(),
        evidence: progress
            .evidence_of(&roadmap, i)
            .into_iter()
            .map(|e| ShowEvidence {
                at: e.at,
                url: e.url.clone(),
            })
            .collect(),
        checks: (step.checks.iter())
            .map(|c| crate::render::check::ShowCheck {
                kind: c.kind.as_str(),
                proves: c.proves(lang).to_string(),
                stack: c.stack.clone(),
            })
            .collect(),
        verified: progress
            .verification_of(&roadmap, i)
            .map(crate::render::check::Verified::from),
        comments: super::comment::received(ctx, &roadmap, Some(i)),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::show::text(p, &report)
    }
}
