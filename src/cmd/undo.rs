//! `roadmap undo`: take back the last invocation that changed something.

use crate::render::Printer;

use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::render::{
    self,
    undo::{
        NoteEntry, RemovedEvidence, RemovedSession, RemovedVerification, RevertedChange, TickEntry,
        UndoReport,
    },
};
use crate::roadmap::Roadmap;

pub fn run(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    // Only this machine's own changes are undone (see `progress::undo`).
    let device = ctx.store.device_id();
    let report = ctx.store.update(&ctx.config.user, |data| {
        // Nothing recorded means nothing to write: fail inside the update
        // so the file is left exactly as it was.
        let undone = data
            .roadmaps
            .get_mut(roadmap.id.as_str())
            .and_then(|progress| progress.undo_last_on(&roadmap, device.as_deref()))
            .ok_or(Error::NothingToUndo)?;
        let history_left = data.roadmaps[roadmap.id.as_str()].history.len();
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
        let sessions_removed = undone
            .sessions
            .iter()
            .map(|(id, session)| {
                let (number, title) = describe(id);
                RemovedSession {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: session.at,
                    minutes: session.minutes,
                }
            })
            .collect();
        let verifications_removed = (undone.verifications.iter())
            .map(|(id, verified)| {
                let (number, title) = describe(id);
                RemovedVerification {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: verified.at,
                    commit: verified.commit.clone(),
                }
            })
            .collect();
        let evidence_removed = undone
            .evidence
            .iter()
            .map(|(id, evidence)| {
                let (number, title) = describe(id);
                RemovedEvidence {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: evidence.at,
                    url: evidence.url.clone(),
                }
            })
            .collect();
        let ticks_reverted = undone
            .ticks
            .iter()
            .map(|(id, tick)| {
                let (number, title) = describe(id);
                TickEntry {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: tick.at,
                    item: tick.item,
                    ticked: tick.ticked,
                }
            })
            .collect();
        let progress = &data.roadmaps[roadmap.id.as_str()];
        let applications_undone = super::apply::undone(progress, &undone);
        let report = UndoReport {
            reverted,
            notes_removed,
            sessions_removed,
            evidence_removed,
            verifications_removed,
            ticks_reverted,
            comments_removed: super::comment::removed(&undone.comments),
            history_left,
            applications_undone,
        };
        Ok((report, true))
    })?;
    if ctx.config.json {
        p.json(&report)
    } else {
        render::undo::text(p, &report)
    }
}

/// The step's current id for an id or alias; other ids as they are.
fn canonical(roadmap: &Roadmap, id: &str) -> String {
    roadmap
        .index_of(id)
        .map_or_else(|| id.to_string(), |i| roadmap.steps[i].id.to_string())
}
