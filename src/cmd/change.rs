//! The shared flow of every command that changes step statuses: resolve
//! the references, change the store under its lock, report what changed.

use crate::render::Printer;

use chrono::{DateTime, Utc};

use crate::cli::ChangeArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::i18n::ux::UxMsg;
use crate::lang::Lang;
use crate::progress::{Status, stage_stats, total_stats, unlocked_by, unmet_prerequisites};
use crate::render::{
    self,
    done::{ChangeReport, Figures, StepRef},
};
use crate::roadmap::Roadmap;

pub struct Change<'a> {
    pub references: &'a [String],
    pub to: Status,
    pub note: Option<&'a str>,
    pub at: DateTime<Utc>,
    /// Evidence links to attach to each step (`done --evidence`), checked.
    pub evidence: Vec<String>,
}

/// `start`, `skip` and `reset`: set the steps' status now.
pub fn set(args: &ChangeArgs, to: Status, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    run(prepare(args, to, ctx)?, ctx, p)
}

/// The common part of `done`, `start`, `skip` and `reset`'s arguments,
/// resolved: the time, and the note checked.
pub fn prepare<'a>(args: &'a ChangeArgs, to: Status, ctx: &Context) -> Result<Change<'a>> {
    let at = match &args.at {
        Some(text) => crate::progress::parse_at(text, ctx.config.now)?,
        None => ctx.config.now,
    };
    Ok(Change {
        references: &args.steps,
        to,
        note: args.note.as_deref(),
        at,
        evidence: Vec::new(),
    })
}

pub fn run(change: Change<'_>, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    if change.note.is_some_and(|note| note.trim().is_empty()) {
        return Err(Error::EmptyNote.into());
    }
    let roadmap = ctx.roadmap()?;
    let steps = ctx.resolve(&roadmap, change.references)?;
    let lang = ctx.config.lang;
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let saved = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let before = progress.statuses(&roadmap);
        // Room for these events only: a history read at its exact length
        // would otherwise be copied into a vector twice its size.
        progress.history.reserve_exact(steps.len());
        let batch = progress.new_batch_on(device.as_deref());
        let mut changed = Vec::new();
        let mut unchanged = Vec::new();
        let mut evidence_added = 0;
        for &step in &steps {
            match progress.set_status(&roadmap, step, change.to, change.at, change.note, batch) {
                Some(_) => changed.push(step),
                None => unchanged.push(step),
            }
            if let Some(note) = change.note {
                progress.add_note(&roadmap, step, note, change.at, batch);
            }
            for url in &change.evidence {
                evidence_added +=
                    usize::from(progress.add_evidence(&roadmap, step, url, change.at, batch));
            }
        }
        // Only the steps named changed, and each now has the status asked
        // for (or had it already): no second pass over the records.
        let mut after = before.clone();
        for &step in &steps {
            after[step] = change.to;
        }
        debug_assert_eq!(after, progress.statuses(&roadmap));
        let wrote = !changed.is_empty() || change.note.is_some() || evidence_added > 0;
        let stack_chosen = progress.stack().is_some();
        let saved = (
            before,
            after,
            changed,
            unchanged,
            evidence_added,
            stack_chosen,
        );
        Ok((saved, wrote))
    })?;
    // The report needs only the statuses: it is made after the save, so
    // the lock is held no longer than the change itself.
    let (before, after, changed, unchanged, evidence_added, stack_chosen) = saved;
    let reopened: Vec<usize> = if change.to == Status::InProgress {
        changed
            .iter()
            .copied()
            .filter(|&step| before[step].is_finished())
            .collect()
    } else {
        Vec::new()
    };
    let unmet = if change.to == Status::Done {
        unmet_prerequisites(&roadmap, &before, &changed)
    } else {
        Vec::new()
    };
    let mut report = report(
        &roadmap, lang, &before, &after, &changed, &unchanged, change.to,
    );
    report.evidence_added = evidence_added;
    let chose_language = roadmap
        .language_choice()
        .is_some_and(|step| change.to == Status::Done && changed.contains(&step));
    if chose_language && !stack_chosen {
        report.choose_stack = Some(roadmap.stacks()).filter(|stacks| !stacks.is_empty());
    }
    for (step, missing) in unmet {
        let names: Vec<String> = missing
            .iter()
            .map(|&p| format!("{} {}", roadmap.number(p), roadmap.steps[p].id))
            .collect();
        let step = format!("{} {}", roadmap.number(step), roadmap.steps[step].id);
        crate::warn(
            lang,
            &ctx.t(Msg::UnmetPrerequisites {
                step,
                missing: names,
            }),
        );
    }
    for step in reopened {
        let step = format!("{} {}", roadmap.number(step), roadmap.steps[step].id);
        crate::warn(lang, &UxMsg::Reopened { step }.text(lang));
    }
    if ctx.config.json {
        p.json(&report)
    } else {
        render::done::text(p, &report)
    }
}

fn report(
    roadmap: &Roadmap,
    lang: Lang,
    before: &[Status],
    after: &[Status],
    changed: &[usize],
    unchanged: &[usize],
    to: Status,
) -> ChangeReport {
    let step_ref = |i: usize| StepRef {
        number: roadmap.number(i),
        id: roadmap.steps[i].id.to_string(),
        title: roadmap.steps[i].title(lang).to_string(),
        optional: roadmap.steps[i].optional,
    };
    let stats = stage_stats(roadmap, after);
    let mut stages: Vec<usize> = changed
        .iter()
        .chain(unchanged)
        .map(|&i| roadmap.steps[i].stage())
        .collect();
    stages.sort_unstable();
    stages.dedup();
    let overall_title = Msg::Overall.text(lang);
    ChangeReport {
        status: to,
        changed: changed.iter().map(|&i| step_ref(i)).collect(),
        unchanged: unchanged.iter().map(|&i| step_ref(i)).collect(),
        unlocked: unlocked_by(roadmap, before, after, changed)
            .into_iter()
            .map(step_ref)
            .collect(),
        stages: stages
            .into_iter()
            .map(|s| {
                let stage = &roadmap.stages[s];
                Figures::new(&stage.id, stage.title(lang), &stats[s])
            })
            .collect(),
        overall: Figures::new("overall", &overall_title, &total_stats(&stats)),
        evidence_added: 0,
        choose_stack: None,
    }
}
