//! `roadmap tick`: tick items of a step's checklist.

use crate::cli::TickArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::progress::{BadItem, Progress, parse_items};
use crate::render::{
    self, Printer,
    checklist::{ChecklistEntry, TickReport},
};
use crate::roadmap::Roadmap;

pub fn run(args: &TickArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    set(args, true, ctx, p)
}

/// `tick` and `untick`: the items are checked before anything is stored,
/// so one bad number changes nothing.
pub fn set(args: &TickArgs, ticked: bool, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let items = parse_items(&args.items, roadmap.steps[step].checklist.len())
        .map_err(|bad| bad_item(&roadmap, step, &bad))?;
    // The clock of every command (`ROADMAP_NOW` in tests and demos).
    let at = ctx.config.now;
    let lang = ctx.config.lang;
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let report = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        let changed = progress.set_ticks(&roadmap, step, &items, ticked, at, batch);
        let unchanged = items
            .iter()
            .copied()
            .filter(|item| !changed.contains(item))
            .collect();
        let wrote = !changed.is_empty();
        let report = TickReport {
            number: roadmap.number(step),
            id: roadmap.steps[step].id.to_string(),
            title: roadmap.steps[step].title(lang).to_string(),
            status: progress.statuses(&roadmap)[step],
            ticked,
            changed,
            unchanged,
            checklist: entries(&roadmap, progress, step, lang),
        };
        Ok((report, wrote))
    })?;
    if ctx.config.json {
        p.json(&report)
    } else {
        render::checklist::tick_text(p, &report)
    }
}

/// Every item of `step`'s checklist with its state, for reports.
pub fn entries(
    roadmap: &Roadmap,
    progress: &Progress,
    step: usize,
    lang: Lang,
) -> Vec<ChecklistEntry> {
    let items = &roadmap.steps[step].checklist;
    if items.is_empty() {
        return Vec::new();
    }
    items
        .iter()
        .zip(progress.ticked(roadmap, step))
        .zip(1..)
        .map(|((item, ticked), number)| ChecklistEntry {
            number,
            text: item.text(lang).to_string(),
            ticked,
        })
        .collect()
}

fn bad_item(roadmap: &Roadmap, step: usize, bad: &BadItem) -> anyhow::Error {
    let name = format!("{} {}", roadmap.number(step), roadmap.steps[step].id);
    let error = if bad.items == 0 {
        Error::NoChecklist { step: name }
    } else {
        Error::NotAnItem {
            item: bad.item.clone(),
            step: name,
            items: bad.items,
            number: roadmap.number(step),
        }
    };
    error.into()
}
