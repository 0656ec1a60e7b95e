//! `roadmap note`: attach a dated note to a step.

use crate::render::Printer;

use crate::cli::NoteArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::render::{
    self,
    undo::{NoteEntry, NoteReport},
};

pub fn run(args: &NoteArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let text = args.text.join(" ");
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::EmptyNote.into());
    }
    let roadmap = ctx.roadmap()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let at = match &args.at {
        Some(text) => crate::progress::parse_at(text, ctx.config.now)?,
        None => ctx.config.now,
    };
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let notes = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        progress.add_note(&roadmap, step, text, at, batch);
        Ok((progress.notes_of(&roadmap, step).len(), true))
    })?;
    let report = NoteReport {
        note: NoteEntry {
            number: Some(roadmap.number(step)),
            id: roadmap.steps[step].id.to_string(),
            title: roadmap.steps[step].title(ctx.config.lang).to_string(),
            at,
            text: text.to_string(),
        },
        notes,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::undo::note_text(p, &report)
    }
}
