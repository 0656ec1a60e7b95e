//! `roadmap undo`: take back the last invocation that changed something.

use std::io::Write;

use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::render::{
    self,
    undo::{NoteEntry, RevertedChange, UndoReport},
};
use crate::roadmap::Roadmap;

pub fn run(ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let style = ctx.style();
    let report = ctx.store.update(&ctx.config.user, |data| {
        // Nothing recorded means nothing to write: fail inside the update
        // so the file is left exactly as it was.
        let undone = data
            .roadmaps
            .get_mut(&roadmap.id)
            .and_then(|progress| progress.undo_last(&roadmap))
            .ok_or_else(|| {
                Failure::input(style.tr(
                    "nothing to undo: no changes are recorded",
                    "取り消せる変更はありません (記録がありません)",
                ))
                .with_hint(style.tr(
                    "undo takes back done, start, skip, reset and note",
                    "undo で取り消せるのは done・start・skip・reset・note です",
                ))
            })?;
        let history_left = data.roadmaps[&roadmap.id].history.len();
        let lang = ctx.config.lang;
        let describe = |id: &str| -> (Option<String>, String) {
            match roadmap.index_of(id) {
                Some(i) => (
                    Some(roadmap.number(i)),
                    roadmap.steps[i].title(lang).to_string(),
                ),
                None => (None, id.to_string()),
            }
        };
        let reverted = undone
            .events
            .iter()
            .map(|event| {
                let (number, title) = describe(&event.step);
                RevertedChange {
                    number,
                    id: canonical(&roadmap, &event.step),
                    title,
                    at: event.at,
                    from: event.from,
                    to: event.to,
                }
            })
            .collect();
        let notes_removed = undone
            .notes
            .iter()
            .map(|(id, note)| {
                let (number, title) = describe(id);
                NoteEntry {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: note.at,
                    text: note.text.clone(),
                }
            })
            .collect();
        let report = UndoReport {
            reverted,
            notes_removed,
            history_left,
        };
        Ok((report, true))
    })?;
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::undo::text(out, &report, style)
    }
}

/// The step's current id for an id or alias; other ids as they are.
fn canonical(roadmap: &Roadmap, id: &str) -> String {
    roadmap
        .index_of(id)
        .map_or_else(|| id.to_string(), |i| roadmap.steps[i].id.clone())
}
