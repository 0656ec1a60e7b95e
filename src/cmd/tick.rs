//! `roadmap tick`: tick items of a step's checklist.

use std::io::Write;

use chrono::{SubsecRound, Utc};

use crate::cli::TickArgs;
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::progress::{BadItem, Progress, parse_items};
use crate::render::{
    self,
    checklist::{ChecklistEntry, TickReport},
};
use crate::roadmap::Roadmap;

pub fn run(args: &TickArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    set(args, true, ctx, out)
}

/// `tick` and `untick`: the items are checked before anything is stored,
/// so one bad number changes nothing.
pub fn set(args: &TickArgs, ticked: bool, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let (roadmap, snapshot) = ctx.roadmap_and_snapshot()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let items = parse_items(&args.items, roadmap.steps[step].checklist.len())
        .map_err(|bad| bad_item(&roadmap, step, &bad, ctx.config.lang))?;
    let at = Utc::now().trunc_subsecs(0);
    let lang = ctx.config.lang;
    let report = ctx.store.update_from(&ctx.config.user, snapshot, |data| {
        let progress = data.roadmaps.entry(roadmap.id.clone()).or_default();
        let batch = progress.new_batch();
        let changed = progress.set_ticks(&roadmap, step, &items, ticked, at, batch);
        let unchanged = items
            .iter()
            .copied()
            .filter(|item| !changed.contains(item))
            .collect();
        let wrote = !changed.is_empty();
        let report = TickReport {
            number: roadmap.number(step),
            id: roadmap.steps[step].id.clone(),
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
        render::json(out, &report)
    } else {
        render::checklist::tick_text(out, &report, ctx.style())
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

fn bad_item(roadmap: &Roadmap, step: usize, bad: &BadItem, lang: Lang) -> anyhow::Error {
    let step_name = format!("{} {}", roadmap.number(step), roadmap.steps[step].id);
    let item = &bad.item;
    let failure = match (lang, bad.items) {
        (Lang::En, 0) => Failure::input(format!("step {step_name} has no checklist"))
            .with_hint("only steps with a checklist can be ticked; `roadmap done` finishes a step"),
        (Lang::Ja, 0) => Failure::input(format!("ステップ {step_name} にはチェックリストがありません"))
            .with_hint("チェックできるのはチェックリストのあるステップだけです。ステップを完了にするには `roadmap done` を使います"),
        (Lang::En, n) => Failure::input(format!(
            "'{item}' is not an item of step {step_name}: it has items 1 to {n}"
        ))
        .with_hint(format!(
            "`roadmap show {}` lists the items with their numbers",
            roadmap.number(step)
        )),
        (Lang::Ja, n) => Failure::input(format!(
            "'{item}' はステップ {step_name} の項目ではありません（項目は 1〜{n}）"
        ))
        .with_hint(format!(
            "`roadmap show {}` で項目と番号を確認できます",
            roadmap.number(step)
        )),
    };
    failure.into()
}
